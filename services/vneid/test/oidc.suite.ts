import { EVENT_TYPES } from '@d06/contracts';
import { citizen, creds, HOUR, TEST_RP_OTHER_REDIRECT, type VneidWorld } from './support/world';
import { CookieJar } from './support/cookie-jar';
import { GATEWAY_SECRET } from './support/oidc-driver';

/** The OpenID Connect provider as a relying party sees it. */
export function oidcSuite(world: () => VneidWorld): void {
  describe('OpenID Connect provider', () => {
    it('publishes a discovery document that validates, with the acr values and S256 only', async () => {
      const { vneid } = world();
      const doc = (await vneid.call('GET', '/.well-known/openid-configuration', undefined)).body;
      for (const field of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'userinfo_endpoint']) {
        expect(new URL(doc[field]).origin).toBe(vneid.url);
      }
      expect(doc).toMatchObject({
        issuer: vneid.url,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        code_challenge_methods_supported: ['S256'],
        acr_values_supported: ['vneid:loa1', 'vneid:loa2'],
      });
      expect(doc.id_token_signing_alg_values_supported).toContain('RS256');
      expect(doc.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'vneid_id']));
      expect(doc).toHaveProperty('introspection_endpoint');
      expect(doc).toHaveProperty('revocation_endpoint');
      expect(doc).toHaveProperty('end_session_endpoint');
      const jwks = (await vneid.call('GET', new URL(doc.jwks_uri).pathname, undefined)).body;
      expect(jwks.keys.map((k: { alg: string }) => k.alg).sort()).toEqual(['ES256', 'RS256']);
      expect(JSON.stringify(jwks)).not.toMatch(/"d":/); // public keys only
      const rp = await world().testRp(); // openid-client checks the issuer against the document
      expect(rp.issuer.metadata.issuer).toBe(vneid.url);
    });

    it('completes code + PKCE for a level-1 account: ID token signed, nonce and acr checked', async () => {
      const person = citizen(1);
      await world().activeLevel1(person);
      const rp = await world().testRp();
      const authorization = await rp.authorize(creds(person));
      const tokens = await rp.exchange(authorization);
      const claims = tokens.claims();
      expect(claims.nonce).toBe(authorization.nonce);
      expect(claims.acr).toBe('vneid:loa1');
      expect(claims.iss).toBe(world().vneid.url);
      expect(claims.sub).not.toContain(person.idNumber);
      const userinfo = await rp.client.userinfo(tokens);
      expect(userinfo).toMatchObject({
        name: person.fullName,
        birthdate: '1990-05-01',
        gender: 'male',
        eid_level: 1,
      });
      expect(userinfo).not.toHaveProperty('personal_id_number'); // test-rp may not have the vneid_id scope
      const succeeded = await world().vneid.eventsOf(EVENT_TYPES.EID_LOGIN_SUCCEEDED, person.idNumber, 1);
      expect(succeeded[0].data).toMatchObject({
        acr: 'vneid:loa1',
        clientId: 'test-rp',
        level: 1,
        provinceCode: '038',
      });
    });

    it('gives the personal ID number only to a client allowed the vneid_id scope', async () => {
      const person = citizen(2, 'female');
      await world().activeLevel1(person);
      const portal = await world().portal();
      const tokens = await portal.exchange(
        await portal.authorize(creds(person), { scope: 'openid profile vneid_id' }),
      );
      expect((await portal.client.userinfo(tokens)).personal_id_number).toBe(person.idNumber);
      const rp = await world().testRp();
      const refused = await rp.authorize(creds(person), { scope: 'openid vneid_id' });
      expect(new URL(refused.callbackUrl).searchParams.get('error')).toBe('invalid_scope');
    });

    it('refuses loa2 to a level-1 account with an OIDC error, and grants it after the in-person upgrade', async () => {
      const person = citizen(3);
      await world().activeLevel1(person);
      const rp = await world().testRp();
      const refused = await rp.authorize(creds(person), { acr_values: 'vneid:loa2' });
      const error = new URL(refused.callbackUrl);
      expect(error.origin + error.pathname).toBe('http://127.0.0.1:8080/callback');
      expect(error.searchParams.get('error')).toBe('unmet_authentication_requirements');
      expect(error.searchParams.get('error_description')).toMatch(/level 1/);
      expect(error.searchParams.get('state')).toBe(refused.state);
      const failed = await world().vneid.eventsOf(EVENT_TYPES.EID_LOGIN_FAILED, person.idNumber, 1);
      expect(failed[0].data.reason).toBe('acr-not-met');

      const upgrade = await world().vneid.call('POST', '/v1/accounts/level2-registrations', 'police', {
        ...person,
        phone: `09${person.idNumber.slice(-8)}`,
        provinceCode: '038',
        fingerprintVerified: true,
      });
      expect(upgrade.body).toMatchObject({ level: 2, status: 'active' });
      expect(await world().vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_UPGRADED, person.idNumber, 1)).toHaveLength(
        1,
      );
      const tokens = await rp.exchange(await rp.authorize(creds(person), { acr_values: 'vneid:loa2' }));
      expect(tokens.claims().acr).toBe('vneid:loa2');
      // a resource server (the one-stop portal) learns the achieved level by introspecting the access token
      expect(await rp.client.introspect(tokens.access_token ?? '')).toMatchObject({
        active: true,
        acr: 'vneid:loa2',
      });
    });

    it('refuses a replayed code, a wrong code_verifier and a mismatched redirect URI', async () => {
      const person = citizen(4);
      await world().activeLevel1(person);
      const rp = await world().testRp();
      const first = await rp.authorize(creds(person));
      await rp.exchange(first);
      await expect(rp.exchange(first)).rejects.toMatchObject({ error: 'invalid_grant' });
      const second = await rp.authorize(creds(person));
      await expect(rp.exchange(second, { codeVerifier: 'x'.repeat(43) })).rejects.toMatchObject({
        error: 'invalid_grant',
      });
      const third = await rp.authorize(creds(person));
      expect(third.refused).toBeUndefined();
      await expect(rp.exchange(third, { redirectUri: TEST_RP_OTHER_REDIRECT })).rejects.toMatchObject({
        error: 'invalid_grant',
      });
      const unregistered = await rp.follow(
        rp.client.authorizationUrl({
          scope: 'openid',
          redirect_uri: 'http://127.0.0.1:9/evil',
          code_challenge: 'a'.repeat(43),
          code_challenge_method: 'S256',
        }),
        first.jar,
      );
      expect(unregistered.status).toBe(400);
      expect(unregistered.location).toBeNull();
    });

    it('requires PKCE with S256', async () => {
      const rp = await world().testRp();
      const jar = new CookieJar();
      for (const params of [{}, { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }]) {
        const answer = await rp.follow(
          rp.client.authorizationUrl({ scope: 'openid', redirect_uri: rp.redirectUri, ...params }),
          jar,
        );
        const error = new URL(answer.location!, 'http://x').searchParams.get('error');
        expect(error).toBe('invalid_request');
      }
    });

    it('completes the same login through the HTML form, and ends the session by RP-initiated logout', async () => {
      const person = citizen(5);
      await world().activeLevel1(person);
      const rp = await world().testRp();
      const jar = new CookieJar();
      const start = await rp.follow(
        rp.client.authorizationUrl({
          scope: 'openid',
          redirect_uri: rp.redirectUri,
          code_challenge: 'a'.repeat(43),
          code_challenge_method: 'S256',
        }),
        jar,
      );
      const page = await rp.follow(start.location!, jar);
      expect(page.contentType).toMatch(/text\/html/);
      expect(page.body).toContain('Relying party for integration testers');
      for (const field of ['idNumber', 'password', 'otp']) expect(page.body).toContain(`name="${field}"`);
      expect(page.body).toContain(`action="${start.location!}/login"`);
      const auth = await rp.authorize(creds(person), {}, 'form');
      const tokens = await rp.exchange(auth);
      expect(tokens.claims().acr).toBe('vneid:loa1');
      const logoutUrl = rp.client.endSessionUrl({
        id_token_hint: tokens.id_token!,
        post_logout_redirect_uri: 'http://127.0.0.1:8080/',
        state: 'bye',
      });
      const confirm = await rp.follow(logoutUrl, auth.jar);
      expect(confirm.status).toBe(200);
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)![1];
      const done = await fetch(new URL('/oidc/session/end/confirm', world().vneid.url), {
        method: 'POST',
        redirect: 'manual',
        headers: { ...auth.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
      });
      expect(done.headers.get('location')).toBe('http://127.0.0.1:8080/?state=bye');
    });

    it('issues client-credentials tokens to the gateway, introspectable and revocable', async () => {
      const { vneid } = world();
      const basic = {
        authorization: `Basic ${Buffer.from(`lgsp-gateway:${GATEWAY_SECRET}`).toString('base64')}`,
      };
      const form = { ...basic, 'content-type': 'application/x-www-form-urlencoded' };
      const post = async (path: string, body: Record<string, string>): Promise<any> => {
        const answer = await fetch(`${vneid.url}${path}`, {
          method: 'POST',
          headers: form,
          body: new URLSearchParams(body),
        });
        const text = await answer.text();
        return text ? JSON.parse(text) : { status: answer.status };
      };
      const token = await post('/oidc/token', { grant_type: 'client_credentials', scope: 'vneid.verify' });
      expect(token).toMatchObject({ token_type: 'Bearer', scope: 'vneid.verify' });
      expect(await post('/oidc/token/introspection', { token: token.access_token })).toMatchObject({
        active: true,
        client_id: 'lgsp-gateway',
        scope: 'vneid.verify',
      });
      expect(await post('/oidc/token/revocation', { token: token.access_token })).toEqual({ status: 200 });
      expect(await post('/oidc/token/introspection', { token: token.access_token })).toEqual({
        active: false,
      });
      expect(await post('/oidc/token', { grant_type: 'client_credentials', scope: 'openid' })).toMatchObject({
        error: 'invalid_scope',
      });
    });

    it('locks an account after five failed logins for the configured business time', async () => {
      const person = citizen(6);
      await world().activeLevel1(person);
      const rp = await world().testRp();
      for (let i = 0; i < 5; i++) {
        const wrong = await rp.authorize(creds(person, { password: 'Wrong-Pass-1' }));
        expect(wrong.refused).toMatchObject({ status: 401, body: { code: 'INVALID_CREDENTIALS' } });
      }
      const locked = await rp.authorize(creds(person));
      expect(locked.refused).toMatchObject({ status: 423, body: { code: 'LOCKED_OUT' } });
      const [lock] = await world().vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_LOCKED, person.idNumber, 1);
      expect(Date.parse(lock.data.lockedUntil) - Date.parse(lock.data.occurredAt)).toBe(30 * 60_000);
      const reasons = (await world().vneid.eventsOf(EVENT_TYPES.EID_LOGIN_FAILED, person.idNumber, 6)).map(
        (e) => e.data.reason,
      );
      expect(reasons).toEqual([...Array(5).fill('wrong-password'), 'locked-out']);
      await world().vneid.advance(HOUR / 2 + 60_000);
      const tokens = await rp.exchange(await rp.authorize(creds(person)));
      expect(tokens.claims().acr).toBe('vneid:loa1');
    });

    it('rate-limits login attempts per account before checking anything', async () => {
      const person = citizen(7);
      await world().activeLevel1(person);
      const rp = await world().testRp();
      const statuses: number[] = [];
      for (let i = 0; i < 13; i++) {
        const answer = await fetch(`${world().vneid.url}/interaction/unknown-${i}/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(creds(person)),
        });
        statuses.push(answer.status);
      }
      expect(statuses.slice(0, 12)).toEqual(Array(12).fill(400)); // no such interaction
      expect(statuses[12]).toBe(429);
      expect((await rp.authorize(creds(person))).refused).toMatchObject({
        status: 429,
        body: { code: 'RATE_LIMITED' },
      });
    });
  });
}
