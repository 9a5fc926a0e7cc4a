import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubCitizen {
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
}

/**
 * Answers POST /v1/verifications as the population service's contract says (match, or mismatch with a reason per
 * field), for the citizens it is given; records the requests so tests can check what VNeID sent.
 */
export class PopulationStub {
  readonly requests: { headers: Record<string, unknown>; body: any }[] = [];
  private readonly citizens = new Map<string, StubCitizen>();
  private server: Server | undefined;
  url = '';

  add(...citizens: StubCitizen[]): void {
    for (const citizen of citizens) this.citizens.set(citizen.idNumber, citizen);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(text || '{}');
        this.requests.push({ headers: req.headers, body });
        if (
          req.method !== 'POST' ||
          req.url !== '/v1/verifications' ||
          req.headers['x-caller-role'] !== 'police'
        ) {
          res.writeHead(400, { 'content-type': 'application/problem+json' }).end('{"status":400}');
          return;
        }
        const record = body.record;
        const citizen = this.citizens.get(record.idNumber);
        const reasons: { field: string; reason: string }[] = [];
        if (!citizen) reasons.push({ field: 'idNumber', reason: 'not in the register' });
        else {
          if (citizen.fullName !== record.fullName) reasons.push({ field: 'fullName', reason: 'differs' });
          if (citizen.birthDate !== record.birthDate) reasons.push({ field: 'birthDate', reason: 'differs' });
          if (record.sex !== undefined && citizen.sex !== record.sex)
            reasons.push({ field: 'sex', reason: 'differs' });
        }
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ result: reasons.length === 0 ? 'match' : 'mismatch', reasons }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
