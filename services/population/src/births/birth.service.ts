import { Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { isProvinceCode } from '@d06/domain';
import { In } from 'typeorm';
import type { CallerContext } from '../caller/caller-context';
import { Citizen } from '../citizens/citizen.entity';
import { RegisterWriter, type RegisterChange } from '../citizens/register-writer';
import { PopulationError } from '../population.errors';
import { insertWithFreshIdNumber } from './id-allocator';
import type { BirthRequest } from './birth.request';

/** Registers a birth: the child gets a new, unique, well-formed personal ID number. */
@Injectable()
export class BirthService {
  constructor(private readonly writer: RegisterWriter) {}

  register(caller: CallerContext, birth: BirthRequest): Promise<{ idNumber: string }> {
    requireBirthplace(birth);
    return this.writer.change(caller, 'birth.register', (change) => this.registerIn(change, birth));
  }

  /** The birth within a change of the register (also the linked birth procedure's residence step). */
  async registerIn(
    { manager, publish, now }: RegisterChange,
    birth: BirthRequest,
  ): Promise<{ result: { idNumber: string }; touched: string[] }> {
    requireBirthplace(birth);
    const parents = [birth.fatherIdNumber, birth.motherIdNumber].filter(
      (id): id is string => id !== undefined,
    );
    const found = parents.length ? await manager.countBy(Citizen, { idNumber: In(parents) }) : 0;
    if (found !== parents.length) throw new PopulationError('UNKNOWN_PARENT');
    const idNumber = await insertWithFreshIdNumber(
      manager,
      {
        provinceCode: birth.birthplaceProvince,
        sex: birth.sex,
        birthYear: Number(birth.birthDate.slice(0, 4)),
      },
      {
        fullName: birth.fullName,
        birthDate: birth.birthDate,
        sex: birth.sex,
        ethnicity: birth.ethnicity,
        birthplaceProvince: birth.birthplaceProvince,
        hometownProvince: birth.hometownProvince ?? birth.birthplaceProvince,
        fatherIdNumber: birth.fatherIdNumber ?? null,
        motherIdNumber: birth.motherIdNumber ?? null,
        maritalStatus: 'single',
        status: 'alive',
        deceasedOn: null,
        permanentProvince: null,
        permanentDistrict: null,
        permanentCommune: null,
        permanentAddress: null,
        temporaryProvince: null,
        temporaryDistrict: null,
        temporaryCommune: null,
        temporaryAddress: null,
        temporaryUntil: null,
        householdId: null,
        relationToHead: null,
      },
    );
    await publish([
      {
        type: EVENT_TYPES.CITIZEN_REGISTERED,
        time: now,
        data: {
          idNumber,
          fullName: birth.fullName,
          birthDate: birth.birthDate,
          sex: birth.sex,
          provinceCode: birth.birthplaceProvince,
          registeredAt: now.toISOString(),
          registrationKind: 'birth',
          birthplaceProvinceCode: birth.birthplaceProvince,
          ...(birth.fatherIdNumber ? { fatherIdNumber: birth.fatherIdNumber } : {}),
          ...(birth.motherIdNumber ? { motherIdNumber: birth.motherIdNumber } : {}),
        },
      },
    ]);
    return { result: { idNumber }, touched: [idNumber] };
  }
}

function requireBirthplace(birth: BirthRequest): void {
  if (!isProvinceCode(birth.birthplaceProvince)) {
    throw new PopulationError('UNKNOWN_ADMINISTRATIVE_UNIT', {
      detail: 'birthplaceProvince is not a province code',
    });
  }
}
