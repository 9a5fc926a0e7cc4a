module.exports = { ...require('../../jest.preset.js'), displayName: 'one-stop', rootDir: __dirname };
