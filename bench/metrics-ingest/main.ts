// `npm run bench -- metrics-ingest [--events 2000000] [--threads 2]`: fills one topic of local Kafka with valid mixed
// one-stop events, then measures the metrics service ingesting them (events/s, peak RSS, exactly-once store included)
// with its worker threads (METRICS_INGEST_THREADS) and with none, each into its own empty schema, and Kafka's own
// consumer benchmark on the same topic; writes bench/results/metrics-ingest.json. `--keep` leaves the filled topic in
// Kafka and prints its prefix; `--prefix <it>` reuses such a topic when it holds the events asked for (no refill).
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { TOPIC_PARTITIONS } from '@d06/contracts';
import { METRICS_TOPICS } from '@d06/metrics';
import { describeMachine } from '../seed-population/machine';
import { table, verdict } from '../seed-population/report';
import { eventMix } from './event-mix';
import { kafkaConsumerPerf } from './kafka-perf';
import { failBenchmark } from '../failure';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const EVENTS = Number(arg('events', '2000000'));
const BROKERS = arg('brokers', process.env.KAFKA_BROKERS ?? '127.0.0.1:9092');
const DATABASE_URL = arg(
  'database-url',
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/d06',
);
const THREADS = Number(arg('threads', '2'));
const KEEP = process.argv.includes('--keep');
const PREFIX = arg('prefix', `bench_mi_${Date.now().toString(36)}.`);
// a run's own schemas even on a reused topic: never resumed from an earlier run's positions
const SCHEMA = `bench_mi_${Date.now().toString(36)}_metrics`;
/** Each measured configuration counts into a schema (and group) of its own. */
const schemaFor = (threads: number): string => `${SCHEMA}_t${threads}`;
const TOPIC = `${PREFIX}onestop.events.v1`;

/** The records the topic holds already (0 when it does not exist). */
async function alreadyFilled(kafka: Kafka): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(TOPIC)) return 0;
    const offsets = await admin.fetchTopicOffsets(TOPIC);
    return offsets.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
  } finally {
    await admin.disconnect();
  }
}

async function fill(kafka: Kafka): Promise<number> {
  const held = await alreadyFilled(kafka);
  if (held === EVENTS) return 0;
  if (held > 0) throw new Error(`${TOPIC} holds ${held} records, not ${EVENTS}: pick another --prefix`);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: METRICS_TOPICS.map((topic) => ({
      topic: `${PREFIX}${topic}`,
      numPartitions: TOPIC_PARTITIONS[topic],
      replicationFactor: 1,
    })),
  });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const make = eventMix();
  const started = performance.now();
  const BATCH = 3_000;
  const IN_FLIGHT = 6;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < EVENTS) {
      const from = next;
      next = Math.min(EVENTS, next + BATCH);
      const messages = [];
      for (let i = from; i < next; i++) {
        const m = make(i);
        messages.push({ key: m.key, value: m.value, headers: { ...m.headers } });
      }
      await producer.send({ topic: TOPIC, acks: 1, messages });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await producer.disconnect();
  return (performance.now() - started) / 1000;
}

interface IngestResult {
  seconds: number;
  startupSeconds: number;
  firstCountedAfterSeconds: number;
  counted: number;
  dedupeWindowRows: number;
  dedupeWindowIds: number;
  peakRssBytes: number;
}

function ingest(threads: number): Promise<IngestResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(__dirname, 'ingest-child.ts'),
        PREFIX,
        schemaFor(threads),
        String(EVENTS),
        DATABASE_URL,
        BROKERS,
      ],
      {
        env: {
          ...process.env,
          SWC_NODE_PROJECT: join(__dirname, '..', '..', 'tsconfig.json'),
          METRICS_INGEST_THREADS: String(threads),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`ingest child exited ${code}: ${out}`));
      resolve(JSON.parse(line));
    });
  });
}

async function cleanUp(kafka: Kafka): Promise<void> {
  if (KEEP) process.stderr.write(`kept the topic: --prefix ${PREFIX} reuses it\n`);
  else {
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(PREFIX));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    await admin.disconnect();
  }
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  for (const threads of new Set([THREADS, 0]))
    await db.query(`DROP SCHEMA IF EXISTS "${schemaFor(threads)}" CASCADE`);
  await db.end();
}

