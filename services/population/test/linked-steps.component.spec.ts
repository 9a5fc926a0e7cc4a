import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { EVENT_TYPES, TOPICS, type LinkedStepRequestedV1 } from '@d06/contracts';
import { communesOf, districtsOf } from '@d06/domain';
import { EVENT_BUS, type EventBus, type SubscriptionHandle } from '@d06/messaging';
import { EmbeddedPostgres } from '@d06/persistence';
import { VirtualClock } from '@d06/platform';
import { callJson, waitFor } from '@d06/testing';
import { DataSource } from 'typeorm';
import { createPopulationApp, populationConfig } from '../src';
import { callerHeaders } from './registry-harness';

type Event = CloudEvent<Record<string, any>>;

const START = new Date('2024-09-03T01:00:00.000Z'); // Tuesday 08:00 in Vietnam
const district = districtsOf('038')[0];
const PLACE = {
  provinceCode: '038',
  districtCode: district.code,
  communeCode: communesOf(district.code)[0].code,
  address: 'Số 1, thôn Đông',
};
const MOTHER = { idNumber: '038190004321', fullName: 'Lê Thị Hoa', birthDate: '1990-04-02', sex: 'female' };
const ELDER = { idNumber: '038045001111', fullName: 'Phạm Văn Cả', birthDate: '1945-01-20', sex: 'male' };

