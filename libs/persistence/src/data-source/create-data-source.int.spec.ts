import { persistenceContract } from '../test-support/persistence-contract';
import { writeTogetherContract } from '../test-support/write-together.contract';

jest.setTimeout(60_000);

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/d06_test';

describe('createDataSource on PostgreSQL', () => {
  persistenceContract(() => ({ databaseUrl }));
  describe('writeTogether', () => writeTogetherContract(() => ({ databaseUrl })));
});
