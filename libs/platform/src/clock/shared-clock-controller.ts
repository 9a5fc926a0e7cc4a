import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { clockConnection, closeConnection, type SharedClockOptions } from './shared-clock-redis';
import {
  assertClockSpeed,
  businessMsAt,
  parseClockState,
  sharedClockKeys,
  wallClockState,
  type SharedClockKeys,
  type SharedClockState,
} from './shared-clock-state';

/** Business time the clock starts from when the controller sets it (a simulation run's first instant). */
export interface SharedClockStart {
  readonly start: Date;
  readonly speed?: number;
  readonly paused?: boolean;
}

export interface SharedClockControllerOptions extends SharedClockOptions {
  /** Longest wait for the followers' receipts of one change (default 10 s); see `onUnacknowledged`. */
  readonly ackTimeoutMs?: number;
  /** Called when followers that received a change did not acknowledge it in time (default: a process warning). */
  readonly onUnacknowledged?: (missing: { version: number; expected: number; acknowledged: number }) => void;
}

// One step, atomic on the server: a new version, the state under the key, and its announcement. PUBLISH answers
// how many subscribers (followers) received it: the receipts to wait for. The state is spliced as text (Lua's cjson
// would print epoch milliseconds in exponent form).
const WRITE_AND_ANNOUNCE = `
local version = redis.call('INCR', KEYS[2])
local state = '{"version":' .. version .. ',' .. string.sub(ARGV[1], 2)
redis.call('SET', KEYS[1], state)
local receivers = redis.call('PUBLISH', KEYS[3], state)
return { version, receivers }
`;

/**
 * The simulator's handle on the shared business clock: sets, pauses, resumes, changes its pace. Each change is
 * written, then announced, and the returned promise resolves only once every follower subscribed at that moment
 * has acknowledged it — PUBLISH tells how many received the announcement, and each follower applies a change
 * before it sends its receipt. So when `await clock.set(t)` returns, every service already reads at least `t`, and
 * the next call the simulator makes to a service happens at that business time. Changes are applied one at a time,
 * each from the state in Redis (so two controllers, e.g. a command-line run and the simulator service, can share a
 * clock).
 */
