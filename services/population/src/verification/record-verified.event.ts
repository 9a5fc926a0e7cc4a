import { randomUUID } from 'node:crypto';
import { EVENT_TYPES } from '@d06/contracts';
import type { NewEvent } from '@d06/messaging';
import type { Comparison, SectorRecord } from './record-comparison';

/**
 * The record.verified event of one verified record (the report's data-verification figures). Keyed by the sector's
 * record reference, so repeated checks of one record stay in order; the claimed ID number only when well-formed.
 */
export function recordVerifiedEvent(input: {
  sector: string;
  provinceCode: string;
  batchId: string | undefined;
  record: SectorRecord;
  comparison: Comparison;
  now: Date;
}): NewEvent {
  const { sector, provinceCode, batchId, record, comparison, now } = input;
  return {
    type: EVENT_TYPES.RECORD_VERIFIED,
    time: now,
    data: {
      recordRef: record.recordRef ?? randomUUID(),
      ...(/^[0-9]{12}$/.test(record.idNumber) ? { idNumber: record.idNumber } : {}),
      sector,
      result: comparison.result,
      mismatchedFields: comparison.reasons.map((r) => r.field),
      ...(batchId ? { batchId } : {}),
      provinceCode,
      occurredAt: now.toISOString(),
    },
  };
}
