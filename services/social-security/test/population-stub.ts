import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person as the register holds them: what the stub compares sector records with. */
export interface RegisteredPerson {
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  provinceCode: string;
  communeCode: string;
}

interface SectorRecord {
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex?: string;
  address?: { provinceCode?: string; communeCode?: string };
}

/**
 * Speaks the population service's verification contract (`POST /v1/verifications` and `/batch`): match, or
 * mismatch with a reason per differing field, as the real register answers. It keeps the requests it got, and
 * can be switched off (503) to play an outage.
 */
export class PopulationStub {
  readonly requests: { path: string; headers: IncomingHttpHeaders; body: any }[] = [];
  down = false;
  private readonly register = new Map<string, RegisteredPerson>();

  private constructor(private readonly server: Server) {}

  static async start(people: Iterable<RegisteredPerson> = []): Promise<PopulationStub> {
    const stub: PopulationStub = new PopulationStub(
      createServer((request, response) => {
        let text = '';
        request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        request.on('end', () => {
          const body = text ? JSON.parse(text) : undefined;
          stub.requests.push({ path: request.url ?? '', headers: request.headers, body });
          const answer = stub.answer(request.method ?? '', request.url ?? '', body);
          response.writeHead(answer.status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(answer.body));
        });
      }),
    );
    for (const person of people) stub.add(person);
    await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  add(person: RegisteredPerson): void {
    this.register.set(person.idNumber, person);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(method: string, path: string, body: any): { status: number; body: unknown } {
    if (this.down) return { status: 503, body: { title: 'down for maintenance' } };
    if (method === 'POST' && path === '/v1/verifications')
      return { status: 200, body: this.compare(body.record) };
    if (method === 'POST' && path === '/v1/verifications/batch') {
      const results = (body.records as SectorRecord[]).map((record, index) => ({
        index,
        ...this.compare(record),
      }));
      const matched = results.filter((r) => r.result === 'match').length;
      return {
        status: 200,
        body: {
          batchId: body.batchId,
          total: results.length,
          matched,
          mismatched: results.length - matched,
          results,
        },
      };
    }
    return { status: 404, body: { title: 'not found' } };
  }

  private compare(record: SectorRecord): {
    result: 'match' | 'mismatch';
    reasons: { field: string; reason: string }[];
  } {
    const person = this.register.get(record.idNumber);
    if (!person)
      return { result: 'mismatch', reasons: [{ field: 'idNumber', reason: 'not in the register' }] };
    const reasons: { field: string; reason: string }[] = [];
    const differs = (field: string, claimed: unknown, held: unknown) => {
      if (claimed !== undefined && claimed !== held) reasons.push({ field, reason: 'differs' });
    };
    differs('fullName', record.fullName.normalize('NFC'), person.fullName.normalize('NFC'));
    differs('birthDate', record.birthDate, person.birthDate);
    differs('sex', record.sex, person.sex);
    differs('address.provinceCode', record.address?.provinceCode, person.provinceCode);
    differs('address.communeCode', record.address?.communeCode, person.communeCode);
    return { result: reasons.length === 0 ? 'match' : 'mismatch', reasons };
  }
}
