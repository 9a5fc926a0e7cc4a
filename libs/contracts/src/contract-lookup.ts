// Lookups over the generated contracts. Types arriving from the wire are plain strings: check them with
// isEventType before contractFor.
import { ContractError, ContractErrorCode } from './contract.error';
import type { EventContract } from './event-contract';
import { EVENT_CONTRACTS, type EventType } from './generated/events';

const DLQ_SUFFIX = '.dlq';
// Kafka's legal topic names, leaving room for the suffix.
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,245}$/;

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENT_CONTRACTS, value);
}

/** The contract of an event type; throws ContractError(UNKNOWN_EVENT_TYPE) for a type with none. */
export function contractFor<T extends EventType>(type: T): EventContract<T> {
  if (!isEventType(type)) {
    throw new ContractError(
      ContractErrorCode.UnknownEventType,
      `no contract for event type ${JSON.stringify(type)}`,
    );
  }
  return EVENT_CONTRACTS[type];
}

/** The dead-letter topic of a topic: `<topic>.dlq`. A dead-letter topic has none of its own. */
export function dlqTopicOf<T extends string>(topic: T): `${T}${typeof DLQ_SUFFIX}` {
  if (!TOPIC_NAME.test(topic) || topic.endsWith(DLQ_SUFFIX)) {
    throw new ContractError(
      ContractErrorCode.InvalidTopic,
      `${JSON.stringify(topic)} has no dead-letter topic: it must be a Kafka topic name not ending in ${DLQ_SUFFIX}`,
    );
  }
  return `${topic}${DLQ_SUFFIX}`;
}
