import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from './clock';
import { clockConnection, closeConnection, type SharedClockOptions } from './shared-clock-redis';
import {
  businessMsAt,
  parseClockState,
  sharedClockKeys,
  wallClockState,
  type SharedClockKeys,
  type SharedClockState,
} from './shared-clock-state';

/**
 * A service's business clock when several processes share one (`D06_CLOCK=shared`): reads the state from Redis at
 * start, follows every announced change and acknowledges it (the controller waits for those receipts, so a change
 * it made is in force here before the simulator's next call), and never goes backwards. Reading the time is local.
 */
export class SharedClockFollower implements Clock {
  /** Names this process in its receipts. */
  readonly id = randomUUID();
  private readonly keys: SharedClockKeys;
  private readonly wallTime: () => number;
  private readonly subscriber: Redis;
  private readonly client: Redis;
  private state: SharedClockState | undefined;
  private lastIssued = Number.NEGATIVE_INFINITY;
  private started: Promise<void> | undefined;

  constructor(private readonly options: SharedClockOptions) {
    this.keys = sharedClockKeys(options.keyPrefix);
    this.wallTime = options.wallTime ?? Date.now;
    this.subscriber = clockConnection(options.redisUrl, 'follower-sub');
    this.client = clockConnection(options.redisUrl, 'follower');
  }

  /** Subscribes, then reads the current state (creating the wall-clock one when nobody set any). Idempotent. */
  start(): Promise<void> {
    this.started ??= this.subscribeAndRead();
    return this.started;
  }

  now(): Date {
    if (!this.state) throw new Error('SharedClockFollower.now() called before start() resolved');
    this.lastIssued = Math.max(this.lastIssued, Math.floor(businessMsAt(this.state, this.wallTime())));
    return new Date(this.lastIssued);
  }

  /** The state in force here (for probes and tests). */
  get current(): SharedClockState | undefined {
    return this.state;
  }

  async stop(): Promise<void> {
    await Promise.all([closeConnection(this.subscriber), closeConnection(this.client)]);
  }

  private async subscribeAndRead(): Promise<void> {
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.keys.updates) this.onAnnouncement(message);
    });
    // subscribed before reading, so no change falls between the read and the subscription
    await this.subscriber.subscribe(this.keys.updates);
    await this.read();
    // after a lost connection ioredis resubscribes; what was announced meanwhile is in the key
    this.subscriber.on('ready', () => void this.read().catch(() => undefined));
  }

  private async read(): Promise<void> {
    let text = await this.client.get(this.keys.state);
    if (text === null) {
      // nobody set the clock: every process agrees on wall-clock time from the first one's instant
      await this.client.set(this.keys.state, JSON.stringify(wallClockState(this.wallTime())), 'NX');
      text = await this.client.get(this.keys.state);
    }
    if (text !== null) this.apply(parseClockState(text));
  }

  private onAnnouncement(message: string): void {
    let state: SharedClockState;
    try {
      state = parseClockState(message);
    } catch {
      return;
    }
    this.apply(state);
    // the receipt names the version seen, which is now in force here (or an even newer one)
    this.client
      .publish(this.keys.acks, JSON.stringify({ follower: this.id, version: state.version }))
      .catch(() => undefined);
  }

  private apply(state: SharedClockState): void {
    if (!this.state || state.version > this.state.version) this.state = state;
  }
}
