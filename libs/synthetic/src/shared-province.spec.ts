import { generateProvince } from './generate-province';
import type { GeneratedHousehold } from './records.types';
import { shareProvince } from './shared-province';

const PROVINCE = { provinceCode: '38', size: 3_000, seed: 7, batchSize: 200 };

const ids = (batches: readonly GeneratedHousehold[][]): string[] =>
  batches.flatMap((batch) => batch.flatMap((household) => household.members.map((m) => m.idNumber)));

async function readAll(
  reader: AsyncIterable<GeneratedHousehold[]>,
  pause: () => Promise<void> = async () => undefined,
): Promise<GeneratedHousehold[][]> {
  const read: GeneratedHousehold[][] = [];
  for await (const batch of reader) {
    read.push(batch);
    await pause();
  }
  return read;
}

/** Whether a promise is still pending after the event loop has had a few turns. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  return !settled;
}

describe('shareProvince', () => {
  it('gives every reader the whole province, in the order generateProvince gives it, each at its own pace', async () => {
    const expected = ids([...generateProvince(PROVINCE)]);
    const shared = shareProvince(PROVINCE, 3);
    const [fast, slow, slower] = await Promise.all([
      readAll(shared.readers[0]),
      readAll(shared.readers[1], () => new Promise((resolve) => setImmediate(resolve))),
      readAll(shared.readers[2], () => new Promise((resolve) => setTimeout(resolve, 1))),
    ]);
    expect(expected.length).toBe(3_000);
    for (const read of [fast, slow, slower]) expect(ids(read)).toEqual(expected);
    // one generation: the readers hold the very same batches
    expect(slow[0]).toBe(fast[0]);
  });

  it('generates at most `ahead` batches past the slowest reader', async () => {
    const shared = shareProvince(PROVINCE, 2, 2);
    const fast = shared.readers[0][Symbol.asyncIterator]();
    const slow = shared.readers[1][Symbol.asyncIterator]();
    await fast.next();
    await fast.next();
    const third = fast.next();
    expect(await pending(third)).toBe(true);
    await slow.next();
    expect(await pending(third)).toBe(false);
    expect((await third).done).toBe(false);
  });

  it('stops waiting for a reader that stopped reading', async () => {
    const shared = shareProvince(PROVINCE, 2, 1);
    const quitter = (async () => {
      for await (const _batch of shared.readers[1]) break;
    })();
    const all = await readAll(shared.readers[0]);
    await quitter;
    expect(ids(all)).toHaveLength(3_000);
  });

  it('ends every reader with the error it is aborted with, a waiting one included', async () => {
    const shared = shareProvince(PROVINCE, 2, 1);
    const reader = shared.readers[0][Symbol.asyncIterator]();
    await reader.next();
    const waiting = reader.next();
    expect(await pending(waiting)).toBe(true);
    shared.abort(new Error('the BHYT load failed'));
    await expect(waiting).rejects.toThrow('the BHYT load failed');
    await expect(shared.readers[1][Symbol.asyncIterator]().next()).rejects.toThrow('the BHYT load failed');
  });

  it('refuses bad options before anything is read', () => {
    expect(() => shareProvince({ ...PROVINCE, size: -1 }, 2)).toThrow();
  });
});
