import { CloudEvent } from 'cloudevents';
import { waitFor } from '@d06/testing';
import { busMetrics, encodeCloudEvent, EventValidationError, type DeliveredEvent } from '../src';
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

export type { BusFactory, BusUnderTest } from './bus-under-test';

/**
 * The event-bus delivery both adapters must share, run against each: ordering per key, consumer groups,
 * redelivery after a handler failure, types passed over, resuming from committed offsets (dead-lettering:
 * dead-letter.contract.ts).
 */
export function describeEventBusContract(name: string, factory: BusFactory, timeoutMs = 30_000): void {
  describe(`${name} event bus`, () => {
    const fixture = freshBusPerTest(factory, timeoutMs);
    const handles = fixture.handles;
    let topic: string;
    let subject: BusUnderTest;
    beforeEach(() => ({ topic, subject } = fixture));

    it(
      'delivers each key in publish order, every key on one partition',
      async () => {
        const received: DeliveredEvent[] = [];
        handles.push(
          await subject.bus.subscribe({
            group: 'g-order',
            topics: [topic],
            handler: async (d) => void received.push(d),
          }),
        );
        const keys = ['038090000001', '038090000002', '038090000003', '038090000004'];
        await subject.bus.publish(things(200, keys));
        await waitFor(() => received.length >= 200, { timeoutMs, message: 'all 200 events delivered' });

        expect(received).toHaveLength(200);
        expect(await metricValue(busMetrics.published, { topic })).toBe(200);
        expect(await metricValue(busMetrics.handled, { group: 'g-order', topic })).toBe(200);
        for (const key of keys) {
          const ofKey = received.filter((d) => d.key === key);
          expect(ofKey.map((d) => dataOf(d).n)).toEqual(
            [...ofKey.map((d) => dataOf(d).n)].sort((a, b) => a - b),
          );
          expect(new Set(ofKey.map((d) => d.partition)).size).toBe(1);
          expect(ofKey).toHaveLength(50);
        }
      },
      timeoutMs,
    );

    it(
      'wraps each event in a CloudEvent with a UUIDv7 id, the business time and the key',
      async () => {
        const received: DeliveredEvent[] = [];
        handles.push(
          await subject.bus.subscribe({
            group: 'g-envelope',
            topics: [topic],
            handler: async (d) => void received.push(d),
          }),
        );
        const time = new Date('2023-09-15T08:30:00.000Z');
        const [published] = await subject.bus.publish([
          { type: THING_HAPPENED, data: { key: 'k-1', n: 7 }, time },
        ]);
        await waitFor(() => received.length === 1, { timeoutMs, message: 'the event delivered' });

        const { event, key } = received[0];
        expect(event.id).toBe(published.id);
        expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(event.specversion).toBe('1.0');
        expect(event.type).toBe(THING_HAPPENED);
        expect(event.time).toBe(time.toISOString());
        expect(event.data).toEqual({ key: 'k-1', n: 7 });
        expect(key).toBe('k-1');
      },
      timeoutMs,
    );

    it(
      "gives every group all events and splits a group's partitions between its members",
      async () => {
        const groupA: DeliveredEvent[] = [];
        const member1: DeliveredEvent[] = [];
        const member2: DeliveredEvent[] = [];
        handles.push(
          await subject.bus.subscribe({
            group: 'g-a',
            topics: [topic],
            handler: async (d) => void groupA.push(d),
          }),
        );
        handles.push(
          await subject.bus.subscribe({
            group: 'g-b',
            topics: [topic],
            handler: async (d) => void member1.push(d),
          }),
        );
        handles.push(
          await subject.bus.subscribe({
            group: 'g-b',
            topics: [topic],
            handler: async (d) => void member2.push(d),
          }),
        );
        const keys = Array.from({ length: 24 }, (_, i) => `key-${i}`);
        await subject.bus.publish(things(240, keys));
        await waitFor(() => groupA.length >= 240 && member1.length + member2.length >= 240, {
          timeoutMs,
          message: 'both groups received everything',
        });

        expect(groupA).toHaveLength(240);
        const groupB = [...member1, ...member2].map((d) => dataOf(d).n).sort((a, b) => a - b);
        expect(groupB).toEqual(Array.from({ length: 240 }, (_, n) => n));
      },
      timeoutMs,
    );

    it(
      'redelivers a message whose handler failed, then commits it once it succeeds',
      async () => {
        const attempts: number[] = [];
        handles.push(
          await subject.bus.subscribe({
            group: 'g-retry',
            topics: [topic],
            retry: fastRetry,
            handler: async (d) => {
              attempts.push(d.attempt);
              if (d.attempt < 3) throw new Error('database briefly unavailable');
            },
          }),
        );
        await subject.bus.publish(things(1, ['k']));
        await waitFor(() => attempts.length === 3, { timeoutMs, message: 'three attempts' });

        expect(attempts).toEqual([1, 2, 3]);
        expect(await deadLetters(subject, topic)).toHaveLength(0);
      },
      timeoutMs,
    );

    it(
      'passes over the types a subscription does not ask for, undecoded, and carries on',
      async () => {
        const wanted: Thing[] = [];
        const everything: string[] = [];
        handles.push(
          await subject.bus.subscribe({
            group: 'g-typed',
            topics: [topic],
            types: [THING_HAPPENED],
            handler: async (d) => void wanted.push(dataOf(d)),
          }),
          await subject.bus.subscribe({
            group: 'g-untyped',
            topics: [topic],
            handler: async (d) => void everything.push(d.event.type),
          }),
        );
        // another type, with no contract: dead-lettered by a group that decodes it, passed over by one that does not
        const other = new CloudEvent(
          { id: 'other-1', source: 'test', type: 'vn.d06.test.other.v1', data: { x: 1 }, partitionkey: 'k' },
          false,
        );
        await subject.sendRaw(topic, [encodeCloudEvent(other)]);
        await subject.bus.publish([{ type: THING_HAPPENED, data: { key: 'k', n: 1 } }]);
        await waitFor(() => wanted.length === 1 && everything.length === 1, {
          timeoutMs,
          message: 'the wanted event, after the other one, in both groups',
        });
        await waitFor(async () => (await deadLetters(subject, topic)).length === 1, {
          timeoutMs,
          message: "the untyped group's dead letter",
        });

        expect(wanted).toEqual([{ key: 'k', n: 1 }]);
        const letters = await deadLetters(subject, topic);
        expect(letters.map((l) => [l.consumerGroup, l.reasonCode])).toEqual([
          ['g-untyped', 'unknown-event-type'],
        ]);
      },
      timeoutMs,
    );

    it(
      'refuses to publish data that breaks the contract, publishing nothing',
      async () => {
        await expect(
          subject.bus.publish([{ type: THING_HAPPENED, data: { key: 'k', n: 'one' } }]),
        ).rejects.toBeInstanceOf(EventValidationError);
        expect(await subject.readAll(topic)).toHaveLength(0);
      },
      timeoutMs,
    );

    it(
      'resumes a group from its committed offset after its consumer stops',
      async () => {
        const first: number[] = [];
        const handle = await subject.bus.subscribe({
          group: 'g-resume',
          topics: [topic],
          handler: async (d) => void first.push(dataOf(d).n),
        });
        await subject.bus.publish(things(10, ['k']));
        await waitFor(() => first.length === 10, { timeoutMs, message: 'first ten' });
        await handle.stop();

        const second: number[] = [];
        await subject.bus.publish(things(15, ['k']).slice(10));
        handles.push(
          await subject.bus.subscribe({
            group: 'g-resume',
            topics: [topic],
            handler: async (d) => void second.push(dataOf(d).n),
          }),
        );
        await waitFor(() => second.length === 5, { timeoutMs, message: 'the five new ones' });

        expect(second).toEqual([10, 11, 12, 13, 14]);
      },
      timeoutMs,
    );
  });
}
