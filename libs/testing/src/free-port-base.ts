import { createServer } from 'node:net';

/** The last two digits of every service port (population 3001 … simulator 3007, gateway 8080). */
const SERVICE_PORT_DIGITS = [1, 2, 3, 4, 5, 6, 7, 80];

/**
 * Bases stay below Linux's ephemeral range (32768 and up by default): a port free when checked there can be taken
 * by any outgoing connection (to Kafka, PostgreSQL, …) before the service that is meant to listen on it starts.
 */
const BASES = { first: 20_000, count: 120, step: 100 };

/**
 * A PORT_BASE whose service ports (base + each port's last two digits) are all free now, picked at random so
 * suites running side by side rarely try the same one.
 */
export async function freePortBase(digits: readonly number[] = SERVICE_PORT_DIGITS): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = BASES.first + Math.floor(Math.random() * BASES.count) * BASES.step;
    if ((await Promise.all(digits.map((d) => isFree(base + d)))).every(Boolean)) return base;
  }
  throw new Error('no free PORT_BASE found');
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
