import type { CloudEvent } from 'cloudevents';
import type { EnvelopeFactory, NewEvent } from '../envelope/envelope-factory';
import type {
  BatchSubscription,
  EventBus,
  ReducedBatchSubscription,
  Subscription,
  SubscriptionHandle,
} from './event-bus.port';

/**
 * Faults a simulation injects on the bus (a scenario's `faults.bus`): some messages published twice, some held
 * back for a while. Which ones is decided from the seed and the event's content, so a run is repeatable.
 */
export interface BusFaultSettings {
  /** Share (0–1) of events published twice (the copy keeps the id and follows its original at once). */
  readonly duplicateRate: number;
  /** Share (0–1) of outbox events held back before they are published. */
  readonly delayRate: number;
  /** How long (real ms) a held-back event waits in the outbox. */
  readonly delayMs: number;
  readonly seed: number;
}

/** The variables the services read their bus faults from (the simulation's runner sets them). */
export const BUS_FAULT_ENV = {
  duplicateRate: 'D06_BUS_DUPLICATE_RATE',
  delayRate: 'D06_BUS_DELAY_RATE',
  delayMs: 'D06_BUS_DELAY_MS',
  seed: 'D06_BUS_FAULT_SEED',
} as const;

/** The settings as environment variables, for the processes a runner starts. */
export function busFaultEnv(settings: BusFaultSettings): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(BUS_FAULT_ENV) as (keyof BusFaultSettings)[]).map((field) => [
      BUS_FAULT_ENV[field],
      String(settings[field]),
    ]),
  );
}

/** The settings from the environment; undefined when no fault is set. Throws naming a bad variable. */
export function busFaultsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): BusFaultSettings | undefined {
  const read = (field: keyof BusFaultSettings, max: number): number => {
    const text = env[BUS_FAULT_ENV[field]];
    if (text === undefined || text === '') return 0;
    const value = Number(text);
    if (!(value >= 0 && value <= max))
      throw new RangeError(`${BUS_FAULT_ENV[field]}: expected a number from 0 to ${max}, got "${text}"`);
    return value;
  };
  const settings = {
    duplicateRate: read('duplicateRate', 1),
    delayRate: read('delayRate', 1),
    delayMs: read('delayMs', 3_600_000),
    seed: read('seed', Number.MAX_SAFE_INTEGER),
  };
  return settings.duplicateRate > 0 || (settings.delayRate > 0 && settings.delayMs > 0)
    ? settings
    : undefined;
}

/** FNV-1a, 32 bits: a cheap, stable hash of the decision's inputs. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Decides each event's fate from the seed and what the event says (type, key, business time, data) — not its
 * random id — so the same run of the same scenario duplicates and delays the same facts.
 */
export class BusFaultPlan {
  constructor(readonly settings: BusFaultSettings) {}

  duplicated(event: CloudEvent<unknown>): boolean {
    return this.draw(event, 'duplicate') < this.settings.duplicateRate;
  }

  /** Real ms the event waits in the outbox (0: none). */
  delayOf(event: CloudEvent<unknown>): number {
    if (this.settings.delayMs <= 0) return 0;
    return this.draw(event, 'delay') < this.settings.delayRate ? this.settings.delayMs : 0;
  }

  private draw(event: CloudEvent<unknown>, fault: string): number {
    const key = typeof event.partitionkey === 'string' ? event.partitionkey : '';
    const content = `${this.settings.seed}|${fault}|${event.type}|${key}|${event.time ?? ''}|${JSON.stringify(event.data ?? null)}`;
    return fnv1a(content) / 2 ** 32;
  }
}

/**
 * Publishes the plan's duplicates: each chosen event goes out twice in the same send, the copy right after its
 * original (same id and key, so the next record of the same partition). Consumers are idempotent, so no figure
 * may change. Everything else passes through.
 */
export class DuplicatingEventBus implements EventBus {
  constructor(
    private readonly inner: EventBus,
    private readonly envelopes: EnvelopeFactory,
    private readonly plan: BusFaultPlan,
  ) {}

  async publish(events: readonly NewEvent[]): Promise<CloudEvent<unknown>[]> {
    const envelopes = events.map((event) => this.envelopes.create(event));
    await this.publishEnvelopes(envelopes);
    return envelopes;
  }

  publishEnvelopes(events: readonly CloudEvent<unknown>[]): Promise<void> {
    return this.inner.publishEnvelopes(
      events.flatMap((event) => (this.plan.duplicated(event) ? [event, event] : [event])),
    );
  }

  subscribe(subscription: Subscription): Promise<SubscriptionHandle> {
    return this.inner.subscribe(subscription);
  }

  subscribeBatch(subscription: BatchSubscription): Promise<SubscriptionHandle> {
    return this.inner.subscribeBatch(subscription);
  }

  subscribeReduced<R>(subscription: ReducedBatchSubscription<R>): Promise<SubscriptionHandle> {
    return this.inner.subscribeReduced(subscription);
  }

  isReady(): Promise<boolean> {
    return this.inner.isReady();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** An outbox row as the relay reads it. */
export interface OutboxRow {
  readonly seq: string;
  readonly event: CloudEvent<unknown>;
}

/**
 * Holds the plan's delayed events back in the outbox (durable: a crash loses none, the restarted relay holds them
 * again and publishes them later). A key's later events wait behind a held one, so per-key order is kept; other
 * keys go ahead.
 */
export class OutboxDelayGate {
  /** When each held row was first seen (real ms). */
  private readonly firstSeen = new Map<string, number>();

  constructor(
    private readonly plan: BusFaultPlan,
    private readonly wallTime: () => number = Date.now,
  ) {}

  /** The rows to publish now, in their order; the others stay in the outbox for a later pass. */
  ready(rows: readonly OutboxRow[]): OutboxRow[] {
    const now = this.wallTime();
    const heldKeys = new Set<string>();
    const ready: OutboxRow[] = [];
    for (const row of rows) {
      const key = typeof row.event.partitionkey === 'string' ? row.event.partitionkey : undefined;
      const delay = this.plan.delayOf(row.event);
      let held = key !== undefined && heldKeys.has(key);
      if (!held && delay > 0) {
        const seen = this.firstSeen.get(row.seq) ?? now;
        this.firstSeen.set(row.seq, seen);
        held = now - seen < delay;
      }
      if (held) {
        if (key !== undefined) heldKeys.add(key);
        continue;
      }
      this.firstSeen.delete(row.seq);
      ready.push(row);
    }
    return ready;
  }
}
