import { EVENT_TYPES } from '@d06/contracts';
import { communesOf, districtsOf, explainPersonalId } from '@d06/domain';
import { waitFor } from '@d06/testing';
import { RegistryHarness } from './registry-harness';

const PERSON = { idNumber: '038090001234', fullName: 'Nguyễn Văn An', birthDate: '1990-05-01', sex: 'male' };

/**
 * The population registry's behaviour, run on the embedded adapters and on real PostgreSQL, Kafka and Redis:
 * each change publishes exactly one event, refused calls change nothing, lookups follow changes.
 */
export function describeRegistry(name: string, env: () => Record<string, string>): void {
  describe(`population registry (${name})`, () => {
    let registry: RegistryHarness;

    beforeAll(async () => {
      registry = await RegistryHarness.start(env());
      expect((await registry.call('POST', '/v1/citizens', 'police', PERSON)).status).toBe(201);
    }, 90_000);

    afterAll(() => registry?.stop(), 30_000);

    describe('refused calls', () => {
      it('refuses a call without caller headers, naming them, and changes nothing', async () => {
        const before = await registry.count('citizens');
        const response = await registry.call('POST', '/v1/citizens', undefined, {
          ...PERSON,
          idNumber: '038090009999',
        });
        expect(response.status).toBe(400);
        expect(response.contentType).toMatch(/application\/problem\+json/);
        expect(response.body.code).toBe('CALLER_CONTEXT_REQUIRED');
        expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
          expect.arrayContaining(['x-caller-type', 'x-caller-id', 'x-caller-agency', 'x-caller-role']),
        );
        expect(await registry.count('citizens')).toBe(before);
      });

      it('refuses a role that may not make the change', async () => {
        const response = await registry.call('POST', '/v1/deaths', 'health', {
          idNumber: PERSON.idNumber,
          dateOfDeath: '2024-01-01',
        });
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('ROLE_NOT_ALLOWED');
      });

      it('names the broken rule of a malformed ID number, and answers 404 for an unknown one', async () => {
        const malformed = await registry.call('GET', '/v1/citizens/03809000123X', 'health');
        expect(malformed.status).toBe(400);
        expect(malformed.body.code).toBe('INVALID_ID_NUMBER');
        expect(malformed.body.detail).toMatch(/digits/);
        const unknown = await registry.call('GET', '/v1/citizens/038090000000', 'health');
        expect(unknown.status).toBe(404);
      });

      it('refuses a verification batch over 10 000 records with 413, before checking anything', async () => {
        const before = await registry.count('audit_log');
        const records = Array.from({ length: 10_001 }, () => ({
          idNumber: PERSON.idNumber,
          fullName: 'X',
          birthDate: '1990-05-01',
        }));
        const response = await registry.call('POST', '/v1/verifications/batch', 'insurance', {
          sector: 'insurance',
          provinceCode: '038',
          records,
        });
        expect(response.status).toBe(413);
        expect(response.body.code).toBe('BATCH_TOO_LARGE');
        expect(await registry.count('audit_log')).toBe(before);
      });
    });

    describe('lookups', () => {
      it('shows each role only its fields, and audits every lookup', async () => {
        const auditBefore = await registry.count('audit_log');
        const publicView = await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'public-service');
        expect(Object.keys(publicView.body).sort()).toEqual([
          'birthDate',
          'fullName',
          'idNumber',
          'sex',
          'status',
        ]);
        const policeView = await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'police');
        expect(policeView.body).toMatchObject({
          ...PERSON,
          ethnicity: 'Kinh',
          status: 'alive',
          idCard: null,
        });
        expect(await registry.count('audit_log')).toBe(auditBefore + 2);
      });

      it('reads a list of citizens as the single lookups would, each audited with its own dossier', async () => {
        const auditBefore = await registry.count('audit_log');
        const lookups = [
          { idNumber: PERSON.idNumber, dossierCode: '000.00.00.H38-230915-0101' },
          { idNumber: '038090000000', dossierCode: '000.00.00.H38-230915-0102' },
          { idNumber: '03809000123X' },
          { idNumber: PERSON.idNumber },
        ];
        const list = await registry.call('POST', '/v1/citizens/batch', 'public-service', { lookups });
        expect(list.status).toBe(200);
        const single = await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'public-service');
        expect(list.body.results.map((r: { status: number }) => r.status)).toEqual([200, 404, 400, 200]);
        expect(list.body.results[0].answer).toEqual(single.body);
        expect(list.body.results[2].problem).toMatchObject({ code: 'INVALID_ID_NUMBER' });
        // three reads of the list (not the malformed one) and the single one
        expect(await registry.count('audit_log')).toBe(auditBefore + 4);
        const schema = (registry.dataSource.options as { schema?: string }).schema ?? 'public';
        const audited = await registry.dataSource.query<{ dossier_code: string | null; outcome: string }[]>(
          `SELECT dossier_code, outcome FROM "${schema}"."audit_log" ORDER BY entry_id DESC LIMIT 4`,
        );
        expect(audited.map((row) => [row.dossier_code, row.outcome]).sort()).toEqual(
          [
            ['000.00.00.H38-230915-0101', 'ok'],
            ['000.00.00.H38-230915-0102', 'not-found'],
            [null, 'ok'],
            [null, 'ok'],
          ].sort(),
        );
        const tooMany = await registry.call('POST', '/v1/citizens/batch', 'public-service', {
          lookups: Array.from({ length: 501 }, () => ({ idNumber: PERSON.idNumber })),
        });
        expect(tooMany.status).toBe(400);
        expect(await registry.count('audit_log')).toBe(auditBefore + 4);
      });
    });

    describe('changes', () => {
      it('registers a birth under a new, well-formed ID number with exactly one event', async () => {
        const response = await registry.call('POST', '/v1/births', 'civil-status', {
          fullName: 'Nguyễn Thị Bình',
          birthDate: '2024-03-05',
          sex: 'female',
          birthplaceProvince: '038',
          fatherIdNumber: PERSON.idNumber,
        });
        expect(response.status).toBe(201);
        const { idNumber } = response.body as { idNumber: string };
        expect(explainPersonalId(idNumber)).toMatchObject({
          provinceCode: '038',
          sex: 'female',
          birthYear: 2024,
        });
        const events = await registry.eventsOf(EVENT_TYPES.CITIZEN_REGISTERED, idNumber, 1);
        expect(events).toHaveLength(1);
        expect(events[0].data).toMatchObject({ registrationKind: 'birth', fatherIdNumber: PERSON.idNumber });
      });

      it('follows a residence change in lookups (cache invalidated) with one event per change', async () => {
        const before = await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'police');
        expect(before.body.permanentResidence).toBeNull();
        const unit = firstCommuneOf('038');
        const registered = await registry.call('POST', '/v1/residences', 'police', {
          idNumber: PERSON.idNumber,
          kind: 'permanent',
          ...unit,
          address: 'Số 1, thôn Đông',
        });
        expect(registered.status).toBe(201);
        const after = await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'police');
        expect(after.body.permanentResidence).toEqual({ ...unit, address: 'Số 1, thôn Đông' });
        expect(after.body.household.relationToHead).toBe('head');
        expect(await registry.eventsOf(EVENT_TYPES.RESIDENCE_REGISTERED, PERSON.idNumber, 1)).toHaveLength(1);

        const removed = await registry.call('POST', '/v1/residence-removals', 'police', {
          idNumber: PERSON.idNumber,
          kind: 'permanent',
          reason: 'moved',
        });
        expect(removed.status).toBe(201);
        expect(
          (await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'police')).body.permanentResidence,
        ).toBeNull();
        const again = await registry.call('POST', '/v1/residence-removals', 'police', {
          idNumber: PERSON.idNumber,
          kind: 'permanent',
          reason: 'moved',
        });
        expect(again.status).toBe(409);
        expect(await registry.eventsOf(EVENT_TYPES.RESIDENCE_REMOVED, PERSON.idNumber, 1)).toHaveLength(1);
      });

      it('refuses a residence in an unknown commune, changing nothing', async () => {
        const response = await registry.call('POST', '/v1/residences', 'police', {
          idNumber: PERSON.idNumber,
          kind: 'temporary',
          provinceCode: '038',
          districtCode: '380',
          communeCode: '99999',
          address: 'x',
        });
        expect(response.status).toBe(400);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('communeCode');
        expect(
          (await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'police')).body.temporaryResidence,
        ).toBeNull();
      });

      it('takes a CCCD application and issues the card once', async () => {
        const applied = await registry.call('POST', '/v1/idcard-applications', 'police', {
          idNumber: PERSON.idNumber,
          channel: 'online',
        });
        expect(applied.status).toBe(201);
        expect(applied.body.ageBand).toBe('over-14');
        const path = `/v1/idcard-applications/${applied.body.applicationId as string}/issuance`;
        const issued = await registry.call('POST', path, 'police');
        expect(issued.status).toBe(201);
        expect((await registry.call('POST', path, 'police')).status).toBe(409);
        const card = (await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'police')).body.idCard;
        expect(card).toMatchObject({
          chip: true,
          status: 'valid',
          issuedOn: issued.body.issuedOn,
          expiresOn: issued.body.expiresOn,
        });
        expect(await registry.eventsOf(EVENT_TYPES.IDCARD_APPLIED, PERSON.idNumber, 1)).toHaveLength(1);
        expect(await registry.eventsOf(EVENT_TYPES.IDCARD_ISSUED, PERSON.idNumber, 1)).toHaveLength(1);
      });
    });

    describe('verification', () => {
      it('answers match, or mismatch with a reason per field', async () => {
        const match = await registry.call('POST', '/v1/verifications', 'insurance', {
          sector: 'insurance',
          provinceCode: '038',
          record: {
            idNumber: PERSON.idNumber,
            fullName: 'nguyễn  văn an',
            birthDate: PERSON.birthDate,
            sex: 'male',
          },
        });
        expect(match.body).toEqual({ result: 'match', reasons: [] });
        const mismatch = await registry.call('POST', '/v1/verifications', 'insurance', {
          sector: 'insurance',
          provinceCode: '038',
          record: {
            idNumber: PERSON.idNumber,
            fullName: 'Nguyen Van An',
            birthDate: '1990-01-05',
            sex: 'male',
          },
        });
        expect(mismatch.body).toEqual({
          result: 'mismatch',
          reasons: [
            { field: 'fullName', reason: 'differs in diacritics' },
            { field: 'birthDate', reason: 'differs' },
          ],
        });
      });

      it('verifies a batch with one result and one event per record', async () => {
        const response = await registry.call('POST', '/v1/verifications/batch', 'insurance', {
          sector: 'insurance',
          provinceCode: '038',
          batchId: 'bhxh-2023-09-01',
          records: [
            {
              recordRef: 'r1',
              idNumber: PERSON.idNumber,
              fullName: PERSON.fullName,
              birthDate: PERSON.birthDate,
            },
            { recordRef: 'r2', idNumber: '038090000000', fullName: 'Không Có', birthDate: '1990-01-01' },
            { recordRef: 'r3', idNumber: '38090001234', fullName: 'Sai Số', birthDate: '1990-01-01' },
          ],
        });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          batchId: 'bhxh-2023-09-01',
          total: 3,
          matched: 1,
          mismatched: 2,
        });
        expect(response.body.results[1].reasons).toEqual([
          { field: 'idNumber', reason: 'not in the register' },
        ]);
        expect(response.body.results[2].reasons[0].reason).toMatch(/^malformed/);
        const ofBatch = () => registry.events.filter((e) => e.data?.batchId === 'bhxh-2023-09-01');
        await waitFor(() => ofBatch().length >= 3, {
          timeoutMs: 15_000,
          message: 'three record.verified events',
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const byRef = Object.fromEntries(ofBatch().map((e) => [e.data!.recordRef as string, e.data!]));
        expect(Object.keys(byRef).sort()).toEqual(['r1', 'r2', 'r3']);
        expect([byRef.r1.result, byRef.r2.result, byRef.r3.result]).toEqual([
          'match',
          'mismatch',
          'mismatch',
        ]);
        expect(byRef.r3).not.toHaveProperty('idNumber'); // the malformed claim is not passed on
      });
    });

    describe('deaths', () => {
      it('records a death once; a second registration is refused and publishes nothing', async () => {
        const first = await registry.call('POST', '/v1/deaths', 'civil-status', {
          idNumber: PERSON.idNumber,
          dateOfDeath: '2024-06-01',
        });
        expect(first.status).toBe(201);
        const second = await registry.call('POST', '/v1/deaths', 'civil-status', {
          idNumber: PERSON.idNumber,
          dateOfDeath: '2024-06-02',
        });
        expect(second.status).toBe(409);
        expect(await registry.eventsOf(EVENT_TYPES.CITIZEN_DECEASED, PERSON.idNumber, 1)).toHaveLength(1);
        expect((await registry.call('GET', `/v1/citizens/${PERSON.idNumber}`, 'health')).body.status).toBe(
          'deceased',
        );
      });
    });
  });
}

function firstCommuneOf(provinceCode: string): {
  provinceCode: string;
  districtCode: string;
  communeCode: string;
} {
  const district = districtsOf(provinceCode)[0];
  return { provinceCode, districtCode: district.code, communeCode: communesOf(district.code)[0].code };
}
