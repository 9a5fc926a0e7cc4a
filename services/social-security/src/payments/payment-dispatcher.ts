import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { SSA_CONFIG } from '../config/social-security-config.token';
import type { SocialSecurityConfig } from '../config/social-security.config';
import { BatchCompletion } from './batch-completion';
import { UNSETTLED } from './payment-status';
import { PaymentBatch } from './payment-batch.entity';
import { Payment } from './payment.entity';
import { PaymentSender } from './payment-sender';

/**
 * Runs disbursements: sends a running batch's unsettled payments chunk by chunk until none is left, then
 * completes it. At start it resumes every batch left running (a crash, a restart) and the funeral payments left
 * unsettled; resuming re-sends with the same references, which the rail answers without paying twice.
 */
@Injectable()
export class PaymentDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PaymentDispatcher.name);
  private readonly loops = new Map<string, Promise<void>>();
  private stopping = false;
  private wakeAll: () => void = () => undefined;
  private readonly stopped = new Promise<void>((resolve) => (this.wakeAll = resolve));

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: PaymentSender,
    private readonly completion: BatchCompletion,
    @Inject(SSA_CONFIG) private readonly config: SocialSecurityConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.resume().catch((error: unknown) =>
      this.logger.error(`could not resume disbursements: ${messageOf(error)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wakeAll();
    await Promise.allSettled([...this.loops.values()]);
  }

  /** Starts the batch's disbursement in this process, unless it runs here already. */
  disburse(batchId: string): void {
    if (this.stopping || this.loops.has(batchId)) return;
    const loop = this.run(batchId).finally(() => this.loops.delete(batchId));
    this.loops.set(batchId, loop);
  }

  /** Resolves when this process has no disbursement of the batch running. */
  async idle(batchId: string): Promise<void> {
    await this.loops.get(batchId);
  }

  private async run(batchId: string): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        const chunk = await this.dataSource.getRepository(Payment).find({
          where: { batchId, status: In([...UNSETTLED]) },
          order: { reference: 'ASC' },
          take: this.config.SSA_PAYMENT_CHUNK,
        });
        if (chunk.length === 0) {
          await this.completion.complete(batchId);
          return;
        }
        await this.sender.send(chunk);
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.warn(
          `disbursement of batch ${batchId} failed (${failures}), will retry: ${messageOf(error)}`,
        );
        await this.pause(Math.min(30_000, 250 * 2 ** Math.min(failures, 7)));
      }
    }
  }

  private async resume(): Promise<void> {
    const running = await this.dataSource.getRepository(PaymentBatch).findBy({ status: 'running' });
    for (const batch of running) this.disburse(batch.batchId);
    const loose = await this.dataSource
      .getRepository(Payment)
      .findBy({ batchId: IsNull(), status: In([...UNSETTLED]) });
    if (loose.length > 0) await this.sender.send(loose);
    if (running.length + loose.length > 0) {
      this.logger.log(`resumed ${running.length} batch(es) and ${loose.length} single payment(s)`);
    }
  }

  private pause(ms: number): Promise<void> {
    return Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms).unref()), this.stopped]);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
