import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, QueryFailedError } from 'typeorm';
import { requireIdNumber } from '../common/id-number';
import { SocialSecurityError } from '../social-security.errors';
import { Beneficiary } from './beneficiary.entity';
import { enrolledEvent } from './beneficiary.events';
import type { EnrolmentRequest } from './beneficiary.requests';
import { beneficiaryView, type BeneficiaryView } from './beneficiary.view';
import { PopulationClient } from './population-client';

/** Enrolment: a record enters the list only once it matches the national population database. */
@Injectable()
export class BeneficiaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly population: PopulationClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async enrol(request: EnrolmentRequest): Promise<BeneficiaryView> {
    const idNumber = requireIdNumber(request.idNumber);
    if (await this.dataSource.getRepository(Beneficiary).existsBy({ idNumber })) {
      throw new SocialSecurityError('ALREADY_ENROLLED');
    }
    const verification = await this.population.verify(request.provinceCode, {
      recordRef: `SSA-ENROL-${randomUUID()}`,
      idNumber,
      fullName: request.fullName,
      birthDate: request.birthDate,
      sex: request.sex,
      address: {
        provinceCode: request.provinceCode,
        ...(request.communeCode ? { communeCode: request.communeCode } : {}),
      },
    });
    if (verification.result !== 'match') {
      throw new SocialSecurityError('RECORD_MISMATCH', {
        detail: `differs from the register in: ${verification.reasons.map((r) => r.field).join(', ')}`,
        errors: verification.reasons.map((r) => ({ field: r.field, message: r.reason })),
      });
    }
    const now = this.clock.now();
    try {
      return await this.outbox.run(async ({ manager, publish }) => {
        const beneficiary = await manager.save(
          manager.create(Beneficiary, {
            idNumber,
            fullName: request.fullName,
            birthDate: request.birthDate,
            sex: request.sex,
            group: request.group,
            category: request.category,
            monthlyAmountVnd: request.monthlyAmountVnd,
            provinceCode: request.provinceCode,
            communeCode: request.communeCode ?? null,
            status: 'active',
            endedReason: null,
            reviewResult: 'match',
            reviewMismatchedFields: [],
            reviewedAt: now,
            enrolledVia: 'counter',
            enrolledAt: now,
          }),
        );
        await publish([enrolledEvent(beneficiary, now)]);
        return beneficiaryView(beneficiary);
      });
    } catch (error) {
      // two enrolments of one person at once: the unique index lets one through
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new SocialSecurityError('ALREADY_ENROLLED');
      }
      throw error;
    }
  }

  async get(idNumber: string): Promise<BeneficiaryView> {
    const beneficiary = await this.dataSource
      .getRepository(Beneficiary)
      .findOneBy({ idNumber: requireIdNumber(idNumber) });
    if (!beneficiary) throw new SocialSecurityError('BENEFICIARY_NOT_FOUND');
    return beneficiaryView(beneficiary);
  }
}
