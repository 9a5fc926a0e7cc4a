import { kafkaBus } from './bus-factories';
import { describeDeadLetterContract } from './dead-letter.contract';
import { describeEventBusContract } from './event-bus.contract';

describeEventBusContract('Kafka', kafkaBus, 60_000);
describeDeadLetterContract('Kafka', kafkaBus, 60_000);