async function main(): Promise<void> {
  const kafka = new Kafka({
    clientId: 'bench-metrics-ingest',
    brokers: BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const machine = await describeMachine(DATABASE_URL);
  try {
    process.stderr.write(`filling ${TOPIC} with ${EVENTS.toLocaleString('en-US')} events…\n`);
    const fillSeconds = await fill(kafka);
    process.stderr.write(
      `${fillSeconds > 0 ? `filled in ${fillSeconds.toFixed(1)} s` : 'reused the filled topic'}; ingesting with the metrics service (${THREADS} worker threads)…\n`,
    );
    const ours = await ingest(THREADS);
    process.stderr.write(`ingested in ${ours.seconds.toFixed(1)} s; again with no worker threads…\n`);
    const oneThread = THREADS === 0 ? ours : await ingest(0);
    process.stderr.write(`ingested in ${oneThread.seconds.toFixed(1)} s; Kafka's ConsumerPerformance…\n`);
    const theirs = await kafkaConsumerPerf(TOPIC, EVENTS, BROKERS.split(',')[0]);
    if (theirs.messages !== EVENTS)
      throw new Error(`Kafka's ConsumerPerformance read ${theirs.messages} of the ${EVENTS} events`);
    const oursRate = EVENTS / ours.seconds;
    const ratio = oursRate / theirs.messagesPerSecond;
    const rows = [
      {
        method: `metrics service, ${THREADS} worker threads (validate, count, store exactly once)`,
        rows: EVENTS,
        seconds: ours.seconds,
        rowsPerSecond: oursRate,
        ratio,
      },
      ...(THREADS === 0
        ? []
        : [
            {
              method: 'metrics service, no worker threads',
              rows: EVENTS,
              seconds: oneThread.seconds,
              rowsPerSecond: EVENTS / oneThread.seconds,
              ratio: EVENTS / oneThread.seconds / theirs.messagesPerSecond,
            },
          ]),
      {
        method: 'Kafka ConsumerPerformance (3.9.1)',
        rows: theirs.messages,
        seconds: theirs.seconds,
        rowsPerSecond: theirs.messagesPerSecond,
        ratio: 1,
      },
    ];
    const goals = {
      eventsPerSecond: oursRate >= 100_000,
      ratio: ratio >= 0.4,
      exact: ours.counted === EVENTS && oneThread.counted === EVENTS,
    };
    process.stdout.write(`${table(rows, 'events')}\n\n`);
    process.stdout.write(
      `peak RSS of the metrics process: ${(ours.peakRssBytes / 1024 ** 2).toFixed(0)} MB ` +
        `(${(oneThread.peakRssBytes / 1024 ** 2).toFixed(0)} MB with no worker threads); counted ` +
        `${ours.counted} and ${oneThread.counted} (exact: ${goals.exact}); dedupe window: ` +
        `${ours.dedupeWindowIds} ids in ${ours.dedupeWindowRows} rows\n`,
    );
    process.stdout.write(
      `≥ 100 000 events/s: ${verdict(goals.eventsPerSecond)}; ≥ 40% of Kafka's rate: ${verdict(goals.ratio)}\n`,
    );
    const results = {
      date: new Date().toISOString(),
      machine,
      events: EVENTS,
      topic: TOPIC.slice(PREFIX.length),
      fillSeconds,
      threads: THREADS,
      ours: { ...ours, eventsPerSecond: oursRate, peakRssMb: ours.peakRssBytes / 1024 ** 2 },
      oneThread: {
        ...oneThread,
        eventsPerSecond: EVENTS / oneThread.seconds,
        peakRssMb: oneThread.peakRssBytes / 1024 ** 2,
      },
      kafka: theirs,
      ratio,
      goals,
    };
    mkdirSync(join(__dirname, '..', 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, '..', 'results', 'metrics-ingest.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
  } finally {
    await cleanUp(kafka);
  }
}

main().catch((error: unknown) => failBenchmark('metrics-ingest', error));
