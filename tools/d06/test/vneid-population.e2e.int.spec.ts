import type { ChildProcess } from 'node:child_process';
import { freePort, infrastructure, uniqueName, waitFor } from '@d06/testing';
import { generators, Issuer } from 'openid-client';
import { spawnService } from '../src/commands/process-launcher';
import { POLICE_CALLER } from './citizens.fixture';

const APP = {
  'x-caller-type': 'system',
  'x-caller-id': 'vneid-app',
  'x-caller-agency': 'G01.C06',
  'x-caller-role': 'app',
};
const PERSON = { idNumber: '038190007777', fullName: 'Trần Thị Mai', birthDate: '1990-07-07', sex: 'female' };
const PASSWORD = 'E2e-Mat-Khau-9';
const REDIRECT = 'http://127.0.0.1:8080/callback';

// The real population and VNeID services, each in its own process, on Kafka, PostgreSQL and Redis: an account
// request is verified by the population service, approved, activated and used to log in through OpenID Connect;
// the death recorded in the population service revokes it over Kafka, and no token is issued afterwards.
describe('population → vneid end to end (Kafka, PostgreSQL, Redis, separate processes)', () => {
  const children: ChildProcess[] = [];

  afterAll(() => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('verifies, activates, logs in, and refuses tokens once the citizen has died', async () => {
    const infra = infrastructure();
    const run = uniqueName('e2e_vneid');
    const shared = {
      ...process.env,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      DATABASE_URL: infra.databaseUrl,
      REDIS_URL: infra.redisUrl,
      KAFKA_TOPIC_PREFIX: `${run}.`,
      LOG_LEVEL: 'warn',
    };
    const [populationPort, vneidPort] = [await freePort(), await freePort()];
    const population = `http://127.0.0.1:${populationPort}`;
    const vneid = `http://127.0.0.1:${vneidPort}`;
    children.push(spawnService('population', populationPort, { ...shared, DB_SCHEMA: `${run}_population` }));
    children.push(
      spawnService('vneid', vneidPort, {
        ...shared,
        DB_SCHEMA: `${run}_vneid`,
        POPULATION_URL: population,
        VNEID_TEST_MODE: 'true',
        VNEID_L1_APPROVAL_DELAY_HOURS: '0',
        VNEID_SCHEDULER_INTERVAL_MS: '100',
      }),
    );
    for (const url of [population, vneid]) {
      await waitFor(async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok === true, {
        timeoutMs: 90_000,
        message: `${url} ready`,
      });
    }
    const post = (url: string, headers: Record<string, string>, body: unknown) =>
      fetch(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post(`${population}/v1/citizens`, POLICE_CALLER, PERSON)).status).toBe(201);

    const request = { ...PERSON, phone: '0912345678', provinceCode: '038', password: PASSWORD };
    const mismatch = await post(`${vneid}/v1/accounts/level1-requests`, APP, {
      ...request,
      birthDate: '1990-07-08',
    });
    expect(mismatch.status).toBe(422);
    expect(((await mismatch.json()) as any).errors.map((e: { field: string }) => e.field)).toEqual([
      'birthDate',
    ]);
    expect((await post(`${vneid}/v1/accounts/level1-requests`, APP, request)).status).toBe(201);
    const account = async () =>
      (await (await fetch(`${vneid}/v1/accounts/${PERSON.idNumber}`, { headers: APP })).json()) as any;
    await waitFor(async () => (await account()).status === 'approved', {
      timeoutMs: 30_000,
      message: 'approved',
    });
    const activation = await post(`${vneid}/v1/accounts/${PERSON.idNumber}/activation`, APP, {
      phone: '0912345678',
      otp: '111111',
    });
    expect(activation.status).toBe(200);

    const issuer = await Issuer.discover(vneid);
    const client = new issuer.Client({
      client_id: 'test-rp',
      token_endpoint_auth_method: 'none',
      redirect_uris: [REDIRECT],
    });
    const login = async () => {
      const verifier = generators.codeVerifier();
      const nonce = generators.nonce();
      const state = generators.state();
      let cookies = '';
      const go = async (url: string, init: RequestInit = {}) => {
        const response = await fetch(new URL(url, vneid), {
          ...init,
          redirect: 'manual',
          headers: { ...init.headers, cookie: cookies },
        });
        const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
        cookies = [
          ...cookies.split('; ').filter((c) => c && !set.some((s) => s.split('=')[0] === c.split('=')[0])),
          ...set,
        ].join('; ');
        return response;
      };
      const url = client.authorizationUrl({
        scope: 'openid profile',
        redirect_uri: REDIRECT,
        code_challenge: generators.codeChallenge(verifier),
        code_challenge_method: 'S256',
        nonce,
        state,
      });
      const interaction = (await go(url)).headers.get('location')!;
      const answer = await go(`${interaction}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ idNumber: PERSON.idNumber, password: PASSWORD, otp: '111111' }),
      });
      if (answer.status !== 200) return { refused: answer.status };
      const callback = (await go(((await answer.json()) as { redirectTo: string }).redirectTo)).headers.get(
        'location',
      )!;
      return {
        exchange: () =>
          client.callback(REDIRECT, client.callbackParams(callback), {
            code_verifier: verifier,
            nonce,
            state,
          }),
      };
    };

    const first = await login();
    const tokens = await first.exchange!();
    expect(tokens.claims()).toMatchObject({ acr: 'vneid:loa1', nonce: expect.any(String) });
    expect(await client.userinfo(tokens)).toMatchObject({
      name: PERSON.fullName,
      birthdate: PERSON.birthDate,
      gender: 'female',
    });

    const pending = await login();
    const death = await post(`${population}/v1/deaths`, POLICE_CALLER, {
      idNumber: PERSON.idNumber,
      dateOfDeath: '2024-09-01',
    });
    expect(death.status).toBe(201);
    await waitFor(async () => (await account()).status === 'revoked', {
      timeoutMs: 60_000,
      message: 'revoked after the death',
    });
    await expect(pending.exchange!()).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(await login()).toEqual({ refused: 403 });
  }, 240_000);
});
