import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { qualifiedTable, TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { VNEID_CONFIG } from '../config/vneid-config.token';
import type { VneidConfig } from '../config/vneid.config';
import { accountApproved } from './account-events';
import { EidAccount } from './eid-account.entity';

const BATCH = 500;

interface ClaimedRow {
  id_number: string;
  level: number;
  channel: 'app' | 'counter';
  province_code: string;
  commune_code: string | null;
  requested_at: Date;
  due_at: Date;
}

/**
 * Approves level-1 requests once their due time has come on the business clock (a virtual clock in simulations).
 * Rows are claimed with one UPDATE … WHERE status = 'requested' … RETURNING in the transaction that writes the
 * events, so each approval is published exactly once, whatever the number of replicas or restarts.
 */
@Injectable()
export class ApprovalScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ApprovalScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly outbox: TransactionalOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(VNEID_CONFIG) private readonly config: VneidConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.VNEID_SCHEDULER_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Approves every request due now; the number approved. */
  async approveDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const approved = await this.approveBatch();
      total += approved;
      if (approved < BATCH) return total;
    }
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.approveDue();
    try {
      const approved = await this.running;
      if (approved > 0) this.logger.log(`${approved} level-1 request(s) approved`);
    } catch (error) {
      this.logger.error({ err: error }, 'approving due requests failed; retrying at the next tick');
    } finally {
      this.running = undefined;
    }
  }

  private approveBatch(): Promise<number> {
    return this.outbox.run(async ({ manager, publish }) => {
      const table = qualifiedTable(manager, EidAccount);
      const [rows] = await manager.query<[ClaimedRow[], number]>(
        `UPDATE ${table} SET status = 'approved', approved_at = due_at ` +
          `WHERE id_number IN (SELECT id_number FROM ${table} WHERE status = 'requested' AND due_at <= $1 ` +
          `ORDER BY due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) AND status = 'requested' ` +
          'RETURNING id_number, level, channel, province_code, commune_code, requested_at, due_at',
        [this.clock.now()],
      );
      await publish(
        rows.map((row) =>
          accountApproved(
            Object.assign(new EidAccount(), {
              idNumber: row.id_number,
              level: Number(row.level),
              channel: row.channel,
              provinceCode: row.province_code,
              communeCode: row.commune_code,
              requestedAt: new Date(row.requested_at),
            }),
            new Date(row.due_at),
          ),
        ),
      );
      return rows.length;
    });
  }
}
