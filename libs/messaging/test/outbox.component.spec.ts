import { EmbeddedPostgres } from '@d06/persistence';
import { describeOutbox } from './outbox.contract';

describeOutbox('embedded PostgreSQL (PGlite)', () => undefined, { concurrentTransactions: false });

afterAll(() => EmbeddedPostgres.shared().stop());
