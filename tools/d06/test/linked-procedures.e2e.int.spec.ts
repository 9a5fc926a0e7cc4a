import type { INestApplication } from '@nestjs/common';
import { bhytConfig, createBhytApp } from '@d06/bhyt';
import { communesOf, districtsOf } from '@d06/domain';
import { createOneStopApp, oneStopConfig } from '@d06/one-stop';
import { VirtualClock } from '@d06/platform';
import { createPopulationApp, populationConfig } from '@d06/population';
import { createSocialSecurityApp, socialSecurityConfig } from '@d06/social-security';
import { callJson, infrastructure, uniqueName, waitFor, type JsonAnswer } from '@d06/testing';
import { DataSource } from 'typeorm';
import { POLICE_CALLER } from './citizens.fixture';

const START = new Date('2024-09-03T01:00:00.000Z'); // Tuesday 3 September 2024, 08:00 in Vietnam
const OFFICER = {
  'x-caller-type': 'officer',
  'x-caller-id': 'can-bo-mot-cua-01',
  'x-caller-agency': '000.00.38.H56',
  'x-caller-role': 'one-stop',
};
const district = districtsOf('038')[0];
const PLACE = {
  provinceCode: '038',
  districtCode: district.code,
  communeCode: communesOf(district.code)[0].code,
  address: 'Số 1, thôn Đông',
};
const MOTHER = { idNumber: '038190004321', fullName: 'Lê Thị Hoa', birthDate: '1990-04-02', sex: 'female' };
const ELDER = { idNumber: '038040002001', fullName: 'Trần Văn Lão', birthDate: '1940-03-03', sex: 'male' };
const NEIGHBOUR = { idNumber: '038041002006', fullName: 'Đỗ Văn Bên', birthDate: '1941-05-05', sex: 'male' };
const CLAIMANT = {
  idNumber: '038170002003',
  fullName: 'Trần Thị Con',
  birthDate: '1970-01-01',
  sex: 'female',
};

type Service = 'population' | 'bhyt' | 'socialSecurity' | 'oneStop';

