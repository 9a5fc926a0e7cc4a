import { infrastructure } from '@d06/testing';
import { createEventBus, InMemoryBroker } from '../src';
import type { BusFactory } from './bus-under-test';
import { KafkaTestClient } from './kafka-test-client';

/** A bus on the test Kafka, with raw access through a separate client. */
export const kafkaBus: BusFactory = async (contracts) => {
  const { kafkaBrokers } = infrastructure();
  const client = new KafkaTestClient(kafkaBrokers);
  const bus = await createEventBus({ source: 'd06/test', contracts, kafkaBrokers });
  return {
    bus,
    sendRaw: (topic, messages) => client.sendRaw(topic, messages),
    readAll: (topic) => client.readAll(topic),
    close: () => bus.close(),
  };
};

/** A bus on a broker of its own in this process. */
export const inMemoryBus: BusFactory = async (contracts) => {
  const broker = new InMemoryBroker(6);
  const bus = await createEventBus({ source: 'd06/test', contracts, broker });
  return {
    bus,
    sendRaw: async (topic, messages) => broker.append(topic, messages),
    readAll: async (topic) =>
      Array.from({ length: broker.partitionCount(topic) }, (_, p) =>
        broker.read(topic, p, 0, Number.MAX_SAFE_INTEGER),
      )
        .flat()
        .sort((a, b) => Number(a.offset) - Number(b.offset)),
    close: () => bus.close(),
  };
};
