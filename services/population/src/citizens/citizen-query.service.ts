import { Injectable } from '@nestjs/common';
import { validatePersonalId } from '@d06/domain';
import { toProblemDetails } from '@d06/platform';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CitizenCache } from '../cache/citizen-cache';
import type { CallerContext } from '../caller/caller-context';
import { IdCard } from '../idcards/idcard.entity';
import { PopulationError } from '../population.errors';
import { Citizen } from './citizen.entity';
import { toCitizenRecord, type CitizenRecord } from './citizen-record';
import { viewFor } from './citizen-views';
import type { CitizenLookupItem } from './citizen-lookups.request';
import { requireIdNumber } from './id-number';

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

  /**
   * Several lookups in one call, each as `lookup` answers it (the caller's view, or its 404 / 400), audited in one
   * write: each entry with its own dossier when the item names one.
   */
  async lookupMany(caller: CallerContext, items: readonly CitizenLookupItem[]) {
    const wellFormed = items.map(({ idNumber }) => validatePersonalId(idNumber).ok);
    const records = await Promise.all(
      items.map(({ idNumber }, i) => (wellFormed[i] ? this.find(idNumber) : Promise.resolve(undefined))),
    );
    const results = items.map((item, i) => {
      try {
        if (!wellFormed[i]) requireIdNumber(item.idNumber); // its 400, naming the broken rule
        const record = records[i];
        if (!record) throw new PopulationError('CITIZEN_NOT_FOUND');
        return { status: 200, answer: viewFor(caller.role, record) };
      } catch (error) {
        const problem = toProblemDetails(error);
        return { status: problem.status, problem };
      }
    });
    // a malformed ID number reads nothing, as GET /v1/citizens/{id} refuses it before reading
    const reads = items.flatMap((item, i) =>
      wellFormed[i]
        ? [
            {
              idNumber: item.idNumber,
              outcome: records[i] ? 'ok' : 'not-found',
              dossierCode: item.dossierCode,
            } as const,
          ]
        : [],
    );
    await this.audit.record(caller, 'citizen.read', reads);
    return { results };
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
