import { randomUUID } from 'node:crypto';
import { createDataSource, EmbeddedPostgres } from '@d06/persistence';
import { waitFor } from '@d06/testing';
import type { DataSource } from 'typeorm';
import {
  BusFaultPlan,
  createEventBus,
  EnvelopeFactory,
  EventCatalog,
  InMemoryBroker,
  MESSAGING_ENTITIES,
  MessagingTables1763800000000,
  OutboxRecord,
  OutboxRelay,
  TransactionalOutbox,
  type DeliveredEvent,
  type EventBus,
} from '../src';
import { testContracts, things, type Thing } from './test-catalog';

// Delayed events wait in the outbox, a durable place: a relay that dies while holding them loses none.
describe('bus delays in the outbox relay (embedded PostgreSQL)', () => {
  const faults = { duplicateRate: 0, delayRate: 0.4, delayMs: 300, seed: 9 };
  let dataSource: DataSource;
  let bus: EventBus;
  let outbox: TransactionalOutbox;
  const received: DeliveredEvent[] = [];

  beforeAll(async () => {
    const { contracts, topic } = testContracts();
    const catalog = new EventCatalog(contracts);
    dataSource = await createDataSource({
      schema: `faults_${randomUUID().slice(0, 8)}`,
      entities: MESSAGING_ENTITIES,
      migrations: [MessagingTables1763800000000],
    });
    bus = await createEventBus({ source: 'd06/test', contracts: catalog, broker: new InMemoryBroker() });
    outbox = new TransactionalOutbox(
      dataSource,
      new EnvelopeFactory(catalog, 'd06/test', { now: () => new Date() }),
    );
    await bus.subscribe({ group: 'reader', topics: [topic], handler: async (d) => void received.push(d) });
  }, 60_000);

  afterAll(async () => {
    await bus.close();
    await dataSource.destroy();
    await EmbeddedPostgres.shared().stop();
  });

  const pending = (): Promise<number> => dataSource.getRepository(OutboxRecord).count();

  it('publishes the held events after their delay, even when the relay holding them died', async () => {
    const events = await outbox.run(({ publish }) => publish(things(30, ['a', 'b', 'c', 'd', 'e'])));
    const plan = new BusFaultPlan(faults);
    const delayed = events.filter((event) => plan.delayOf(event) > 0);
    expect(delayed.length).toBeGreaterThan(3);

    const first = new OutboxRelay(dataSource, bus, { faults });
    const went = await first.drain();
    expect(went).toBeLessThan(30 - delayed.length + 1);
    expect(await pending()).toBe(30 - went);
    // the relay dies here, holding the rest; a restarted one holds them again for their delay, then sends them
    const restarted = new OutboxRelay(dataSource, bus, { faults });
    expect(await restarted.drain()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 320));
    let more = 0;
    for (let pass = 0; pass < 10 && (await pending()) > 0; pass += 1) {
      more += await restarted.drain();
      await new Promise((resolve) => setTimeout(resolve, 320));
    }
    expect(went + more).toBe(30);
    expect(await pending()).toBe(0);

    await waitFor(() => received.length >= 30, { timeoutMs: 5_000, message: 'every event delivered' });
    expect(received.map((d) => d.event.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      const order = received.map((d) => d.event.data as Thing).filter((thing) => thing.key === key);
      expect(order.map((thing) => thing.n)).toEqual([...order].map((thing) => thing.n).sort((x, y) => x - y));
    }
  });
});
