import { createHash } from 'node:crypto';
import { addWorkingDays, formatVietnamDate, vietnamInstant } from '@d06/domain';
import { accountNumberIsWellFormed } from '../common/domain-types';
import type { RejectionReason, ReversalReason, TransferInstruction } from './bank-rail.port';
import { REVERSAL_REASONS } from './bank-rail.port';
import type { RailSettings } from './rail-settings';

export type RailOutcome =
  | { readonly status: 'credited'; readonly reversal: { dueOn: string; reason: ReversalReason } | null }
  | { readonly status: 'rejected'; readonly reason: Exclude<RejectionReason, 'duplicate-reference'> };

/** A number in [0, 1) fixed by the seed, the reference and what is drawn: the same run gives the same answers. */
export function unitDraw(seed: number, reference: string, what: string): number {
  return (
    createHash('sha256').update(`${seed}\u0000${what}\u0000${reference}`).digest().readUInt32BE(0) / 2 ** 32
  );
}

/**
 * What the bank does with a new reference: a malformed account is always invalid; otherwise the configured
 * rejection rates decide, and a credit may be scheduled to come back `reversalDays` business days after its value
 * date (weekends and public holidays, Tết included, are not business days).
 */
export function drawOutcome(
  settings: RailSettings,
  instruction: TransferInstruction,
  valueDate: string,
): RailOutcome {
  if (!accountNumberIsWellFormed(instruction.paymentChannel, instruction.accountNumber))
    return { status: 'rejected', reason: 'invalid-account' };
  const u = unitDraw(settings.seed, instruction.reference, 'outcome');
  let edge = 0;
  for (const reason of ['invalid-account', 'closed-account', 'name-mismatch'] as const) {
    edge += settings.rejectionRates[reason];
    if (u < edge) return { status: 'rejected', reason };
  }
  if (unitDraw(settings.seed, instruction.reference, 'reversal') >= settings.reversalRate) {
    return { status: 'credited', reversal: null };
  }
  const [year, month, day] = valueDate.split('-').map(Number);
  const dueOn = formatVietnamDate(
    addWorkingDays(vietnamInstant(year, month, day, 12), settings.reversalDays),
  );
  const which = Math.floor(unitDraw(settings.seed, instruction.reference, 'why') * REVERSAL_REASONS.length);
  return { status: 'credited', reversal: { dueOn, reason: REVERSAL_REASONS[which] } };
}

/** What a resend must repeat exactly for the bank to treat it as the same payment. */
export function contentHash(instruction: TransferInstruction): string {
  const { batchRef, amountVnd, paymentChannel, provider, accountNumber, accountName } = instruction;
  return createHash('sha256')
    .update(JSON.stringify([batchRef, amountVnd, paymentChannel, provider, accountNumber, accountName]))
    .digest('hex');
}

/** The bank's transaction id of a credit, e.g. FT20230911A1B2C3D4E5. */
export function transactionIdOf(reference: string, valueDate: string, seed: number): string {
  const suffix = createHash('sha256').update(`${seed}\u0000tx\u0000${reference}`).digest('hex').slice(0, 10);
  return `FT${valueDate.replace(/-/g, '')}${suffix.toUpperCase()}`;
}
