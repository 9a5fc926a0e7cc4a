module.exports = { ...require('../../jest.preset.js'), displayName: 'social-security', rootDir: __dirname };
