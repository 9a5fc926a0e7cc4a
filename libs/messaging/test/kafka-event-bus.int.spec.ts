import { kafkaBus } from './bus-factories';
import { describeEventBusContract } from './event-bus.contract';

describeEventBusContract('Kafka', kafkaBus, 60_000);
