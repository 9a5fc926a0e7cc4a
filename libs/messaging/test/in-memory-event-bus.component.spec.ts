import { createEventBus, InMemoryBroker } from '../src';
import { describeEventBusContract } from './event-bus.contract';

describeEventBusContract(
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
        )
          .flat()
          .sort((a, b) => Number(a.offset) - Number(b.offset)),
      close: () => bus.close(),
    };
  },
  10_000,
);
