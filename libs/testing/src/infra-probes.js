// The real side effects behind infra-resolver.js: Docker detection, testcontainers, infra/local/up.sh and a TCP
// reachability check. Container modules load only when Docker is used.
'use strict';

const { execFile } = require('node:child_process');
const { connect } = require('node:net');
const { join } = require('node:path');

const DOCKER_PROBE_TIMEOUT_MS = 5_000;
const LOCAL_UP_TIMEOUT_MS = 5 * 60_000;
const CONNECT_TIMEOUT_MS = 3_000;
// Kafka 3.9 (as infra/kafka runs) in KRaft mode; topics are never auto-created, as on the local broker.
const KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.0';
const POSTGRES_IMAGE = 'postgres:16-alpine';
const REDIS_IMAGE = 'redis:7-alpine';
const KAFKA_CLIENT_PORT = 9093; // the plaintext listener @testcontainers/kafka advertises to the host

function withTimeout(promise, ms, onTimeout) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function dockerAvailable() {
  const { getContainerRuntimeClient } = require('testcontainers');
  const probe = getContainerRuntimeClient().then(
    () => true,
    () => false,
  );
  return withTimeout(probe, DOCKER_PROBE_TIMEOUT_MS, false);
}

const CONTAINER_STARTERS = {
  async KAFKA_BROKERS() {
    const { KafkaContainer } = require('@testcontainers/kafka');
    const container = await new KafkaContainer(KAFKA_IMAGE)
      .withKraft()
      .withEnvironment({ KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false' })
      .start();
    return { container, value: `${container.getHost()}:${container.getMappedPort(KAFKA_CLIENT_PORT)}` };
  },
  async DATABASE_URL() {
    const { PostgreSqlContainer } = require('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer(POSTGRES_IMAGE)
      .withDatabase('d06_test')
      .withUsername('postgres')
      .withPassword('postgres')
      .start();
    return { container, value: container.getConnectionUri() };
  },
  async REDIS_URL() {
    const { RedisContainer } = require('@testcontainers/redis');
    const container = await new RedisContainer(REDIS_IMAGE).start();
    return { container, value: container.getConnectionUrl() };
  },
};

async function startContainers(missing) {
  const results = await Promise.allSettled(missing.map((name) => CONTAINER_STARTERS[name]()));
  const started = results.filter((r) => r.status === 'fulfilled').map((r) => r.value.container);
  const stop = async () => {
    await Promise.all(started.map((container) => container.stop()));
  };
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    await stop().catch(() => undefined);
    throw failed.reason;
  }
  return { endpoints: Object.fromEntries(missing.map((name, i) => [name, results[i].value.value])), stop };
}

function startLocal(root) {
  return new Promise((resolve, reject) => {
    process.stderr.write('test infrastructure: starting local infrastructure (infra/local/up.sh)…\n');
    const options = { cwd: root, timeout: LOCAL_UP_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 };
    execFile('bash', [join(root, 'infra/local/up.sh')], options, (error, stdout, stderr) => {
      if (!error) return resolve();
      const tail = `${stdout}${stderr}`.trim().split('\n').slice(-20).join('\n');
      reject(new Error(`${error.message.split('\n')[0]}\n${tail}`));
    });
  });
}

/** host:port pairs of an endpoint; a Unix socket has nothing to probe. */
function addressesOf(name, value) {
  if (name === 'KAFKA_BROKERS') {
    return value.split(',').map((broker) => {
      const at = broker.trim().lastIndexOf(':');
      return {
        host: broker
          .trim()
          .slice(0, at)
          .replace(/^\[|\]$/g, ''),
        port: Number(broker.trim().slice(at + 1)),
      };
    });
  }
  const url = new URL(value);
  const fallback = name === 'DATABASE_URL' ? 5432 : 6379;
  // an encoded path as the host (`postgres://u@%2Fvar%2Frun%2Fpostgresql/db`) is a Unix socket too
  return url.hostname && !url.hostname.startsWith('%2F')
    ? [{ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) || fallback }]
    : [];
}

function tcpConnect({ host, port }) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, timeout: CONNECT_TIMEOUT_MS });
    socket.once('connect', () => socket.end(resolve));
    socket.once('timeout', () => socket.destroy(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)));
    socket.once('error', reject);
  });
}

async function checkReachable(endpoints, fromEnv) {
  const problems = [];
  for (const [name, value] of Object.entries(endpoints)) {
    const origin = fromEnv.includes(name) ? ' (from the environment)' : '';
    try {
      await Promise.all(addressesOf(name, value).map(tcpConnect));
    } catch (error) {
      problems.push(`${name}=${redact(value)}${origin}: ${error.message}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
}

/** An endpoint for logs: a URL's password replaced. */
function redact(value) {
  return value.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

function createProbes(root) {
  return { dockerAvailable, startContainers, startLocal: () => startLocal(root), checkReachable };
}

module.exports = { createProbes, redact, addressesOf };
