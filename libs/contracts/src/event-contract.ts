// The shape of an event contract. Hand-written; the generated module fills it from contracts/asyncapi.yaml.
import type {
  DeadLetterData,
  DeadLetterTopic,
  DeadLetterType,
  DomainTopic,
  EventDataMap,
  EventType,
} from './generated/events';

/** A JSON Schema (draft-07) document, inlined so nothing reads contract files at run time. */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}

/** The fields of D whose value is a string: the fields an event can be keyed by. */
export type StringField<D> = { [K in keyof D]-?: D[K] extends string ? K : never }[keyof D] & string;

/** Where an event type is published and how it is keyed and validated. */
export interface EventContract<T extends EventType = EventType> {
  /** The CloudEvents `type`. */
  readonly type: T;
  readonly topic: DomainTopic;
  /** The top-level `data` field whose value is the Kafka key (and the CloudEvents `partitionkey`). */
  readonly keyField: StringField<EventDataMap[T]>;
  /** The JSON Schema of `data`. */
  readonly schema: JsonSchema;
}

/** The record a consumer publishes to `<topic>.dlq` (see dlqTopicOf) when it gives up on a record of `<topic>`. */
export interface DeadLetterContract {
  readonly type: DeadLetterType;
  readonly topics: readonly DeadLetterTopic[];
  /** The original record's key, so a dead letter keeps its entity's partition order. */
  readonly keyField: keyof DeadLetterData;
  readonly schema: JsonSchema;
}
