// `npm run bench -- lookup [--seconds 20] [--connections 64] [--workers 2] [--size 3000]`: a BHYT card check by
// CCCD through the LGSP gateway (API-key authentication, access rights, message log, monitoring records, rate
// limit, response cache) against a real BHYT service seeded small, and — same tool, settings and requests —
// WireMock standalone serving the same JSON as a static stub, and a bare Node server returning it (the floor).
// The targets run one after the other, each alone (with the shared PostgreSQL, Kafka and Redis), and the CPU each
// process group used is counted, so the table says where the time went.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bhytCachePrefix } from '@d06/bhyt';
import { seedBhyt } from '@d06/bhyt/src/seed';
import {
  CARD_CHECK_SERVICE as SERVICE,
  cardCheckBody,
  insuredPatients,
  LOOKUP_HEADERS as HEADERS,
} from '@d06/cli/src/commands/load-lookup-request';
import { describeMachine } from '../seed-population/machine';
import type { LoadResult } from './load';
import { measureTarget, type CpuGroups } from './measure';
import { startBareNode, startService, startWireMock, waitUntilUp, type Running } from './processes';
import { dropSchemas, monitoringBacklog } from './monitoring-backlog';
import { lookupTable } from './report';
import { wiremockJar, writeStub } from './wiremock';
import { failBenchmark } from '../failure';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      connections: { type: 'string', default: '64' },
      workers: { type: 'string', default: '2' },
      size: { type: 'string', default: '3000' },
      patients: { type: 'string', default: '1000' },
      'database-url': {
        type: 'string',
        default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/d06',
      },
      'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      'kafka-brokers': { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const databaseUrl = values['database-url'];
  const redisUrl = values['redis-url'];
  const run = `bench_lookup_${Date.now().toString(36)}`;
  const referenceDate = new Date().toISOString().slice(0, 10);
  const world = { provinceCode: '038', size: Number(values.size), seed: 11, referenceDate };
  const shared = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    KAFKA_BROKERS: values['kafka-brokers'],
    KAFKA_TOPIC_PREFIX: `${run}.`,
  };

  process.stdout.write(`seeding BHYT (${world.size} citizens of 038, reference date ${referenceDate})…\n`);
  await seedBhyt({
    ...world,
    schema: `${run}_bhyt`,
    databaseUrl,
    redisUrl,
    cachePrefix: bhytCachePrefix({ KAFKA_TOPIC_PREFIX: shared.KAFKA_TOPIC_PREFIX, DB_SCHEMA: `${run}_bhyt` }),
  });
  const bodies = insuredPatients(world, Number(values.patients)).map((p) => cardCheckBody(p));

  const running: Running[] = [];
  const stopped = async (process: Running) => {
    await process.stop();
    running.splice(running.indexOf(process), 1);
  };
  try {
    const bhyt = startService('bhyt', 13_004, { ...shared, DB_SCHEMA: `${run}_bhyt` });
    running.push(bhyt);
    const gateway = startService('gateway', 18_080, {
      ...shared,
      DB_SCHEMA: `${run}_gateway`,
      GATEWAY_TIER: 'lgsp',
      BHYT_URL: bhyt.url,
      GATEWAY_WORKERS: values.workers,
    });
    running.push(gateway);
    await waitUntilUp(`${bhyt.url}/health/ready`);
    await waitUntilUp(`${gateway.url}/health/ready`);
    const ours = `${gateway.url}/r1/${SERVICE}`;
    // one pass over the patients: every answer is then in the gateway's cache, as for a hospital's regulars
    let sample = '';
    for (const body of bodies) {
      const response = await fetch(ours, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body,
      });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`warm-up lookup answered ${response.status}: ${text}`);
      sample ||= text;
    }
    const options = { headers: HEADERS, bodies, connections, seconds };
    // where the machine's CPU went during each measured run, per process group; other developers' processes
    // share the machine (`other`)
    const everyRun: CpuGroups = [
      ['autocannon (this process)', (pid) => pid === process.pid],
      ['postgres', (_, command) => command.startsWith('postgres')],
      ['kafka', (_, command) => command.includes('kafka.Kafka') && command.includes('infra/kafka/run')],
      ['redis', (_, command) => command.startsWith('redis-server')],
    ];

    // each target runs alone: the gateway and BHYT are stopped before the floor and WireMock start
    const gatewayRun = await measureTarget('ours: LGSP gateway → BHYT', { ...options, url: ours }, [
      ['gateway', (pid, _, parent) => pid === gateway.pid || parent === gateway.pid],
      ['bhyt', (pid) => pid === bhyt.pid],
      ...everyRun,
    ]);
    process.stdout.write('waiting for the monitoring shipper to publish every record of the run…\n');
    const shipping = await monitoringBacklog(databaseUrl, `${run}_gateway`, {
      brokers: values['kafka-brokers'].split(','),
      topic: `${shared.KAFKA_TOPIC_PREFIX}exchange.calls.v1`,
    });
    process.stdout.write(
      `monitoring: ${shipping.backlogAtEnd} records behind when the load stopped, all published ` +
        `${shipping.secondsToDrain} s later; ${shipping.entriesLogged} entries logged, ` +
        `${shipping.recordsOnKafka} records on exchange.calls.v1\n`,
    );
    await stopped(gateway);
    await stopped(bhyt);

    const floor = startBareNode(18_081, sample);
    running.push(floor);
    await waitUntilUp(floor.url);
    const floorRun = await measureTarget(
      'bare Node http (floor)',
      { ...options, url: `${floor.url}/v1/card-checks` },
      [['floor', (pid) => pid === floor.pid], ...everyRun],
    );
    await stopped(floor);

    const wiremock = startWireMock(await wiremockJar(), 18_082, writeStub(join(tmpdir(), run), sample));
    running.push(wiremock);
    await waitUntilUp(`${wiremock.url}/__admin/health`);
    const wiremockRun = await measureTarget(
      'WireMock standalone',
      { ...options, url: `${wiremock.url}/v1/card-checks` },
      [['WireMock', (pid) => pid === wiremock.pid], ...everyRun],
    );
    await stopped(wiremock);

    const runs = [floorRun, wiremockRun, gatewayRun];
    const results: LoadResult[] = runs.map((r) => r.result);
    const cpu = runs.map((r) => r.cpu);
    const [bare, mock, gatewayResult] = results;
    const figures = {
      date: new Date().toISOString(),
      machine: await describeMachine(databaseUrl),
      loadAverageAfter: loadavg(),
      settings: {
        seconds,
        connections,
        gatewayWorkers: Number(values.workers),
        patients: bodies.length,
        world,
      },
      results,
      cpu,
      monitoring: shipping,
      ratios: {
        oursToWireMock: gatewayResult.requestsPerSecond / mock.requestsPerSecond,
        oursToFloor: gatewayResult.requestsPerSecond / bare.requestsPerSecond,
        wireMockToFloor: mock.requestsPerSecond / bare.requestsPerSecond,
      },
      goals: {
        atLeastWireMock: gatewayResult.requestsPerSecond >= mock.requestsPerSecond,
        p99UnderTenMs: gatewayResult.p99Ms < 10,
        zeroErrors: gatewayResult.errors === 0,
      },
    };
    process.stdout.write(
      `\n${lookupTable(results, mock.requestsPerSecond)}\n\n${JSON.stringify(figures.goals)}\n`,
    );
    mkdirSync(join(__dirname, '..', 'results'), { recursive: true });
    writeFileSync(join(__dirname, '..', 'results', 'lookup.json'), `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    for (const process of running.reverse()) await process.stop();
    await dropSchemas(databaseUrl, [`${run}_bhyt`, `${run}_gateway`]);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => failBenchmark('lookup', error),
);
