import { inMemoryBus } from './bus-factories';
import { describeReducedBatchContract } from './reduced-batch.contract';

describeReducedBatchContract('in-memory', inMemoryBus, 0, 10_000);
