import { context, propagation } from '@opentelemetry/api';
import { CloudEvent } from 'cloudevents';
import { v7 as uuidv7 } from 'uuid';
import type { EventCatalog } from '../catalog/event-catalog';
import { EventValidationError, MissingPartitionKeyError } from '../messaging.errors';

/** Business time source (the platform's Clock satisfies it): event `time` is when it happened in the simulation. */
export interface BusinessClock {
  now(): Date;
}

/** What a producer states; the factory adds id, source, time, key and trace context. */
export interface NewEvent<T = unknown> {
  readonly type: string;
  readonly data: T;
  /** Partition key; defaults to the contract's keyField taken from `data`. */
  readonly key?: string;
  readonly subject?: string;
  /** Business time of the fact; defaults to the clock's now. */
  readonly time?: Date;
  /** Fixed id, for producers that need a deterministic one; UUIDv7 otherwise. */
  readonly id?: string;
}

/** Builds validated CloudEvents for one source (a service), so every producer stamps events the same way. */
export class EnvelopeFactory {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly source: string,
    private readonly clock: BusinessClock,
  ) {}

  create<T>(event: NewEvent<T>): CloudEvent<T> {
    const violations = this.catalog.violations(event.type, event.data);
    if (violations.length > 0) throw new EventValidationError(event.type, violations);
    const key = event.key ?? this.keyFromData(event);
    const carrier: Record<string, string> = {};
    propagation.inject(context.active(), carrier);
    return new CloudEvent<T>(
      {
        id: event.id ?? uuidv7(),
        source: this.source,
        type: event.type,
        // no default from the key: keys are often personal ID numbers, and ce_subject travels as a plain header
        ...(event.subject ? { subject: event.subject } : {}),
        time: (event.time ?? this.clock.now()).toISOString(),
        datacontenttype: 'application/json',
        data: event.data,
        partitionkey: key,
        ...(carrier.traceparent ? { traceparent: carrier.traceparent } : {}),
      },
      false,
    );
  }

  private keyFromData(event: NewEvent): string {
    const field = this.catalog.contract(event.type).keyField;
    const value = field ? (event.data as Record<string, unknown>)?.[field] : undefined;
    if (typeof value !== 'string' || value === '') throw new MissingPartitionKeyError(event.type);
    return value;
  }
}
