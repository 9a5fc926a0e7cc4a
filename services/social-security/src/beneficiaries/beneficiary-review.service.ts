import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { qualifiedTable, TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource, MoreThan } from 'typeorm';
import { SSA_CONFIG } from '../config/social-security-config.token';
import type { SocialSecurityConfig } from '../config/social-security.config';
import { Beneficiary, beneficiaryCode } from './beneficiary.entity';
import { reviewedEvent } from './beneficiary.events';
import { PopulationClient, type SectorRecord } from './population-client';

export interface ReviewSummary {
  reviewId: string;
  provinceCode: string;
  reviewed: number;
  matched: number;
  mismatched: number;
}

/**
 * A review run (rà soát): every active beneficiary of a province is checked against the national population
 * database in batches (`/v1/verifications/batch`); each answer is stored with its beneficiary.reviewed event.
 * A run interrupted half-way has stored what it checked; running it again checks everyone again.
 */
@Injectable()
export class BeneficiaryReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly population: PopulationClient,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SSA_CONFIG) private readonly config: SocialSecurityConfig,
  ) {}

  async review(provinceCode: string): Promise<ReviewSummary> {
    const summary: ReviewSummary = {
      reviewId: randomUUID(),
      provinceCode,
      reviewed: 0,
      matched: 0,
      mismatched: 0,
    };
    const repository = this.dataSource.getRepository(Beneficiary);
    let after = '0';
    for (;;) {
      const chunk = await repository.find({
        where: { provinceCode, status: 'active', beneficiaryNo: MoreThan(after) },
        order: { beneficiaryNo: 'ASC' },
        take: this.config.SSA_REVIEW_CHUNK,
      });
      if (chunk.length === 0) return summary;
      after = chunk[chunk.length - 1].beneficiaryNo;
      const answers = await this.population.verifyBatch(
        provinceCode,
        `${summary.reviewId}-${after}`,
        chunk.map(recordOf),
      );
      await this.store(summary.reviewId, chunk, answers);
      summary.reviewed += chunk.length;
      summary.matched += answers.filter((a) => a.result === 'match').length;
      summary.mismatched += answers.filter((a) => a.result !== 'match').length;
    }
  }

  private async store(
    reviewId: string,
    chunk: Beneficiary[],
    answers: readonly { result: 'match' | 'mismatch'; reasons: readonly { field: string }[] }[],
  ): Promise<void> {
    const now = this.clock.now();
    const reviews = answers.map((answer) => ({
      reviewId,
      result: answer.result,
      mismatchedFields: [...new Set(answer.reasons.map((r) => r.field))],
    }));
    await this.outbox.run(async ({ manager, publish }) => {
      await manager.query(
        `UPDATE ${qualifiedTable(manager, Beneficiary)} AS b
            SET review_result = r.result, review_mismatched_fields = r.fields::jsonb, reviewed_at = $4
           FROM unnest($1::bigint[], $2::varchar[], $3::text[]) AS r(no, result, fields)
          WHERE b.beneficiary_no = r.no`,
        [
          chunk.map((b) => b.beneficiaryNo),
          reviews.map((r) => r.result),
          reviews.map((r) => JSON.stringify(r.mismatchedFields)),
          now,
        ],
      );
      await publish(chunk.map((b, i) => reviewedEvent(b, reviews[i], now)));
    });
  }
}

function recordOf(b: Beneficiary): SectorRecord {
  return {
    recordRef: beneficiaryCode(b),
    idNumber: b.idNumber,
    fullName: b.fullName,
    birthDate: b.birthDate,
    sex: b.sex,
    address: { provinceCode: b.provinceCode, ...(b.communeCode ? { communeCode: b.communeCode } : {}) },
  };
}
