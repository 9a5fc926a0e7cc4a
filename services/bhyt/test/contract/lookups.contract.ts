import { EVENT_TYPES } from '@d06/contracts';
import { waitFor } from '@d06/testing';
import { participantSeed } from '../../src/seed';
import { compareNames } from '../../src/card-checks/card-check-decision';
import { CardStore } from '../../src/registry/card-store';
import type { BhytHarness } from '../support/bhyt-harness';
import { cardLookup, cccdLookup, HOSPITAL, insured, one, withReplacedCard, WORLD } from '../support/world';

const LOOKUP = EVENT_TYPES.BHYT_LOOKUP_PERFORMED;
const REDUCTION_CODES = { 'moved-out': '121', 'moved-within': '122', stopped: '120' } as const;

/** The check-in lookup: a result code per card state, refused requests, one event per call, the cache. */
export function lookupContract(harness: () => BhytHarness): void {
  const check = (body: unknown) => harness().call('POST', '/v1/card-checks', body);
  /** Registers a private clinic of 038 that checks patients in with the chip ID card. */
  const openClinic = (code: string, name: string) =>
    harness().call('PUT', `/v1/facilities/${code}`, {
      name,
      kind: 'private-clinic',
      provinceCode: '038',
      acceptsIdCard: true,
    });

  describe('card checks', () => {
    it('answers 000 with the card for a valid card, by CCCD and by card code, with one event each', async () => {
      const person = one('valid');
      const insurance = person.insurance!;
      const byCccd = await check(cccdLookup(person));
      expect(byCccd.status).toBe(200);
      expect(byCccd.body).toEqual({
        resultCode: '000',
        message: 'valid card',
        success: true,
        card: {
          cardCode: insurance.cardCode,
          socialInsuranceNumber: insurance.socialInsuranceNumber,
          group: insurance.group,
          groupName: expect.any(String),
          benefitLevel: insurance.benefitLevel,
          provinceCode: '038',
          validFrom: insurance.validFrom,
          validTo: insurance.validTo,
          fullName: person.fullName,
          birthDate: person.birthDate,
          sex: person.sex,
        },
      });
      expect((await check(cardLookup(person, insurance.cardCode))).body.resultCode).toBe('000');
      const events = await harness().eventsOf(LOOKUP, (d) => d.idNumber === person.idNumber, 2);
      expect(events.map((e) => e.data)).toEqual([
        expect.objectContaining({
          method: 'cccd',
          subjectKey: person.idNumber,
          cardCode: insurance.cardCode,
        }),
        expect.objectContaining({
          method: 'card-code',
          subjectKey: person.idNumber,
          cardCode: insurance.cardCode,
        }),
      ]);
      expect(events[0].data).toMatchObject({
        facilityCode: HOSPITAL,
        provinceCode: '038',
        resultCode: '000',
        success: true,
        refused: false,
      });
      expect(events[0].data).not.toHaveProperty('reason');
    });

    it('answers each card state its result code', async () => {
      expect((await check(cccdLookup(one('expired')))).body).toEqual({
        resultCode: '010',
        message: 'card expired',
        success: false,
      });
      expect((await check(cccdLookup(one('revoked')))).body.resultCode).toBe('110');
      for (const [reduction, code] of Object.entries(REDUCTION_CODES)) {
        const person = one('reduced', {
          where: (p) => participantSeed(p, WORLD.referenceDate)!.rows[0].reduction === reduction,
        });
        expect((await check(cccdLookup(person))).body.resultCode).toBe(code);
      }
      const unlinked = one('not-synced');
      expect((await check(cccdLookup(unlinked))).body.resultCode).toBe('050');
      expect((await check(cardLookup(unlinked, unlinked.insurance!.cardCode))).body.resultCode).toBe('000');
    });

    it('answers 060/061 and 070 where BHXH holds another name or birth date, 050 for a wrong ID digit', async () => {
      for (const defect of ['misspelt', 'no-diacritics'] as const) {
        const person = one('valid', { defect });
        const expected =
          compareNames(person.fullName, person.insurance!.identity.fullName) === 'first-character'
            ? '061'
            : '060';
        expect((await check(cccdLookup(person))).body.resultCode).toBe(expected);
      }
      expect((await check(cccdLookup(one('valid', { defect: 'wrong-birth-date' })))).body.resultCode).toBe(
        '070',
      );
      expect((await check(cccdLookup(one('valid', { defect: 'wrong-id-digit' })))).body.resultCode).toBe(
        '050',
      );
    });

    it('answers 003 for an outgrown TE card and 004 for a replaced card still valid, with the new card', async () => {
      for (const [group, code] of [
        ['TE', '003'],
        ['GD', '004'],
      ] as const) {
        const { person, oldCardCode } = withReplacedCard(group);
        const answer = await check(cardLookup(person, oldCardCode));
        expect(answer.body).toMatchObject({
          resultCode: code,
          success: true,
          oldCardCode,
          card: { cardCode: person.insurance!.cardCode },
        });
      }
    });

    it('answers a malformed card code with 051, 052 or 053, as BHXH does', async () => {
      const person = one('valid');
      const code = person.insurance!.cardCode;
      expect((await check(cardLookup(person, code.slice(0, 14)))).body.resultCode).toBe('051');
      expect((await check(cardLookup(person, `${code.slice(0, 2)}9${code.slice(3)}`))).body.resultCode).toBe(
        '053',
      );
      expect((await check(cardLookup(person, `${code.slice(0, 3)}99${code.slice(5)}`))).body.resultCode).toBe(
        '052',
      );
    });

    it('refuses a malformed ID number with 400 problem+json naming the rule, and records the refusal', async () => {
      const answer = await check({ ...cccdLookup(one('valid')), idNumber: '03819000432' });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toMatch(/application\/problem\+json/);
      expect(answer.body).toMatchObject({ code: 'INVALID_ID_NUMBER', errors: [{ field: 'idNumber' }] });
      expect(answer.body.detail).toMatch(/length/);
      const [event] = await harness().eventsOf(LOOKUP, (d) => d.reason === 'malformed-id-number', 1);
      expect(event.data).toEqual({
        subjectKey: HOSPITAL,
        method: 'cccd',
        facilityCode: HOSPITAL,
        resultCode: '205',
        success: false,
        refused: true,
        reason: 'malformed-id-number',
        occurredAt: expect.any(String),
      });
    });

    it('refuses an unknown facility with 422 and a malformed body with 400, recording both', async () => {
      const person = one('valid', { where: (p) => p.insurance!.group === 'DN' });
      const unknown = await check(cccdLookup(person, '38999'));
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('UNKNOWN_FACILITY');
      const [refused] = await harness().eventsOf(LOOKUP, (d) => d.reason === 'unknown-facility', 1);
      expect(refused.data).toMatchObject({ subjectKey: person.idNumber, resultCode: '401', refused: true });
      expect(refused.data).not.toHaveProperty('provinceCode');

      const malformed = await check({
        facilityCode: HOSPITAL,
        idNumber: person.idNumber,
        birthDate: '2023-02-30',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'birthDate',
        'fullName',
      ]);
      const [bad] = await harness().eventsOf(LOOKUP, (d) => d.reason === 'malformed-request', 1);
      expect(bad.data).toMatchObject({ idNumber: person.idNumber, resultCode: '205', refused: true });
    });

    it('refuses CCCD lookups from a facility not using the chip ID card, but answers its card-code lookups', async () => {
      const facility = { name: 'Phòng khám thử (synthetic)', kind: 'private-clinic', provinceCode: '038' };
      await harness().call('PUT', '/v1/facilities/38990', { ...facility, acceptsIdCard: false });
      const person = one('valid');
      const refused = await check(cccdLookup(person, '38990'));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FACILITY_NOT_USING_ID_CARD');
      expect((await check(cardLookup(person, person.insurance!.cardCode, '38990'))).body.resultCode).toBe(
        '000',
      );
      const events = await harness().eventsOf(LOOKUP, (d) => d.facilityCode === '38990', 2);
      expect(events.map((e) => [e.data.reason ?? 'ok', e.data.refused])).toEqual([
        ['facility-not-using-id-card', true],
        ['ok', false],
      ]);
    });

    it('records one event per lookup under concurrency, none lost, and empties the outbox', async () => {
      await openClinic('38980', 'Phòng khám tải (synthetic)');
      const people = [one('valid'), one('expired'), one('not-synced'), one('revoked')];
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => check(cccdLookup(people[i % people.length], '38980'))),
      );
      expect(answers.every((a) => a.status === 200)).toBe(true);
      const events = await harness().eventsOf(LOOKUP, (d) => d.facilityCode === '38980', 200);
      expect(events).toHaveLength(200);
      expect(new Set(events.map((e) => e.id)).size).toBe(200);
      expect(events.filter((e) => e.data.success)).toHaveLength(50);
      await waitFor(async () => (await harness().count('outbox')) === 0, { message: 'the outbox relayed' });
    });

    it('answers a list of checks as the single calls would, in order, with one event each', async () => {
      await openClinic('38961', 'Phòng khám danh sách (synthetic)');
      const valid = one('valid');
      const checks = [
        cccdLookup(valid, '38961'),
        cccdLookup(one('expired'), '38961'),
        { ...cccdLookup(valid, '38961'), idNumber: '03819000432' },
        { facilityCode: '38961', idNumber: valid.idNumber },
      ];
      const singles = await Promise.all(checks.map((body) => check(body)));
      const list = await harness().call('POST', '/v1/card-checks/batch', { checks });
      expect(list.status).toBe(200);
      expect(list.body.results).toEqual(
        singles.map((single) =>
          single.status === 200
            ? { status: 200, answer: single.body }
            : { status: single.status, problem: { ...single.body, instance: undefined } },
        ),
      );
      expect(list.body.results.map((r: { status: number }) => r.status)).toEqual([200, 200, 400, 400]);
      const events = await harness().eventsOf(LOOKUP, (d) => d.facilityCode === '38961', 8);
      expect(events).toHaveLength(8);
      const outcomes = events.map((e) => `${e.data.resultCode}:${e.data.refused}`).sort();
      expect(outcomes).toEqual([
        '000:false',
        '000:false',
        '010:false',
        '010:false',
        ...Array(4).fill('205:true'),
      ]);
    });

    it("reads a list's uncached cards from the registry together, not one query each", async () => {
      await openClinic('38962', 'Phòng khám đọc chung (synthetic)');
      const people = insured('valid').slice(-30);
      // not in the cache (a seed may have warmed it)
      await harness()
        .app.get(CardStore)
        .invalidate(
          people.map((p) => ({
            socialInsuranceNumber: p.insurance!.socialInsuranceNumber,
            idNumber: p.idNumber,
          })),
        );
      const source = harness().dataSource;
      const query = jest.spyOn(source, 'query');
      try {
        const list = await harness().call('POST', '/v1/card-checks/batch', {
          checks: people.map((person) => cccdLookup(person, '38962')),
        });
        expect(
          list.body.results.map((r: { answer?: { resultCode: string } }) => r.answer?.resultCode),
        ).toEqual(people.map(() => '000'));
        const cardReads = query.mock.calls.filter(
          ([sql]) => String(sql).includes('JOIN') && String(sql).includes('p.id_synced'),
        );
        expect(cardReads.length).toBeGreaterThanOrEqual(1);
        expect(cardReads.length).toBeLessThanOrEqual(2);
      } finally {
        query.mockRestore();
      }
      await harness().eventsOf(LOOKUP, (d) => d.facilityCode === '38962', 30);
    });

    it('refuses a malformed list with 400 problem+json and records nothing', async () => {
      const lookups = () => harness().events.filter((e) => e.type === LOOKUP).length;
      const before = lookups();
      for (const body of [{}, { checks: [] }, { checks: Array(501).fill({}) }, { checks: [{}], extra: 1 }]) {
        const answer = await harness().call('POST', '/v1/card-checks/batch', body);
        expect(answer.status).toBe(400);
        expect(answer.contentType).toMatch(/application\/problem\+json/);
        expect(answer.body.errors.length).toBeGreaterThan(0);
      }
      expect(
        (await harness().call('POST', '/v1/card-checks/batch', { checks: Array(501).fill({}) })).body.detail,
      ).toMatch(/checks/);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(lookups()).toBe(before);
    });
  });
}
