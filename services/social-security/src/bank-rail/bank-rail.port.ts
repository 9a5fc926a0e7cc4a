import type { PaymentChannel } from '../common/domain-types';

export const REJECTION_REASONS = [
  'invalid-account',
  'closed-account',
  'name-mismatch',
  'duplicate-reference',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REVERSAL_REASONS = ['account-closed', 'holder-deceased', 'returned-by-bank'] as const;
export type ReversalReason = (typeof REVERSAL_REASONS)[number];

/** One credit transfer as the paying agency sends it (ISO 20022 pain.001 in spirit). */
export interface TransferInstruction {
  /** End-to-end reference, ≤ 35 characters: the rail's idempotency key. */
  readonly reference: string;
  /** The agency's batch (payment information id); null for a single payment. */
  readonly batchRef: string | null;
  readonly amountVnd: number;
  readonly paymentChannel: PaymentChannel;
  readonly provider: string;
  readonly accountNumber: string;
  readonly accountName: string;
}

/** The rail's answer per instruction (pain.002 in spirit). `duplicate`: the reference was known already. */
export type TransferResult =
  | {
      readonly reference: string;
      readonly status: 'credited';
      readonly transactionId: string;
      readonly valueDate: string;
      readonly duplicate: boolean;
    }
  | {
      readonly reference: string;
      readonly status: 'rejected';
      readonly reason: RejectionReason;
      readonly duplicate: boolean;
    };

/** A line of the agency account's statement (camt.053 in spirit): credits out, and reversals coming back. */
export interface StatementEntry {
  /** Statement date, YYYY-MM-DD (Vietnam). */
  readonly date: string;
  readonly kind: 'credit' | 'reversal';
  readonly reference: string;
  readonly batchRef: string | null;
  readonly amountVnd: number;
  readonly transactionId: string;
  readonly reversalReason?: ReversalReason;
}

export interface StatementQuery {
  readonly from: string;
  readonly to: string;
  readonly batchRef?: string;
}

/**
 * The port to the bank rail (the banks and payment providers behind NAPAS, in reality). The simulated bank
 * implements it; a real gateway adapter could replace it. Transfers are idempotent by reference: a resend of a
 * known reference returns the original answer and moves no money; the same reference with other content is
 * rejected as duplicate-reference.
 */
export interface BankRail {
  transfer(instructions: readonly TransferInstruction[]): Promise<TransferResult[]>;
  /** Entries dated from..to, only up to the rail's today: later statements do not exist yet. */
  statement(query: StatementQuery): Promise<StatementEntry[]>;
  /** The rail's business date (YYYY-MM-DD, Vietnam): the last day with a statement. */
  today(): string;
}

export const BANK_RAIL = Symbol('BANK_RAIL');
