// Jest global setup of every run: resolves Kafka, PostgreSQL and Redis once and hands them to the test workers
// through process.env (KAFKA_BROKERS, DATABASE_URL, REDIS_URL); tests read them with infrastructure().
// Order: endpoints already set → containers when a Docker engine answers → local infrastructure (infra/local/up.sh,
// whose Kafka broker stays up for the next run: `npm run kafka:stop` stops it). D06_TEST_INFRA=none provisions
// nothing (unit tests only). A failure fails the run, with CI=true or not: integration tests never skip.
'use strict';

const { resolve } = require('node:path');
const { createProbes, redact } = require('./infra-probes');
const { resolveInfrastructure } = require('./infra-resolver');

const ROOT = resolve(__dirname, '../../..');
// Shared with global-teardown.js (same process). A list, in case a run calls setup more than once.
const STATE_KEY = '__d06TestInfrastructure';

module.exports = async function globalSetup() {
  const resolved = await resolveInfrastructure({ env: process.env, probes: createProbes(ROOT) });
  const assigned = Object.keys(resolved.endpoints).filter((name) => !resolved.fromEnv.includes(name));
  for (const name of assigned) process.env[name] = resolved.endpoints[name];
  (globalThis[STATE_KEY] ??= []).push({ stop: resolved.stop, assigned });
  if (resolved.source !== 'none') {
    const list = Object.entries(resolved.endpoints).map(([name, value]) => `${name}=${redact(value)}`);
    process.stderr.write(`test infrastructure: ${resolved.source} (${list.join(', ')})\n`);
  }
};
