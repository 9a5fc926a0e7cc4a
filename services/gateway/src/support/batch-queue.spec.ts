import { BatchQueue } from './batch-queue';

describe('BatchQueue', () => {
  it('writes everything in order, in batches of at most maxBatch', async () => {
    const batches: number[][] = [];
    const queue = new BatchQueue<number>({
      maxBatch: 3,
      maxQueued: 100,
      write: async (items) => void batches.push(items),
    });
    for (let i = 0; i < 8; i++) void queue.push(i);
    await queue.flush();
    expect(batches.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(3);
  });

  it('retries a failed write with the same batch, dropping nothing', async () => {
    const written: number[] = [];
    let failures = 2;
    const queue = new BatchQueue<number>({
      maxBatch: 10,
      maxQueued: 100,
      write: async (items) => {
        if (failures-- > 0) throw new Error('down');
        written.push(...items);
      },
    });
    void queue.push(1);
    void queue.push(2);
    await queue.flush();
    expect(written).toEqual([1, 2]);
  });

  it('makes producers wait when full, and lets them go once there is room', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queue = new BatchQueue<number>({ maxBatch: 1, maxQueued: 2, write: () => gate });
    expect(queue.push(1)).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve)); // the writer takes item 1
    expect(queue.push(2)).toBeUndefined();
    const waiting = queue.push(3);
    expect(waiting).toBeInstanceOf(Promise);
    let resumed = false;
    void waiting!.then(() => (resumed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(resumed).toBe(false);
    release();
    await queue.flush();
    expect(resumed).toBe(true);
  });

  it('refuses items after close, having written what was queued', async () => {
    const written: number[] = [];
    const queue = new BatchQueue<number>({
      maxBatch: 5,
      maxQueued: 10,
      write: async (items) => void written.push(...items),
    });
    void queue.push(1);
    await queue.close();
    expect(written).toEqual([1]);
    expect(() => queue.push(2)).toThrow('closed');
  });

  describe('with a linger', () => {
    afterEach(() => jest.useRealTimers());

    it('gathers items for lingerMs, starts batches that far apart, and does not hold a full batch back', async () => {
      jest.useFakeTimers();
      const batches: number[][] = [];
      const gates: Array<() => void> = [];
      const queue = new BatchQueue<number>({
        maxBatch: 4,
        maxQueued: 100,
        lingerMs: 50,
        write: (items) => {
          batches.push([...items]);
          return new Promise<void>((resolve) => gates.push(resolve));
        },
      });
      void queue.push(1);
      void queue.push(2);
      await jest.advanceTimersByTimeAsync(49);
      expect(batches).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(batches).toEqual([[1, 2]]);
      void queue.push(3);
      await jest.advanceTimersByTimeAsync(10);
      gates.shift()!(); // the first write ends 10 ms after it started: the next waits 40 more
      await jest.advanceTimersByTimeAsync(39);
      expect(batches).toEqual([[1, 2]]);
      await jest.advanceTimersByTimeAsync(1);
      expect(batches).toEqual([[1, 2], [3]]);
      for (const n of [4, 5, 6, 7]) void queue.push(n);
      gates.shift()!();
      await jest.advanceTimersByTimeAsync(0);
      expect(batches).toEqual([[1, 2], [3], [4, 5, 6, 7]]); // full: no waiting
      void queue.push(8);
      gates.shift()!();
      const flushed = queue.flush(); // a flush does not wait for the linger either
      await jest.advanceTimersByTimeAsync(0);
      expect(batches).toEqual([[1, 2], [3], [4, 5, 6, 7], [8]]);
      gates.shift()!();
      await flushed;
    });
  });
});
