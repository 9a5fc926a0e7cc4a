import { EmbeddedPostgres } from '@d06/persistence';
import { describeRegistry } from './registry.contract';

describeRegistry('embedded: in-memory bus, PGlite, in-memory cache', () => ({
  DB_SCHEMA: 'population_registry',
}));

afterAll(() => EmbeddedPostgres.shared().stop());
