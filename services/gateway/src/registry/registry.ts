import { createHash } from 'node:crypto';
import { compileEndpoint, endpointAllows, type EndpointRule } from './endpoint-matcher';
import type {
  MemberEntry,
  RegistryDocument,
  RightEntry,
  ServiceEntry,
  SubsystemEntry,
} from './registry.schema';
import { memberOf, subsystemOf, xroadIdJson } from './xroad-id';

/** A service as the data plane uses it: entry, resolved URL, compiled lookup endpoints. */
export interface RoutedService {
  readonly entry: ServiceEntry;
  /** Undefined when its URL names an unset variable (e.g. NDXP_URL on a lone LGSP): calls fail, boot does not. */
  readonly url: URL | undefined;
  readonly unresolved?: string;
  /** Path prefix on the provider (the URL's path without its trailing "/"). */
  readonly basePath: string;
  readonly lookupPosts: readonly EndpointRule[];
}

export function apiKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * The registry, indexed for the hot path: services by id, subsystems by id and by API-key hash, rights by
 * client × service. Immutable: a change builds a new one (the data plane swaps the reference).
 */
export class Registry {
  private readonly services = new Map<string, RoutedService>();
  private readonly subsystems = new Map<string, SubsystemEntry>();
  private readonly byKeyHash = new Map<string, SubsystemEntry>();
  private readonly byOauthClient = new Map<string, SubsystemEntry[]>();
  private readonly rights = new Map<string, EndpointRule[]>();

  constructor(
    readonly document: RegistryDocument,
    urls: Readonly<Record<string, string | undefined>>,
  ) {
    for (const service of document.services) {
      let url: URL | undefined;
      let unresolved: string | undefined;
      try {
        url = new URL(resolveUrl(service.url, urls));
      } catch (error) {
        unresolved = error instanceof Error ? error.message : String(error);
      }
      this.services.set(service.id, {
        entry: service,
        url,
        ...(unresolved ? { unresolved } : {}),
        basePath: url ? url.pathname.replace(/\/+$/, '') : '',
        lookupPosts: service.lookupPosts.map((path) => compileEndpoint({ method: 'POST', path })),
      });
    }
    for (const subsystem of document.subsystems) {
      this.subsystems.set(subsystem.id, subsystem);
      for (const hash of subsystem.apiKeyHashes) this.byKeyHash.set(hash, subsystem);
      for (const client of subsystem.oauthClientIds) {
        this.byOauthClient.set(client, [...(this.byOauthClient.get(client) ?? []), subsystem]);
      }
    }
    for (const right of document.rights) {
      const key = rightKey(right.client, right.service);
      this.rights.set(key, [...(this.rights.get(key) ?? []), ...right.endpoints.map(compileEndpoint)]);
    }
  }

  service(id: string): RoutedService | undefined {
    return this.services.get(id);
  }

  subsystem(id: string): SubsystemEntry | undefined {
    return this.subsystems.get(id);
  }

  subsystemByKeyHash(hash: string): SubsystemEntry | undefined {
    return this.byKeyHash.get(hash);
  }

  subsystemsOfOauthClient(clientId: string): readonly SubsystemEntry[] {
    return this.byOauthClient.get(clientId) ?? [];
  }

  /** Whether the client subsystem may call `method path` of the service (X-Road's access rights). */
  allows(client: string, service: string, method: string, path: string): boolean {
    const rules = this.rights.get(rightKey(client, service));
    return rules !== undefined && endpointAllows(rules, method, path);
  }

  /** listClients: every member and subsystem (X-Road's JSON shape). */
  listClients() {
    const members = this.document.members.map((member: MemberEntry) => ({
      id: xroadIdJson(`${member.instance}/${member.class}/${member.code}`, 'MEMBER'),
      name: member.name,
    }));
    const subsystems = this.document.subsystems.map((subsystem) => ({
      id: xroadIdJson(subsystem.id, 'SUBSYSTEM'),
      name: subsystem.name,
    }));
    return { member: [...members, ...subsystems] };
  }

  /** listMethods of a provider subsystem: its services with their endpoints. */
  listMethods(provider: string) {
    return { service: this.servicesOf(provider).map((s) => serviceJson(s, s.endpoints)) };
  }

  /** allowedMethods: the provider's services with the endpoints this client may call. */
  allowedMethods(provider: string, client: string) {
    const rights = this.document.rights.filter((right: RightEntry) => right.client === client);
    return {
      service: this.servicesOf(provider)
        .map((s) =>
          serviceJson(
            s,
            rights.filter((right) => right.service === s.id).flatMap((right) => right.endpoints),
          ),
        )
        .filter((s) => s.endpoint_list.length > 0),
    };
  }

  hasMember(id: string): boolean {
    return this.document.members.some((m) => `${m.instance}/${m.class}/${m.code}` === memberOf(id));
  }

  private servicesOf(provider: string): ServiceEntry[] {
    return this.document.services.filter((service) => subsystemOf(service.id) === provider);
  }
}

function serviceJson(service: ServiceEntry, endpoints: ServiceEntry['endpoints']) {
  return {
    ...xroadIdJson(service.id, 'SERVICE'),
    service_type: 'REST',
    endpoint_list: endpoints.map((e) => ({ method: e.method, path: e.path })),
  };
}

function rightKey(client: string, service: string): string {
  return `${client} ${service}`;
}

/** `${POPULATION_URL}/v1/citizens` → the URL with the environment's value; an unset variable fails loudly. */
export function resolveUrl(template: string, urls: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
    const value = urls[name];
    if (!value) throw new Error(`the registry names \${${name}}, which is not set`);
    return value.replace(/\/+$/, '');
  });
}
