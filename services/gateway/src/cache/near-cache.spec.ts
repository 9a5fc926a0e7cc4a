import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { NearResponseCache } from './near-cache';
import { readyAnswer, type FiledAnswer, type RedisResponseCache } from './response-cache';

function filed(body: string, subjects: string[] = ['id:038090001234']): FiledAnswer {
  return { answer: readyAnswer({ status: 200, contentType: 'application/json', body }), subjects };
}

function setup() {
  let now = 0;
  const reads: Array<(value: FiledAnswer | undefined) => void> = [];
  const batches: string[][] = [];
  const shared = {
    getFiled: jest.fn(() => new Promise<FiledAnswer | undefined>((resolve) => reads.push(resolve))),
    // a refresh reads its keys in one MGET; the test answers them one by one
    getManyFiled: jest.fn((keys: string[]) => {
      batches.push(keys);
      return Promise.all(
        keys.map(() => new Promise<FiledAnswer | undefined>((resolve) => reads.push(resolve))),
      );
    }),
    set: jest.fn(async () => undefined),
    invalidate: jest.fn(async () => 1),
  };
  const subscriber = Object.assign(new EventEmitter(), { subscribe: jest.fn(async () => 1) });
  const publisher = { publish: jest.fn(async () => 1) };
  const cache = new NearResponseCache(
    shared as unknown as RedisResponseCache,
    publisher as unknown as Redis,
    subscriber as unknown as Redis,
    'p:',
    2,
    () => now,
  );
  return { cache, shared, subscriber, reads, batches, advance: (ms: number) => (now += ms) };
}

describe('NearResponseCache', () => {
  afterEach(() => jest.useRealTimers());

  it('answers from memory, and refreshes an entry in use once, in the background, before it expires', async () => {
    jest.useFakeTimers();
    const { cache, shared, reads, batches, advance } = setup();
    const first = cache.get('k');
    reads.shift()!(filed('{"v":1}'));
    expect((await first)?.body.toString()).toBe('{"v":1}');
    expect(cache.peek('k')?.body.toString()).toBe('{"v":1}');
    expect(shared.getFiled).toHaveBeenCalledTimes(1);
    advance(1_600); // within the last quarter of the 2 s
    expect(cache.peek('k')?.body.toString()).toBe('{"v":1}');
    expect(cache.peek('k')).toBeDefined();
    await jest.advanceTimersByTimeAsync(50);
    expect(batches).toEqual([['k']]); // one refresh, not one per call
    reads.shift()!(filed('{"v":2}'));
    await jest.advanceTimersByTimeAsync(0);
    advance(1_000); // past the first entry's expiry: the refreshed one answers
    expect(cache.peek('k')?.body.toString()).toBe('{"v":2}');
  });

  it('reads the entries due for a refresh together, in one round trip', async () => {
    jest.useFakeTimers();
    const { cache, reads, batches, advance } = setup();
    for (const key of ['a', 'b']) {
      const got = cache.get(key);
      reads.shift()!(filed(`{"k":"${key}"}`));
      await got;
    }
    advance(1_600);
    cache.peek('a');
    cache.peek('b');
    cache.peek('a');
    await jest.advanceTimersByTimeAsync(50);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('does not keep a Redis read that raced with an invalidation', async () => {
    jest.useFakeTimers();
    const { cache, subscriber, reads, advance } = setup();
    const first = cache.get('k');
    reads.shift()!(filed('{"v":1}'));
    await first;
    advance(1_600);
    cache.peek('k'); // queues a refresh
    await jest.advanceTimersByTimeAsync(50); // … which reads Redis now
    subscriber.emit('message', 'p:invalidate', 'id:038090001234');
    expect(cache.peek('k')).toBeUndefined();
    reads.shift()!(filed('{"v":"stale"}'));
    await jest.advanceTimersByTimeAsync(0);
    expect(cache.peek('k')).toBeUndefined();
  });

  it('empties itself when its subscriber reconnects (broadcasts may have been missed)', async () => {
    const { cache, subscriber, reads } = setup();
    const first = cache.get('k');
    reads.shift()!(filed('{"v":1}'));
    await first;
    subscriber.emit('ready');
    expect(cache.peek('k')).toBeUndefined();
  });
});
