import { kafkaBus } from './bus-factories';
import { describeReducedBatchContract } from './reduced-batch.contract';

describeReducedBatchContract('Kafka', kafkaBus, 2, 60_000);
describeReducedBatchContract('Kafka', kafkaBus, 0, 60_000);
