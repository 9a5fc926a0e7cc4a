import { isMonitored } from './call-record';
import type { LogFollower } from './log-follower';
import type { RecordSink } from './record-sink';

export interface SweeperOptions {
  /** Most entries read and published at once per chain. */
  readonly batchMax: number;
  /** Pause when everything is shipped. */
  readonly idleMs: number;
}

/**
 * Ships the chains no live process ships itself (X-Road's op-monitor daemon reading the log): a worker that
 * stopped, a node that left, entries written before monitoring was on. Reads each chain after its stored position,
 * publishes one record per entry, then moves the position; a crash re-sends from the position with the same ids.
 * Chains that `isLive` claims are left to their own process's shipper.
 */
export class ChainSweeper<T> {
  private running = false;
  private stopped: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly follower: LogFollower,
    private readonly sink: RecordSink<T>,
    private readonly isLive: (chain: string) => boolean,
    private readonly options: SweeperOptions,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopped = this.loop();
  }

  /** Ships what is logged so far, then stops. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.stopped;
    await this.shipAll().catch(this.onError);
  }

  /** Publishes every entry of the swept chains logged so far; resolves the number of entries shipped. */
  async shipAll(): Promise<number> {
    let sent = 0;
    for (;;) {
      const n = await this.shipOnce();
      sent += n;
      if (n === 0) return sent;
    }
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let shipped = 0;
      try {
        shipped = await this.shipOnce();
      } catch (error) {
        this.onError(error);
      }
      if (shipped === 0 && this.running) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.options.idleMs).unref();
        });
      }
    }
  }

  /** One batch per swept chain: read after the position, publish, move the position. */
  private async shipOnce(): Promise<number> {
    let sent = 0;
    for (const { chain, seq } of await this.follower.chains()) {
      if (this.isLive(chain)) continue;
      const entries = await this.follower.entriesAfter(chain, seq, undefined, this.options.batchMax);
      if (entries.length === 0) continue;
      const records = entries
        .filter(({ entry }) => isMonitored(entry))
        .map(({ entry, hash }) => this.sink.encode(entry, hash));
      if (records.length > 0) await this.sink.publish(records);
      await this.follower.save(chain, entries[entries.length - 1].seq);
      sent += entries.length;
    }
    return sent;
  }
}
