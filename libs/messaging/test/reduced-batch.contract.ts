import { threadId } from 'node:worker_threads';
import { CloudEvent } from 'cloudevents';
import { waitFor } from '@d06/testing';
import {
  encodeCloudEvent,
  eventKeyText,
  type BatchPosition,
  type EventKeys,
  type ReducedBatch,
} from '../src';
import { deadLetters, freshBusPerTest, type BusFactory, type BusUnderTest } from './bus-under-test';
import { eventReducer, failOnceAgain, FAILS_ONCE, type SeenThings } from './support/thing-reducer';
import { THING_HAPPENED, things } from './test-catalog';

/** The indexes of the keys that are those of `ids` (our producers' ids are lowercase uuids: their key's text). */
function indexesOf(keys: EventKeys, ids: ReadonlySet<string>): number[] {
  const found: number[] = [];
  for (let i = 0; i < keys.count; i++) if (ids.has(eventKeyText(keys.bytes, i * 16))) found.push(i);
  return found;
}

/**
 * Reduced batch subscriptions on an adapter, with the reducer in `threads` worker threads (0: in the subscribing
 * thread): every valid event reduced exactly once into stored batches, the ids a batch screens out left out of its
 * reduction, invalid records dead-lettered, and a failed batch read again from the stored position.
 */
