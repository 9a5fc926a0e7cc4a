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
