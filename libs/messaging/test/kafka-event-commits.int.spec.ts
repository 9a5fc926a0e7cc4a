import { Kafka, logLevel } from 'kafkajs';
import { infrastructure, waitFor } from '@d06/testing';
import { createEventBus, type EventBus, type SubscriptionHandle } from '../src';
import { testContracts, things } from './test-catalog';

/**
 * Kafka only: a running per-event consumer stores its handled positions in Kafka without waiting for a stop,
 * gathered (a second at most), so lag tools and a restarted member see them.
 */
describe('Kafka per-event consumer commits', () => {
  const { kafkaBrokers } = infrastructure();
  const kafka = new Kafka({ clientId: 'd06-test', brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  let bus: EventBus;
  let handle: SubscriptionHandle | undefined;

  beforeAll(() => admin.connect());
  afterAll(() => admin.disconnect());
  afterEach(async () => {
    await handle?.stop();
    await bus?.close();
  });

  it('commits the handled positions of every partition while it keeps running', async () => {
    const { contracts, topic } = testContracts();
    bus = await createEventBus({ source: 'd06/test', contracts, kafkaBrokers });
    let handled = 0;
    handle = await bus.subscribe({
      group: 'g-commits',
      topics: [topic],
      handler: async () => void handled++,
    });
    await bus.publish(things(120, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']));
    await waitFor(() => handled === 120, { timeoutMs: 30_000, message: 'all 120 handled' });

    const ends = new Map(
      (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => [partition, high]),
    );
    expect([...ends.values()].filter((high) => high !== '0').length).toBeGreaterThan(1);
    const committed = async () =>
      (await admin.fetchOffsets({ groupId: 'g-commits', topics: [topic] }))[0].partitions;
    await waitFor(
      async () =>
        (await committed()).every(
          ({ partition, offset }) => ends.get(partition) === '0' || ends.get(partition) === offset,
        ),
      { timeoutMs: 5_000, intervalMs: 200, message: 'positions committed while running' },
    );
  }, 60_000);

  it('starts a new group that does not read from the beginning at the end of each partition', async () => {
    const { contracts, topic } = testContracts();
    bus = await createEventBus({ source: 'd06/test', contracts, kafkaBrokers });
    await bus.publish(things(10, ['a', 'b', 'c']));
    const seen: number[] = [];
    handle = await bus.subscribe({
      group: 'g-from-end',
      topics: [topic],
      fromBeginning: false,
      handler: async ({ event }) => void seen.push((event.data as { n: number }).n),
    });
    // the group joins in the background: publish later events until one arrives
    let n = 100;
    await waitFor(
      async () => {
        if (seen.length > 0) return true;
        await bus.publish([{ ...things(1, ['b'])[0], data: { key: 'b', n: n++ } }]);
        return false;
      },
      { timeoutMs: 30_000, intervalMs: 300, message: 'a later event handled' },
    );
    expect(seen.every((value) => value >= 100)).toBe(true);
  }, 60_000);
});
