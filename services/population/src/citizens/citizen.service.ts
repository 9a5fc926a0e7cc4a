import { Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { explainPersonalId } from '@d06/domain';
import type { CallerContext } from '../caller/caller-context';
import { PopulationError } from '../population.errors';
import { Citizen } from './citizen.entity';
import { requireIdNumber } from './id-number';
import { RegisterWriter } from './register-writer';
import type { RegisterCitizenRequest } from './register-citizen.request';

/** Enters a person who already has a personal ID number into the register. */
@Injectable()
export class CitizenService {
  constructor(private readonly writer: RegisterWriter) {}

  register(
    caller: CallerContext,
    request: RegisterCitizenRequest,
  ): Promise<{ idNumber: string; registeredAt: string }> {
    const idNumber = requireIdNumber(request.idNumber);
    const explained = explainPersonalId(idNumber);
    const mismatches = [
      ...(explained.sex !== request.sex
        ? [{ field: 'sex', message: 'disagrees with the ID number’s sex digit' }]
        : []),
      ...(String(explained.birthYear) !== request.birthDate.slice(0, 4)
        ? [{ field: 'birthDate', message: 'year disagrees with the ID number' }]
        : []),
    ];
    if (mismatches.length > 0) {
      throw new PopulationError('INVALID_ID_NUMBER', {
        detail: 'the ID number does not fit the person',
        errors: mismatches,
      });
    }
    return this.writer.change(caller, 'citizen.register', async ({ manager, publish, now }) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Citizen)
        .values({
          idNumber,
          fullName: request.fullName,
          birthDate: request.birthDate,
          sex: request.sex,
          ethnicity: request.ethnicity,
          birthplaceProvince: explained.provinceCode,
          hometownProvince: request.hometownProvince ?? explained.provinceCode,
          registeredAt: now,
          updatedAt: now,
        })
        .orIgnore()
        .returning(['id_number'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw new PopulationError('DUPLICATE_ID_NUMBER');
      await publish([
        {
          type: EVENT_TYPES.CITIZEN_REGISTERED,
          time: now,
          data: {
            idNumber,
            fullName: request.fullName,
            birthDate: request.birthDate,
            sex: request.sex,
            provinceCode: explained.provinceCode,
            registeredAt: now.toISOString(),
            registrationKind: 'migration',
            birthplaceProvinceCode: explained.provinceCode,
          },
        },
      ]);
      return { result: { idNumber, registeredAt: now.toISOString() }, touched: [idNumber] };
    });
  }
}
