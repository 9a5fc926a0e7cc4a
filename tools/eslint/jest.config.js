module.exports = { ...require('../../jest.preset.js'), displayName: 'eslint', rootDir: __dirname };
