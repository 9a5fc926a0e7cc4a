import { createServer } from 'node:net';
import { freePort } from './free-port';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

describe('uniqueName', () => {
  it('is a legal Kafka topic and unquoted Postgres identifier, keeping the prefix', () => {
    for (const prefix of ['Citizen Events', 'metrics.group-1', '42 answers', '', 'Đề án']) {
      const name = uniqueName(prefix);
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(name.length).toBeLessThanOrEqual(63);
    }
    expect(uniqueName('Citizen Events')).toMatch(/^citizen_events_/);
    expect(uniqueName('42 answers')).toMatch(/^t_42_answers_/);
  });

  it('never repeats', () => {
    const names = Array.from({ length: 1000 }, () => uniqueName('topic'));
    expect(new Set(names).size).toBe(1000);
  });

  it('cuts a long prefix, not the unique part', () => {
    const a = uniqueName('x'.repeat(100));
    const b = uniqueName('x'.repeat(100));
    expect(a.length).toBeLessThanOrEqual(63);
    expect(a).not.toBe(b);
  });
});

describe('waitFor', () => {
  it('resolves with the first truthy value, after polling', async () => {
    let calls = 0;
    const value = await waitFor(() => (++calls >= 3 ? { calls } : undefined), { intervalMs: 1 });
    expect(value).toEqual({ calls: 3 });
  });

  it('treats a throwing predicate as not yet', async () => {
    let calls = 0;
    const ok = await waitFor(
      () => {
        if (++calls < 3) throw new Error('not ready');
        return true;
      },
      { intervalMs: 1 },
    );
    expect(ok).toBe(true);
  });

  it('times out with the message and the last error', async () => {
    const started = Date.now();
    await expect(
      waitFor(
        () => {
          throw new Error('connection refused');
        },
        { timeoutMs: 100, intervalMs: 10, message: 'the broker' },
      ),
    ).rejects.toThrow('waitFor: the broker not met within 100 ms; last error: connection refused');
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('cuts off a predicate that never settles', async () => {
    const never = () => new Promise<boolean>(() => undefined);
    await expect(waitFor(never, { timeoutMs: 50, message: 'a hang' })).rejects.toThrow(
      'waitFor: a hang not met within 50 ms; the last attempt was still running',
    );
  });
});

describe('freePort', () => {
  it('returns a port a server can listen on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  });
});
