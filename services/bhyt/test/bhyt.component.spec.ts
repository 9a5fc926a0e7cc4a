import { EmbeddedPostgres } from '@d06/persistence';
import { describeBhyt } from './bhyt.contract';

// One process: PGlite (the seed loads it with INSERTs), the in-memory bus and cache.
describeBhyt('embedded: PGlite, in-memory bus and cache', () => ({
  env: { DB_SCHEMA: 'bhyt_component' },
  seed: {},
}));

afterAll(() => EmbeddedPostgres.shared().stop());
