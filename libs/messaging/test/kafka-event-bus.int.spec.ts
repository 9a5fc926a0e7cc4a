import { infrastructure } from '@d06/testing';
import { createEventBus } from '../src';
import { describeEventBusContract } from './event-bus.contract';
import { KafkaTestClient } from './kafka-test-client';

describeEventBusContract(
  'Kafka',
  async (contracts) => {
    const { kafkaBrokers } = infrastructure();
    const client = new KafkaTestClient(kafkaBrokers);
    const bus = await createEventBus({ source: 'd06/test', contracts, kafkaBrokers });
    return {
      bus,
      sendRaw: (topic, messages) => client.sendRaw(topic, messages),
      readAll: (topic) => client.readAll(topic),
      close: () => bus.close(),
    };
  },
  60_000,
);
