import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Speaks the population service's lookup contract (GET /v1/citizens/{id}: the record narrowed to the caller's
 * role, 404 for an unknown number; POST /v1/citizens/batch: a result per lookup) and can be switched off (503)
 * to play an outage.
 */
export class PopulationStub {
  readonly requests: { path: string; headers: IncomingHttpHeaders; body?: string }[] = [];
  down = false;
  private readonly citizens = new Map<string, Record<string, unknown>>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<PopulationStub> {
    const stub: PopulationStub = new PopulationStub(
      createServer((request, response) => {
        let text = '';
        request.on('data', (chunk: Buffer) => (text += chunk.toString()));
        request.on('end', () => {
          stub.requests.push({ path: request.url ?? '', headers: request.headers, body: text || undefined });
          const [status, body] = stub.down
            ? [503, { title: 'down for maintenance' }]
            : request.url === '/v1/citizens/batch'
              ? [200, { results: stub.lookups(JSON.parse(text) as { lookups: { idNumber: string }[] }) }]
              : stub.answer(/^\/v1\/citizens\/([0-9]+)$/.exec(request.url ?? '')?.[1]);
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        });
      }),
    );
    await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** GET /v1/citizens/{id}: the record, or 404. */
  private answer(id: string | undefined): [number, unknown] {
    const record = id ? this.citizens.get(id) : undefined;
    return record ? [200, record] : [404, { title: 'Citizen not found' }];
  }

  /** POST /v1/citizens/batch: one result per lookup, in order. */
  private lookups({ lookups }: { lookups: { idNumber: string }[] }) {
    return lookups.map(({ idNumber }) => {
      const [status, body] = this.answer(idNumber);
      return status === 200 ? { status, answer: body } : { status, problem: body };
    });
  }

  add(record: Record<string, unknown> & { idNumber: string }): void {
    this.citizens.set(record.idNumber, record);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
