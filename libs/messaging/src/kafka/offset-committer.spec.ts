import { OffsetCommitter, type PartitionPosition } from './offset-committer';

describe('OffsetCommitter', () => {
  let commits: PartitionPosition[][];
  let committer: OffsetCommitter;

  beforeEach(() => {
    jest.useFakeTimers();
    commits = [];
    committer = new OffsetCommitter(async (positions) => void commits.push(positions), {
      intervalMs: 1_000,
      maxPending: 5,
    });
  });
  afterEach(() => jest.useRealTimers());

  it('commits the latest position of every partition once, when the interval is up', async () => {
    await committer.reached('a', 0, '1');
    await committer.reached('a', 1, '7');
    await committer.reached('a', 0, '2');
    await committer.reached('b', 0, '3');
    expect(commits).toEqual([]);

    await jest.advanceTimersByTimeAsync(1_000);

    expect(commits).toEqual([
      [
        { topic: 'a', partition: 0, offset: '2' },
        { topic: 'a', partition: 1, offset: '7' },
        { topic: 'b', partition: 0, offset: '3' },
      ],
    ]);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(commits).toHaveLength(1);
  });

  it('commits at once when maxPending records wait, and starts a new interval after', async () => {
    for (let offset = 1; offset <= 5; offset++) await committer.reached('a', 0, String(offset));
    expect(commits).toEqual([[{ topic: 'a', partition: 0, offset: '5' }]]);

    await committer.reached('a', 0, '6');
    await jest.advanceTimersByTimeAsync(999);
    expect(commits).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(commits[1]).toEqual([{ topic: 'a', partition: 0, offset: '6' }]);
  });

  it('counts the records a call reports, not the calls', async () => {
    await committer.reached('a', 0, '100', 4);
    expect(commits).toHaveLength(0);
    await committer.reached('a', 0, '101', 1);
    expect(commits).toEqual([[{ topic: 'a', partition: 0, offset: '101' }]]);
  });

  it('flush commits what waits and resolves after it; with nothing waiting it sends nothing', async () => {
    await committer.flush();
    expect(commits).toEqual([]);
    await committer.reached('a', 2, '9');
    await committer.flush();
    expect(commits).toEqual([[{ topic: 'a', partition: 2, offset: '9' }]]);
    await jest.advanceTimersByTimeAsync(2_000);
    expect(commits).toHaveLength(1);
  });

  it('sends commits one after another, so a later position never lands before an earlier one', async () => {
    const order: string[] = [];
    let release!: () => void;
    const slow = new OffsetCommitter(
      async ([position]) => {
        if (position.offset === '1') await new Promise<void>((resolve) => (release = resolve));
        order.push(position.offset);
      },
      { intervalMs: 1_000, maxPending: 1 },
    );
    const first = slow.reached('a', 0, '1');
    const second = slow.reached('a', 0, '2');
    await jest.advanceTimersByTimeAsync(0);
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['1', '2']);
  });

  it('a failed commit is not thrown and does not stop later commits', async () => {
    let fail = true;
    const flaky = new OffsetCommitter(
      async (positions) => {
        if (fail) throw new Error('REBALANCE_IN_PROGRESS');
        commits.push(positions);
      },
      { intervalMs: 1_000, maxPending: 1 },
    );
    await expect(flaky.reached('a', 0, '1')).resolves.toBeUndefined();
    fail = false;
    await flaky.reached('a', 0, '2');
    expect(commits).toEqual([[{ topic: 'a', partition: 0, offset: '2' }]]);
  });
});
