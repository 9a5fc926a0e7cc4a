import { inMemoryBus } from './bus-factories';
import { describeDeadLetterContract } from './dead-letter.contract';
import { describeEventBusContract } from './event-bus.contract';

describeEventBusContract('in-memory', inMemoryBus, 10_000);
describeDeadLetterContract('in-memory', inMemoryBus, 10_000);