export function describeReducedBatchContract(
  name: string,
  factory: BusFactory,
  threads: number,
  timeoutMs = 30_000,
): void {
  describe(`${name} event bus, reduced batches (${threads} worker threads)`, () => {
    const fixture = freshBusPerTest(factory, timeoutMs);
    let topic: string;
    let subject: BusUnderTest;
    beforeEach(() => {
      ({ topic, subject } = fixture);
      failOnceAgain();
    });

    /** A store of positions and reductions, as a consumer keeps them in one transaction per batch. */
    const store = (dropIds: ReadonlySet<string>) => {
      const positions = new Map<string, string>();
      const stored: number[] = [];
      const reducedIn = new Set<number>();
      const opened: string[] = [];
      let commits = 0;
      const openBatch = (position: BatchPosition): ReducedBatch<SeenThings> => {
        opened.push(`${position.topic}/${position.partition}@${position.fromOffset}`);
        const ns: number[] = [];
        return {
          screen: (keys) => indexesOf(keys, dropIds),
          add: (reduced) => {
            ns.push(...reduced.ns);
            for (const thread of reduced.threads) reducedIn.add(thread);
          },
          commit: async () => {
            const key = `${position.topic}/${position.partition}`;
            if ((positions.get(key) ?? '0') !== position.fromOffset) throw new Error('stale batch');
            positions.set(key, position.nextOffset);
            stored.push(...ns);
            commits++;
          },
        };
      };
      /** Batches opened more than once (read again after a failure). */
      const reopened = () => opened.filter((at, i) => opened.indexOf(at) !== i);
      return { positions, stored, reducedIn, openBatch, reopened, commits: () => commits };
    };

    /** The test reducer on the topic for `kept`, in batches of at most `maxBatchSize`. */
    const subscribe = (group: string, kept: ReturnType<typeof store>, maxBatchSize: number) =>
      subject.bus.subscribeReduced({
        group,
        topics: [topic],
        offsets: { load: async (_g, t, p) => kept.positions.get(`${t}/${p}`) },
        maxBatchSize,
        reducer: eventReducer,
        reducerModule: require.resolve('./support/thing-reducer'),
        threads,
        offloadAtLeast: 1, // these batches are small: hand every one to the threads
        openBatch: kept.openBatch,
      });

    it(
      'reduces every valid event once, leaves out the ids a batch drops, and dead-letters invalid records',
      async () => {
        const published = await subject.bus.publish(things(60, ['a', 'b', 'c']));
        const dropped = new Set(
          published.filter((e) => (e.data as { n: number }).n % 10 === 0).map((e) => e.id),
        );
        const bad = new CloudEvent(
          { id: 'bad-1', source: 'test', type: THING_HAPPENED, data: { key: 'a', n: -1 }, partitionkey: 'a' },
          false,
        );
        await subject.sendRaw(topic, [
          encodeCloudEvent(bad),
          { key: 'b', value: Buffer.from('not json'), headers: {} },
        ]);
        const kept = store(dropped);
        fixture.handles.push(await subscribe('g-reduced', kept, 7));
        await waitFor(() => kept.stored.length >= 54, { timeoutMs, message: 'the 54 events kept' });
        await waitFor(async () => (await deadLetters(subject, topic)).length === 2, {
          timeoutMs,
          message: 'two dead letters',
        });

        const expected = Array.from({ length: 60 }, (_, n) => n).filter((n) => n % 10 !== 0);
        expect([...kept.stored].sort((a, b) => a - b)).toEqual(expected);
        expect((await deadLetters(subject, topic)).map((letter) => letter.reasonCode).sort()).toEqual([
          'malformed-message',
          'schema-violation',
        ]);
        const total = [...kept.positions.values()].reduce((sum, next) => sum + Number(next), 0);
        expect(total).toBe(62); // every record's offset moved past, the dead-lettered ones included
        expect(kept.commits()).toBeGreaterThan(3); // in batches of at most 7
        // reduced in the worker threads, or in this one when there are none
        if (threads > 0) expect(kept.reducedIn.has(threadId)).toBe(false);
        else expect([...kept.reducedIn]).toEqual([threadId]);
      },
      timeoutMs,
    );

    it(
      'reads a batch whose reduction failed again from the stored position, counting nothing twice',
      async () => {
        const kept = store(new Set());
        fixture.handles.push(await subscribe('g-retried', kept, 5));
        await subject.bus.publish(things(30, ['k']));
        await waitFor(() => kept.stored.length >= 30, { timeoutMs, message: 'all 30, after the retry' });

        expect(kept.stored).toEqual(Array.from({ length: 30 }, (_, n) => n));
        expect(kept.stored.filter((n) => n === FAILS_ONCE)).toHaveLength(1);
        // the batch of 10–14 of the key's partition, read again after the reducer failed on 13 — and the batches
        // behind it (15–19, 20–24) that had been handed over already: none may be stored before 10–14 is
        const [again, ...behind] = kept.reopened();
        expect(again).toMatch(new RegExp(`^${topic}/\\d@10$`));
        const next = ['@15', '@20'].map((at) => again.replace(/@10$/, at));
        expect(behind).toEqual(next.slice(0, behind.length));
      },
      timeoutMs,
    );

    it(
      'skips nothing that arrives while the position of a failed batch is being reloaded',
      async () => {
        const kept = store(new Set());
        await subject.bus.publish(things(30, ['k']));
        // the reload after the failure is slow, and more events arrive meanwhile: fetches made during the reload
        // must not move the partition's reading past the failed batch
        let loads = 0;
        let arrived: Promise<unknown> | undefined;
        fixture.handles.push(
          await subject.bus.subscribeReduced({
            group: 'g-slow-reload',
            topics: [topic],
            offsets: {
              load: async (_g, t, p) => {
                if (loads++ > 0 && kept.positions.size > 0) {
                  arrived = subject.bus.publish(things(60, ['k']).slice(30));
                  await new Promise((resolve) => setTimeout(resolve, 1_500));
                }
                return kept.positions.get(`${t}/${p}`);
              },
            },
            maxBatchSize: 5,
            reducer: eventReducer,
            reducerModule: require.resolve('./support/thing-reducer'),
            threads,
            offloadAtLeast: 1,
            openBatch: kept.openBatch,
          }),
        );
        await waitFor(() => kept.stored.length >= 30, {
          timeoutMs,
          message: 'the first 30, after the retry',
        });
        // an adapter that retries a batch in place never reloads a position: the rest comes now
        arrived ??= subject.bus.publish(things(60, ['k']).slice(30));
        await arrived;
        await waitFor(() => kept.stored.length >= 60, { timeoutMs, message: 'all 60' });

        expect(kept.stored).toEqual(Array.from({ length: 60 }, (_, n) => n));
      },
      timeoutMs,
    );
  });
}
