import { inMemoryBus } from './bus-factories';
import { describeEventBusContract } from './event-bus.contract';

describeEventBusContract('in-memory', inMemoryBus, 10_000);
