import { Injectable } from '@nestjs/common';
import { apiKeyHash, resolveUrl } from '../registry/registry';
import { RegistryStore } from '../registry/registry-store';
import type { MemberEntry, RightEntry, ServiceEntry } from '../registry/registry.schema';
import type { newSubsystemSchema } from '../registry/registry.schema';
import { subsystemOf } from '../registry/xroad-id';
import type { z } from 'zod';
import { AdminError } from './admin.errors';

type NewSubsystem = z.output<typeof newSubsystemSchema>;

const KNOWN_URL_VARIABLES = [
  'POPULATION_URL',
  'VNEID_URL',
  'ONESTOP_URL',
  'BHYT_URL',
  'SOCIAL_SECURITY_URL',
  'NDXP_URL',
];

/** Run-time registry changes: checked against what the registry holds, then stored (every replica follows). */
@Injectable()
export class RegistryAdminService {
  constructor(private readonly store: RegistryStore) {}

  async addMember(member: MemberEntry): Promise<MemberEntry> {
    await this.store.put('member', `${member.instance}/${member.class}/${member.code}`, member);
    return member;
  }

  async addSubsystem(input: NewSubsystem) {
    if (!this.store.registry.hasMember(input.id)) {
      throw new AdminError('UNKNOWN_MEMBER', { detail: `add the member of ${input.id} first` });
    }
    const { apiKeys, ...rest } = input;
    const existing = this.store.registry.subsystem(input.id)?.apiKeyHashes ?? [];
    const entry = { ...rest, apiKeyHashes: [...new Set([...existing, ...apiKeys.map(apiKeyHash)])] };
    await this.store.put('subsystem', input.id, entry);
    return { ...rest, apiKeys: apiKeys.length };
  }

  async addService(service: ServiceEntry): Promise<ServiceEntry> {
    if (!this.store.registry.hasMember(service.id)) {
      throw new AdminError('UNKNOWN_MEMBER', { detail: `add the member of ${service.id} first` });
    }
    const known = Object.fromEntries(KNOWN_URL_VARIABLES.map((name) => [name, 'http://placeholder']));
    let resolved: string;
    try {
      resolved = resolveUrl(service.url, known);
      const protocol = new URL(resolved).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') throw new Error(protocol);
    } catch {
      throw new AdminError('BAD_SERVICE_URL', {
        detail: `url must be http(s)://… or start with one of ${KNOWN_URL_VARIABLES.map((v) => `\${${v}}`).join(', ')}`,
      });
    }
    await this.store.put('service', service.id, service);
    return service;
  }

  async grant(right: RightEntry): Promise<RightEntry> {
    const registry = this.store.registry;
    if (!registry.subsystem(right.client)) {
      throw new AdminError('UNKNOWN_SUBSYSTEM', {
        detail: `${right.client} is not a subsystem of the registry`,
      });
    }
    if (!registry.service(right.service)) {
      throw new AdminError('UNKNOWN_SERVICE', {
        detail: `${right.service} is not a service of the registry`,
      });
    }
    await this.store.put('right', `${right.client} ${right.service}`, right);
    return right;
  }

  /** The merged registry as it routes now (API key hashes left out). */
  snapshot() {
    const document = this.store.registry.document;
    return {
      ...document,
      subsystems: document.subsystems.map(({ apiKeyHashes, ...rest }) => ({
        ...rest,
        apiKeys: apiKeyHashes.length,
      })),
      providers: [...new Set(document.services.map((s) => subsystemOf(s.id)))],
    };
  }
}
