import { infrastructure } from '@d06/testing';
import { describeOutbox } from './outbox.contract';

describeOutbox('PostgreSQL', () => infrastructure().databaseUrl, { concurrentTransactions: true });
