import { EmbeddedPostgres } from '@d06/persistence';
import { describeGateway } from './gateway.contract';

// One process: PGlite, the in-memory bus, limits and cache in memory.
describeGateway('embedded: PGlite, in-memory bus and cache', () => ({ DB_SCHEMA: 'gateway_component' }));

afterAll(() => EmbeddedPostgres.shared().stop());
