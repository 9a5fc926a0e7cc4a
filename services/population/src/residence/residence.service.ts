import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import type { CallerContext } from '../caller/caller-context';
import { Citizen } from '../citizens/citizen.entity';
import { requireIdNumber } from '../citizens/id-number';
import { RegisterWriter, type RegisterChange } from '../citizens/register-writer';
import { Household } from '../households/household.entity';
import { PopulationError } from '../population.errors';
import { requireAdministrativeUnits } from './administrative-unit.check';
import type { AbsenceRequest, RegisterResidenceRequest, RemoveResidenceRequest } from './residence.requests';
import { TemporaryAbsence } from './temporary-absence.entity';

const CLEARED_PERMANENT = {
  permanentProvince: null,
  permanentDistrict: null,
  permanentCommune: null,
  permanentAddress: null,
};
const CLEARED_TEMPORARY = {
  temporaryProvince: null,
  temporaryDistrict: null,
  temporaryCommune: null,
  temporaryAddress: null,
  temporaryUntil: null,
};

/** Residence: registering and removing permanent and temporary residence, declaring temporary absence. */
@Injectable()
export class ResidenceService {
  constructor(private readonly writer: RegisterWriter) {}

  register(
    caller: CallerContext,
    request: RegisterResidenceRequest,
  ): Promise<{ idNumber: string; householdId: string | null }> {
    requireIdNumber(request.idNumber);
    requireAdministrativeUnits(request);
    return this.writer.change(caller, `residence.register.${request.kind}`, (change) =>
      this.registerIn(change, request, caller.dossierCode),
    );
  }

  /** The registration within a change of the register (also the linked birth procedure's residence step). */
  async registerIn(
    change: RegisterChange,
    request: RegisterResidenceRequest,
    dossierCode?: string,
  ): Promise<{ result: { idNumber: string; householdId: string | null }; touched: string[] }> {
    const idNumber = requireIdNumber(request.idNumber);
    requireAdministrativeUnits(request);
    const citizen = await aliveCitizen(change, idNumber);
    const householdId =
      request.kind === 'permanent' ? await this.joinHousehold(change, citizen, request) : null;
    await change.manager.update(
      Citizen,
      { idNumber },
      { ...residenceColumns(request), updatedAt: change.now },
    );
    await change.publish([
      {
        type: EVENT_TYPES.RESIDENCE_REGISTERED,
        time: change.now,
        data: {
          idNumber,
          kind: request.kind,
          provinceCode: request.provinceCode,
          districtCode: request.districtCode,
          communeCode: request.communeCode,
          address: request.address,
          ...(householdId ? { householdId } : {}),
          ...(request.validUntil ? { validUntil: request.validUntil } : {}),
          occurredAt: change.now.toISOString(),
          ...(dossierCode ? { dossierCode } : {}),
        },
      },
    ]);
    return { result: { idNumber, householdId }, touched: [idNumber] };
  }

  remove(
    caller: CallerContext,
    request: RemoveResidenceRequest,
  ): Promise<{ idNumber: string; kind: string }> {
    requireIdNumber(request.idNumber);
    return this.writer.change(caller, `residence.remove.${request.kind}`, (change) =>
      this.removeIn(change, request, caller.dossierCode),
    );
  }

  /** The removal within a change of the register (also the linked death procedure's residence step). */
  async removeIn(
    { manager, publish, now, lockCitizen }: RegisterChange,
    request: RemoveResidenceRequest,
    dossierCode?: string,
  ): Promise<{ result: { idNumber: string; kind: string }; touched: string[] }> {
    const idNumber = requireIdNumber(request.idNumber);
    const citizen = await lockCitizen(idNumber);
    const province = request.kind === 'permanent' ? citizen.permanentProvince : citizen.temporaryProvince;
    if (!province)
      throw new PopulationError('NO_RESIDENCE', { detail: `no ${request.kind} residence to remove` });
    const cleared =
      request.kind === 'permanent'
        ? { ...CLEARED_PERMANENT, householdId: null, relationToHead: null }
        : CLEARED_TEMPORARY;
    await manager.update(Citizen, { idNumber }, { ...cleared, updatedAt: now });
    await publish([
      {
        type: EVENT_TYPES.RESIDENCE_REMOVED,
        time: now,
        data: {
          idNumber,
          kind: request.kind,
          provinceCode: province,
          reason: request.reason,
          occurredAt: now.toISOString(),
          ...(dossierCode ? { dossierCode } : {}),
        },
      },
    ]);
    return { result: { idNumber, kind: request.kind }, touched: [idNumber] };
  }

  declareAbsence(caller: CallerContext, request: AbsenceRequest): Promise<{ absenceId: string }> {
    const idNumber = requireIdNumber(request.idNumber);
    return this.writer.change(caller, 'residence.absence', async (change) => {
      const citizen = await aliveCitizen(change, idNumber);
      const absenceId = randomUUID();
      await change.manager.insert(TemporaryAbsence, {
        absenceId,
        idNumber,
        fromDate: request.from,
        untilDate: request.until,
        destination: request.destination,
        declaredAt: change.now,
      });
      await change.publish([
        {
          type: EVENT_TYPES.RESIDENCE_ABSENCE_DECLARED,
          time: change.now,
          data: {
            idNumber,
            provinceCode: citizen.permanentProvince ?? citizen.birthplaceProvince,
            from: request.from,
            until: request.until,
            destination: request.destination,
            occurredAt: change.now.toISOString(),
          },
        },
      ]);
      return { result: { absenceId }, touched: [idNumber] };
    });
  }

  /** The household the citizen joins: the one named, or a new one headed by the citizen at the address. */
  private async joinHousehold(
    change: RegisterChange,
    citizen: Citizen,
    request: RegisterResidenceRequest,
  ): Promise<string> {
    const householdId =
      request.householdId ??
      `HH${citizen.idNumber.slice(0, 3)}${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const existing = await change.manager.findOneBy(Household, { householdId });
    if (!existing) {
      await change.manager.insert(Household, {
        householdId,
        headIdNumber: citizen.idNumber,
        province: request.provinceCode,
        district: request.districtCode,
        commune: request.communeCode,
        address: request.address,
        createdAt: change.now,
      });
    }
    const relation = existing ? (request.relationToHead ?? 'other') : 'head';
    await change.manager.update(
      Citizen,
      { idNumber: citizen.idNumber },
      { householdId, relationToHead: relation },
    );
    return householdId;
  }
}

async function aliveCitizen(change: RegisterChange, idNumber: string): Promise<Citizen> {
  const citizen = await change.lockCitizen(idNumber);
  if (citizen.status === 'deceased') throw new PopulationError('CITIZEN_DECEASED');
  return citizen;
}

function residenceColumns(request: RegisterResidenceRequest): Partial<Citizen> {
  return request.kind === 'permanent'
    ? {
        permanentProvince: request.provinceCode,
        permanentDistrict: request.districtCode,
        permanentCommune: request.communeCode,
        permanentAddress: request.address,
      }
    : {
        temporaryProvince: request.provinceCode,
        temporaryDistrict: request.districtCode,
        temporaryCommune: request.communeCode,
        temporaryAddress: request.address,
        temporaryUntil: request.validUntil ?? null,
      };
}
