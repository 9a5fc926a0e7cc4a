export * from './persistence-helpers';
export * from './messaging.errors';
export * from './catalog/event-catalog';
export * from './envelope/wire-message';
export * from './envelope/cloud-event.codec';
export * from './envelope/envelope-factory';
export * from './bus/event-bus.port';
export * from './bus/event-keys';
export * from './bus/retry-policy';
export * from './bus/dead-letter';
export * from './bus/create-event-bus';
export * from './bus/bus-faults';
export * from './memory/in-memory-broker';
export * from './memory/in-memory-event-bus';
export * from './kafka/kafka-event-bus';
export * from './kafka/produce';
export * from './outbox/outbox-record.entity';
export * from './outbox/transactional-outbox';
export * from './outbox/outbox-relay';
export * from './consumer/processed-event.entity';
export * from './consumer/consumer-offset.entity';
export * from './consumer/idempotent-consumer';
export * from './consumer/transactional-offset-store';
export * from './messaging-tables.migration';
export * from './nest/event-bus.server';
export * from './nest/messaging.module';

import { ConsumerOffset } from './consumer/consumer-offset.entity';
import { ProcessedEvent } from './consumer/processed-event.entity';
import { OutboxRecord } from './outbox/outbox-record.entity';

/** Entities a service using the outbox, idempotent consumers or stored offsets adds to its DataSource. */
export const MESSAGING_ENTITIES = [OutboxRecord, ProcessedEvent, ConsumerOffset];
export * from './bus/bus-metrics';
