module.exports = { ...require('../../jest.preset.js'), displayName: 'bhyt', rootDir: __dirname };
