import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { qualifiedTable, type NewEvent } from '@d06/messaging';
import { DataSource } from 'typeorm';
import { BHYT_CONFIG } from '../config/bhyt-config.token';
import type { BhytConfig } from '../config/bhyt.config';
import { Card } from '../registry/card.entity';
import { Participant } from '../registry/participant.entity';
import { RegistryWriter } from '../registry/registry-writer';
import { PopulationClient, type ParticipantRecord } from './population-client';
import type { ParticipantSyncRequest } from './participant-sync.request';

export interface SyncSummary {
  syncId: string;
  provinceCode: string;
  scope: 'unlinked' | 'all';
  batches: number;
  sent: number;
  matched: number;
  mismatched: number;
  /** Participants linked to their ID number by this run (one participant.synced event each). */
  linked: number;
  /** Participants of the scope still to send after this run. */
  remaining: number;
}

interface Candidate {
  social_insurance_number: string;
  id_number: string;
  full_name: string;
  birth_date: string;
  sex: 'male' | 'female';
  id_synced: boolean;
  card_code: string;
  valid_from: string;
  valid_to: string;
  status: string;
}

/**
 * Participant sync: sends a province's participants, in batches of at most BHYT_SYNC_BATCH_SIZE, to the population
 * service's batch verification (whose record.verified events make the report's match rate). A match links the
 * participant to the ID number — a CCCD lookup then finds the card — and publishes participant.synced; a mismatch
 * leaves it unlinked. Each batch commits on its own, so a failure keeps what earlier batches did.
 */
@Injectable()
export class ParticipantSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly population: PopulationClient,
    private readonly writer: RegistryWriter,
    @Inject(BHYT_CONFIG) private readonly config: BhytConfig,
  ) {}

  async sync(request: ParticipantSyncRequest): Promise<SyncSummary> {
    const syncId = randomUUID();
    const summary: SyncSummary = {
      syncId,
      provinceCode: request.provinceCode,
      scope: request.scope,
      batches: 0,
      sent: 0,
      matched: 0,
      mismatched: 0,
      linked: 0,
      remaining: 0,
    };
    let after = '';
    while (summary.sent < request.limit) {
      const size = Math.min(this.config.BHYT_SYNC_BATCH_SIZE, request.limit - summary.sent);
      const batch = await this.candidates(request, after, size);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].social_insurance_number;
      const batchId = `bhxh-${request.provinceCode}-${syncId.slice(0, 8)}-${summary.batches + 1}`;
      const answer = await this.population.verifyBatch(request.provinceCode, batchId, batch.map(recordOf));
      const matched = batch.filter((_, i) => answer.results[i].result === 'match');
      summary.linked += await this.apply(syncId, request.provinceCode, batch, matched);
      summary.batches += 1;
      summary.sent += batch.length;
      summary.matched += matched.length;
      summary.mismatched += batch.length - matched.length;
    }
    summary.remaining = await this.count(request, after);
    return summary;
  }

  /** Marks the batch's results; links the newly matched and publishes their events, in one transaction. */
  private apply(
    syncId: string,
    provinceCode: string,
    batch: Candidate[],
    matched: Candidate[],
  ): Promise<number> {
    const matchedSins = new Set(matched.map((c) => c.social_insurance_number));
    const newlyLinked = matched.filter((c) => !c.id_synced);
    return this.writer.change(async ({ manager, publish, now, today }) => {
      const repository = manager.getRepository(Participant);
      const mismatched = batch.filter((c) => !matchedSins.has(c.social_insurance_number));
      const sins = (list: Candidate[]) => list.map((c) => c.social_insurance_number);
      if (matched.length > 0) {
        await repository
          .createQueryBuilder()
          .update()
          .set({ idSynced: true, verification: 'match', updatedAt: now })
          .where('social_insurance_number = ANY(:sins)', { sins: sins(matched) })
          .execute();
      }
      if (mismatched.length > 0) {
        await repository
          .createQueryBuilder()
          .update()
          .set({ verification: 'mismatch', updatedAt: now })
          .where('social_insurance_number = ANY(:sins)', { sins: sins(mismatched) })
          .execute();
      }
      const events: NewEvent[] = newlyLinked.map((c) => ({
        type: EVENT_TYPES.BHYT_PARTICIPANT_SYNCED,
        time: now,
        data: {
          idNumber: c.id_number,
          socialInsuranceNumber: c.social_insurance_number,
          cardCode: c.card_code,
          provinceCode,
          cardValid: c.status === 'active' && c.valid_from <= today && today <= c.valid_to,
          syncId,
          occurredAt: now.toISOString(),
        },
      }));
      await publish(events);
      return {
        result: newlyLinked.length,
        touched: newlyLinked.map((c) => ({
          socialInsuranceNumber: c.social_insurance_number,
          idNumber: c.id_number,
        })),
      };
    });
  }

  private candidates(request: ParticipantSyncRequest, after: string, limit: number): Promise<Candidate[]> {
    return this.dataSource.query<Candidate[]>(
      `SELECT p.social_insurance_number, p.id_number, p.full_name, p.birth_date::text AS birth_date, p.sex,
              p.id_synced, c.card_code, c.valid_from::text AS valid_from, c.valid_to::text AS valid_to, c.status
         FROM ${this.table(Participant)} p
         JOIN ${this.table(Card)} c ON c.social_insurance_number = p.social_insurance_number AND c.status <> 'replaced'
        WHERE ${this.scopeFilter(request)} AND p.social_insurance_number > $2
        ORDER BY p.social_insurance_number LIMIT $3`,
      [request.provinceCode, after, limit],
    );
  }

  private async count(request: ParticipantSyncRequest, after: string): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM ${this.table(Participant)} p
        WHERE ${this.scopeFilter(request)} AND p.social_insurance_number > $2`,
      [request.provinceCode, after],
    );
    return Number(n);
  }

  private scopeFilter(request: ParticipantSyncRequest): string {
    const base = 'p.province = $1 AND p.id_number IS NOT NULL AND p.deceased_on IS NULL';
    return request.scope === 'unlinked' ? `${base} AND NOT p.id_synced` : base;
  }

  private table(entity: typeof Participant | typeof Card): string {
    return qualifiedTable(this.dataSource.manager, entity);
  }
}

function recordOf(c: Candidate): ParticipantRecord {
  return {
    recordRef: `BHXH-${c.social_insurance_number}`,
    idNumber: c.id_number,
    fullName: c.full_name,
    birthDate: c.birth_date,
    sex: c.sex,
  };
}
