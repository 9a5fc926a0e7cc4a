import { EmbeddedPostgres } from '../embedded/embedded-postgres';
import { persistenceContract } from '../test-support/persistence-contract';
import { writeTogetherContract } from '../test-support/write-together.contract';

jest.setTimeout(60_000);

describe('createDataSource on the embedded database (PGlite)', () => {
  const embedded = new EmbeddedPostgres({ maxConnections: 32 });

  persistenceContract(() => ({ embedded }));
  describe('writeTogether', () => writeTogetherContract(() => ({ embedded })));

  // Declared after the contract so its own afterAll (closing DataSources) runs while the server is still up.
  afterAll(async () => {
    await embedded.stop();
  });
});