// The population database's linked-procedure steps on the embedded adapters: the one-stop saga's requests are
// published on the bus as one-stop would, and the replies, the register and the ledger are checked.
describe('population linked-procedure steps (embedded: in-memory bus, PGlite)', () => {
  let app: INestApplication;
  let url: string;
  let subscription: SubscriptionHandle;
  const events: Event[] = [];
  const bus = () => app.get<EventBus>(EVENT_BUS);
  const schema = 'population_linked';
  const police = (method: string, path: string, body?: unknown) =>
    callJson(`${url}${path}`, method, callerHeaders('police'), body);
  const query = (sql: string, params: unknown[] = []) =>
    app.get(DataSource).query(sql.replace(/\$schema/g, `"${schema}"`), params);

  const request = (
    over: Partial<LinkedStepRequestedV1> & Pick<LinkedStepRequestedV1, 'step' | 'procedure'>,
  ): LinkedStepRequestedV1 => ({
    runId: randomUUID(),
    dossierCode: `000.00.38.H56-240903-${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`,
    stepIndex: 2,
    attempt: 1,
    dueAt: '2024-09-05T17:00:00+07:00',
    occurredAt: START.toISOString(),
    ...over,
  });
  const birthRequest = (birth: Partial<NonNullable<LinkedStepRequestedV1['birth']>> = {}) =>
    request({
      procedure: 'birth',
      step: 'residence-registration',
      birth: {
        fullName: 'Lê Minh Khang',
        birthDate: '2024-08-30',
        sex: 'male',
        birthplaceProvince: '038',
        motherIdNumber: MOTHER.idNumber,
        residence: PLACE,
        ...birth,
      },
    });
  const deathRequest = (idNumber: string) =>
    request({
      procedure: 'death',
      step: 'residence-removal',
      death: {
        idNumber,
        dateOfDeath: '2024-09-01',
        claimant: { idNumber: MOTHER.idNumber, fullName: MOTHER.fullName },
      },
    });
  const publish = (data: LinkedStepRequestedV1, id = randomUUID()) =>
    bus().publish([{ type: EVENT_TYPES.LINKED_STEP_REQUESTED, id, data }]);
  /** The replies to a run, once `expected` arrived (and no more a moment later). */
  const replies = async (runId: string, expected: number) => {
    const matching = () =>
      events.filter((e) => e.type === EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED && e.data?.runId === runId);
    await waitFor(() => matching().length >= expected, { timeoutMs: 15_000, message: `${expected} replies` });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return matching().map((e) => e.data!);
  };
  const eventsAbout = (type: string, idNumber: string) =>
    events.filter((e) => e.type === type && e.data?.idNumber === idNumber).map((e) => e.data!);
  const citizens = async () => Number((await query('SELECT count(*) AS n FROM $schema.citizens'))[0].n);

  beforeAll(async () => {
    app = await createPopulationApp(populationConfig({ PORT: '0', DB_SCHEMA: schema }), {
      clock: new VirtualClock(START),
    });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    subscription = await bus().subscribe({
      group: 'test-listener-population-linked',
      topics: [TOPICS.population],
      handler: async ({ event }) => void events.push(event as Event),
    });
    for (const person of [MOTHER, ELDER]) {
      expect((await police('POST', '/v1/citizens', person)).status).toBe(201);
      const residence = { idNumber: person.idNumber, kind: 'permanent', ...PLACE };
      expect((await police('POST', '/v1/residences', residence)).status).toBe(201);
    }
  }, 60_000);

  afterAll(async () => {
    await subscription?.stop();
    await app?.close();
    await EmbeddedPostgres.shared().stop();
  });

  describe('residence-registration (birth)', () => {
    const step = birthRequest();
    let childIdNumber: string;

    it('registers the birth and the permanent residence, and replies completed with the child’s ID number', async () => {
      const before = await citizens();
      await publish(step);
      const [reply] = await replies(step.runId, 1);
      expect(reply).toMatchObject({
        runId: step.runId,
        dossierCode: step.dossierCode,
        step: 'residence-registration',
        attempt: 1,
        outcome: 'completed',
        childIdNumber: expect.stringMatching(/^038224[0-9]{6}$/), // Thanh Hóa, a boy of the 21st century, 2024
      });
      childIdNumber = reply.childIdNumber;
      expect(await citizens()).toBe(before + 1);
      const child = await police('GET', `/v1/citizens/${childIdNumber}`);
      const mother = await police('GET', `/v1/citizens/${MOTHER.idNumber}`);
      expect(child.body).toMatchObject({
        fullName: 'Lê Minh Khang',
        parents: { motherIdNumber: MOTHER.idNumber, fatherIdNumber: null },
        permanentResidence: { ...PLACE },
        household: { householdId: expect.any(String) },
      });
      // no household named in the form: the child's own
      expect(child.body.household.householdId).not.toBe(mother.body.household.householdId);
      await waitFor(() => eventsAbout(EVENT_TYPES.RESIDENCE_REGISTERED, childIdNumber).length === 1, {
        timeoutMs: 10_000,
      });
      expect(eventsAbout(EVENT_TYPES.RESIDENCE_REGISTERED, childIdNumber)[0]).toMatchObject({
        kind: 'permanent',
        dossierCode: step.dossierCode,
      });
      expect(eventsAbout(EVENT_TYPES.CITIZEN_REGISTERED, childIdNumber)).toHaveLength(1);
    });

    it('answers a redelivered request and a retried attempt again with the same child, acting once', async () => {
      const before = await citizens();
      const id = randomUUID();
      await publish({ ...step, attempt: 2 }, id);
      await publish({ ...step, attempt: 2 }, id); // the same event again (a redelivery)
      await publish({ ...step, attempt: 3 });
      const all = await replies(step.runId, 4);
      expect(all.map((r) => [r.attempt, r.outcome, r.childIdNumber])).toEqual([
        [1, 'completed', childIdNumber],
        [2, 'completed', childIdNumber],
        [2, 'completed', childIdNumber],
        [3, 'completed', childIdNumber],
      ]);
      expect(await citizens()).toBe(before);
      expect(eventsAbout(EVENT_TYPES.CITIZEN_REGISTERED, childIdNumber)).toHaveLength(1);
      expect(eventsAbout(EVENT_TYPES.RESIDENCE_REGISTERED, childIdNumber)).toHaveLength(1);
      const [ledger] = await query('SELECT * FROM $schema.linked_steps WHERE run_id = $1', [step.runId]);
      expect(ledger).toMatchObject({ outcome: 'completed', attempt: 1, last_attempt: 3, answers: 4 });
    });

    it('joins the household the form names, as a child of its head', async () => {
      const mother = await police('GET', `/v1/citizens/${MOTHER.idNumber}`);
      const twin = birthRequest({
        fullName: 'Lê Minh An',
        sex: 'female',
        residence: { ...PLACE, householdId: mother.body.household.householdId },
      });
      await publish(twin);
      const [reply] = await replies(twin.runId, 1);
      expect(reply.outcome).toBe('completed');
      const child = await police('GET', `/v1/citizens/${reply.childIdNumber}`);
      expect(child.body.household).toEqual({
        householdId: mother.body.household.householdId,
        relationToHead: 'child',
      });
    });

    it.each([
      ['an unknown parent', { fatherIdNumber: '038080009999' }, 'unknown-parent'],
      [
        'an unknown commune',
        { residence: { ...PLACE, communeCode: '99999' } },
        'unknown-administrative-unit',
      ],
      ['an unknown household', { residence: { ...PLACE, householdId: 'HH038NOSUCH' } }, 'unknown-household'],
    ])('refuses %s with the reason, registering nobody', async (_case, birth, reasonCode) => {
      const before = await citizens();
      const refused = birthRequest(birth);
      await publish(refused);
      const [reply] = await replies(refused.runId, 1);
      expect(reply).toMatchObject({ outcome: 'failed', reasonCode, reason: expect.any(String) });
      expect(reply).not.toHaveProperty('childIdNumber');
      expect(reply.reason).not.toMatch(/[0-9]{12}/);
      expect(await citizens()).toBe(before);
      await publish({ ...refused, attempt: 2 });
      expect((await replies(refused.runId, 2))[1]).toMatchObject({
        attempt: 2,
        outcome: 'failed',
        reasonCode,
      });
      expect(await citizens()).toBe(before);
    });
  });

  describe('residence-removal (death)', () => {
    const step = deathRequest(ELDER.idNumber);

    it('records the death and removes the permanent residence, replying completed', async () => {
      await publish(step);
      const [reply] = await replies(step.runId, 1);
      expect(reply).toMatchObject({ step: 'residence-removal', attempt: 1, outcome: 'completed' });
      const elder = await police('GET', `/v1/citizens/${ELDER.idNumber}`);
      expect(elder.body).toMatchObject({ status: 'deceased', deceasedOn: '2024-09-01' });
      expect(elder.body).toMatchObject({ permanentResidence: null, household: null });
      await waitFor(() => eventsAbout(EVENT_TYPES.RESIDENCE_REMOVED, ELDER.idNumber).length === 1, {
        timeoutMs: 10_000,
      });
      expect(eventsAbout(EVENT_TYPES.CITIZEN_DECEASED, ELDER.idNumber)).toEqual([
        expect.objectContaining({ dateOfDeath: '2024-09-01', dossierCode: step.dossierCode }),
      ]);
      expect(eventsAbout(EVENT_TYPES.RESIDENCE_REMOVED, ELDER.idNumber)[0]).toMatchObject({
        reason: 'death',
        dossierCode: step.dossierCode,
      });
    });

    it('answers the same run’s retry completed again, but refuses another dossier: already deceased', async () => {
      await publish({ ...step, attempt: 2 });
      expect((await replies(step.runId, 2))[1]).toMatchObject({ attempt: 2, outcome: 'completed' });
      const other = deathRequest(ELDER.idNumber);
      await publish(other);
      expect((await replies(other.runId, 1))[0]).toMatchObject({
        outcome: 'failed',
        reasonCode: 'already-deceased',
      });
      expect(eventsAbout(EVENT_TYPES.CITIZEN_DECEASED, ELDER.idNumber)).toHaveLength(1);
    });

    it('refuses the death of someone the register does not hold: citizen-not-found', async () => {
      const unknown = deathRequest('038050001234');
      await publish(unknown);
      expect((await replies(unknown.runId, 1))[0]).toMatchObject({
        outcome: 'failed',
        reasonCode: 'citizen-not-found',
        reason: 'No citizen with this personal ID number',
      });
    });
  });

  it('ignores the steps other services own', async () => {
    const bhyt = request({
      procedure: 'birth',
      step: 'bhyt-child-card',
      stepIndex: 3,
      childIdNumber: '038224001234',
      birth: birthRequest().birth,
    });
    await publish(bhyt);
    // a later request on the same dossier (same key, same partition) is answered only after the ignored one
    const marker = { ...deathRequest('038050001235'), dossierCode: bhyt.dossierCode };
    await publish(marker);
    await replies(marker.runId, 1);
    expect(events.filter((e) => e.data?.runId === bhyt.runId)).toHaveLength(0);
    expect(await query('SELECT 1 FROM $schema.linked_steps WHERE run_id = $1', [bhyt.runId])).toHaveLength(0);
  });
});
