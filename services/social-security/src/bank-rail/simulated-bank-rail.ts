import { formatVietnamDate } from '@d06/domain';
import type { Clock } from '@d06/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  BankRail,
  RejectionReason,
  StatementEntry,
  StatementQuery,
  TransferInstruction,
  TransferResult,
} from './bank-rail.port';
import { contentHash, drawOutcome, transactionIdOf, unitDraw } from './rail-outcome';
import type { RailSettings } from './rail-settings';

interface KnownTransfer {
  reference: string;
  content_hash: string;
  status: 'credited' | 'rejected';
  reason: RejectionReason | null;
  transaction_id: string | null;
  value_date: string | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The simulated bank behind the BankRail port. Its ledger lives in its own schema and commits in its own
 * transactions, as an external bank's would: the service can crash at any point and the bank still knows what it
 * credited. A reference is accepted once (primary key); a resend gets the original answer.
 */
export class SimulatedBankRail implements BankRail {
  private calls = 0;

  constructor(
    private readonly ledger: DataSource,
    private readonly clock: Clock,
    private current: RailSettings,
  ) {}

  get settings(): RailSettings {
    return this.current;
  }

  /** Changes the fault injection from now on (new references only: known ones keep their answer). */
  configure(settings: Partial<RailSettings>): RailSettings {
    this.current = { ...this.current, ...settings };
    return this.current;
  }

  today(): string {
    return formatVietnamDate(this.clock.now());
  }

  async transfer(instructions: readonly TransferInstruction[]): Promise<TransferResult[]> {
    if (instructions.length === 0) return [];
    const latency = this.latency();
    await sleep(latency / 2); // the request on its way to the bank
    const results = await this.ledger.transaction((manager) => this.book(manager, instructions));
    await sleep(latency - latency / 2); // the answer on its way back: a crash here loses the answer, not the credit
    return results;
  }

  async statement(query: StatementQuery): Promise<StatementEntry[]> {
    const to = query.to < this.today() ? query.to : this.today();
    const rows = await this.ledger.query<
      {
        date: string;
        kind: 'credit' | 'reversal';
        reference: string;
        batch_ref: string | null;
        amount_vnd: string;
        transaction_id: string;
        reversal_reason: StatementEntry['reversalReason'] | null;
      }[]
    >(
      `SELECT to_char(value_date, 'YYYY-MM-DD') AS date, 'credit' AS kind, reference, batch_ref, amount_vnd,
              transaction_id, NULL AS reversal_reason
         FROM ${this.table('rail_transfers')}
        WHERE status = 'credited' AND value_date BETWEEN $1::date AND $2::date
          AND ($3::varchar IS NULL OR batch_ref = $3)
       UNION ALL
       SELECT to_char(reversal_due_on, 'YYYY-MM-DD'), 'reversal', reference, batch_ref, amount_vnd,
              transaction_id, reversal_reason
         FROM ${this.table('rail_transfers')}
        WHERE reversal_due_on BETWEEN $1::date AND $2::date AND ($3::varchar IS NULL OR batch_ref = $3)
        ORDER BY date, kind, reference`,
      [query.from, to, query.batchRef ?? null],
    );
    return rows.map((row) => ({
      date: row.date,
      kind: row.kind,
      reference: row.reference,
      batchRef: row.batch_ref,
      amountVnd: Number(row.amount_vnd),
      transactionId: row.transaction_id,
      ...(row.reversal_reason ? { reversalReason: row.reversal_reason } : {}),
    }));
  }

