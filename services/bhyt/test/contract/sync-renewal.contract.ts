import { EVENT_TYPES } from '@d06/contracts';
import { confirmationFails } from '../../src/household-renewals/confirmation-fault';
import type { BhytHarness } from '../support/bhyt-harness';
import type { PopulationStub } from '../support/population-stub';
import { cccdLookup, everyone, insured, one } from '../support/world';

export const SYNC_BATCH_SIZE = 400;
export const FAULT = { rate: 0.5, seed: 3 };

/** The first of `HH-<label>-0…` whose premium confirmation fails at the attempts listed, and passes the others. */
function household(label: string, failing: readonly number[]): string {
  for (let i = 0; ; i += 1) {
    const ref = `HH-${label}-${i}`;
    if (
      [1, 2].every(
        (attempt) => confirmationFails(FAULT.seed, ref, attempt, FAULT.rate) === failing.includes(attempt),
      )
    ) {
      return ref;
    }
  }
}

/** Participant sync against a population stub, and household renewals with the injected confirmation fault. */
export function syncAndRenewalContract(harness: () => BhytHarness, population: () => PopulationStub): void {
  describe('household renewals (essential service 17)', () => {
    const gd = insured('valid', { where: (p) => p.insurance!.group === 'GD' });
    const uninsured = everyone.find((p) => !p.insurance && p.birthDate < '2000-01-01')!;
    const member = (p: (typeof everyone)[number]) => ({
      idNumber: p.idNumber,
      fullName: p.fullName,
      birthDate: p.birthDate,
      sex: p.sex,
    });

    it('renews with the household deduction, runs cards on and issues new members theirs', async () => {
      const householdRef = household('ok', []);
      const answer = await harness().call('POST', '/v1/household-renewals', {
        householdRef,
        provinceCode: '038',
        members: [member(gd[0]), member(gd[1]), member(uninsured)],
      });
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        attempt: 1,
        months: 12,
        baseSalaryVnd: 1_800_000,
        premiumTotalVnd: 2_235_600,
      });
      expect(answer.body.members.map((m: { premiumVnd: number }) => m.premiumVnd)).toEqual([
        972_000, 680_400, 583_200,
      ]);
      const [first, , newcomer] = answer.body.members;
      expect(first).toMatchObject({
        cardCode: gd[0].insurance!.cardCode,
        validFrom: gd[0].insurance!.validFrom,
        newCard: false,
      });
      expect(first.validTo > gd[0].insurance!.validTo).toBe(true);
      expect(newcomer).toMatchObject({ validFrom: '2023-09-15', validTo: '2024-09-14', newCard: true });
      expect(newcomer.cardCode).toMatch(/^GD438[0-9]{10}$/);
      const [renewed] = await harness().eventsOf(
        EVENT_TYPES.BHYT_HOUSEHOLD_RENEWED,
        (d) => d.householdRef === householdRef,
        1,
      );
      expect(renewed.data).toMatchObject({ attempt: 1, members: 3, newCards: 1, premiumTotalVnd: 2_235_600 });
      await harness().eventsOf(EVENT_TYPES.BHYT_CARD_ISSUED, (d) => d.idNumber === uninsured.idNumber, 1);
      const lookup = await harness().call('POST', '/v1/card-checks', cccdLookup(uninsured));
      expect(lookup.body).toMatchObject({ resultCode: '000', card: { cardCode: newcomer.cardCode } });
      expect((await harness().call('POST', '/v1/card-checks', cccdLookup(gd[0]))).body.card.validTo).toBe(
        first.validTo,
      );
    });

    it('fails at premium confirmation with 503 and an event, changing nothing; the retry passes', async () => {
      const householdRef = household('retry', [1]);
      const body = { householdRef, provinceCode: '038', months: 6, members: [member(gd[2])] };
      const failed = await harness().call('POST', '/v1/household-renewals', body);
      expect(failed.status).toBe(503);
      expect(failed.body.code).toBe('PREMIUM_CONFIRMATION_FAILED');
      const [event] = await harness().eventsOf(
        EVENT_TYPES.BHYT_HOUSEHOLD_RENEWAL_FAILED,
        (d) => d.householdRef === householdRef,
        1,
      );
      expect(event.data).toMatchObject({
        attempt: 1,
        step: 'premium-confirmation',
        premiumTotalVnd: 486_000,
      });
      const card = (await harness().call('POST', '/v1/card-checks', cccdLookup(gd[2]))).body.card;
      expect(card.validTo).toBe(gd[2].insurance!.validTo);
      const retry = await harness().call('POST', '/v1/household-renewals', body);
      expect(retry.status).toBe(201);
      expect(retry.body.attempt).toBe(2);
    });

    it('refuses a member insured under another group, recording no attempt', async () => {
      const employee = one('valid', { where: (p) => p.insurance!.group === 'DN' });
      const answer = await harness().call('POST', '/v1/household-renewals', {
        householdRef: 'HH-elsewhere',
        provinceCode: '038',
        members: [member(gd[3]), member(employee)],
      });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        code: 'MEMBER_INSURED_ELSEWHERE',
        errors: [{ field: 'members[1]' }],
      });
      expect(await harness().count('household_renewals', 'household_ref = $1', ['HH-elsewhere'])).toBe(0);
    });
  });

  describe('participant sync', () => {
    it('verifies participants in batches of at most BHYT_SYNC_BATCH_SIZE, as BHXH, for the insurance sector', async () => {
      const total = await harness().count(
        'participants',
        "province = '038' AND id_number IS NOT NULL AND deceased_on IS NULL",
      );
      const answer = await harness().call('POST', '/v1/participant-syncs', {
        provinceCode: '038',
        scope: 'all',
        limit: 1_000,
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ scope: 'all', batches: 3, sent: 1_000, remaining: total - 1_000 });
      expect(answer.body.matched + answer.body.mismatched).toBe(1_000);
      const sent = population().requests.slice(-3);
      expect(sent.map((r) => r.body.records.length)).toEqual([SYNC_BATCH_SIZE, SYNC_BATCH_SIZE, 200]);
      expect(sent[0].headers).toMatchObject({
        'x-caller-role': 'insurance',
        'x-caller-id': 'bhyt',
        'x-purpose': 'participant-sync',
      });
      expect(sent[0].body).toMatchObject({ sector: 'insurance', provinceCode: '038' });
      expect(sent[0].body.records[0].recordRef).toMatch(/^BHXH-38[0-9]{8}$/);
    });

    it('links the unlinked participants that match the register, one event each, so CCCD finds their card', async () => {
      const unlinked = everyone.filter((p) => p.insurance?.state === 'not-synced');
      const matching = unlinked.filter((p) => !p.defects.some((d) => d.sector === 'insurance'));
      const answer = await harness().call('POST', '/v1/participant-syncs', { provinceCode: '038' });
      expect(answer.body.remaining).toBe(0);
      expect(await harness().count('participants', 'NOT id_synced')).toBe(unlinked.length - matching.length);
      const events = await harness().eventsOf(
        EVENT_TYPES.BHYT_PARTICIPANT_SYNCED,
        () => true,
        matching.length,
      );
      expect(events.map((e) => e.data.idNumber).sort()).toEqual(matching.map((p) => p.idNumber).sort());
      const person = matching[0];
      const lookup = await harness().call('POST', '/v1/card-checks', cccdLookup(person));
      expect(lookup.body.resultCode).toBe(
        events.find((e) => e.data.idNumber === person.idNumber)!.data.cardValid ? '000' : '010',
      );
    });
  });
}
