import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { formatDiffTable, resolveScenario, runScenario, type RunResult } from '@d06/simulator';
import { freePort, freePortBase } from '@d06/testing';
import type { InfraEndpoints, LocalKafkaSettings } from '../src/commands/local-infra';
import { REPOSITORY_ROOT } from '../src/commands/process-launcher';
import { startLocalSimulation, type LocalSimulation } from '../src/commands/scenario-local';
import { formatRunSummary } from '../src/commands/scenario-output';
import { SIMULATED_SERVICES } from '../src/commands/service-ports';

const run = promisify(execFile);

// The crash drill (scenarios/drills/drill-crash.yaml) as `d06 scenario run drill-crash --infra local` runs it:
// every service in its own process on Kafka, PostgreSQL and Redis, one business clock shared through Redis, each
// service SIGKILLed once and restarted at its business time, the broker stopped and started mid-run, messages
// duplicated and delayed on the bus. The report must still equal the ledger exactly. The broker is this test's own
// (another port and data directory, started by the same infra scripts), so restarting it disturbs no other suite.
describe('crash drill on local infrastructure', () => {
  let kafka: LocalKafkaSettings;
  let simulation: LocalSimulation | undefined;

  beforeAll(async () => {
    kafka = {
      KAFKA_PORT: String(await freePort()),
      KAFKA_CONTROLLER_PORT: String(await freePort()),
      KAFKA_STATE_DIR: await mkdtemp(join(tmpdir(), 'd06-crash-drill-kafka-')),
    };
  });

  afterAll(async () => {
    await simulation?.stop();
    await run('bash', [join(REPOSITORY_ROOT, 'infra', 'kafka', 'stop.sh'), '--wipe'], {
      env: { ...process.env, ...kafka },
    }).catch(() => undefined);
    await rm(kafka.KAFKA_STATE_DIR!, { recursive: true, force: true });
  }, 60_000);

  it('kills every service and restarts the broker, and the report equals the ledger', async () => {
    const scenario = resolveScenario('drill-crash');
    const started = Date.now();
    simulation = await startLocalSimulation(scenario, {
      infra: 'local',
      kafka,
      portBase: await freePortBase(),
      log: (line) => process.stderr.write(`crash drill: ${line}\n`),
    });
    const ready = Date.now();
    const result = await runScenario(scenario, simulation.environment);
    process.stderr.write(
      `crash drill: infrastructure, seed and services ${((ready - started) / 1_000).toFixed(1)} s, ` +
        `run ${result.seconds.toFixed(1)} s\n`,
    );
    if (result.verdict !== 'passed') explain(result, simulation);

    // every kill, restart and broker restart was carried out for real (none skipped)
    const killed = (scenario.faults?.kills ?? []).map((kill) => kill.service);
    expect(new Set(killed)).toEqual(new Set(SIMULATED_SERVICES.map((service) => service.name)));
    const levers = result.outcomes.filter(
      (o) => o.kind.startsWith('service.') || o.kind === 'broker.restart',
    );
    expect(levers.map((o) => `${o.kind} ${o.status}`).sort()).toEqual(
      ['broker.restart ok', ...killed.flatMap(() => ['service.kill ok', 'service.restart ok'])].sort(),
    );
    expect(result.verdict).toBe('passed');
    expect(result.comparison?.differs).toBe(0);
    expect(result.comparison?.missing).toBe(0);
    // the bus faults were real: events on the run's topics more often than once (and the figures still equal)
    const bus = await busRecords(simulation.endpoints.KAFKA_BROKERS, simulation.isolation.topicPrefix);
    process.stderr.write(`crash drill: ${bus.records} records on the bus, ${bus.events} distinct events\n`);
    expect(bus.records).toBeGreaterThan(bus.events);

    // stopping removes the run's data: no schema, topic or Redis key of it is left
    const { isolation, endpoints } = simulation;
    await simulation.stop();
    simulation = undefined;
    expect(await leftovers(endpoints, isolation.runId, isolation.topicPrefix)).toEqual({
      schemas: [],
      topics: [],
      keys: [],
    });
  }, 300_000);
});

/** Prints what a tester needs when the drill fails: the summary, the diff table, the services' last lines. */
function explain(result: RunResult, simulation: LocalSimulation): void {
  const lines = [formatRunSummary(result)];
  if (result.comparison) lines.push(formatDiffTable(result.comparison));
  for (const { name } of SIMULATED_SERVICES)
    lines.push(`--- ${name} (last lines)`, ...simulation.serviceOutput(name).slice(-15));
  process.stderr.write(`${lines.join('\n')}\n`);
}

async function leftovers(endpoints: InfraEndpoints, runId: string, topicPrefix: string) {
  const pg = new Client({ connectionString: endpoints.DATABASE_URL });
  await pg.connect();
  const { rows } = await pg.query<{ name: string }>(
    'SELECT nspname AS name FROM pg_namespace WHERE position($1 in nspname) > 0',
    [runId],
  );
  await pg.end();
  const admin = new Kafka({ brokers: [endpoints.KAFKA_BROKERS], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(topicPrefix));
  await admin.disconnect();
  const redis = new Redis(endpoints.REDIS_URL);
  const keys = await redis.keys(`d06:*${runId}*`);
  redis.disconnect();
  return { schemas: rows.map((row) => row.name), topics, keys };
}

/** Every record on the run's event topics (not the dead letters), and how many distinct event ids they carry. */
async function busRecords(brokers: string, prefix: string): Promise<{ records: number; events: number }> {
  const kafka = new Kafka({
    clientId: 'd06-crash-drill-check',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix) && !t.includes('.dlq.'));
  const ends = new Map<string, number>();
  for (const topic of topics)
    for (const { partition, high } of await admin.fetchTopicOffsets(topic))
      if (Number(high) > 0) ends.set(`${topic}/${partition}`, Number(high));
  await admin.disconnect();
  const total = [...ends.values()].reduce((sum, n) => sum + n, 0);
  const ids = new Set<string>();
  let records = 0;
  const consumer = kafka.consumer({ groupId: `${prefix}crash-drill-check` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ message }) => {
          records += 1;
          ids.add(String(message.headers?.ce_id));
          if (records >= total) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return { records, events: ids.size };
}
