import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import { EmbeddedPostgres } from '@d06/persistence';
import { waitFor } from '@d06/testing';
import { PopulationStub, type RegisteredPerson } from './population-stub';
import { SocialSecurityHarness } from './social-security-harness';

const START = new Date('2024-09-03T01:00:00.000Z'); // Tuesday 08:00 in Vietnam
const PLACE = { provinceCode: '038', communeCode: '14755' };
const person = (idNumber: string, fullName: string, birthDate: string): RegisteredPerson => ({
  idNumber,
  fullName,
  birthDate,
  sex: 'male',
  ...PLACE,
});
const BENEFICIARY = person('038040002001', 'Trần Văn Lão', '1940-03-03');
const STRANGER = person('038060002002', 'Hoàng Văn Khách', '1960-06-06');
const WIDOW = person('038042002005', 'Nguyễn Văn Góa', '1942-02-02');
const POOR_CLAIMANT = person('038075002004', 'Trần Văn Nghèo', '1975-07-07');
const CLAIMANT = person('038170002003', 'Trần Thị Con', '1970-01-01');
const ACCOUNT = {
  channel: 'vneid',
  paymentChannel: 'bank-account',
  provider: 'VCB',
  accountNumber: '0071000123456',
  accountName: 'TRAN THI CON',
};

