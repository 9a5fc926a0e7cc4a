// Decides where integration tests get Kafka, PostgreSQL and Redis. Pure: every side effect is a probe passed in,
// so the order is unit-tested with fakes (infra-resolver.spec.ts) and global-setup.js passes the real ones.
'use strict';

const ENDPOINT_NAMES = ['KAFKA_BROKERS', 'DATABASE_URL', 'REDIS_URL'];
const LOCAL_ENDPOINTS = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/d06_test',
  REDIS_URL: 'redis://127.0.0.1:6379',
};
// auto: env, else containers when Docker answers, else local. The others force one source (none: unit tests only).
const MODES = ['auto', 'none', 'env', 'containers', 'local'];
const HINT =
  'Start local infrastructure with `npm run infra:up` (PostgreSQL, Redis, Kafka; `npm run kafka:stop` stops the ' +
  'broker), or export KAFKA_BROKERS, DATABASE_URL and REDIS_URL, or run unit tests only with D06_TEST_INFRA=none.';

class InfrastructureError extends Error {
  constructor(message, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'InfrastructureError';
  }
}

function isCi(env) {
  return env.CI === 'true' || env.CI === '1';
}

function failure(env, what, cause) {
  const detail = cause instanceof Error ? cause.message : cause === undefined ? '' : String(cause);
  const advice = isCi(env) ? 'CI=true: integration tests are never skipped, so the run stops here.' : HINT;
  return new InfrastructureError(
    `test infrastructure: ${what}${detail ? `: ${detail}` : ''}\n${advice}`,
    cause,
  );
}

/**
 * @param {{ env: Record<string, string | undefined>, probes: import('./infra-resolver').InfrastructureProbes }} input
 * @returns {Promise<import('./infra-resolver').ResolvedInfrastructure>}
 */
async function resolveInfrastructure({ env, probes }) {
  const mode = env.D06_TEST_INFRA || 'auto';
  if (!MODES.includes(mode)) throw failure(env, `D06_TEST_INFRA=${mode} is not one of ${MODES.join(', ')}`);
  if (mode === 'none') return { source: 'none', endpoints: {}, fromEnv: [] };

  const fromEnv = ENDPOINT_NAMES.filter((name) => (env[name] ?? '').trim() !== '');
  const missing = ENDPOINT_NAMES.filter((name) => !fromEnv.includes(name));
  const endpoints = Object.fromEntries(fromEnv.map((name) => [name, env[name].trim()]));
  let source = 'env';
  let stop;

  if (missing.length > 0) {
    if (mode === 'env') throw failure(env, `D06_TEST_INFRA=env but ${missing.join(', ')} not set`);
    const containers = mode === 'containers' || (mode === 'auto' && (await probes.dockerAvailable()));
    source = containers ? 'containers' : 'local';
    try {
      if (containers) {
        const started = await probes.startContainers(missing);
        stop = started.stop;
        for (const name of missing) endpoints[name] = started.endpoints[name];
      } else {
        await probes.startLocal();
        for (const name of missing) endpoints[name] = LOCAL_ENDPOINTS[name];
      }
    } catch (error) {
      const how = containers ? 'could not start containers (testcontainers)' : 'infra/local/up.sh failed';
      throw failure(env, `${how} for ${missing.join(', ')}`, error);
    }
  }

  try {
    await probes.checkReachable(endpoints, fromEnv);
  } catch (error) {
    if (stop) await stop().catch(() => undefined);
    throw failure(env, 'an endpoint does not answer', error);
  }
  return { source, endpoints, fromEnv, stop };
}

module.exports = { resolveInfrastructure, InfrastructureError, ENDPOINT_NAMES, LOCAL_ENDPOINTS };