export class SharedClockController {
  /** Names this controller in its receipts of announcements. */
  readonly id = randomUUID();
  private readonly keys: SharedClockKeys;
  private readonly wallTime: () => number;
  private readonly client: Redis;
  private readonly receipts: Redis;
  private readonly acks = new Map<number, Set<string>>();
  private readonly waiters = new Set<() => void>();
  private state: SharedClockState | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SharedClockControllerOptions) {
    this.keys = sharedClockKeys(options.keyPrefix);
    this.wallTime = options.wallTime ?? Date.now;
    this.client = clockConnection(options.redisUrl, 'controller');
    this.receipts = clockConnection(options.redisUrl, 'controller-acks');
  }

  /**
   * Listens for receipts, then either sets the clock to `initial` (a run's start: announced like any change) or
   * takes over the state in Redis (the wall clock at speed 1 when there is none).
   */
  async start(initial?: SharedClockStart): Promise<void> {
    this.receipts.on('message', (channel: string, message: string) => {
      if (channel === this.keys.acks) this.onReceipt(message);
      else if (channel === this.keys.updates) this.onAnnouncement(message);
    });
    // the announcements too: another controller's changes (a simulator service beside a command-line run) keep
    // now() current here; this controller acknowledges them like a follower, as PUBLISH counts it as a receiver
    await this.receipts.subscribe(this.keys.acks, this.keys.updates);
    if (initial) {
      if (Number.isNaN(initial.start.getTime())) throw new RangeError('the clock start must be a valid Date');
      assertClockSpeed(initial.speed ?? 1);
      const wall = this.wallTime();
      return this.write({
        anchorBusinessMs: initial.start.getTime(),
        anchorWallMs: wall,
        speed: initial.speed ?? 1,
        paused: initial.paused ?? false,
      });
    }
    const text = await this.client.get(this.keys.state);
    if (text !== null) this.apply(parseClockState(text));
    else {
      const { version: _version, ...wall } = wallClockState(this.wallTime());
      await this.write(wall);
    }
  }

  now(): Date {
    return new Date(Math.floor(businessMsAt(this.current, this.wallTime())));
  }

  get current(): SharedClockState {
    if (!this.state) throw new Error('SharedClockController used before start() resolved');
    return this.state;
  }

  get speed(): number {
    return this.current.speed;
  }

  get isPaused(): boolean {
    return this.current.paused;
  }

  /** Moves business time to `date`, which must not be earlier than now. */
  set(date: Date): Promise<void> {
    return this.change(() => {
      const target = date.getTime();
      if (Number.isNaN(target)) throw new RangeError('SharedClockController.set needs a valid Date');
      const current = this.now();
      if (target < current.getTime())
        throw new RangeError(
          `the shared clock cannot go backwards: ${date.toISOString()} is before ${current.toISOString()}`,
        );
      return { anchorBusinessMs: target };
    });
  }

  /** Jumps business time forward by `ms`. */
  advanceBy(ms: number): Promise<void> {
    return this.change(() => {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`the shared clock can only advance by ms >= 0, got ${ms}`);
      return { anchorBusinessMs: this.now().getTime() + ms };
    });
  }

  /** Changes the pace from now on. */
  setSpeed(speed: number): Promise<void> {
    return this.change(() => {
      assertClockSpeed(speed);
      return { speed };
    });
  }

  pause(): Promise<void> {
    return this.change(() => (this.current.paused ? undefined : { paused: true }));
  }

  resume(): Promise<void> {
    return this.change(() => (this.current.paused ? { paused: false } : undefined));
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await Promise.all([closeConnection(this.client), closeConnection(this.receipts)]);
  }

  /** Rebases at the current instant, applies the edit, writes and waits for the receipts; one change at a time. */
  private change(edit: () => Partial<Omit<SharedClockState, 'version'>> | undefined): Promise<void> {
    const next = this.queue.then(async () => {
      // from the state in Redis, which another controller may have changed since
      const text = await this.client.get(this.keys.state);
      if (text !== null) this.apply(parseClockState(text));
      const changes = edit();
      if (!changes) return;
      const wall = this.wallTime();
      const { version: _version, ...rest } = this.current;
      await this.write({
        ...rest,
        anchorBusinessMs: Math.floor(businessMsAt(this.current, wall)),
        anchorWallMs: wall,
        ...changes,
      });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(state: Omit<SharedClockState, 'version'>): Promise<void> {
    const [version, receivers] = (await this.client.eval(
      WRITE_AND_ANNOUNCE,
      3,
      this.keys.state,
      this.keys.version,
      this.keys.updates,
      JSON.stringify(state),
    )) as [number, number];
    this.apply({ version, ...state });
    await this.receiptsOf(version, receivers);
    this.acks.delete(version);
  }

  private apply(state: SharedClockState): void {
    if (!this.state || state.version > this.state.version) this.state = state;
  }

  private onAnnouncement(message: string): void {
    try {
      const state = parseClockState(message);
      this.apply(state);
      this.client
        .publish(this.keys.acks, JSON.stringify({ follower: this.id, version: state.version }))
        .catch(() => undefined);
    } catch {
      return;
    }
  }

  private onReceipt(message: string): void {
    try {
      const { follower, version } = JSON.parse(message) as { follower: string; version: number };
      const seen = this.acks.get(version) ?? new Set<string>();
      seen.add(follower);
      this.acks.set(version, seen);
    } catch {
      return;
    }
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves when `expected` followers acknowledged `version` (receipts may come before EVAL's answer does). */
  private receiptsOf(version: number, expected: number): Promise<void> {
    const count = (): number => this.acks.get(version)?.size ?? 0;
    if (count() >= expected) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const check = (): void => {
        if (count() >= expected) done();
      };
      const timer = setTimeout(() => {
        // a follower killed between the announcement and its receipt no longer matters; a live one is late
        const missing = { version, expected, acknowledged: count() };
        if (this.options.onUnacknowledged) this.options.onUnacknowledged(missing);
        else
          process.emitWarning(
            `shared clock: ${missing.acknowledged} of ${expected} followers acknowledged version ${version}`,
          );
        done();
      }, this.options.ackTimeoutMs ?? 10_000);
      this.waiters.add(check);
    });
  }
}
