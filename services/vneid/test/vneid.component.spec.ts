import { describeVneid } from './vneid.contract';

// The provider in its own process on the embedded adapters: PGlite, the in-memory bus, in-memory sessions.
describeVneid('embedded: PGlite, in-memory bus and sessions', () => ({ DB_SCHEMA: 'vneid_component' }));
