module.exports = { ...require('../../jest.preset.js'), displayName: 'vneid', rootDir: __dirname };
