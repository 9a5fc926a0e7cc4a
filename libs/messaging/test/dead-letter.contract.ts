import { CloudEvent } from 'cloudevents';
import { waitFor } from '@d06/testing';
import { busMetrics, deadLetterValue, encodeCloudEvent } from '../src';
import {
  dataOf,
  deadLetters,
  fastRetry,
  freshBusPerTest,
  metricValue,
  type BusFactory,
  type BusUnderTest,
} from './bus-under-test';
import { THING_HAPPENED, things, type Thing } from './test-catalog';

/**
 * Dead-lettering both adapters must share, run against each: a record that is not a valid event and a message whose
 * handler keeps failing go to `<topic>.dlq` with the reason, and the partition carries on.
 */
export function describeDeadLetterContract(name: string, factory: BusFactory, timeoutMs = 30_000): void {
  describe(`${name} event bus, dead letters`, () => {
    const fixture = freshBusPerTest(factory, timeoutMs);
    const handles = fixture.handles;
    let topic: string;
    let subject: BusUnderTest;
    beforeEach(() => ({ topic, subject } = fixture));

    it(
      'dead-letters a record that breaks its schema, with the reason, and carries on',
      async () => {
        const received: Thing[] = [];
        handles.push(
          await subject.bus.subscribe({
            group: 'g-dlq',
            topics: [topic],
            handler: async (d) => void received.push(dataOf(d)),
          }),
        );
        const bad = new CloudEvent(
          {
            id: 'bad-1',
            source: 'test',
            type: THING_HAPPENED,
            data: { key: 'k', n: -1, extra: true },
            partitionkey: 'k',
          },
          false,
        );
        await subject.sendRaw(topic, [
          encodeCloudEvent(bad),
          { key: 'k', value: Buffer.from('not json'), headers: {} },
        ]);
        await subject.bus.publish([{ type: THING_HAPPENED, data: { key: 'k', n: 1 } }]);
        await waitFor(() => received.length === 1, {
          timeoutMs,
          message: 'the valid event after the bad ones',
        });
        await waitFor(async () => (await deadLetters(subject, topic)).length === 2, {
          timeoutMs,
          message: 'two dead letters',
        });

        expect(received).toEqual([{ key: 'k', n: 1 }]);
        const letters = await deadLetters(subject, topic);
        expect(letters[0].reasonCode).toBe('schema-violation');
        expect(letters[0].reason).toMatch(/data\/n must be >= 0/);
        expect(letters[0].topic).toBe(topic);
        expect(letters[0].consumerGroup).toBe('g-dlq');
        expect(letters[0].key).toBe('k');
        expect(letters[1].reasonCode).toBe('malformed-message');
        expect(
          await metricValue(busMetrics.deadLettered, { group: 'g-dlq', topic, reason: 'schema-violation' }),
        ).toBe(1);
        expect(deadLetterValue(letters[1])?.toString()).toBe('not json');
      },
      timeoutMs,
    );

    it(
      'dead-letters a message whose handler keeps failing, after the retries',
      async () => {
        const seen: number[] = [];
        handles.push(
          await subject.bus.subscribe({
            group: 'g-poison',
            topics: [topic],
            retry: fastRetry,
            handler: async (d) => {
              if (dataOf(d).n === 0) throw new Error('cannot process 0');
              seen.push(dataOf(d).n);
            },
          }),
        );
        await subject.bus.publish(things(2, ['same-key']));
        await waitFor(() => seen.length === 1, { timeoutMs, message: 'the next message handled' });
        await waitFor(async () => (await deadLetters(subject, topic)).length === 1, {
          timeoutMs,
          message: 'one dead letter',
        });

        const [letter] = await deadLetters(subject, topic);
        expect(letter.reasonCode).toBe('processing-failed');
        expect(letter.reason).toBe('handler failed after 3 attempts: cannot process 0');
        expect(letter.attempts).toBe(3);
        expect(seen).toEqual([1]);
      },
      timeoutMs,
    );
  });
}
