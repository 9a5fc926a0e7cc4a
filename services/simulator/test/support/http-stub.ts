import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface StubAnswer {
  readonly status: number;
  readonly body?: unknown;
}

/** A tiny HTTP service for tests: records every request and answers what `answer` says (possibly later). */
export class HttpStub {
  readonly seen: SeenRequest[] = [];
  url = '';
  private server: Server | undefined;

  constructor(public answer: (request: SeenRequest) => StubAnswer | Promise<StubAnswer>) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const seen: SeenRequest = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.seen.push(seen);
        void Promise.resolve(this.answer(seen)).then(({ status, body }) => {
          const text = body === undefined ? '' : JSON.stringify(body);
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(text);
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  requests(method: string, pathStart: string): SeenRequest[] {
    return this.seen.filter((r) => r.method === method && r.url.startsWith(pathStart));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A gate a stub holds answers at until the test opens it. */
export class Gate {
  private opened = false;
  private waiters: (() => void)[] = [];

  wait(): Promise<void> {
    return this.opened ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  open(): void {
    this.opened = true;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
