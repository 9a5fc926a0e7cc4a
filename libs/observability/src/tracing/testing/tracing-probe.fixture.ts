// Child-process fixture for start-tracing.spec.ts: instrumentation only patches modules loaded through Node's own
// require, which jest replaces. Runs one scenario (argv[2]) and prints one JSON line with what it observed.
import { trace } from '@opentelemetry/api';
import type { AddressInfo } from 'node:net';
import { startTracing } from '../../index';
import { currentTraceparent } from '../trace-context';

const LOADED_EARLY = /[\\/]node_modules[\\/](?:pg|ioredis|kafkajs|express)[\\/]/;
const loadedBeforeStart = Object.keys(require.cache).filter((path) => LOADED_EARLY.test(path));
const shutdown = startTracing({ serviceName: 'fixture-service' });

type Scenario = () => Promise<Record<string, unknown>>;

const scenarios: Record<string, Scenario> = {
  // Which client libraries got patched, and whether importing the lib loaded any of them too early.
  async patched() {
    const { Kafka } = await import('kafkajs');
    const { Client } = await import('pg');
    const { default: Redis } = await import('ioredis');
    return {
      loadedBeforeStart,
      secondCallSameShutdown: startTracing({ serviceName: 'other' }) === shutdown,
      kafkaProducer: isWrapped(Kafka.prototype.producer),
      pgQuery: isWrapped(Client.prototype.query),
      redisSendCommand: isWrapped(Redis.prototype.sendCommand),
    };
  },

  // kafkajs writes the producer span's traceparent into the message headers (send fails: no broker, on purpose).
  async kafka() {
    const { Kafka, logLevel } = await import('kafkajs');
    const producer = new Kafka({ brokers: ['127.0.0.1:1'], logLevel: logLevel.NOTHING }).producer();
    const message = { key: 'k', value: 'v', headers: {} as Record<string, string> };
    return trace.getTracer('fixture').startActiveSpan('publish', async (span) => {
      await producer.send({ topic: 't', messages: [message] }).catch(() => undefined);
      span.end();
      return { parentTraceId: span.spanContext().traceId, header: message.headers.traceparent };
    });
  },

  // HTTP client → server in one trace; probe paths get no server span.
  async http() {
    const http = await import('node:http');
    const seen: Record<string, string | undefined> = {};
    const server = http.createServer((req, res) => {
      seen[req.url ?? ''] = currentTraceparent() ?? 'none';
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const get = (path: string) =>
      new Promise<void>((resolve, reject) =>
        http
          .get(`http://127.0.0.1:${port}${path}`, (res) => res.resume().on('end', resolve))
          .on('error', reject),
      );
    const clientTraceId = await trace.getTracer('fixture').startActiveSpan('client', async (span) => {
      await get('/v1/citizens/038090001234');
      await get('/health/ready');
      span.end();
      return span.spanContext().traceId;
    });
    server.close();
    return { clientTraceId, api: seen['/v1/citizens/038090001234'], probe: seen['/health/ready'] };
  },

  // One span with a personal ID in its attributes and the process arguments, flushed by shutdown (exported only if
  // an endpoint is set).
  async export() {
    const span = trace
      .getTracer('fixture')
      .startSpan('fixture-span', { attributes: { 'citizen.id': '038090001234' } });
    span.end();
    await shutdown();
    return { traceId: span.spanContext().traceId };
  },
};

function isWrapped(fn: unknown): boolean {
  return typeof fn === 'function' && (fn as { __wrapped?: boolean }).__wrapped === true;
}

const scenario = scenarios[process.argv[2] ?? ''];
if (!scenario) throw new Error(`unknown scenario ${process.argv[2]}`);
void scenario().then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
