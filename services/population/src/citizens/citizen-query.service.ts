import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CitizenCache } from '../cache/citizen-cache';
import type { CallerContext } from '../caller/caller-context';
import { IdCard } from '../idcards/idcard.entity';
import { PopulationError } from '../population.errors';
import { Citizen } from './citizen.entity';
import { toCitizenRecord, type CitizenRecord } from './citizen-record';
import { viewFor } from './citizen-views';

/** Lookups of the register: through the cache, narrowed to the caller's role, each one audited. */
@Injectable()
export class CitizenQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: CitizenCache,
    private readonly audit: AuditService,
  ) {}

  async lookup(caller: CallerContext, idNumber: string): Promise<Partial<CitizenRecord>> {
    const record = await this.find(idNumber);
    await this.audit.record(caller, 'citizen.read', [{ idNumber, outcome: record ? 'ok' : 'not-found' }]);
    if (!record) throw new PopulationError('CITIZEN_NOT_FOUND');
    return viewFor(caller.role, record);
  }

  /** The full record (cached), or undefined when the ID number is not in the register. */
  find(idNumber: string): Promise<CitizenRecord | undefined> {
    return this.cache.getOrLoad(idNumber, () => this.load(idNumber));
  }

  private async load(idNumber: string): Promise<CitizenRecord | undefined> {
    const citizen = await this.dataSource.getRepository(Citizen).findOneBy({ idNumber });
    if (!citizen) return undefined;
    const card = await this.dataSource.getRepository(IdCard).findOneBy({ idNumber });
    return toCitizenRecord(citizen, card);
  }
}
