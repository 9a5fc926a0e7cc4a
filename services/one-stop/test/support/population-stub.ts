import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Speaks the population service's lookup contract (GET /v1/citizens/{id}: the record narrowed to the caller's
 * role, 404 for an unknown number) and can be switched off (503) to play an outage.
 */
export class PopulationStub {
  readonly requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  down = false;
  private readonly citizens = new Map<string, Record<string, unknown>>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<PopulationStub> {
    const stub: PopulationStub = new PopulationStub(
      createServer((request, response) => {
        stub.requests.push({ path: request.url ?? '', headers: request.headers });
        const id = /^\/v1\/citizens\/([0-9]+)$/.exec(request.url ?? '')?.[1];
        const record = id ? stub.citizens.get(id) : undefined;
        const [status, body] = stub.down
          ? [503, { title: 'down for maintenance' }]
          : record
            ? [200, record]
            : [404, { title: 'Citizen not found' }];
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      }),
    );
    await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  add(record: Record<string, unknown> & { idNumber: string }): void {
    this.citizens.set(record.idNumber, record);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
