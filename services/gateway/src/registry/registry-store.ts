import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../config/gateway-config.token';
import { registryFileOf, type GatewayConfig } from '../config/gateway.config';
import { faultSpecSchema, type FaultSpec } from '../faults/fault-spec';
import { ServiceFaults } from '../faults/fault-model';
import { Registry } from './registry';
import { readRegistryFile } from './registry-file';
import {
  memberSchema,
  rightSchema,
  serviceSchema,
  subsystemSchema,
  type RegistryDocument,
} from './registry.schema';

export type EntryKind = 'member' | 'subsystem' | 'service' | 'right' | 'fault';

interface StoredEntry {
  kind: EntryKind;
  id: string;
  document: Record<string, unknown>;
}

/**
 * The live registry: the checked-in file merged with the run-time entries of the `registry_entries` table (an
 * entry overrides the file's entry of the same id), and each service's injected faults. Re-read every
 * GATEWAY_REGISTRY_REFRESH_MS so replicas follow each other's admin changes, and at once after this replica's own.
 */
@Injectable()
export class RegistryStore implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RegistryStore.name);
  private readonly file: RegistryDocument;
  private current!: Registry;
  private faultBook = new Map<string, ServiceFaults>();
  private lastSnapshot = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.file = readRegistryFile(registryFileOf(config));
    this.table = `"${config.DB_SCHEMA}"."registry_entries"`;
    this.current = new Registry(this.file, this.urls());
  }

  get registry(): Registry {
    return this.current;
  }

  faultsOf(serviceId: string): ServiceFaults | undefined {
    return this.faultBook.get(serviceId);
  }

  /** Every service's injected faults, as they were set. */
  injectedFaults(): { serviceId: string; faults: FaultSpec }[] {
    return [...this.faultBook].map(([serviceId, faults]) => ({ serviceId, faults: faults.spec }));
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(
      () =>
        void this.refresh().catch((error: unknown) =>
          this.logger.warn(`registry refresh failed: ${String(error)}`),
        ),
      this.config.GATEWAY_REGISTRY_REFRESH_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Stores a run-time entry (validated by the caller) and applies it here at once. */
  async put(kind: EntryKind, id: string, document: Record<string, unknown>): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ${this.table} (kind, id, document, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (kind, id) DO UPDATE SET document = EXCLUDED.document, updated_at = now()`,
      [kind, id, JSON.stringify(document)],
    );
    await this.refresh();
  }

  /** Removes a run-time entry; resolves whether there was one. */
  async remove(kind: EntryKind, id: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM ${this.table} WHERE kind = $1 AND id = $2`,
      [kind, id],
    );
    await this.refresh();
    return affected > 0;
  }

  async refresh(): Promise<void> {
    const rows = await this.dataSource.query<StoredEntry[]>(
      `SELECT kind, id, document FROM ${this.table} ORDER BY kind, id`,
    );
    const snapshot = JSON.stringify(rows);
    if (snapshot === this.lastSnapshot) return;
    const merged = merge(this.file, rows);
    this.current = new Registry(merged, this.urls());
    this.faultBook = new Map(
      rows
        .filter((row) => row.kind === 'fault')
        .map((row) => [
          row.id,
          new ServiceFaults(faultSpecSchema.parse(row.document), this.config.GATEWAY_FAULT_SEED, row.id),
        ]),
    );
    this.lastSnapshot = snapshot;
  }

  private urls(): Record<string, string | undefined> {
    const c = this.config;
    return {
      POPULATION_URL: c.POPULATION_URL,
      VNEID_URL: c.VNEID_URL,
      ONESTOP_URL: c.ONESTOP_URL,
      BHYT_URL: c.BHYT_URL,
      SOCIAL_SECURITY_URL: c.SOCIAL_SECURITY_URL,
      NDXP_URL: c.NDXP_URL,
    };
  }
}

/** The file's entries, each overridden (or joined) by the run-time entry of the same id. */
function merge(file: RegistryDocument, rows: readonly StoredEntry[]): RegistryDocument {
  const of = (kind: EntryKind) => rows.filter((row) => row.kind === kind);
  const overlay = <T>(
    base: T[],
    kind: EntryKind,
    idOf: (entry: T) => string,
    parse: (d: unknown) => T,
  ): T[] => {
    const added = new Map(of(kind).map((row) => [row.id, parse(row.document)]));
    return [...base.filter((entry) => !added.has(idOf(entry))), ...added.values()];
  };
  return {
    members: overlay(
      file.members,
      'member',
      (m) => `${m.instance}/${m.class}/${m.code}`,
      (d) => memberSchema.parse(d),
    ),
    subsystems: overlay(
      file.subsystems,
      'subsystem',
      (s) => s.id,
      (d) => subsystemSchema.parse(d),
    ),
    services: overlay(
      file.services,
      'service',
      (s) => s.id,
      (d) => serviceSchema.parse(d),
    ),
    rights: overlay(
      file.rights,
      'right',
      (r) => `${r.client} ${r.service}`,
      (d) => rightSchema.parse(d),
    ),
  };
}
