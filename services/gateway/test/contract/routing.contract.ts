import { createHash } from 'node:crypto';
import type { GatewayHarness } from '../support/gateway-harness';
import { GOOD_TOKEN } from '../support/introspection-stub';
import type { StubProvider } from '../support/stub-provider';
import {
  asClient,
  cardCheckBody,
  CITIZEN,
  CLIENTS,
  pathOf,
  SERVICES,
  type ClientName,
  type ServiceName,
} from '../support/world';

/** Who may call what in the LGSP registry: every client × service pair, allowed or AccessDenied. */
const MATRIX: Record<ClientName, Record<ServiceName, boolean>> = {
  onestop: { citizens: true, verifications: true, cardChecks: false, facilities: true, accounts: false },
  his: { citizens: false, verifications: false, cardChecks: true, facilities: true, accounts: false },
  social: { citizens: true, verifications: false, cardChecks: false, facilities: false, accounts: true },
};

export function routingContract(lgsp: () => GatewayHarness, provider: () => StubProvider): void {
  describe('routing and access rights', () => {
    const pairs = (Object.keys(MATRIX) as ClientName[]).flatMap((client) =>
      (Object.keys(SERVICES) as ServiceName[]).map(
        (service) => [client, service, MATRIX[client][service]] as const,
      ),
    );

    it.each(pairs)('%s → %s: allowed %s', async (client, service, allowed) => {
      const { method } = SERVICES[service];
      const answer = await lgsp().call(
        method,
        pathOf(service),
        asClient(client),
        method === 'POST' ? cardCheckBody() : undefined,
      );
      if (allowed) {
        expect(answer.status).toBe(200);
        expect(answer.headers.get('x-road-error')).toBeNull();
      } else {
        expect(answer.status).toBe(403);
        expect(answer.headers.get('x-road-error')).toBe('Server.ServerProxy.AccessDenied');
        expect(answer.body.type).toBe('Server.ServerProxy.AccessDenied');
      }
    });

    it('forwards to the provider with the caller headers mapped from the X-Road headers', async () => {
      const before = provider().seen.length;
      const answer = await lgsp().call('GET', `${pathOf('accounts')}?x=1`, asClient('social'));
      expect(answer.status).toBe(200);
      const seen = provider()
        .seen.slice(before)
        .find((r) => r.url.startsWith('/v1/accounts/'))!;
      expect(seen.url).toBe(`/v1/accounts/${CITIZEN}/resolve?x=1`);
      expect(seen.headers).toMatchObject({
        'x-caller-type': 'officer',
        'x-caller-id': 'VNCB-038-0042',
        'x-caller-agency': '000.00.00.H38',
        'x-caller-role': 'social',
        'x-dossier-code': '000.00.38.H56-230912-0042',
        'x-road-id': answer.headers.get('x-road-id'),
      });
      expect(seen.headers['x-road-api-key']).toBeUndefined();
    });

    it('generates X-Road-Id when missing and keeps the one sent', async () => {
      const generated = await lgsp().call('GET', pathOf('facilities'), asClient('his'));
      expect(generated.headers.get('x-road-id')).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await lgsp().call(
        'GET',
        pathOf('facilities'),
        asClient('his', { 'x-road-id': 'his-call-0001' }),
      );
      expect(kept.headers.get('x-road-id')).toBe('his-call-0001');
    });

    it('answers X-Road-Request-Hash: SHA-512 of the request body, base64', async () => {
      const body = JSON.stringify(cardCheckBody('038090009999'));
      const answer = await lgsp().call(
        'POST',
        pathOf('cardChecks'),
        { ...asClient('his'), 'content-type': 'application/json' },
        body,
      );
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-road-request-hash')).toBe(
        createHash('sha512').update(body).digest('base64'),
      );
    });
  });

  describe('the X-Road error contract', () => {
    const errorOf = async (
      path: string,
      headers: Record<string, string>,
      method = 'GET',
    ): Promise<[number, string | null, any]> => {
      const answer = await lgsp().call(method, path, headers);
      return [answer.status, answer.headers.get('x-road-error'), answer.body];
    };

    it.each([
      [
        'no X-Road-Client',
        400,
        'Client.BadRequest',
        pathOf('facilities'),
        { 'x-road-api-key': CLIENTS.his.key },
      ],
      [
        'a malformed X-Road-Client',
        400,
        'Client.BadRequest',
        pathOf('facilities'),
        { ...asClient('his'), 'x-road-client': 'VN/GOV/H38' },
      ],
      ['a malformed route', 400, 'Client.BadRequest', '/r1/VN/GOV', asClient('his')],
      [
        'no credentials',
        401,
        'Client.AuthenticationFailed',
        pathOf('facilities'),
        { 'x-road-client': CLIENTS.his.id },
      ],
      [
        "another subsystem's key",
        401,
        'Client.AuthenticationFailed',
        pathOf('facilities'),
        { ...asClient('his'), 'x-road-api-key': CLIENTS.onestop.key },
      ],
      [
        'an unknown service',
        404,
        'Server.ServerProxy.UnknownService',
        '/r1/VN/GOV/000.00.00.G02/BHYT/nothing/x',
        asClient('his'),
      ],
      [
        'a path outside the right',
        403,
        'Server.ServerProxy.AccessDenied',
        `/r1/${SERVICES.accounts.id}/${CITIZEN}`,
        asClient('social'),
      ],
      [
        'personal data without X-Road-Issue',
        400,
        'Client.BadRequest',
        pathOf('accounts'),
        { ...asClient('social'), 'x-road-issue': '' },
      ],
      [
        'personal data without X-Road-UserId',
        400,
        'Client.BadRequest',
        pathOf('accounts'),
        { ...asClient('social'), 'x-road-userid': '' },
      ],
      [
        'a malformed X-Road-Id',
        400,
        'Client.BadRequest',
        pathOf('facilities'),
        asClient('his', { 'x-road-id': 'has spaces in it' }),
      ],
    ])('%s → %i %s', async (_, status, type, path, headers) => {
      const [answerStatus, header, body] = await errorOf(String(path), headers);
      expect([answerStatus, header]).toEqual([status, type]);
      expect(body).toEqual({ type, message: expect.any(String), detail: expect.any(String) });
      expect(body.message.length).toBeGreaterThan(0);
    });

    it('a provider that cannot be reached is Server.ServerProxy.ServiceFailed (502)', async () => {
      const service = {
        id: 'VN/GOV/000.00.00.G02/BHYT/offline',
        name: 'nowhere',
        url: 'http://127.0.0.1:1/v1',
        endpoints: [{ method: 'GET', path: '/**' }],
      };
      expect((await lgsp().admin('POST', '/admin/services', service)).status).toBe(201);
      await lgsp().admin('POST', '/admin/rights', {
        client: CLIENTS.his.id,
        service: service.id,
        endpoints: service.endpoints,
      });
      const [status, header, body] = await errorOf(`/r1/${service.id}/x`, asClient('his'));
      expect([status, header, body.type]).toEqual([
        502,
        'Server.ServerProxy.ServiceFailed',
        'Server.ServerProxy.ServiceFailed',
      ]);
    });
  });

  describe('OAuth2 bearer tokens from VNeID', () => {
    const bearer = (token: string, client: string = CLIENTS.onestop.id) => ({
      'x-road-client': client,
      authorization: `Bearer ${token}`,
    });

    it("authenticates a client subsystem by its OAuth2 client's token, introspected once", async () => {
      const before = provider().seen.filter((r) => r.url === '/oidc/token/introspection').length;
      const first = await lgsp().call('GET', pathOf('facilities'), bearer(GOOD_TOKEN));
      const second = await lgsp().call('GET', pathOf('facilities'), bearer(GOOD_TOKEN));
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(provider().seen.filter((r) => r.url === '/oidc/token/introspection').length).toBe(before + 1);
    });

    it('refuses an inactive token, and a token claimed for a subsystem its client does not act for', async () => {
      const inactive = await lgsp().call('GET', pathOf('facilities'), bearer('revoked-or-made-up-token'));
      const elsewhere = await lgsp().call('GET', pathOf('facilities'), bearer(GOOD_TOKEN, CLIENTS.his.id));
      expect([inactive.status, inactive.headers.get('x-road-error')]).toEqual([
        401,
        'Client.AuthenticationFailed',
      ]);
      expect([elsewhere.status, elsewhere.headers.get('x-road-error')]).toEqual([
        401,
        'Client.AuthenticationFailed',
      ]);
    });
  });

  describe('metaservices', () => {
    it('listClients lists members and subsystems in X-Road JSON', async () => {
      const answer = await lgsp().call('GET', '/r1/listClients');
      expect(answer.status).toBe(200);
      expect(answer.body.member).toContainEqual({
        id: {
          object_type: 'SUBSYSTEM',
          xroad_instance: 'VN',
          member_class: 'GOV',
          member_code: '000.00.00.H38',
          subsystem_code: 'HIS',
        },
        name: expect.any(String),
      });
    });

    it("listMethods lists a provider's services; allowedMethods only what the client may call", async () => {
      const list = await lgsp().call('GET', '/r1/VN/GOV/000.00.00.G02/BHYT/listMethods', asClient('onestop'));
      const allowed = await lgsp().call(
        'GET',
        '/r1/VN/GOV/000.00.00.G02/BHYT/allowedMethods',
        asClient('onestop'),
      );
      const codes = (answer: { body: any }) => answer.body.service.map((s: any) => s.service_code).sort();
      expect(codes(list)).toEqual(expect.arrayContaining(['card-checks', 'facilities']));
      expect(codes(allowed)).toEqual(['facilities']);
      expect(allowed.body.service[0].endpoint_list).toEqual([{ method: 'GET', path: '/**' }]);
    });
  });
}
