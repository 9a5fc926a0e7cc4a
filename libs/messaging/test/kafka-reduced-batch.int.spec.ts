import { infrastructure } from '@d06/testing';
import { createEventBus } from '../src';
import type { BusFactory } from './event-bus.contract';
import { KafkaTestClient } from './kafka-test-client';
import { describeReducedBatchContract } from './reduced-batch.contract';

const kafka: BusFactory = async (contracts) => {
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

describeReducedBatchContract('Kafka', kafka, 2, 60_000);
describeReducedBatchContract('Kafka', kafka, 0, 60_000);
