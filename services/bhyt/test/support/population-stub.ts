import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GeneratedPerson } from '@d06/synthetic';

interface BatchRecord {
  recordRef: string;
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex?: string;
}

/**
 * Answers POST /v1/verifications/batch as the population service's contract says (one result per record: match,
 * or mismatch with a reason per field), against the register it is given; records each request's headers and
 * body so tests see what BHXH sent.
 */
export class PopulationStub {
  readonly requests: { headers: Record<string, unknown>; body: any }[] = [];
  private readonly register = new Map<string, GeneratedPerson>();
  private server: Server | undefined;
  url = '';

  constructor(citizens: readonly GeneratedPerson[]) {
    for (const citizen of citizens) this.register.set(citizen.idNumber, citizen);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(text || '{}');
        this.requests.push({ headers: req.headers, body });
        if (req.method !== 'POST' || req.url !== '/v1/verifications/batch' || body.records?.length > 10_000) {
          res.writeHead(400, { 'content-type': 'application/problem+json' }).end('{"status":400}');
          return;
        }
        const results = (body.records as BatchRecord[]).map((record, index) => {
          const reasons = this.compare(record);
          return { index, result: reasons.length === 0 ? 'match' : 'mismatch', reasons };
        });
        const matched = results.filter((r) => r.result === 'match').length;
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            batchId: body.batchId,
            total: results.length,
            matched,
            mismatched: results.length - matched,
            results,
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private compare(record: BatchRecord): { field: string; reason: string }[] {
    const citizen = this.register.get(record.idNumber);
    if (!citizen) return [{ field: 'idNumber', reason: 'not in the register' }];
    const reasons = [];
    if (citizen.fullName !== record.fullName) reasons.push({ field: 'fullName', reason: 'differs' });
    if (citizen.birthDate !== record.birthDate) reasons.push({ field: 'birthDate', reason: 'differs' });
    if (record.sex !== undefined && citizen.sex !== record.sex)
      reasons.push({ field: 'sex', reason: 'differs' });
    return reasons;
  }
}
