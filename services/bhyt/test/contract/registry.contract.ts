import { randomUUID } from 'node:crypto';
import { EVENT_TYPES } from '@d06/contracts';
import type { BhytHarness } from '../support/bhyt-harness';
import { cccdLookup, HOSPITAL, one, WORLD } from '../support/world';

const NEWBORN = {
  idNumber: '038323009001',
  fullName: 'Lê Thị Bình An',
  birthDate: '2023-08-28',
  sex: 'female',
  provinceCode: '038',
  dossierCode: '000.00.38.H56-230905-0007',
} as const;

/** Facilities, child cards, deaths (through the cache), and claims. */
export function registryContract(harness: () => BhytHarness): void {
  describe('facilities', () => {
    it("lists the seeded province's facilities with the report's counts", async () => {
      const listing = await harness().call('GET', `/v1/facilities?provinceCode=${WORLD.provinceCode}`);
      expect(listing.status).toBe(200);
      const seeded = listing.body.facilities.filter(
        (f: { facilityCode: string }) => f.facilityCode <= '38677',
      );
      expect(seeded).toHaveLength(677); // the tests register theirs from 38900 up
      expect(listing.body.total).toBe(listing.body.facilities.length);
      expect(listing.body.acceptingIdCard).toBe(
        listing.body.facilities.filter((f: { acceptsIdCard: boolean }) => f.acceptsIdCard).length,
      );
      expect(listing.body.facilities[0]).toEqual({
        facilityCode: HOSPITAL,
        name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa (synthetic)',
        kind: 'provincial-hospital',
        provinceCode: '038',
        districtCode: null,
        acceptsIdCard: true,
      });
    });

    it('registers a facility (201), changes it (200), publishing only real changes', async () => {
      const body = {
        name: 'Phòng khám Hạc Thành (synthetic)',
        kind: 'private-clinic',
        provinceCode: '038',
        acceptsIdCard: false,
      };
      expect((await harness().call('PUT', '/v1/facilities/38970', body)).status).toBe(201);
      expect((await harness().call('PUT', '/v1/facilities/38970', body)).status).toBe(200);
      const changed = await harness().call('PUT', '/v1/facilities/38970', { ...body, acceptsIdCard: true });
      expect(changed.body.acceptsIdCard).toBe(true);
      const events = await harness().eventsOf(
        EVENT_TYPES.BHYT_FACILITY_UPDATED,
        (d) => d.facilityCode === '38970',
        2,
      );
      expect(events.map((e) => [e.data.created, e.data.acceptsIdCard])).toEqual([
        [true, false],
        [false, true],
      ]);
      const wrongProvince = await harness().call('PUT', '/v1/facilities/40970', body);
      expect(wrongProvince.status).toBe(400);
      expect(wrongProvince.body.code).toBe('FACILITY_PROVINCE_MISMATCH');
    });
  });

  describe('child cards (linked procedure 1)', () => {
    it('issues a TE card valid to the day before the 6th birthday, once per child', async () => {
      const first = await harness().call('POST', '/v1/child-cards', NEWBORN);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        idNumber: NEWBORN.idNumber,
        group: 'TE',
        benefitLevel: 1,
        provinceCode: '038',
        validFrom: '2023-08-28',
        validTo: '2029-08-27',
        created: true,
      });
      expect(first.body.cardCode).toMatch(/^TE138[0-9]{10}$/);
      expect(first.body.cardCode.slice(5)).toBe(first.body.socialInsuranceNumber);
      const again = await harness().call('POST', '/v1/child-cards', NEWBORN);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ ...first.body, created: false });
      const [issued] = await harness().eventsOf(
        EVENT_TYPES.BHYT_CARD_ISSUED,
        (d) => d.idNumber === NEWBORN.idNumber,
        1,
      );
      expect(issued.data).toMatchObject({
        cardCode: first.body.cardCode,
        reason: 'child-under-6',
        dossierCode: NEWBORN.dossierCode,
      });
      const { idNumber, fullName, birthDate } = NEWBORN;
      const lookup = await harness().call('POST', '/v1/card-checks', {
        facilityCode: HOSPITAL,
        idNumber,
        fullName,
        birthDate,
      });
      expect(lookup.body).toMatchObject({
        resultCode: '000',
        card: { cardCode: first.body.cardCode, group: 'TE' },
      });
    });

    it('refuses a child of 6 and an ID number whose year disagrees', async () => {
      const older = await harness().call('POST', '/v1/child-cards', {
        ...NEWBORN,
        idNumber: '038217009001',
        birthDate: '2017-09-14',
      });
      expect(older.status).toBe(422);
      expect(older.body.code).toBe('NOT_UNDER_SIX');
      const mismatch = await harness().call('POST', '/v1/child-cards', {
        ...NEWBORN,
        birthDate: '2022-08-28',
      });
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.errors[0].field).toBe('birthDate');
    });

    it("issues a newborn's card from population's citizen.registered when auto-issue is on", async () => {
      const child = { ...NEWBORN, idNumber: '038223009002', fullName: 'Lê Văn Minh', sex: 'male' as const };
      await harness().publish({
        type: EVENT_TYPES.CITIZEN_REGISTERED,
        data: {
          idNumber: child.idNumber,
          fullName: child.fullName,
          birthDate: child.birthDate,
          sex: child.sex,
          provinceCode: '038',
          registeredAt: '2023-09-15T03:00:00.000Z',
          registrationKind: 'birth',
        },
      });
      const [issued] = await harness().eventsOf(
        EVENT_TYPES.BHYT_CARD_ISSUED,
        (d) => d.idNumber === child.idNumber,
        1,
      );
      expect(issued.data).toMatchObject({ group: 'TE', validTo: '2029-08-27', reason: 'child-under-6' });
    });
  });

  describe('deaths and the cache', () => {
    it('serves lookups from the cache, and follows a death at once (120), once per death', async () => {
      const person = one('valid', { where: (p) => p.insurance!.group === 'HT' });
      expect((await harness().call('POST', '/v1/card-checks', cccdLookup(person))).body.resultCode).toBe(
        '000',
      );
      // Behind the service's back: the cached view still answers.
      await harness().dataSource.query(
        `UPDATE ${harness().table('participants')} SET full_name = 'Sửa Ngầm' WHERE id_number = $1`,
        [person.idNumber],
      );
      expect((await harness().call('POST', '/v1/card-checks', cccdLookup(person))).body.resultCode).toBe(
        '000',
      );

      const death = {
        id: randomUUID(),
        type: EVENT_TYPES.CITIZEN_DECEASED,
        data: {
          idNumber: person.idNumber,
          dateOfDeath: '2023-09-14',
          provinceCode: '038',
          recordedAt: '2023-09-15T02:00:00.000Z',
        },
      };
      await harness().publish(death);
      await harness().publish(death); // redelivered
      const reduced = await harness().eventsOf(
        EVENT_TYPES.BHYT_CARD_REDUCED,
        (d) => d.idNumber === person.idNumber,
        1,
      );
      expect(reduced).toHaveLength(1);
      expect(reduced[0].data).toMatchObject({
        reason: 'deceased',
        effectiveOn: '2023-09-14',
        cardCode: person.insurance!.cardCode,
      });
      const after = await harness().call('POST', '/v1/card-checks', {
        ...cccdLookup(person),
        fullName: 'Sửa Ngầm',
      });
      expect(after.body).toEqual({ resultCode: '120', message: expect.any(String), success: false });
    });
  });

  describe('claims', () => {
    it('counts a claim once per facility reference and refuses an unknown card', async () => {
      const person = one('valid');
      const claim = {
        claimRef: `BV38001-${randomUUID().slice(0, 8)}`,
        facilityCode: HOSPITAL,
        cardCode: person.insurance!.cardCode,
        visitDate: '2023-09-15',
        amountVnd: 285_000,
      };
      const first = await harness().call('POST', '/v1/claims', claim);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ ...claim, kind: 'outpatient', created: true });
      const again = await harness().call('POST', '/v1/claims', { ...claim, amountVnd: 1 });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ ...first.body, created: false });
      const [event] = await harness().eventsOf(
        EVENT_TYPES.BHYT_CLAIM_SUBMITTED,
        (d) => d.claimRef === claim.claimRef,
        1,
      );
      expect(event.data).toMatchObject({
        idNumber: person.idNumber,
        provinceCode: '038',
        amountVnd: 285_000,
      });
      const unknown = await harness().call('POST', '/v1/claims', {
        ...claim,
        claimRef: 'X-1',
        cardCode: 'DN4389999999999',
      });
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('CARD_NOT_FOUND');
      expect(await harness().count('claims', 'claim_ref = $1', ['X-1'])).toBe(0);
    });
  });
}
