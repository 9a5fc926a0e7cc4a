import { Logger } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import { interruptibleSleep } from '../bus/interruptible-sleep';
import { backoffDelay, retryPolicy } from '../bus/retry-policy';

/** Starts a consumer's work (subscribe, run); may resolve with the drain its stop awaits. */
export type ConsumerStart = (
  consumer: Consumer,
  signal: AbortSignal,
) => Promise<void | (() => Promise<void>)>;

const logger = new Logger('EventBus');
const REPLACE_RETRY = retryPolicy({
  maxAttempts: Number.POSITIVE_INFINITY,
  initialDelayMs: 500,
  maxDelayMs: 10_000,
});

/**
 * A consumer-group member that stays one. kafkajs restarts a consumer after a crash it deems retriable, but leaves
 * one it does not (seen: "Failed to find group coordinator" while the broker restarted on a loaded machine)
 * disconnected for good — the service then silently stopped consuming. Such a consumer is replaced by a new one
 * (after a backoff, again until one starts or `stop()` is called), which resumes from the stored positions.
 */
export class SupervisedConsumer {
  private consumer: Consumer | undefined;
  private drain: (() => Promise<void>) | undefined;
  private readonly abort = new AbortController();
  private replacing: Promise<void> = Promise.resolve();

  constructor(
    private readonly group: string,
    private readonly create: () => Consumer,
    private readonly start: ConsumerStart,
  ) {}

  /** Creates, connects and starts a consumer (the first, or a replacement). */
  async launch(): Promise<void> {
    const consumer = this.create();
    this.consumer = consumer;
    this.drain = undefined;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.abort.signal.aborted || consumer !== this.consumer) return;
      logger.warn(
        `the consumer of ${this.group} crashed and kafkajs will not restart it (${payload.error.message}): replacing it`,
      );
      this.replacing = this.replace(consumer);
    });
    await consumer.connect();
    const drain = await this.start(consumer, this.abort.signal);
    if (drain) this.drain = drain;
  }

  /** Stops for good: the batches in hand finish and their positions are committed, then it leaves the group. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.replacing;
    await this.drain?.();
    await this.consumer?.disconnect();
  }

  private async replace(crashed: Consumer): Promise<void> {
    await this.drain?.().catch(() => undefined);
    await crashed.disconnect().catch(() => undefined);
    for (let attempt = 1; !this.abort.signal.aborted; attempt++) {
      await interruptibleSleep(backoffDelay(REPLACE_RETRY, attempt), this.abort.signal).catch(
        () => undefined,
      );
      if (this.abort.signal.aborted) return;
      try {
        await this.launch();
        return;
      } catch (error) {
        await this.consumer?.disconnect().catch(() => undefined);
        logger.warn(`replacing the consumer of ${this.group} failed (attempt ${attempt}): ${String(error)}`);
      }
    }
  }
}
