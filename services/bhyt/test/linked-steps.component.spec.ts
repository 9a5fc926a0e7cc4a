import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import { EmbeddedPostgres } from '@d06/persistence';
import { enrolParticipant, issueCard } from '../src/registry/enrolment';
import { BhytHarness } from './support/bhyt-harness';

const START = '2024-09-03T01:00:00Z'; // Tuesday 08:00 in Vietnam
const RESIDENCE = {
  provinceCode: '038',
  districtCode: '380',
  communeCode: '14755',
  address: 'Số 1, thôn Đông',
};

// BHXH's step of the linked birth procedure on the embedded adapters: the one-stop saga's requests are
// published on the bus as one-stop would, and the replies, the cards and the ledger are checked.
describe('bhyt linked-procedure step (embedded: in-memory bus, PGlite)', () => {
  let harness: BhytHarness;
  let sequence = 0;

  const request = (childIdNumber: string, birthDate = '2024-08-30'): LinkedStepRequestedV1 => ({
    runId: randomUUID(),
    dossierCode: `000.00.38.H56-240903-${String(++sequence).padStart(4, '0')}`,
    procedure: 'birth',
    step: 'bhyt-child-card',
    stepIndex: 3,
    attempt: 1,
    dueAt: '2024-09-05T17:00:00+07:00',
    birth: {
      fullName: 'Lê Minh Khang',
      birthDate,
      sex: 'male',
      birthplaceProvince: '038',
      residence: RESIDENCE,
    },
    childIdNumber,
    occurredAt: '2024-09-03T08:00:00+07:00',
  });
  const publish = (data: LinkedStepRequestedV1, id = randomUUID()) =>
    harness.publish({ type: EVENT_TYPES.LINKED_STEP_REQUESTED, id, data });
  const replies = async (runId: string, expected: number) =>
    (await harness.eventsOf(EVENT_TYPES.BHYT_LINKED_STEP_REPLIED, (d) => d.runId === runId, expected)).map(
      (e) => e.data,
    );
  const cardsOf = (idNumber: string) =>
    harness.count(
      'cards',
      'social_insurance_number IN (SELECT social_insurance_number FROM ' +
        `${harness.table('participants')} WHERE id_number = $1)`,
      [idNumber],
    );

  beforeAll(async () => {
    harness = await BhytHarness.start({ DB_SCHEMA: 'bhyt_linked' }, START);
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await EmbeddedPostgres.shared().stop();
  });

  describe('bhyt-child-card', () => {
    const step = request('038224001234');
    let cardCode: string;

    it("issues the child's TE card and replies completed with its code", async () => {
      await publish(step);
      const [reply] = await replies(step.runId, 1);
      expect(reply).toMatchObject({
        runId: step.runId,
        dossierCode: step.dossierCode,
        step: 'bhyt-child-card',
        attempt: 1,
        outcome: 'completed',
        cardCode: expect.stringMatching(/^TE138[0-9]{10}$/), // TE, benefit level 1, Thanh Hóa
      });
      cardCode = reply.cardCode;
      expect(await cardsOf('038224001234')).toBe(1);
      const [issued] = await harness.eventsOf(
        EVENT_TYPES.BHYT_CARD_ISSUED,
        (d) => d.idNumber === '038224001234',
        1,
      );
      expect(issued.data).toMatchObject({
        cardCode,
        reason: 'child-under-6',
        validFrom: '2024-08-30',
        validTo: '2030-08-29',
        dossierCode: step.dossierCode,
      });
    });

    it('answers a redelivered request and a retried attempt with the same card, issuing nothing again', async () => {
      const id = randomUUID();
      await publish({ ...step, attempt: 2 }, id);
      await publish({ ...step, attempt: 2 }, id); // the same event again (a redelivery)
      await publish({ ...step, attempt: 3 });
      const all = await replies(step.runId, 4);
      expect(all.map((r) => [r.attempt, r.outcome, r.cardCode])).toEqual([
        [1, 'completed', cardCode],
        [2, 'completed', cardCode],
        [2, 'completed', cardCode],
        [3, 'completed', cardCode],
      ]);
      expect(await cardsOf('038224001234')).toBe(1);
      expect(harness.events.filter((e) => e.type === EVENT_TYPES.BHYT_CARD_ISSUED)).toHaveLength(1);
      const [ledger] = await harness.dataSource.query(
        `SELECT * FROM ${harness.table('linked_steps')} WHERE run_id = $1`,
        [step.runId],
      );
      expect(ledger).toMatchObject({ outcome: 'completed', attempt: 1, last_attempt: 3, answers: 4 });
    });

    it('answers with the card issued before for the child (another run, or the REST command)', async () => {
      const other = request('038224001234');
      await publish(other);
      expect((await replies(other.runId, 1))[0]).toMatchObject({ outcome: 'completed', cardCode });
      expect(await cardsOf('038224001234')).toBe(1);
    });
  });

  it('refuses a child holding a card of another group: card-conflict, nothing issued', async () => {
    const idNumber = '038224005678';
    await harness.dataSource.transaction(async (manager) => {
      const now = new Date(START);
      const socialInsuranceNumber = await enrolParticipant(
        manager,
        {
          idNumber,
          idSynced: true,
          fullName: 'Lê Minh Khang',
          birthDate: '2024-08-30',
          sex: 'male',
          province: '038',
        },
        now,
      );
      const validity = { validFrom: '2024-09-01', validTo: '2025-08-31' };
      await issueCard(
        manager,
        { socialInsuranceNumber, group: 'GD', benefitLevel: 4, province: '038', ...validity },
        now,
      );
    });
    const refused = request(idNumber);
    await publish(refused);
    const [reply] = await replies(refused.runId, 1);
    expect(reply).toMatchObject({
      outcome: 'failed',
      reasonCode: 'card-conflict',
      reason: expect.any(String),
    });
    expect(reply).not.toHaveProperty('cardCode');
    expect(reply.reason).not.toMatch(/[0-9]{12}/);
    expect(await cardsOf(idNumber)).toBe(1);
    await publish({ ...refused, attempt: 2 });
    expect((await replies(refused.runId, 2))[1]).toMatchObject({ attempt: 2, reasonCode: 'card-conflict' });
  });

  it('refuses a child aged 6 or more: not-under-six', async () => {
    const older = request('038217009001', '2017-09-14');
    await publish(older);
    expect((await replies(older.runId, 1))[0]).toMatchObject({
      outcome: 'failed',
      reasonCode: 'not-under-six',
    });
    expect(await cardsOf('038217009001')).toBe(0);
  });
});
