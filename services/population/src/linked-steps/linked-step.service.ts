import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES, type LinkedStepRequestedV1 } from '@d06/contracts';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { LinkedStepLedger, refusalOfDomainError, type LinkedStepAnswer } from '@d06/service-kit';
import { BirthService } from '../births/birth.service';
import type { CallerContext } from '../caller/caller-context';
import { RegisterWriter, type RegisterChange } from '../citizens/register-writer';
import { DeathService } from '../deaths/death.service';
import { Household } from '../households/household.entity';
import { PopulationError, type PopulationErrorCode } from '../population.errors';
import { requireAdministrativeUnits } from '../residence/administrative-unit.check';
import { ResidenceService } from '../residence/residence.service';

/** The register's errors that refuse a step (the form is wrong), by the reply's reasonCode; others are faults. */
const REFUSALS: Partial<Record<PopulationErrorCode, string>> = {
  INVALID_ID_NUMBER: 'invalid-id-number',
  UNKNOWN_PARENT: 'unknown-parent',
  UNKNOWN_ADMINISTRATIVE_UNIT: 'unknown-administrative-unit',
  UNKNOWN_HOUSEHOLD: 'unknown-household',
  CITIZEN_NOT_FOUND: 'citizen-not-found',
  CITIZEN_DECEASED: 'already-deceased',
  DATE_BEFORE_BIRTH: 'date-before-birth',
};

type BirthForm = NonNullable<LinkedStepRequestedV1['birth']>;
type DeathForm = NonNullable<LinkedStepRequestedV1['death']>;

/**
 * The population database's steps of the linked procedures (Công an): after a birth registration, register the
 * birth (the child's new personal ID number) and the child's permanent residence; after a death registration,
 * record the death and remove the permanent residence. Each once per run, answered with the linked-step reply.
 */
@Injectable()
export class LinkedStepService {
  private readonly ledger: LinkedStepLedger;

  constructor(
    outbox: TransactionalOutbox,
    @Inject(CLOCK) clock: Clock,
    private readonly writer: RegisterWriter,
    private readonly births: BirthService,
    private readonly deaths: DeathService,
    private readonly residence: ResidenceService,
  ) {
    this.ledger = new LinkedStepLedger(outbox, clock, EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED);
  }

  async registerResidence(request: LinkedStepRequestedV1, birth: BirthForm): Promise<LinkedStepAnswer> {
    const caller = sagaCaller(request);
    const answer = await this.ledger.answer(request, {
      refusal: (error) => refusalOfDomainError(error, REFUSALS),
      act: async (tx, now) => {
        const { result } = await this.writer.within(
          tx,
          now,
          caller,
          'linked.residence-registration',
          (change) => this.registerBirthAndResidence(change, birth, request.dossierCode),
        );
        return { childIdNumber: result.childIdNumber };
      },
    });
    await this.forget(answer.record.output.childIdNumber);
    return answer;
  }

  async removeResidence(request: LinkedStepRequestedV1, death: DeathForm): Promise<LinkedStepAnswer> {
    const caller = sagaCaller(request);
    const answer = await this.ledger.answer(request, {
      refusal: (error) => refusalOfDomainError(error, REFUSALS),
      act: async (tx, now) => {
        await this.writer.within(tx, now, caller, 'linked.residence-removal', async (change) => {
          await this.deaths.recordIn(change, death, request.dossierCode);
          const citizen = await change.lockCitizen(death.idNumber);
          // someone without a permanent residence (only a temporary one, or none) has nothing to remove
          if (citizen.permanentProvince) {
            await this.residence.removeIn(
              change,
              { idNumber: death.idNumber, kind: 'permanent', reason: 'death' },
              request.dossierCode,
            );
          }
          return { result: undefined, touched: [death.idNumber] };
        });
        return {};
      },
    });
    await this.forget(death.idNumber);
    return answer;
  }

  /** Every check comes before the first write, and the ledger's savepoint undoes them together on a refusal. */
  private async registerBirthAndResidence(
    change: RegisterChange,
    birth: BirthForm,
    dossierCode: string,
  ): Promise<{ result: { childIdNumber: string }; touched: string[] }> {
    requireAdministrativeUnits(birth.residence);
    const { householdId } = birth.residence;
    if (householdId && !(await change.manager.existsBy(Household, { householdId }))) {
      throw new PopulationError('UNKNOWN_HOUSEHOLD', { detail: 'residence.householdId is not registered' });
    }
    const { result } = await this.births.registerIn(change, {
      fullName: birth.fullName,
      birthDate: birth.birthDate,
      sex: birth.sex,
      ethnicity: birth.ethnicity ?? 'Kinh',
      birthplaceProvince: birth.birthplaceProvince,
      fatherIdNumber: birth.fatherIdNumber,
      motherIdNumber: birth.motherIdNumber,
    });
    await this.residence.registerIn(
      change,
      {
        idNumber: result.idNumber,
        kind: 'permanent',
        ...birth.residence,
        ...(householdId ? { relationToHead: 'child' as const } : {}),
      },
      dossierCode,
    );
    return { result: { childIdNumber: result.idNumber }, touched: [result.idNumber] };
  }

  private async forget(idNumber: unknown): Promise<void> {
    if (typeof idNumber === 'string') await this.writer.forget(idNumber);
  }
}

/** The one-stop system's saga acting for the dossier: who the audit log names for the step's changes. */
function sagaCaller(request: LinkedStepRequestedV1): CallerContext {
  return {
    type: 'system',
    id: 'one-stop-linked-procedure',
    agency: request.dossierCode.split('-')[0],
    role: 'one-stop',
    purpose: `linked ${request.procedure} procedure, step ${request.step}`,
    dossierCode: request.dossierCode,
  };
}
