import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceClient } from './service-client';

describe('ServiceClient error-rate faults', () => {
  let server: Server;
  let url: string;
  let received = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      received += 1;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ path: request.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const calls = async (client: ServiceClient, path: string, n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const at = new Date(Date.UTC(2023, 8, 5, 2, i));
      statuses.push((await client.call('POST', `${path}/${i}`, { body: {}, businessTime: at })).status);
    }
    return statuses;
  };

  it('fails a share of attempts on the matching endpoint, retries them, and loses no call', async () => {
    const faults = [{ service: 'bhyt' as const, endpoint: 'POST /v1/card-checks', errorRate: 0.5 }];
    const client = new ServiceClient('bhyt', url, faults);
    received = 0;
    const statuses = await calls(client, '/v1/card-checks', 12);
    expect(statuses).toEqual(Array(12).fill(200));
    expect(received).toBe(12);
    expect(client.injectedErrors).toBeGreaterThan(0);

    // the same calls fail the same attempts on every run
    const again = new ServiceClient('bhyt', url, faults);
    await calls(again, '/v1/card-checks', 12);
    expect(again.injectedErrors).toBe(client.injectedErrors);
  });

  it('leaves other endpoints, other services and calls outside the window alone', async () => {
    const faults = [
      { service: 'bhyt' as const, endpoint: 'POST /v1/card-checks', errorRate: 0.9 },
      { service: 'population' as const, errorRate: 0.9 },
      {
        service: 'bhyt' as const,
        endpoint: 'POST /v1/other',
        errorRate: 0.9,
        window: { from: '2024-01-01T00:00:00Z', to: '2024-01-02T00:00:00Z' },
      },
    ];
    const client = new ServiceClient('bhyt', url, faults);
    await calls(client, '/v1/participants', 5);
    await calls(client, '/v1/other', 5);
    expect(client.injectedErrors).toBe(0);
  });
});

describe('ServiceClient against a service that is restarting', () => {
  let server: Server;
  let url: string;
  const seen: { method?: string; body: string; caller?: string }[] = [];

  beforeAll(async () => {
    // a gateway in front of a restarting service: 502 and 503 twice, then the answer
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, body, caller: request.headers['x-caller-id'] as string });
        response.statusCode = seen.length === 1 ? 502 : seen.length === 2 ? 503 : 201;
        response.setHeader('content-type', 'application/json');
        response.end(
          seen.length < 3
            ? 'upstream restarting'
            : JSON.stringify({ code: 'H38-1', echoed: JSON.parse(body) }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the same call again until it is answered, and returns the answer parsed', async () => {
    const client = new ServiceClient('one-stop', url);
    const result = await client.call('POST', '/v1/dossiers', {
      body: { serviceKey: 'da06-04' },
      headers: { 'x-caller-id': 'sim-officer-01' },
    });

    expect(result).toEqual({ status: 201, body: { code: 'H38-1', echoed: { serviceKey: 'da06-04' } } });
    expect(seen).toEqual(
      Array(3).fill({ method: 'POST', body: '{"serviceKey":"da06-04"}', caller: 'sim-officer-01' }),
    );
  });

  it('gives up naming the service once nothing listens there', async () => {
    const client = new ServiceClient('bhyt', 'http://127.0.0.1:1');
    await expect(client.call('GET', '/v1/cards')).rejects.toThrow(/bhyt is not reachable: .*ECONNREFUSED/);
  }, 60_000);
});
