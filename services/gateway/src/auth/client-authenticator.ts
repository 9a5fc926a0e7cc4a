import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { XroadError } from '../exchange/xroad-error';
import type { Registry } from '../registry/registry';
import type { SubsystemEntry } from '../registry/registry.schema';
import type { TokenIntrospector } from './token-introspector';

const MAX_REMEMBERED_KEYS = 10_000;

/**
 * Proves that the caller is the client subsystem its X-Road-Client header names: an API key of that subsystem
 * (`x-road-api-key`, compared by SHA-256), or a VNeID bearer token (`authorization: Bearer …`) of an OAuth2 client
 * the registry maps to that subsystem.
 */
export class ClientAuthenticator {
  // key → its hash: hashing once per distinct key, not per call
  private readonly keyHashes = new Map<string, string>();

  constructor(private readonly introspector: TokenIntrospector | undefined) {}

  /**
   * The client when its API key decides (no I/O); undefined when a bearer token must be introspected first.
   * Throws AuthenticationFailed for a wrong key or no credentials.
   */
  authenticateNow(
    registry: Registry,
    claimed: string,
    headers: IncomingHttpHeaders,
  ): SubsystemEntry | undefined {
    const apiKey = headers['x-road-api-key'];
    if (typeof apiKey === 'string' && apiKey !== '') {
      const subsystem = registry.subsystemByKeyHash(this.hashOf(apiKey));
      if (!subsystem || subsystem.id !== claimed)
        throw refused('the API key is not one of the client subsystem');
      return subsystem;
    }
    if (bearerOf(headers) !== undefined) return undefined;
    throw refused('send the API key of the client subsystem (x-road-api-key) or a VNeID bearer token');
  }

  async authenticate(
    registry: Registry,
    claimed: string,
    headers: IncomingHttpHeaders,
  ): Promise<SubsystemEntry> {
    return (
      this.authenticateNow(registry, claimed, headers) ??
      this.byToken(registry, claimed, bearerOf(headers) ?? '')
    );
  }

  private async byToken(registry: Registry, claimed: string, token: string): Promise<SubsystemEntry> {
    if (!this.introspector) throw refused('bearer tokens are not accepted here (no VNeID configured)');
    let facts;
    try {
      facts = await this.introspector.introspect(token);
    } catch (error) {
      throw new XroadError(
        'Server.ServerProxy.ServiceFailed',
        'The token could not be checked with VNeID',
        error instanceof Error ? error.message : String(error),
      );
    }
    if (!facts.active || !facts.clientId) throw refused('the bearer token is not active');
    const subsystem = registry.subsystemsOfOauthClient(facts.clientId).find((s) => s.id === claimed);
    if (!subsystem) throw refused(`the token's client ${facts.clientId} does not act for ${claimed}`);
    return subsystem;
  }

  private hashOf(key: string): string {
    let hash = this.keyHashes.get(key);
    if (hash === undefined) {
      hash = createHash('sha256').update(key).digest('hex');
      if (this.keyHashes.size >= MAX_REMEMBERED_KEYS) this.keyHashes.clear();
      this.keyHashes.set(key, hash);
    }
    return hash;
  }
}

function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  return typeof authorization === 'string' && /^bearer /i.test(authorization)
    ? authorization.slice(7).trim()
    : undefined;
}

function refused(detail: string): XroadError {
  return new XroadError(
    'Client.AuthenticationFailed',
    'The client subsystem could not be authenticated',
    detail,
  );
}
