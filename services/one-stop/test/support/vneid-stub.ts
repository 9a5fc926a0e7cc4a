import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubToken {
  readonly idNumber: string;
  readonly level: 1 | 2;
  readonly clientId?: string;
  readonly active?: boolean;
}

/**
 * Speaks the two VNeID endpoints a resource server uses, as services/vneid (oidc-provider) answers them:
 * RFC 7662 introspection (client_secret_basic; `{active:false}` for an unknown token; no `acr`) and userinfo
 * (`personal_id_number` for scope vneid_id, `eid_level`). Tokens are whatever the test issues.
 */
export class VneidStub {
  readonly introspections: { authorization: string | undefined }[] = [];
  private readonly tokens = new Map<string, StubToken & { subject: string }>();
  private issued = 0;

  private constructor(private readonly server: Server) {}

  static async start(secret: string): Promise<VneidStub> {
    const expected = `Basic ${Buffer.from(`onestop-portal:${secret}`).toString('base64')}`;
    const stub: VneidStub = new VneidStub(
      createServer((request, response) => {
        let text = '';
        request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        request.on('end', () => {
          const send = (status: number, body: unknown) => {
            response.writeHead(status, { 'content-type': 'application/json' });
            response.end(JSON.stringify(body));
          };
          if (request.method === 'POST' && request.url === '/oidc/token/introspection') {
            stub.introspections.push({ authorization: request.headers.authorization });
            if (request.headers.authorization !== expected) return send(401, { error: 'invalid_client' });
            const token = stub.tokens.get(new URLSearchParams(text).get('token') ?? '');
            if (!token || token.active === false) return send(200, { active: false });
            return send(200, {
              active: true,
              sub: token.subject,
              client_id: token.clientId ?? 'onestop-portal',
              scope: 'openid profile vneid_id',
              token_type: 'Bearer',
            });
          }
          if (request.method === 'GET' && request.url === '/oidc/me') {
            const token = stub.tokens.get(
              /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '',
            );
            if (!token || token.active === false) return send(401, { error: 'invalid_token' });
            return send(200, {
              sub: token.subject,
              personal_id_number: token.idNumber,
              eid_level: token.level,
            });
          }
          send(404, { error: 'not_found' });
        });
      }),
    );
    await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** An access token for a citizen at a level, as a login through the one-stop portal gives one. */
  issue(token: StubToken): string {
    this.issued += 1;
    const value = `at-${this.issued}-${token.level}`;
    this.tokens.set(value, {
      ...token,
      subject: `0192f3c4-0000-7000-8000-${String(this.issued).padStart(12, '0')}`,
    });
    return value;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
