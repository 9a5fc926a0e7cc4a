import { randomUUID } from 'node:crypto';
import { EVENT_CONTRACTS, EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import {
  EnvelopeFactory,
  EventCatalog,
  MESSAGING_ENTITIES,
  MessagingTables1763800000000,
  OutboxRecord,
  TransactionalOutbox,
} from '@d06/messaging';
import { createDataSource, EmbeddedPostgres } from '@d06/persistence';
import { DomainError, VirtualClock } from '@d06/platform';
import type { DataSource } from 'typeorm';
import {
  LinkedStepLedger,
  LinkedStepRecord,
  LinkedStepsTable1763800000900,
  refusalOfDomainError,
} from '../src';

class TestError extends DomainError.of({
  UNKNOWN_PARENT: { status: 422, title: 'A parent is not in the register' },
  BUSY: { status: 503, title: 'Try again' },
}) {}
const REFUSALS = { UNKNOWN_PARENT: 'unknown-parent' };

const request = (attempt = 1): LinkedStepRequestedV1 => ({
  runId: randomUUID(),
  dossierCode: '000.00.38.H56-240903-0001',
  procedure: 'death',
  step: 'residence-removal',
  stepIndex: 2,
  attempt,
  dueAt: '2024-09-05T17:00:00+07:00',
  death: {
    idNumber: '038045001111',
    dateOfDeath: '2024-09-01',
    claimant: { idNumber: '038190004321', fullName: 'Lê Thị Hoa' },
  },
  occurredAt: '2024-09-03T08:00:00+07:00',
});

// The owners' step ledger on PGlite: one action per (runId, step), the same answer to every later delivery, a
// refusal that undoes the step's writes but keeps its answer, and a fault that leaves nothing behind.
describe('LinkedStepLedger', () => {
  let dataSource: DataSource;
  let ledger: LinkedStepLedger;
  const clock = new VirtualClock(new Date('2024-09-03T01:00:00.000Z'));
  const deceased = {
    type: EVENT_TYPES.CITIZEN_DECEASED,
    data: {
      idNumber: '038045001111',
      dateOfDeath: '2024-09-01',
      provinceCode: '038',
      recordedAt: '2024-09-03T08:00:00+07:00',
    },
  };
  const outbox = async (runId: string) =>
    (await dataSource.getRepository(OutboxRecord).find({ order: { seq: 'ASC' } }))
      .map((row) => ({ type: row.type, data: (row.envelope as { data: Record<string, unknown> }).data }))
      .filter((row) => row.type === deceased.type || row.data.runId === runId);

  beforeAll(async () => {
    dataSource = await createDataSource({
      schema: 'linked_step_ledger',
      entities: [LinkedStepRecord, ...MESSAGING_ENTITIES],
      migrations: [MessagingTables1763800000000, LinkedStepsTable1763800000900],
    });
    const catalog = new EventCatalog(Object.values(EVENT_CONTRACTS));
    const envelopes = new EnvelopeFactory(catalog, 'test', clock);
    ledger = new LinkedStepLedger(
      new TransactionalOutbox(dataSource, envelopes),
      clock,
      EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED,
    );
  }, 60_000);

  beforeEach(() => dataSource.getRepository(OutboxRecord).clear());

  afterAll(async () => {
    await dataSource?.destroy();
    await EmbeddedPostgres.shared().stop();
  });

  it('acts once and answers every later delivery, any attempt, with the stored outcome', async () => {
    const first = request();
    let acted = 0;
    const work = {
      refusal: () => undefined,
      act: async () => {
        acted += 1;
        return { childIdNumber: '038224001234' };
      },
    };
    expect((await ledger.answer(first, work)).acted).toBe(true);
    expect((await ledger.answer(first, work)).acted).toBe(false);
    expect((await ledger.answer({ ...first, attempt: 4 }, work)).acted).toBe(false);
    expect(acted).toBe(1);
    const replies = await outbox(first.runId);
    expect(replies.map((r) => [r.data.attempt, r.data.outcome, r.data.childIdNumber])).toEqual([
      [1, 'completed', '038224001234'],
      [1, 'completed', '038224001234'],
      [4, 'completed', '038224001234'],
    ]);
    expect(new Set(replies.map((r) => r.data.occurredAt)).size).toBe(1); // the fact's time, not the answer's
    const [row] = await dataSource.getRepository(LinkedStepRecord).findBy({ runId: first.runId });
    expect(row).toMatchObject({ outcome: 'completed', attempt: 1, lastAttempt: 4, answers: 3 });
  });

  it('undoes the writes of a refused step but keeps and repeats its answer', async () => {
    const refused = request();
    const answer = await ledger.answer(refused, {
      refusal: (error) => refusalOfDomainError(error, REFUSALS),
      act: async (tx) => {
        await tx.publish([deceased]); // written, then undone by the savepoint
        throw new TestError('UNKNOWN_PARENT', { detail: 'fatherIdNumber 038080009999 is not registered' });
      },
    });
    expect(answer).toMatchObject({
      acted: true,
      record: { outcome: 'failed', reasonCode: 'unknown-parent' },
    });
    await ledger.answer(
      { ...refused, attempt: 2 },
      { refusal: () => undefined, act: () => Promise.reject(new Error('acted again')) },
    );
    const rows = await outbox(refused.runId);
    expect(rows.map((r) => [r.type, r.data.attempt, r.data.reasonCode])).toEqual([
      [EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED, 1, 'unknown-parent'],
      [EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED, 2, 'unknown-parent'],
    ]);
    expect(rows[0].data.reason).toBe(
      'A parent is not in the register: fatherIdNumber (ID number) is not registered',
    );
  });

  it('leaves nothing behind on a fault, so the redelivery acts', async () => {
    const faulty = request();
    const work = {
      refusal: (error: unknown) => refusalOfDomainError(error, REFUSALS),
      act: async (tx: Parameters<Parameters<LinkedStepLedger['answer']>[1]['act']>[0]) => {
        await tx.publish([deceased]);
        throw new TestError('BUSY');
      },
    };
    await expect(ledger.answer(faulty, work)).rejects.toThrow('Try again');
    expect(await outbox(faulty.runId)).toEqual([]);
    expect(await dataSource.getRepository(LinkedStepRecord).countBy({ runId: faulty.runId })).toBe(0);
    const retried = await ledger.answer(faulty, { refusal: () => undefined, act: async () => ({}) });
    expect(retried).toMatchObject({ acted: true, record: { outcome: 'completed' } });
  });
});
