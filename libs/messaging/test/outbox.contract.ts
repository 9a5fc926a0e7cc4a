import { randomUUID } from 'node:crypto';
import type { CloudEvent } from 'cloudevents';
import { createDataSource } from '@d06/persistence';
import { waitFor } from '@d06/testing';
import type { DataSource } from 'typeorm';
import {
  createEventBus,
  EnvelopeFactory,
  EventCatalog,
  IdempotentConsumer,
  InMemoryBroker,
  MESSAGING_ENTITIES,
  MessagingTables1763800000000,
  OutboxRecord,
  OutboxRelay,
  TransactionalOutbox,
  type DeliveredEvent,
  type EventBus,
  type SubscriptionHandle,
} from '../src';
import { testContracts, things, type Thing } from './test-catalog';

/**
 * The outbox and the idempotent consumer on a database: embedded PGlite or a real PostgreSQL. PGlite runs one
 * session's transaction at a time, so what needs a commit while another transaction is open is a real server's.
 */
export function describeOutbox(
  name: string,
  databaseUrl: () => string | undefined,
  server: { concurrentTransactions: boolean },
): void {
  describe(`transactional outbox on ${name}`, () => {
    let dataSource: DataSource;
    let bus: EventBus;
    let outbox: TransactionalOutbox;
    let envelopes: EnvelopeFactory;
    let topic: string;
    let subscription: SubscriptionHandle;
    const received: DeliveredEvent[] = [];

    beforeEach(async () => {
      const test = testContracts();
      topic = test.topic;
      const catalog = new EventCatalog(test.contracts);
      dataSource = await createDataSource({
        schema: `outbox_${randomUUID().slice(0, 8)}`,
        entities: MESSAGING_ENTITIES,
        migrations: [MessagingTables1763800000000],
        databaseUrl: databaseUrl(),
      });
      bus = await createEventBus({ source: 'd06/test', contracts: catalog, broker: new InMemoryBroker() });
      envelopes = new EnvelopeFactory(catalog, 'd06/test', { now: () => new Date() });
      outbox = new TransactionalOutbox(dataSource, envelopes);
      received.length = 0;
      subscription = await bus.subscribe({
        group: 'reader',
        topics: [topic],
        handler: async (d) => void received.push(d),
      });
    }, 60_000);

    afterEach(async () => {
      await subscription.stop();
      await bus.close();
      await dataSource.destroy();
    });

    const pending = (): Promise<number> => dataSource.getRepository(OutboxRecord).count();

    it('publishes a committed event once the relay runs, and nothing before', async () => {
      const [event] = await outbox.run(({ publish }) => publish(things(1, ['k'])));
      expect(await pending()).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toHaveLength(0); // committed, not yet relayed: as after a crash between commit and publish

      const relay = new OutboxRelay(dataSource, bus); // a fresh relay, as after a restart
      expect(await relay.drain()).toBe(1);
      await waitFor(() => received.length === 1, { timeoutMs: 5_000, message: 'relayed event delivered' });
      expect(received[0].event.id).toBe(event.id);
      expect(await pending()).toBe(0);
    });

    it('writes nothing when the transaction rolls back', async () => {
      await expect(
        outbox.run(async ({ publish }) => {
          await publish(things(3, ['k']));
          throw new Error('state change failed');
        }),
      ).rejects.toThrow('state change failed');
      expect(await pending()).toBe(0);
      expect(await new OutboxRelay(dataSource, bus).drain()).toBe(0);
    });

    it('keeps insertion order and publishes each event once with two relays racing', async () => {
      await outbox.run(({ publish }) => publish(things(120, ['k'])));
      const relays = [
        new OutboxRelay(dataSource, bus, { batchSize: 7 }),
        new OutboxRelay(dataSource, bus, { batchSize: 7 }),
      ];
      await Promise.all(relays.map((relay) => relay.drain()));
      await Promise.all(relays.map((relay) => relay.drain()));
      await waitFor(() => received.length >= 120, { timeoutMs: 10_000, message: '120 events' });
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(received.map((d) => (d.event.data as Thing).n)).toEqual(
        Array.from({ length: 120 }, (_, n) => n),
      );
    });

    // declared for servers only: on PGlite the second commit would wait for the relay's open transaction
    if (server.concurrentTransactions)
      it('publishes an event committed while a batch is out right after it, not at the next poll', async () => {
        let release = (): void => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        let batchesOut = 0;
        const slowBus: EventBus = {
          ...bus,
          publishEnvelopes: async (events: readonly CloudEvent<unknown>[]) => {
            batchesOut += 1;
            await held;
            await bus.publishEnvelopes(events);
          },
        };
        // a poll far longer than the test may wait: only the commit's nudge can bring the second event out
        const relay = new OutboxRelay(dataSource, slowBus, { pollIntervalMs: 600_000 });
        const nudgingOutbox = new TransactionalOutbox(dataSource, envelopes, () => relay.nudge());
        await nudgingOutbox.run(({ publish }) => publish(things(1, ['a'])));
        relay.start();
        try {
          await waitFor(() => batchesOut === 1, { message: 'the first batch out' });
          await nudgingOutbox.run(({ publish }) => publish(things(1, ['b'])));
          release();
          await waitFor(() => received.length === 2, { timeoutMs: 10_000, message: 'both events' });
        } finally {
          release();
          await relay.stop();
        }
      });

    it('wakes the relay after each commit that wrote events, and only then', async () => {
      let wakes = 0;
      const counting = new TransactionalOutbox(dataSource, envelopes, () => void wakes++);
      await counting.run(async ({ manager }) => manager.query('SELECT 1'));
      expect(wakes).toBe(0);
      await counting.run(({ publish }) => publish(things(2, ['a'])));
      expect(wakes).toBe(1);
      await counting.run(({ manager }) => counting.write(manager, [], things(1, ['b'])));
      expect(wakes).toBe(2);
      await counting.write(dataSource.manager, [], things(1, ['c']));
      expect(wakes).toBe(3);
      await expect(
        counting.run(async ({ publish }) => {
          await publish(things(1, ['d']));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(wakes).toBe(3);
      expect(await pending()).toBe(4);
    });

    it('republishes after a crash between publish and delete, and the idempotent consumer applies it once', async () => {
      await outbox.run(({ publish }) => publish(things(1, ['k'])));
      const crashingBus: EventBus = {
        ...bus,
        publishEnvelopes: async (events: readonly CloudEvent<unknown>[]) => {
          await bus.publishEnvelopes(events);
          throw new Error('process died before deleting the rows');
        },
      };
      await expect(new OutboxRelay(dataSource, crashingBus).flushOnce()).rejects.toThrow('process died');
      expect(await pending()).toBe(1);
      expect(await new OutboxRelay(dataSource, bus).drain()).toBe(1);
      await waitFor(() => received.length === 2, { timeoutMs: 5_000, message: 'the event twice' });
      expect(received[0].event.id).toBe(received[1].event.id);

      const consumer = new IdempotentConsumer(dataSource, 'counter');
      let applied = 0;
      for (const delivered of received) {
        await consumer.once(delivered.event.id, async () => void applied++);
      }
      expect(applied).toBe(1);
    });

    it('rolls back the processed mark when applying fails, so a redelivery applies it', async () => {
      const consumer = new IdempotentConsumer(dataSource, 'flaky');
      const id = randomUUID();
      await expect(consumer.once(id, () => Promise.reject(new Error('failed mid-way')))).rejects.toThrow();
      expect(await consumer.once(id, async () => undefined)).toBe(true);
      expect(await consumer.once(id, async () => undefined)).toBe(false);
    });
  });
}
