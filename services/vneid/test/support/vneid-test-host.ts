// Runs the VNeID service in a child process for the tests (jest cannot load oidc-provider, an ES module), on a
// virtual clock, with a small control server: advance the clock, publish an event on the service's bus (a
// population event in embedded mode, where the bus lives in this process), and read the events it published.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@d06/contracts';
import { EVENT_BUS, type EventBus } from '@d06/messaging';
import { VirtualClock } from '@d06/platform';
import { createVneidApp, vneidConfig } from '../../src';

interface SeenEvent {
  id: string;
  type: string;
  time: string | undefined;
  data: Record<string, unknown>;
}

async function main(): Promise<void> {
  const clock = new VirtualClock(new Date(process.env.TEST_CLOCK_START ?? '2024-09-02T01:00:00.000Z'));
  const config = vneidConfig();
  const app = await createVneidApp(config, { clock });
  await app.listen(config.PORT, '127.0.0.1');
  const bus = app.get<EventBus>(EVENT_BUS);
  const seen: SeenEvent[] = [];
  const subscription = await bus.subscribe({
    group: `test-listener-${randomUUID()}`,
    topics: [TOPICS.vneid],
    fromBeginning: true,
    handler: async ({ event }) => {
      seen.push({
        id: event.id,
        type: event.type,
        time: event.time,
        data: event.data as Record<string, unknown>,
      });
    },
  });

  const control = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => reply(res, 500, { error: String(error) }));
  });
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://control');
    if (req.method === 'POST' && url.pathname === '/clock/advance') {
      const { ms } = (await body(req)) as { ms: number };
      clock.advanceBy(ms);
      return reply(res, 200, { now: clock.now().toISOString() });
    }
    if (req.method === 'GET' && url.pathname === '/clock')
      return reply(res, 200, { now: clock.now().toISOString() });
    if (req.method === 'POST' && url.pathname === '/bus/publish') {
      const event = (await body(req)) as { type: string; data: unknown; id?: string };
      await bus.publish([event]);
      return reply(res, 202, {});
    }
    if (req.method === 'GET' && url.pathname === '/events') return reply(res, 200, seen);
    reply(res, 404, {});
  };
  control.listen(Number(process.env.CONTROL_PORT), '127.0.0.1');

  const stop = async (): Promise<void> => {
    control.close();
    await subscription.stop();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.stdout.write('vneid-test-host ready\n');
}

function body(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text ? JSON.parse(text) : {}));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `vneid-test-host failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
