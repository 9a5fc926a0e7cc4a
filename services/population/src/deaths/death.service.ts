import { Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import type { CallerContext } from '../caller/caller-context';
import { Citizen } from '../citizens/citizen.entity';
import { requireIdNumber } from '../citizens/id-number';
import { RegisterWriter, type RegisterChange } from '../citizens/register-writer';
import { PopulationError } from '../population.errors';
import type { DeathRequest } from './death.request';

/** Records a death. Removing the permanent residence is a separate step (the linked procedure's second). */
@Injectable()
export class DeathService {
  constructor(private readonly writer: RegisterWriter) {}

  record(caller: CallerContext, death: DeathRequest): Promise<{ idNumber: string; dateOfDeath: string }> {
    const idNumber = requireIdNumber(death.idNumber);
    return this.writer.change(caller, 'death.record', (change) =>
      this.recordIn(change, { ...death, idNumber }, caller.dossierCode),
    );
  }

  /** The death within a change of the register (also the linked death procedure's residence step). */
  async recordIn(
    { manager, publish, now, lockCitizen }: RegisterChange,
    death: DeathRequest,
    dossierCode?: string,
  ): Promise<{ result: { idNumber: string; dateOfDeath: string }; touched: string[] }> {
    const idNumber = requireIdNumber(death.idNumber);
    const citizen = await lockCitizen(idNumber);
    if (citizen.status === 'deceased') throw new PopulationError('CITIZEN_DECEASED');
    if (death.dateOfDeath < citizen.birthDate) {
      throw new PopulationError('DATE_BEFORE_BIRTH', { detail: 'dateOfDeath is before the birth date' });
    }
    await manager.update(
      Citizen,
      { idNumber },
      { status: 'deceased', deceasedOn: death.dateOfDeath, updatedAt: now },
    );
    await publish([
      {
        type: EVENT_TYPES.CITIZEN_DECEASED,
        time: now,
        data: {
          idNumber,
          dateOfDeath: death.dateOfDeath,
          provinceCode: citizen.permanentProvince ?? citizen.birthplaceProvince,
          recordedAt: now.toISOString(),
          ...(dossierCode ? { dossierCode } : {}),
        },
      },
    ]);
    return { result: { idNumber, dateOfDeath: death.dateOfDeath }, touched: [idNumber] };
  }
}
