import type { EventBus } from '@d06/messaging';
import type { GatewayConfig } from '../config/gateway.config';
import { BusRecordSink, KafkaRecordSink, type RecordSink } from './record-sink';

/** Kafka when the gateway has brokers; otherwise the event bus it runs on (the embedded, in-memory one). */
export async function createRecordSink(
  config: Pick<GatewayConfig, 'KAFKA_BROKERS' | 'KAFKA_TOPIC_PREFIX'>,
  bus: () => Promise<EventBus> | EventBus,
): Promise<RecordSink<unknown>> {
  const brokers = config.KAFKA_BROKERS ?? [];
  if (brokers.length > 0) {
    return KafkaRecordSink.connect({ brokers, topicPrefix: config.KAFKA_TOPIC_PREFIX });
  }
  return new BusRecordSink(await bus());
}
