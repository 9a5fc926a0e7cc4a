import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, waitFor } from '@d06/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');

export type Role = 'app' | 'police' | 'relying-party';

export interface SeenEvent {
  id: string;
  type: string;
  time: string;
  data: Record<string, any>;
}

export interface HttpAnswer {
  status: number;
  body: any;
  contentType: string | null;
  location: string | null;
}

/**
 * A VNeID service running in a child process (test/support/vneid-test-host.ts) on a virtual clock, with its log
 * lines collected, plus the calls the tests make: the /v1 API with caller headers, the clock, the bus.
 */
export class VneidHarness {
  readonly logs: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly control: string,
  ) {}

  static async start(env: Record<string, string>): Promise<VneidHarness> {
    const [port, controlPort] = [await freePort(), await freePort()];
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'services/vneid/test/support/vneid-test-host.ts'],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
          LOG_LEVEL: 'debug',
          VNEID_TEST_MODE: 'true',
          VNEID_SCHEDULER_INTERVAL_MS: '50',
          ...env,
          PORT: String(port),
          VNEID_ISSUER: url,
          CONTROL_PORT: String(controlPort),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const harness = new VneidHarness(child, url, `http://127.0.0.1:${controlPort}`);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => harness.logs.push(line));
    }
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`vneid exited: ${harness.logs.slice(-20).join('\n')}`);
        return harness.logs.some((line) => line.includes('vneid-test-host ready'));
      },
      { timeoutMs: 90_000, intervalMs: 100, message: 'vneid started' },
    );
    return harness;
  }

  async call(method: string, path: string, role: Role | undefined, body?: unknown): Promise<HttpAnswer> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(role
          ? {
              'x-caller-type': 'system',
              'x-caller-id': `test-${role}`,
              'x-caller-agency': 'G01.038.TEST',
              'x-caller-role': role,
            }
          : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return answerOf(response);
  }

  async advance(ms: number): Promise<string> {
    const response = await fetch(`${this.control}/clock/advance`, {
      method: 'POST',
      body: JSON.stringify({ ms }),
    });
    return ((await response.json()) as { now: string }).now;
  }

  async now(): Promise<string> {
    return ((await (await fetch(`${this.control}/clock`)).json()) as { now: string }).now;
  }

  /** Publishes on the service's bus (in embedded mode the only way in); a fixed id makes a redelivery. */
  async publish(event: { type: string; data: unknown; id?: string }): Promise<void> {
    const response = await fetch(`${this.control}/bus/publish`, {
      method: 'POST',
      body: JSON.stringify(event),
    });
    if (response.status !== 202) throw new Error(`publish answered ${response.status}`);
  }

  async events(): Promise<SeenEvent[]> {
    return (await (await fetch(`${this.control}/events`)).json()) as SeenEvent[];
  }

  /** The events of a type about a key, once at least `expected` arrived; and no more a moment later. */
  async eventsOf(type: string, key: string, expected: number): Promise<SeenEvent[]> {
    const matching = async (): Promise<SeenEvent[]> =>
      (await this.events()).filter(
        (e) => e.type === type && (e.data.idNumber ?? e.data.provinceCode) === key,
      );
    await waitFor(async () => (await matching()).length >= expected, {
      timeoutMs: 20_000,
      message: `${expected} × ${type}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return matching();
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

export async function answerOf(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  let body: unknown = text;
  if (contentType?.includes('json') && text) body = JSON.parse(text);
  return { status: response.status, body, contentType, location: response.headers.get('location') };
}
