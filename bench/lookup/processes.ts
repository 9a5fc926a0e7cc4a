// The processes the lookup benchmark measures: the BHYT service, the gateway, WireMock and the bare Node floor.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface Running {
  readonly name: string;
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

function started(name: string, child: ChildProcess, url: string): Running {
  let stderr = '';
  let stopping = false;
  child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4_000)));
  child.on('exit', (code, signal) => {
    // a JVM stopped by SIGTERM exits 143: only an exit nobody asked for is worth a line
    if (!stopping && code !== 0 && code !== null && signal === null)
      process.stderr.write(`${name} exited ${code}: ${stderr}\n`);
  });
  return {
    name,
    url,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        stopping = true;
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** A service of this repository in its own process, as main.ts runs it. */
export function startService(
  service: string,
  port: number,
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Running {
  const child = spawn(
    process.execPath,
    [...nodeOptions, '-r', '@swc-node/register', join(ROOT, 'services', service, 'src', 'main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'tsconfig.json',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return started(service, child, `http://127.0.0.1:${port}`);
}

/** The floor: Node's http server answering the same JSON to every request, nothing else. */
export function startBareNode(port: number, body: string): Running {
  const script = `
    const body = Buffer.from(process.env.BODY);
    require('node:http').createServer((req, res) => {
      req.resume();
      req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }); res.end(body); });
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', script], {
    env: { ...process.env, BODY: body },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return started('bare node', child, `http://127.0.0.1:${port}`);
}

/** WireMock standalone with one static stub (POST /v1/card-checks → the JSON), no request journal. */
export function startWireMock(jar: string, port: number, rootDir: string): Running {
  const child = spawn(
    'java',
    ['-jar', jar, '--port', String(port), '--no-request-journal', '--root-dir', rootDir, '--disable-banner'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return started('WireMock', child, `http://127.0.0.1:${port}`);
}

/** Waits until `probe` answers 2xx (or any status when `anyStatus`). */
export async function waitUntilUp(url: string, init: RequestInit = {}, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, init);
      await response.text();
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms (${last})`);
}
