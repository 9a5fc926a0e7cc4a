import { randomUUID } from 'node:crypto';
import { createDataSource } from '@d06/persistence';
import { infrastructure } from '@d06/testing';
import type { DataSource } from 'typeorm';
import {
  MESSAGING_ENTITIES,
  MessagingTables1763800000000,
  OffsetConflictError,
  TransactionalOffsetStore,
} from '../src';

// Positions stored with a consumer's state (PostgreSQL): a batch moves the position only from where it started, so a
// member that lost its partition in a rebalance, or a batch applied twice, changes nothing.
describe('TransactionalOffsetStore.advance (PostgreSQL)', () => {
  let dataSource: DataSource;
  let store: TransactionalOffsetStore;
  const at = { group: 'g', topic: 't.events.v1', partition: 3 };

  beforeAll(async () => {
    dataSource = await createDataSource({
      schema: `offsets_${randomUUID().slice(0, 8)}`,
      entities: MESSAGING_ENTITIES,
      migrations: [MessagingTables1763800000000],
      databaseUrl: infrastructure().databaseUrl,
    });
    store = new TransactionalOffsetStore(dataSource);
  }, 60_000);

  afterAll(() => dataSource?.destroy());

  /** One batch: advance the position, and record that the batch's work ran, in one transaction. */
  const apply = (fromOffset: string, nextOffset: string, work: string[]) =>
    dataSource.transaction(async (manager) => {
      await store.advance(manager, { ...at, fromOffset, nextOffset });
      work.push(`${fromOffset}-${nextOffset}`);
    });

  it('starts a partition with no stored position from wherever the consumer began', async () => {
    await apply('7', '10', []);
    expect(await store.load(at.group, at.topic, at.partition)).toBe('10');
  });

  it('moves on from the stored position, and refuses a batch starting anywhere else', async () => {
    const work: string[] = [];
    await apply('10', '20', work);
    await expect(apply('10', '20', work)).rejects.toBeInstanceOf(OffsetConflictError); // the same batch again
    await expect(apply('15', '25', work)).rejects.toBeInstanceOf(OffsetConflictError); // a stale member's view
    expect(await store.load(at.group, at.topic, at.partition)).toBe('20');
    // the refused batches' transactions rolled back after the refusal, so their work never committed
    expect(work).toEqual(['10-20']);
  });

  it('lets only one of two members applying the same batch at once commit', async () => {
    const outcomes = await Promise.allSettled([apply('20', '30', []), apply('20', '31', [])]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(['30', '31']).toContain(await store.load(at.group, at.topic, at.partition));
  });
});
