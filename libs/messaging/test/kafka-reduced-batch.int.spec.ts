import { waitFor } from '@d06/testing';
import type { BatchPosition, ReducedBatch } from '../src';
import { kafkaBus } from './bus-factories';
import { freshBusPerTest } from './bus-under-test';
import { describeReducedBatchContract } from './reduced-batch.contract';
import { eventReducer, failOnceAgain, type SeenThings } from './support/thing-reducer';
import { things } from './test-catalog';

describeReducedBatchContract('Kafka', kafkaBus, 2, 60_000);
describeReducedBatchContract('Kafka', kafkaBus, 0, 60_000);

describe('Kafka event bus, reduced batches of one partition in flight together', () => {
  const timeoutMs = 60_000;
  const fixture = freshBusPerTest(kafkaBus, timeoutMs);
  beforeEach(() => failOnceAgain());

  it(
    'reduces the next batch in a worker while the one before is stored, and stores them in order',
    async () => {
      const { subject, topic } = fixture;
      const log: string[] = [];
      const positions = new Map<string, string>();
      const stored: number[] = [];
      let stale = 0;
      const openBatch = (position: BatchPosition): ReducedBatch<SeenThings> => {
        const at = `${position.fromOffset}`;
        log.push(`open ${at}`);
        const ns: number[] = [];
        return {
          screen: () => [],
          add: (reduced) => ns.push(...reduced.ns),
          commit: async () => {
            log.push(`commit ${at}`);
            const key = `${position.topic}/${position.partition}`;
            if ((positions.get(key) ?? '0') !== position.fromOffset) {
              stale++;
              throw new Error('stale batch');
            }
            // a slow store: the next batch has all this time to be reduced
            await new Promise((resolve) => setTimeout(resolve, 300));
            positions.set(key, position.nextOffset);
            stored.push(...ns);
            log.push(`stored ${at}`);
          },
        };
      };
      // 12 of the 13th: no thing fails in this test (FAILS_ONCE is 13)
      await subject.bus.publish(things(12, ['k']));
      fixture.handles.push(
        await subject.bus.subscribeReduced({
          group: 'g-in-flight',
          topics: [topic],
          offsets: { load: async (_g, t, p) => positions.get(`${t}/${p}`) },
          maxBatchSize: 4,
          reducer: eventReducer,
          reducerModule: require.resolve('./support/thing-reducer'),
          threads: 2,
          offloadAtLeast: 1,
          openBatch,
        }),
      );
      await waitFor(() => stored.length >= 12, { timeoutMs, message: 'all 12 stored' });

      expect(stored).toEqual(Array.from({ length: 12 }, (_, n) => n));
      expect(stale).toBe(0);
      // each batch commits only after the one before it is stored…
      const commits = log.filter((line) => line.startsWith('commit'));
      expect(commits).toEqual(['commit 0', 'commit 4', 'commit 8']);
      for (const [before, after] of [
        ['0', '4'],
        ['4', '8'],
      ])
        expect(log.indexOf(`stored ${before}`)).toBeLessThan(log.indexOf(`commit ${after}`));
      // …but was opened (its records handed to a worker) while that one was being stored
      expect(log.indexOf('open 4')).toBeLessThan(log.indexOf('stored 0'));
    },
    timeoutMs,
  );
});
