// Jest global teardown: stops the containers global setup started and forgets the endpoints it set, so a second
// run in the same process (watch mode) resolves again. A local Kafka broker is left running on purpose (start-up
// costs seconds; infra/kafka/start.sh reuses it): `npm run kafka:stop` stops it.
'use strict';

const STATE_KEY = '__d06TestInfrastructure';

module.exports = async function globalTeardown() {
  const runs = globalThis[STATE_KEY] ?? [];
  delete globalThis[STATE_KEY];
  for (const { stop, assigned } of runs.reverse()) {
    for (const name of assigned) delete process.env[name];
    if (stop) await stop();
  }
};
