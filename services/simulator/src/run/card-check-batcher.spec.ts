import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CardCheckBatcher } from './card-check-batcher';
import { ServiceClient } from './service-client';

/** A BHYT stand-in: answers each check of a list by its id; `flaky` ids answer 503 the first time. */
describe('CardCheckBatcher', () => {
  let server: Server;
  let url: string;
  const lists: { path: string; ids: number[] }[] = [];
  const flaky = new Set<number>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const { checks } = JSON.parse(text) as { checks: { id: number }[] };
        lists.push({ path: request.url!, ids: checks.map((c) => c.id) });
        const results = checks.map(({ id }) => {
          if (flaky.delete(id)) return { status: 503, problem: { title: 'not recorded' } };
          return id % 2 === 0
            ? { status: 200, answer: { success: true, resultCode: '000', id } }
            : { status: 422, problem: { code: 'UNKNOWN_FACILITY', id } };
        });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ results }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (lists.length = 0));

  it('gives each check its own answer, sent together in lists of one business time', async () => {
    const batcher = new CardCheckBatcher(new ServiceClient('bhyt', url));
    const nine = new Date(Date.UTC(2023, 8, 5, 2, 0));
    const quarterPast = new Date(Date.UTC(2023, 8, 5, 2, 15));
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, id) => batcher.check({ id }, id < 30 ? nine : quarterPast)),
    );
    answers.forEach((answer, id) =>
      expect(answer).toEqual(
        id % 2 === 0
          ? { status: 200, body: { success: true, resultCode: '000', id } }
          : { status: 422, body: { code: 'UNKNOWN_FACILITY', id } },
      ),
    );
    expect(lists.every((list) => list.path === '/v1/card-checks/batch')).toBe(true);
    expect(lists.length).toBeLessThan(6);
    expect(lists.flatMap((list) => list.ids).sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
    // no list mixes the two business times
    for (const { ids } of lists) expect(new Set(ids.map((id) => id < 30)).size).toBe(1);
  });

  it('sends a check that came back not recorded (503) again, as a single call would be retried', async () => {
    const batcher = new CardCheckBatcher(new ServiceClient('bhyt', url));
    flaky.add(4);
    const at = new Date(Date.UTC(2023, 8, 6, 2, 0));
    const answers = await Promise.all([2, 4, 6].map((id) => batcher.check({ id }, at)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(lists.flatMap((list) => list.ids).filter((id) => id === 4)).toHaveLength(2);
    expect(flaky.size).toBe(0);
  });

  it('keeps lists within BHYT’s limit of 500 checks', async () => {
    const batcher = new CardCheckBatcher(new ServiceClient('bhyt', url));
    const at = new Date(Date.UTC(2023, 8, 7, 2, 0));
    await Promise.all(Array.from({ length: 1_200 }, (_, id) => batcher.check({ id }, at)));
    expect(Math.max(...lists.map((list) => list.ids.length))).toBe(500);
    expect(lists.reduce((n, list) => n + list.ids.length, 0)).toBe(1_200);
  });

  it('fails every check of a list the service refuses as a whole', async () => {
    const refusing = new CardCheckBatcher({
      call: async () => ({ status: 400, body: { title: 'bad list' } }),
    } as unknown as ServiceClient);
    const at = new Date(Date.UTC(2023, 8, 8, 2, 0));
    await expect(refusing.check({ id: 1 }, at)).rejects.toThrow(/HTTP 400/);
  });
});

describe('ServiceClient.hasFaultsOn', () => {
  it('says whether a fault may touch an endpoint at any business time', () => {
    const window = { from: '2023-09-10T00:00:00Z', to: '2023-09-11T00:00:00Z' };
    const client = new ServiceClient('bhyt', 'http://127.0.0.1:1', [
      { service: 'bhyt', endpoint: 'POST /v1/card-checks', errorRate: 0.1, window },
      { service: 'one-stop', latencyMs: { min: 1, max: 2 } },
    ]);
    expect(client.hasFaultsOn('POST', '/v1/card-checks')).toBe(true);
    expect(client.hasFaultsOn('POST', '/v1/household-renewals')).toBe(false);
    expect(
      new ServiceClient('one-stop', 'http://x', [{ service: 'one-stop' }]).hasFaultsOn('GET', '/a'),
    ).toBe(true);
  });
});