// The funeral-allowance step of the linked death procedure on the embedded adapters: the population service's
// death and the one-stop saga's requests are published on the bus as they would be, and the replies, the
// allowance, its single payment and the ledger are checked.
describe('social-security linked-procedure step (embedded: in-memory bus, PGlite)', () => {
  let population: PopulationStub;
  let ssa: SocialSecurityHarness;
  let sequence = 0;

  const request = (deceased: RegisteredPerson, claimant = CLAIMANT): LinkedStepRequestedV1 => ({
    runId: randomUUID(),
    dossierCode: `000.00.38.H56-240903-${String(++sequence).padStart(4, '0')}`,
    procedure: 'death',
    step: 'funeral-allowance',
    stepIndex: 3,
    attempt: 1,
    dueAt: '2024-09-05T17:00:00+07:00',
    death: {
      idNumber: deceased.idNumber,
      dateOfDeath: '2024-09-01',
      claimant: { idNumber: claimant.idNumber, fullName: claimant.fullName },
    },
    occurredAt: '2024-09-03T08:00:00+07:00',
  });
  const publish = (data: LinkedStepRequestedV1, id = randomUUID()) =>
    ssa.publish([{ type: EVENT_TYPES.LINKED_STEP_REQUESTED, id, data }]);
  const died = (deceased: RegisteredPerson) =>
    ssa.publish([
      {
        type: EVENT_TYPES.CITIZEN_DECEASED,
        data: {
          idNumber: deceased.idNumber,
          dateOfDeath: '2024-09-01',
          provinceCode: '038',
          recordedAt: START.toISOString(),
        },
      },
    ]);
  const replies = async (runId: string, expected: number) =>
    (await ssa.eventsOf(EVENT_TYPES.SSA_LINKED_STEP_REPLIED, expected, (d) => d.runId === runId)).map(
      (e) => e.data!,
    );
  const funeralTransfers = async () =>
    (await ssa.query(`SELECT count(*)::int AS n FROM $rail.rail_transfers WHERE reference LIKE 'MTP-%'`))[0]
      .n;

  beforeAll(async () => {
    population = await PopulationStub.start([BENEFICIARY, WIDOW, STRANGER, CLAIMANT, POOR_CLAIMANT]);
    ssa = await SocialSecurityHarness.start(
      {
        DB_SCHEMA: 'social_security_linked',
        POPULATION_URL: population.url,
        BANK_RAIL_REJECT_INVALID_ACCOUNT: '0',
        BANK_RAIL_REJECT_CLOSED_ACCOUNT: '0',
        BANK_RAIL_REJECT_NAME_MISMATCH: '0',
        BANK_RAIL_REVERSAL_RATE: '0',
      },
      START,
    );
    for (const elder of [BENEFICIARY, WIDOW]) {
      const enrolled = await ssa.call('POST', '/v1/beneficiaries', 'social', {
        idNumber: elder.idNumber,
        fullName: elder.fullName,
        birthDate: elder.birthDate,
        sex: elder.sex,
        group: 'social-assistance',
        category: 'elderly-80',
        monthlyAmountVnd: 540_000,
        ...PLACE,
      });
      expect(enrolled.status).toBe(201);
    }
    expect((await ssa.call('PUT', `/v1/accounts/${CLAIMANT.idNumber}`, 'vneid', ACCOUNT)).status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    await ssa?.stop();
    await population?.stop();
    await EmbeddedPostgres.shared().stop();
  });

  describe('funeral-allowance', () => {
    const step = request(BENEFICIARY);
    let paymentReference: string;

    it('waits for the death to be on record, pays the allowance and replies with amount and reference', async () => {
      await publish(step); // before population's citizen.deceased has arrived: the step waits for it
      await died(BENEFICIARY);
      const [reply] = await replies(step.runId, 1);
      expect(reply).toMatchObject({
        runId: step.runId,
        dossierCode: step.dossierCode,
        step: 'funeral-allowance',
        attempt: 1,
        outcome: 'completed',
        amountVnd: 10_000_000, // 20 × the standard of 500 000 đ in force from 1 July 2024
        paymentReference: expect.stringMatching(/^MTP-038-[0-9A-F]{10}$/),
      });
      paymentReference = reply.paymentReference;
      const [paid] = await ssa.eventsOf(EVENT_TYPES.SSA_FUNERAL_ALLOWANCE_PAID, 1);
      expect(paid.data).toMatchObject({
        idNumber: BENEFICIARY.idNumber,
        amountVnd: 10_000_000,
        reference: paymentReference,
        dossierCode: step.dossierCode,
      });
      const [payment] = await ssa.query('SELECT * FROM $schema.payments WHERE reference = $1', [
        paymentReference,
      ]);
      expect(payment).toMatchObject({
        status: 'succeeded',
        id_number: CLAIMANT.idNumber,
        purpose: 'funeral',
      });
    });

    it('answers a redelivered request and a retried attempt with the same payment, paying once', async () => {
      const id = randomUUID();
      await publish({ ...step, attempt: 2 }, id);
      await publish({ ...step, attempt: 2 }, id); // the same event again (a redelivery)
      await publish({ ...step, attempt: 3 });
      const all = await replies(step.runId, 4);
      expect(all.map((r) => [r.attempt, r.outcome, r.amountVnd, r.paymentReference])).toEqual([
        [1, 'completed', 10_000_000, paymentReference],
        [2, 'completed', 10_000_000, paymentReference],
        [2, 'completed', 10_000_000, paymentReference],
        [3, 'completed', 10_000_000, paymentReference],
      ]);
      expect(await funeralTransfers()).toBe(1);
      expect(await ssa.query('SELECT 1 FROM $schema.funeral_allowances')).toHaveLength(1);
      expect(ssa.distinct().filter((e) => e.type === EVENT_TYPES.SSA_FUNERAL_ALLOWANCE_PAID)).toHaveLength(1);
      const [ledger] = await ssa.query('SELECT * FROM $schema.linked_steps WHERE run_id = $1', [step.runId]);
      expect(ledger).toMatchObject({ outcome: 'completed', attempt: 1, last_attempt: 3, answers: 4 });
    });
  });

  it('refuses the allowance of someone who was no beneficiary: not-a-beneficiary', async () => {
    await died(STRANGER);
    await waitFor(
      async () =>
        (await ssa.query('SELECT 1 FROM $schema.deaths WHERE id_number = $1', [STRANGER.idNumber])).length ===
        1,
      { timeoutMs: 15_000, message: 'death recorded' },
    );
    const refused = request(STRANGER);
    await publish(refused);
    const [reply] = await replies(refused.runId, 1);
    expect(reply).toMatchObject({
      outcome: 'failed',
      reasonCode: 'not-a-beneficiary',
      reason: expect.any(String),
    });
    expect(reply).not.toHaveProperty('paymentReference');
    expect(reply.reason).not.toMatch(/[0-9]{12}/);
    expect(await funeralTransfers()).toBe(1);
  });

  it('refuses a claimant without an active account: no-account, and answers the retry the same', async () => {
    await died(WIDOW);
    const refused = request(WIDOW, POOR_CLAIMANT);
    await publish(refused);
    expect((await replies(refused.runId, 1))[0]).toMatchObject({
      outcome: 'failed',
      reasonCode: 'no-account',
    });
    await publish({ ...refused, attempt: 2 });
    expect((await replies(refused.runId, 2))[1]).toMatchObject({ attempt: 2, reasonCode: 'no-account' });
    expect(await ssa.query('SELECT 1 FROM $schema.funeral_allowances')).toHaveLength(1);
  });

  it('refuses a second claimant of an allowance granted already: already-granted', async () => {
    const other = request(BENEFICIARY, POOR_CLAIMANT);
    await publish(other);
    expect((await replies(other.runId, 1))[0]).toMatchObject({
      outcome: 'failed',
      reasonCode: 'already-granted',
    });
    expect(await funeralTransfers()).toBe(1);
  });
});