// The two linked procedures of QĐ 296 end to end on real Kafka, PostgreSQL and Redis: the one-stop saga and the
// services that own its steps (population, BHYT, social security), in one process on one virtual business clock
// (so a step can be made to time out), each with its own schema and consumer group, isolated by a topic prefix.
describe('linked procedures end to end (one-stop saga, population, bhyt, social-security on Kafka)', () => {
  const clock = new VirtualClock(START);
  const apps: Partial<Record<Service, INestApplication>> = {};
  const urls: Partial<Record<Service, string>> = {};
  jest.setTimeout(120_000);

  const call = (service: Service, method: string, path: string, headers = {}, body?: unknown) =>
    callJson(`${urls[service]}${path}`, method, headers, body);
  const police = (method: string, path: string, body?: unknown) =>
    call('population', method, path, POLICE_CALLER, body);
  const ssaCaller = (role: string) => ({ ...POLICE_CALLER, 'x-caller-role': role, 'x-purpose': 'e2e' });
  const query = (service: Service, sql: string, params: unknown[] = []) => {
    const dataSource = apps[service]!.get(DataSource);
    const schema = (dataSource.options as { schema: string }).schema;
    return dataSource.query(sql.replace(/\$schema/g, `"${schema}"`), params);
  };

  /** A counter dossier of a linked service; answers the dossier and its run id. */
  const submit = async (serviceKey: 'da06-15' | 'da06-16', applicantIdNumber: string, form: object) => {
    const answer = await call('oneStop', 'POST', '/v1/dossiers', OFFICER, {
      serviceKey,
      channel: 'counter',
      applicantIdNumber,
      provinceCode: '038',
      form,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'received', linkedRunId: expect.any(String) });
    return answer.body as { code: string; linkedRunId: string };
  };
  const runOf = async (runId: string): Promise<JsonAnswer['body']> =>
    (await call('oneStop', 'GET', `/v1/linked-runs/${runId}`)).body;
  const finished = async (runId: string) => {
    await waitFor(async () => (await runOf(runId)).status !== 'running', {
      timeoutMs: 60_000,
      message: `run ${runId} finished`,
    });
    return runOf(runId);
  };
  const enter = async (person: typeof MOTHER, withResidence = true) => {
    expect((await police('POST', '/v1/citizens', person)).status).toBe(201);
    if (withResidence) {
      const residence = { idNumber: person.idNumber, kind: 'permanent', ...PLACE };
      expect((await police('POST', '/v1/residences', residence)).status).toBe(201);
    }
  };

  beforeAll(async () => {
    const infra = infrastructure();
    const run = uniqueName('e2e_linked');
    const shared = {
      PORT: '0',
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      DATABASE_URL: infra.databaseUrl,
      REDIS_URL: infra.redisUrl,
      KAFKA_TOPIC_PREFIX: `${run}.`,
      LOG_LEVEL: 'warn',
    };
    const start = async (service: Service, create: () => Promise<INestApplication>) => {
      const app = await create();
      await app.listen(0, '127.0.0.1');
      apps[service] = app;
      urls[service] = await app.getUrl();
    };
    await start('population', () =>
      createPopulationApp(populationConfig({ ...shared, DB_SCHEMA: `${run}_population` }), { clock }),
    );
    const peers = { POPULATION_URL: urls.population! };
    await start('bhyt', () =>
      createBhytApp(bhytConfig({ ...shared, ...peers, DB_SCHEMA: `${run}_bhyt` }), { clock }),
    );
    await start('socialSecurity', () =>
      createSocialSecurityApp(
        socialSecurityConfig({
          ...shared,
          ...peers,
          DB_SCHEMA: `${run}_ssa`,
          BANK_RAIL_REJECT_INVALID_ACCOUNT: '0',
          BANK_RAIL_REJECT_CLOSED_ACCOUNT: '0',
          BANK_RAIL_REJECT_NAME_MISMATCH: '0',
          BANK_RAIL_REVERSAL_RATE: '0',
        }),
        { clock },
      ),
    );
    await start('oneStop', () =>
      createOneStopApp(
        oneStopConfig({
          ...shared,
          ...peers,
          DB_SCHEMA: `${run}_one_stop`,
          ONESTOP_SWEEP_INTERVAL_MS: '100',
          ONESTOP_STEP_ATTEMPT_TIMEOUT_MINUTES: '240',
          ONESTOP_STEP_MAX_ATTEMPTS: '3',
        }),
        { clock },
      ),
    );
  }, 180_000);

  afterAll(async () => {
    for (const app of [apps.oneStop, apps.socialSecurity, apps.bhyt, apps.population]) await app?.close();
  }, 60_000);

  it('birth → permanent residence → TE card: the child gets an ID number and a card, within the limit', async () => {
    await enter(MOTHER);
    const mother = await police('GET', `/v1/citizens/${MOTHER.idNumber}`);
    const dossier = await submit('da06-15', MOTHER.idNumber, {
      birth: {
        fullName: 'Lê Minh Khang',
        birthDate: '2024-08-30',
        sex: 'male',
        birthplaceProvince: '038',
        motherIdNumber: MOTHER.idNumber,
        residence: { ...PLACE, householdId: mother.body.household.householdId },
      },
    });

    const run = await finished(dossier.linkedRunId);
    expect(run).toMatchObject({
      procedure: 'birth',
      dossierCode: dossier.code,
      status: 'completed',
      withinLimit: true,
      legalDays: 3,
    });
    expect(run.steps.map((s: any) => [s.index, s.step, s.owner, s.status])).toEqual([
      [1, 'civil-status-registration', 'one-stop', 'completed'],
      [2, 'residence-registration', 'population', 'completed'],
      [3, 'bhyt-child-card', 'bhyt', 'completed'],
    ]);
    const childIdNumber: string = run.steps[1].output.childIdNumber;
    expect(childIdNumber).toMatch(/^038224[0-9]{6}$/);
    expect(run.steps[2].output.cardCode).toMatch(/^TE138[0-9]{10}$/);

    const child = await police('GET', `/v1/citizens/${childIdNumber}`);
    expect(child.body).toMatchObject({
      fullName: 'Lê Minh Khang',
      parents: { motherIdNumber: MOTHER.idNumber },
      permanentResidence: { ...PLACE },
      household: { householdId: mother.body.household.householdId, relationToHead: 'child' },
    });
    const cards = await query(
      'bhyt',
      'SELECT c.card_code FROM $schema.cards c JOIN $schema.participants p USING (social_insurance_number) ' +
        'WHERE p.id_number = $1',
      [childIdNumber],
    );
    expect(cards).toEqual([{ card_code: run.steps[2].output.cardCode }]);
    await waitFor(
      async () => (await call('oneStop', 'GET', `/v1/dossiers/${dossier.code}`)).body.status === 'completed',
      {
        timeoutMs: 30_000,
        message: 'dossier completed',
      },
    );
  });

  it('death → residence removed → funeral allowance paid once to the claimant’s account', async () => {
    await enter(ELDER);
    await enter(CLAIMANT);
    const enrolled = await call('socialSecurity', 'POST', '/v1/beneficiaries', ssaCaller('social'), {
      idNumber: ELDER.idNumber,
      fullName: ELDER.fullName,
      birthDate: ELDER.birthDate,
      sex: ELDER.sex,
      group: 'social-assistance',
      category: 'elderly-80',
      monthlyAmountVnd: 540_000,
      provinceCode: '038',
      communeCode: PLACE.communeCode,
    });
    expect(enrolled.status).toBe(201);
    const account = await call(
      'socialSecurity',
      'PUT',
      `/v1/accounts/${CLAIMANT.idNumber}`,
      ssaCaller('vneid'),
      {
        channel: 'vneid',
        paymentChannel: 'bank-account',
        provider: 'VCB',
        accountNumber: '0071000123456',
        accountName: 'TRAN THI CON',
      },
    );
    expect(account.status).toBe(201);

    const dossier = await submit('da06-16', CLAIMANT.idNumber, {
      death: {
        idNumber: ELDER.idNumber,
        dateOfDeath: '2024-09-01',
        claimant: { idNumber: CLAIMANT.idNumber, fullName: CLAIMANT.fullName },
      },
    });
    const run = await finished(dossier.linkedRunId);
    expect(run).toMatchObject({ procedure: 'death', status: 'completed', withinLimit: true });
    expect(run.steps.map((s: any) => [s.step, s.status, s.attempts])).toEqual([
      ['civil-status-registration', 'completed', 1],
      ['residence-removal', 'completed', 1],
      ['funeral-allowance', 'completed', 1],
    ]);
    expect(run.steps[2].output).toEqual({
      amountVnd: 10_000_000, // social assistance: 20 × 500 000 đ for a death from 1 July 2024
      paymentReference: expect.stringMatching(/^MTP-038-[0-9A-F]{10}$/),
    });

    const elder = await police('GET', `/v1/citizens/${ELDER.idNumber}`);
    expect(elder.body).toMatchObject({
      status: 'deceased',
      deceasedOn: '2024-09-01',
      permanentResidence: null,
      household: null,
    });
    await waitFor(
      async () =>
        (
          await query('socialSecurity', 'SELECT status FROM $schema.payments WHERE reference = $1', [
            run.steps[2].output.paymentReference,
          ])
        )[0]?.status === 'succeeded',
      { timeoutMs: 30_000, message: 'funeral allowance paid' },
    );
    const allowances = await query(
      'socialSecurity',
      'SELECT amount_vnd, claimant_id_number, dossier_code FROM $schema.funeral_allowances',
    );
    expect(allowances).toEqual([
      { amount_vnd: '10000000', claimant_id_number: CLAIMANT.idNumber, dossier_code: dossier.code },
    ]);
    const beneficiary = await call(
      'socialSecurity',
      'GET',
      `/v1/beneficiaries/${ELDER.idNumber}`,
      ssaCaller('social'),
    );
    expect(beneficiary.body.status).toBe('ended');
  });

  it('a refused step: the death of someone the register does not hold fails at step 2 with the reason', async () => {
    const dossier = await submit('da06-16', CLAIMANT.idNumber, {
      death: {
        idNumber: '038050009876',
        dateOfDeath: '2024-09-01',
        claimant: { idNumber: CLAIMANT.idNumber, fullName: CLAIMANT.fullName },
      },
    });
    const run = await finished(dossier.linkedRunId);
    expect(run).toMatchObject({
      status: 'failed',
      failedStep: 'residence-removal',
      failedStepIndex: 2,
      reasonCode: 'refused',
      reason: expect.stringMatching(
        /^failed at step 2 \(residence-removal\) because .*No citizen with this personal ID number/,
      ),
    });
    expect(run.reason).not.toMatch(/[0-9]{12}/);
    expect(run.steps.map((s: any) => s.status)).toEqual(['completed', 'failed', 'pending']);
  });

  it('a step timing out: without social security, the funeral allowance times out after its retries', async () => {
    await apps.socialSecurity!.close();
    delete apps.socialSecurity;
    await enter(NEIGHBOUR);
    const dossier = await submit('da06-16', CLAIMANT.idNumber, {
      death: {
        idNumber: NEIGHBOUR.idNumber,
        dateOfDeath: '2024-09-02',
        claimant: { idNumber: CLAIMANT.idNumber, fullName: CLAIMANT.fullName },
      },
    });
    const step3 = async () => (await runOf(dossier.linkedRunId)).steps[2];
    await waitFor(async () => (await step3()).status === 'requested', {
      timeoutMs: 60_000,
      message: 'funeral allowance requested',
    });
    // past each attempt's deadline on the business clock: the sweeper asks again, then gives up
    for (let attempt = 1; (await runOf(dossier.linkedRunId)).status === 'running'; attempt++) {
      const { attemptDeadline, attempts } = await step3();
      clock.advanceBy(new Date(attemptDeadline).getTime() - clock.now().getTime() + 60_000);
      await waitFor(
        async () => {
          const [run, step] = [await runOf(dossier.linkedRunId), await step3()];
          return run.status !== 'running' || step.attempts > attempts;
        },
        { timeoutMs: 30_000, message: `attempt ${attempt} timed out` },
      );
      expect(attempt).toBeLessThan(10);
    }
    const run = await runOf(dossier.linkedRunId);
    expect(run).toMatchObject({
      status: 'failed',
      failedStep: 'funeral-allowance',
      failedStepIndex: 3,
      reasonCode: 'timed-out',
      reason: expect.stringContaining('failed at step 3 (funeral-allowance)'),
    });
    expect(run.steps[1]).toMatchObject({ step: 'residence-removal', status: 'completed' });
    expect(run.steps[2]).toMatchObject({ status: 'timed-out', attempts: 3 });
  });
});
