import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { CallerContext } from '../caller/caller-context';
import { Citizen } from '../citizens/citizen.entity';
import { toCitizenRecord, type CitizenRecord } from '../citizens/citizen-record';
import { CitizenQueryService } from '../citizens/citizen-query.service';
import { IdCard } from '../idcards/idcard.entity';
import { compareRecord, type Comparison, type SectorRecord } from './record-comparison';
import { recordVerifiedEvent } from './record-verified.event';
import type { BatchVerificationRequest, VerificationRequest } from './verification.requests';

export interface BatchResult {
  batchId: string;
  total: number;
  matched: number;
  mismatched: number;
  results: (Comparison & { index: number })[];
}

/**
 * Verification of sector records against the register (how BHXH, tax and children's records are cleaned): each
 * record gets match or mismatch with per-field reasons, an audit entry and a record.verified event.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly audit: AuditService,
    private readonly citizens: CitizenQueryService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async verify(caller: CallerContext, request: VerificationRequest): Promise<Comparison> {
    const citizen = /^[0-9]{12}$/.test(request.record.idNumber)
      ? await this.citizens.find(request.record.idNumber)
      : undefined;
    const comparison = compareRecord(request.record, citizen);
    await this.persist(caller, request, undefined, [{ record: request.record, comparison }]);
    return comparison;
  }

  async verifyBatch(caller: CallerContext, request: BatchVerificationRequest): Promise<BatchResult> {
    const batchId = request.batchId ?? randomUUID();
    const register = await this.loadMany(request.records.map((record) => record.idNumber));
    const outcomes = request.records.map((record) => ({
      record,
      comparison: compareRecord(record, register.get(record.idNumber)),
    }));
    await this.persist(caller, request, batchId, outcomes);
    const matched = outcomes.filter((o) => o.comparison.result === 'match').length;
    return {
      batchId,
      total: outcomes.length,
      matched,
      mismatched: outcomes.length - matched,
      results: outcomes.map((o, index) => ({ index, ...o.comparison })),
    };
  }

  /** One query for the whole batch (the cache is for single lookups). */
  private async loadMany(idNumbers: string[]): Promise<Map<string, CitizenRecord>> {
    const wellFormed = [...new Set(idNumbers.filter((id) => /^[0-9]{12}$/.test(id)))];
    if (wellFormed.length === 0) return new Map();
    const citizens = await this.dataSource
      .getRepository(Citizen)
      .createQueryBuilder('c')
      .where('c.id_number = ANY(:ids)', { ids: wellFormed })
      .getMany();
    const cards = await this.dataSource
      .getRepository(IdCard)
      .createQueryBuilder('card')
      .where('card.id_number = ANY(:ids)', { ids: wellFormed })
      .getMany();
    const cardOf = new Map(cards.map((card) => [card.idNumber, card]));
    return new Map(citizens.map((c) => [c.idNumber, toCitizenRecord(c, cardOf.get(c.idNumber) ?? null)]));
  }

  /** Events and audit entries of the outcomes, in one transaction. */
  private async persist(
    caller: CallerContext,
    request: { sector: string; provinceCode: string },
    batchId: string | undefined,
    outcomes: { record: SectorRecord; comparison: Comparison }[],
  ): Promise<void> {
    const now = this.clock.now();
    const { sector, provinceCode } = request;
    await this.outbox.run(async ({ manager, publish }) => {
      await publish(
        outcomes.map(({ record, comparison }) =>
          recordVerifiedEvent({ sector, provinceCode, batchId, record, comparison, now }),
        ),
      );
      await this.audit.record(
        caller,
        batchId ? 'record.verify.batch' : 'record.verify',
        outcomes.map(({ record, comparison }) => ({
          idNumber: /^[0-9]{12}$/.test(record.idNumber) ? record.idNumber : null,
          outcome: comparison.result,
        })),
        manager,
      );
    });
  }
}
