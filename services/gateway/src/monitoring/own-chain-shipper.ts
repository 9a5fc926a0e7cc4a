import type { LogTap } from '../message-log/message-log.writer';
import type { MessageLogEntry } from '../message-log/message-log-entry';
import { isMonitored } from './call-record';
import type { LogFollower } from './log-follower';
import type { RecordSink } from './record-sink';

export interface OwnChainOptions {
  /** Most records per publish. */
  readonly batchMax: number;
  /** How long committed records wait for company before a publish smaller than batchMax. */
  readonly lingerMs: number;
  /** Most committed records kept in memory; past it, they are read back from the log instead. */
  readonly maxBuffered: number;
  /** How often the position is stored (a crash re-sends at most this much, with the same ids). */
  readonly savePositionMs: number;
}

interface CommittedBatch<T> {
  readonly first: number;
  readonly last: number;
  readonly records: readonly (T | undefined)[];
}

const IDLE_MS = 1_000;

/**
 * Publishes the monitoring record of every entry of this process's own message-log chain. A record is made when
 * its entry is chained (from the call as it was answered), kept until the entry's batch has committed, then
 * published — so a record never precedes its log entry — and the chain's position is stored after Kafka
 * acknowledged it.
 *
 * Nothing is lost: the log is the source of truth. Whatever is not in memory — records past `maxBuffered`, or
 * committed before a crash but not yet published — is read back from the log after the stored position and
 * published from there (catch-up), with the same ids (made from the entries' hashes), so consumers drop what a crash made
 * them receive twice. A failed publish is retried; the position only moves after an acknowledgement.
 */
export class OwnChainShipper<T> implements LogTap {
  private position = 0;
  private saved = 0;
  private savedAt = 0;
  private committedHead = 0;
  private buffered: CommittedBatch<T>[] = [];
  private bufferedCount = 0;
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private lock: Promise<unknown> = Promise.resolve();
  private wake: (() => void) | undefined;
  private idle = false;
  private backoffMs = 0;

  constructor(
    readonly chain: string,
    private readonly follower: LogFollower,
    private readonly sink: RecordSink<T>,
    private readonly options: OwnChainOptions,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  chained(entry: MessageLogEntry, hash: string): T | undefined {
    return isMonitored(entry) ? this.sink.encode(entry, hash) : undefined;
  }

  committed(first: number, last: number, tapped: readonly unknown[]): void {
    this.committedHead = Math.max(this.committedHead, last);
    if (this.bufferedCount + tapped.length <= this.options.maxBuffered) {
      this.buffered.push({ first, last, records: tapped as readonly (T | undefined)[] });
      this.bufferedCount += tapped.length;
    }
    if (this.idle || this.bufferedCount >= this.options.batchMax) this.wake?.();
  }

  /** Starts shipping from the stored position; `head` is the chain's last stored seq. */
  async start(head: number): Promise<void> {
    this.position = this.saved = await this.follower.position(this.chain);
    this.committedHead = Math.max(this.committedHead, head);
    this.running = true;
    this.loopDone = this.loop();
  }

  /** Publishes every committed record (the log must be flushed first), and stores the position. */
  async flush(): Promise<void> {
    while (this.position < this.committedHead) {
      const before = this.position;
      await this.exclusive(() => this.shipNext());
      if (this.position === before) throw new Error('monitoring records could not be published');
    }
    await this.exclusive(() => this.savePosition());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loopDone;
    await this.flush().catch(this.onError);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      if (this.position >= this.committedHead) {
        // all shipped: store where (the periodic save below may not have caught the last publish)
        if (this.saved !== this.position) await this.exclusive(() => this.savePosition());
        this.idle = true;
        await this.sleep(IDLE_MS);
        this.idle = false;
        continue;
      }
      if (this.bufferedCount < this.options.batchMax) await this.sleep(this.options.lingerMs);
      const before = this.position;
      await this.exclusive(() => this.shipNext());
      if (this.position === before && this.running) await this.sleep(this.backoffMs);
      else if (Date.now() - this.savedAt >= this.options.savePositionMs) {
        await this.exclusive(() => this.savePosition());
      }
    }
  }

  /** One publish: the next records in chain order, from memory when they are there, from the log when not. */
  private async shipNext(): Promise<void> {
    while (this.buffered.length > 0 && this.buffered[0].last <= this.position) {
      this.bufferedCount -= this.buffered.shift()!.records.length;
    }
    if (this.position >= this.committedHead) return;
    const next = this.position + 1;
    let records: T[];
    let last: number;
    const head = this.buffered[0];
    if (head && head.first === next) {
      records = [];
      let taken = 0;
      last = this.position;
      for (const batch of this.buffered) {
        if (taken > 0 && (batch.first !== last + 1 || taken + batch.records.length > this.options.batchMax))
          break;
        for (const record of batch.records) if (record !== undefined) records.push(record);
        taken += batch.records.length;
        last = batch.last;
      }
    } else {
      const upTo = head ? head.first - 1 : this.committedHead;
      const entries = await this.follower.entriesAfter(
        this.chain,
        this.position,
        upTo,
        this.options.batchMax,
      );
      records = entries
        .filter(({ entry }) => isMonitored(entry))
        .map(({ entry, hash }) => this.sink.encode(entry, hash));
      // an empty read means the log holds nothing more up to `upTo` (an entry it never stored)
      last = entries.length > 0 ? entries[entries.length - 1].seq : upTo;
    }
    try {
      if (records.length > 0) await this.sink.publish(records);
      this.position = last;
      this.backoffMs = 0;
    } catch (error) {
      this.onError(error);
      this.backoffMs = Math.min(Math.max(this.backoffMs * 2, 100), 5_000);
    }
  }

  private async savePosition(): Promise<void> {
    this.savedAt = Date.now();
    if (this.position === this.saved) return;
    const position = this.position;
    await this.follower
      .save(this.chain, position)
      .then(() => void (this.saved = Math.max(this.saved, position)), this.onError);
  }

  private exclusive(work: () => Promise<void>): Promise<void> {
    const run = this.lock.then(work);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