  /** One transaction: new references are booked, known ones answered from the ledger; every receipt is logged. */
  private async book(
    manager: EntityManager,
    instructions: readonly TransferInstruction[],
  ): Promise<TransferResult[]> {
    const now = this.clock.now();
    const valueDate = formatVietnamDate(now);
    const fresh = instructions.map((instruction) => ({
      instruction,
      hash: contentHash(instruction),
      outcome: drawOutcome(this.current, instruction, valueDate),
    }));
    const credited = (o: (typeof fresh)[number]['outcome']) => o.status === 'credited';
    const inserted = await manager.query<{ reference: string }[]>(
      `INSERT INTO ${this.table('rail_transfers')} (reference, batch_ref, content_hash, amount_vnd, payment_channel,
          provider, account_number, account_name, status, reason, transaction_id, received_at, value_date,
          reversal_due_on, reversal_reason)
       SELECT t.reference, t.batch_ref, t.content_hash, t.amount_vnd, t.payment_channel, t.provider,
              t.account_number, t.account_name, t.status, t.reason, t.transaction_id, $13, t.value_date::date,
              t.reversal_due_on::date, t.reversal_reason
         FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::bigint[], $5::varchar[], $6::varchar[],
                     $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[], $12::varchar[],
                     $14::varchar[], $15::varchar[])
           AS t(reference, batch_ref, content_hash, amount_vnd, payment_channel, provider, account_number,
                account_name, status, reason, transaction_id, value_date, reversal_due_on, reversal_reason)
       ON CONFLICT (reference) DO NOTHING
       RETURNING reference`,
      [
        fresh.map((f) => f.instruction.reference),
        fresh.map((f) => f.instruction.batchRef),
        fresh.map((f) => f.hash),
        fresh.map((f) => f.instruction.amountVnd),
        fresh.map((f) => f.instruction.paymentChannel),
        fresh.map((f) => f.instruction.provider),
        fresh.map((f) => f.instruction.accountNumber),
        fresh.map((f) => f.instruction.accountName),
        fresh.map((f) => f.outcome.status),
        fresh.map((f) => (f.outcome.status === 'rejected' ? f.outcome.reason : null)),
        fresh.map((f) =>
          credited(f.outcome) ? transactionIdOf(f.instruction.reference, valueDate, this.current.seed) : null,
        ),
        fresh.map((f) => (credited(f.outcome) ? valueDate : null)),
        now,
        fresh.map((f) => (f.outcome.status === 'credited' ? (f.outcome.reversal?.dueOn ?? null) : null)),
        fresh.map((f) => (f.outcome.status === 'credited' ? (f.outcome.reversal?.reason ?? null) : null)),
      ],
    );
    const booked = new Set(inserted.map((row) => row.reference));
    const known = await this.known(
      manager,
      fresh.filter((f) => !booked.has(f.instruction.reference)).map((f) => f.instruction.reference),
    );
    const first = new Map<string, (typeof fresh)[number]>();
    const results = fresh.map((entry): TransferResult & { outcome: string } => {
      const { reference } = entry.instruction;
      const earlier = first.get(reference);
      if (earlier === undefined) first.set(reference, entry);
      const original = earlier ?? (booked.has(reference) ? undefined : known.get(reference));
      if (original === undefined) {
        return { ...this.answer(reference, entry.outcome, valueDate), outcome: 'new' };
      }
      const originalHash = 'hash' in original ? original.hash : original.content_hash;
      if (originalHash !== entry.hash) {
        const reason = 'duplicate-reference' as const;
        return { reference, status: 'rejected', reason, duplicate: true, outcome: 'conflict' };
      }
      const answer =
        'hash' in original ? this.answer(reference, original.outcome, valueDate) : this.answerOf(original);
      return { ...answer, duplicate: true, outcome: 'resend' };
    });
    await manager.query(
      `INSERT INTO ${this.table('rail_requests')} (reference, received_at, outcome)
       SELECT r, $2, o FROM unnest($1::varchar[], $3::varchar[]) AS t(r, o)`,
      [results.map((r) => r.reference), now, results.map((r) => r.outcome)],
    );
    return results.map(({ outcome: _outcome, ...result }) => result);
  }

  private async known(manager: EntityManager, references: string[]): Promise<Map<string, KnownTransfer>> {
    if (references.length === 0) return new Map();
    const rows = await manager.query<KnownTransfer[]>(
      `SELECT reference, content_hash, status, reason, transaction_id,
              to_char(value_date, 'YYYY-MM-DD') AS value_date
         FROM ${this.table('rail_transfers')} WHERE reference = ANY($1::varchar[])`,
      [references],
    );
    return new Map(rows.map((row) => [row.reference, row]));
  }

  private answer(
    reference: string,
    outcome: ReturnType<typeof drawOutcome>,
    valueDate: string,
  ): TransferResult {
    if (outcome.status === 'rejected') {
      return { reference, status: 'rejected', reason: outcome.reason, duplicate: false };
    }
    const transactionId = transactionIdOf(reference, valueDate, this.current.seed);
    return { reference, status: 'credited', transactionId, valueDate, duplicate: false };
  }

  private answerOf(row: KnownTransfer): TransferResult {
    if (row.status === 'rejected') {
      return { reference: row.reference, status: 'rejected', reason: row.reason!, duplicate: true };
    }
    return {
      reference: row.reference,
      status: 'credited',
      transactionId: row.transaction_id!,
      valueDate: row.value_date!,
      duplicate: true,
    };
  }

  private latency(): number {
    const { min, max } = this.current.latencyMs;
    this.calls += 1;
    return min + Math.floor(unitDraw(this.current.seed, String(this.calls), 'latency') * (max - min + 1));
  }

  private table(name: string): string {
    const { schema } = this.ledger.options as { schema?: string };
    return `"${schema}"."${name}"`;
  }
}
