import { generateProvince } from './generate-province';
import type { GenerateProvinceInput } from './province-options';
import type { GeneratedHousehold } from './records.types';

/**
 * Batches generated ahead of the slowest reader: enough that a reader waiting on its database (a flush, a full
 * COPY buffer) does not hold the others up at once, few enough to stay small.
 */
const DEFAULT_AHEAD = 8;

/** One province generated once and read by several loaders side by side (see shareProvince). */
export interface SharedProvince {
  /** One per reader, each yielding every batch in order. A reader that stops early is no longer waited for. */
  readonly readers: readonly AsyncIterable<GeneratedHousehold[]>[];
  /** Ends every reader with `error` (one loader failed: the others must not wait for it). */
  abort(error: Error): void;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * Generates a province once for `readers` loaders (the population, BHYT and social-security seeds of one
 * scenario), instead of once per loader: generation is most of a seed's CPU. Batches are generated as the
 * fastest reader asks for them, at most `ahead` batches past the slowest, and dropped once every reader has
 * read them. Readers must not change the batches they share.
 */
export function shareProvince(
  input: GenerateProvinceInput,
  readers: number,
  ahead = DEFAULT_AHEAD,
): SharedProvince {
  const source = generateProvince(input);
  const buffered: GeneratedHousehold[][] = [];
  let first = 0; // index of buffered[0] in the stream
  let ended = false;
  let failure: Error | undefined;
  // the next batch each reader reads; a reader that stopped is at infinity, so it is never the slowest
  const positions = Array.from({ length: readers }, () => 0);
  let waiters: Waiter[] = [];

  const wakeAll = (): void => {
    const woken = waiters;
    waiters = [];
    for (const waiter of woken) {
      if (failure) waiter.reject(failure);
      else waiter.resolve();
    }
  };
  /** Drops what every reader has read; readers waiting for room are woken only when some was made. */
  const dropRead = (): void => {
    const keepFrom = Math.min(...positions);
    if (buffered.length === 0 || first >= keepFrom) return;
    while (buffered.length > 0 && first < keepFrom) {
      buffered.shift();
      first++;
    }
    wakeAll();
  };

  /** The source's next batch into the buffer; a generator that throws fails every reader, not just this one. */
  const generateNext = (): void => {
    try {
      const generated = source.next();
      if (generated.done) ended = true;
      else buffered.push(generated.value);
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error(String(error));
      wakeAll();
      throw failure;
    }
  };
  const next = async (reader: number): Promise<IteratorResult<GeneratedHousehold[]>> => {
    for (;;) {
      if (failure) throw failure;
      const at = positions[reader];
      if (at < first + buffered.length) {
        positions[reader] = at + 1;
        const batch = buffered[at - first];
        dropRead();
        return { value: batch, done: false };
      }
      if (ended) return { value: undefined, done: true };
      if (buffered.length < ahead) {
        generateNext();
        continue;
      }
      // this reader is `ahead` batches past the slowest: wait for it to read on
      await new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
    }
  };
  const stop = (reader: number): void => {
    positions[reader] = Number.POSITIVE_INFINITY;
    dropRead();
  };

  return {
    readers: positions.map((_, reader) => ({
      [Symbol.asyncIterator]: (): AsyncIterator<GeneratedHousehold[]> => ({
        next: () => next(reader),
        return: () => {
          stop(reader);
          return Promise.resolve({ value: undefined, done: true });
        },
      }),
    })),
    abort(error) {
      failure ??= error;
      wakeAll();
    },
  };
}
