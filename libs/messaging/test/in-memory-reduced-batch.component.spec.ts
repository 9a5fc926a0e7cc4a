import { createEventBus, InMemoryBroker } from '../src';
import { describeReducedBatchContract } from './reduced-batch.contract';

describeReducedBatchContract(
  'in-memory',
  async (contracts) => {
    const broker = new InMemoryBroker(6);
    const bus = await createEventBus({ source: 'd06/test', contracts, broker });
    return {
      bus,
      sendRaw: async (topic, messages) => broker.append(topic, messages),
      readAll: async (topic) =>
        Array.from({ length: broker.partitionCount(topic) }, (_, p) =>
          broker.read(topic, p, 0, Number.MAX_SAFE_INTEGER),
        ).flat(),
      close: () => bus.close(),
    };
  },
  0,
  10_000,
);
