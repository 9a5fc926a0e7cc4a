import { GroupCommitBatcher } from './group-commit-batcher';

/** A write the test finishes by hand, to see what gathers while it runs. */
function gatedWrites() {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  let failNext = false;
  return {
    batches,
    failNext: () => void (failNext = true),
    open: () => gates.shift()?.(),
    write: (items: readonly number[]) =>
      new Promise<void>((resolve, reject) => {
        batches.push([...items]);
        const fail = failNext;
        failNext = false;
        gates.push(() => (fail ? reject(new Error('database down')) : resolve()));
      }),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommitBatcher', () => {
  it('writes the first item at once and gathers the rest into the next write', async () => {
    const writes = gatedWrites();
    const batcher = new GroupCommitBatcher({ write: writes.write, maxBatch: 100, lingerMs: 0 });
    const done = [1, 2, 3, 4].map((n) => batcher.add(n));
    await tick();
    expect(writes.batches).toEqual([[1]]);
    writes.open();
    await done[0];
    await tick();
    expect(writes.batches).toEqual([[1], [2, 3, 4]]);
    writes.open();
    await Promise.all(done);
    expect(batcher.waiting).toBe(0);
  });

  it('keeps a caller waiting until its own batch is written', async () => {
    const writes = gatedWrites();
    const batcher = new GroupCommitBatcher({ write: writes.write, maxBatch: 100, lingerMs: 0 });
    let written = false;
    void batcher.add(1).then(() => (written = true));
    await tick();
    expect(written).toBe(false);
    writes.open();
    await tick();
    expect(written).toBe(true);
  });

  it('caps a batch at maxBatch', async () => {
    const writes = gatedWrites();
    const batcher = new GroupCommitBatcher({ write: writes.write, maxBatch: 2, lingerMs: 0 });
    const done = [1, 2, 3, 4, 5].map((n) => batcher.add(n));
    for (let i = 0; i < 3; i += 1) {
      await tick();
      writes.open();
    }
    await Promise.all(done);
    expect(writes.batches).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('rejects only the callers of a failed batch and carries on', async () => {
    const writes = gatedWrites();
    const batcher = new GroupCommitBatcher({ write: writes.write, maxBatch: 10, lingerMs: 0 });
    writes.failNext();
    const first = batcher.add(1);
    const second = batcher.add(2);
    await tick();
    writes.open();
    await expect(first).rejects.toThrow('database down');
    await tick();
    writes.open();
    await expect(second).resolves.toBeUndefined();
    expect(writes.batches).toEqual([[1], [2]]);
  });

  it('flush waits for everything handed in', async () => {
    const written: number[] = [];
    const batcher = new GroupCommitBatcher<number>({
      write: async (items) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        written.push(...items);
      },
      maxBatch: 3,
      lingerMs: 1,
    });
    for (let n = 1; n <= 7; n += 1) void batcher.add(n);
    await batcher.flush();
    expect(written).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
