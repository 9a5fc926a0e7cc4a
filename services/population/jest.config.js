module.exports = { ...require('../../jest.preset.js'), displayName: 'population', rootDir: __dirname };
