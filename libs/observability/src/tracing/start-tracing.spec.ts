import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../../..');
const FIXTURE = join(__dirname, 'testing/tracing-probe.fixture.ts');

// Instrumentation hooks Node's require, which jest bypasses, so each scenario runs in a real node process.
async function scenario<T>(
  name: string,
  env: NodeJS.ProcessEnv = {},
  args: string[] = [],
): Promise<{ result: T; stderr: string }> {
  const baseEnv = { ...process.env };
  delete baseEnv.OTEL_EXPORTER_OTLP_ENDPOINT;
  const { stdout, stderr } = await run(
    process.execPath,
    ['-r', '@swc-node/register', FIXTURE, name, ...args],
    {
      cwd: ROOT,
      env: { ...baseEnv, ...env },
      timeout: 20_000,
    },
  );
  return { result: JSON.parse(stdout.trim().split('\n').pop()!) as T, stderr };
}

describe('startTracing', () => {
  it('patches http, pg, ioredis and kafkajs, and importing the lib loads none of them early', async () => {
    const { result } = await scenario<Record<string, unknown>>('patched');
    expect(result).toEqual({
      loadedBeforeStart: [],
      secondCallSameShutdown: true,
      kafkaProducer: true,
      pgQuery: true,
      redisSendCommand: true,
    });
  });

  // no exporter: the context propagates (same trace, real ids) with the sampled flag off — nothing is recorded
  it('puts the producer span traceparent into kafkajs message headers, in the caller trace', async () => {
    const { result } = await scenario<{ parentTraceId: string; header: string }>('kafka');
    expect(result.header).toMatch(new RegExp(`^00-${result.parentTraceId}-[0-9a-f]{16}-00$`));
  });

  it('continues the client trace in the HTTP server and leaves probe requests untraced', async () => {
    const { result } = await scenario<{ clientTraceId: string; api: string; probe: string }>('http');
    expect(result.clientTraceId).toMatch(/^[0-9a-f]{32}$/);
    expect(result.api).toMatch(new RegExp(`^00-${result.clientTraceId}-[0-9a-f]{16}-00$`));
    expect(result.probe).toBe('none');
  });

  it('honours OTEL_TRACES_SAMPLER over the no-exporter default', async () => {
    const { result } = await scenario<{ clientTraceId: string; api: string }>('http', {
      OTEL_TRACES_SAMPLER: 'always_on',
    });
    expect(result.api).toMatch(new RegExp(`^00-${result.clientTraceId}-[0-9a-f]{16}-01$`));
  });

  it('without OTEL_EXPORTER_OTLP_ENDPOINT creates real spans and reports no export error', async () => {
    const { result, stderr } = await scenario<{ traceId: string }>('export', { OTEL_LOG_LEVEL: 'warn' });
    expect(result.traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
    expect(stderr).toBe('');
  });

  describe('with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    let collector: Server;
    const received: Array<{ url: string; body: string }> = [];

    beforeAll(async () => {
      collector = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          received.push({ url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    });

    afterAll(() => new Promise((resolve) => collector.close(resolve)));

    it('exports spans over OTLP/HTTP with the service name and personal IDs masked', async () => {
      const { port } = collector.address() as AddressInfo;
      // The ID on the command line reaches the process resource (process.command_args).
      const { result } = await scenario<{ traceId: string }>(
        'export',
        { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_METRICS_EXPORTER: 'none' },
        ['001099012345'],
      );
      const traces = received.filter((request) => request.url === '/v1/traces');
      expect(traces).toHaveLength(1);
      const body = traces[0].body;
      expect(body).toContain('"fixture-span"');
      expect(body).toContain('"fixture-service"');
      expect(body).toContain(`"traceId":"${result.traceId}"`);
      expect(body).toContain('038******234');
      expect(body).not.toContain('038090001234');
      expect(body).toContain('001******345');
      expect(body).not.toContain('001099012345');
    });

    it('records what it exports: sampled traces through kafkajs headers and the HTTP server', async () => {
      const { port } = collector.address() as AddressInfo;
      const env = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_METRICS_EXPORTER: 'none' };
      const kafka = await scenario<{ parentTraceId: string; header: string }>('kafka', env);
      const http = await scenario<{ clientTraceId: string; api: string }>('http', env);
      expect(kafka.result.header).toMatch(new RegExp(`^00-${kafka.result.parentTraceId}-[0-9a-f]{16}-01$`));
      expect(http.result.api).toMatch(new RegExp(`^00-${http.result.clientTraceId}-[0-9a-f]{16}-01$`));
    });
  });
});
