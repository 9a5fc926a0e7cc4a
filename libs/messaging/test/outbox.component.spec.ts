import { EmbeddedPostgres } from '@d06/persistence';
import { describeOutbox } from './outbox.contract';

describeOutbox('embedded PostgreSQL (PGlite)', () => undefined);

afterAll(() => EmbeddedPostgres.shared().stop());
