// One jest run over every project (global setup comes with jest.preset.js). Integration tests (*.int.spec.ts) get real Kafka, PostgreSQL and Redis from
// libs/testing's global setup (env → testcontainers → local infrastructure; never skipped with CI=true).
const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const projects = ['libs', 'services', 'tools', 'infra']
  .flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []))
  .filter((dir) => existsSync(join(dir, 'jest.config.js')))
  .map((dir) => `<rootDir>/${dir}`);

/** @type {import('jest').Config} */
module.exports = {
  projects,
  maxWorkers: 2,
};
