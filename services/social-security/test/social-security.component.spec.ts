import { EmbeddedPostgres } from '@d06/persistence';
import { describeSocialSecurity } from './social-security.contract';

describeSocialSecurity('embedded: in-memory bus, PGlite', () => ({ DB_SCHEMA: 'social_security_contract' }));

afterAll(() => EmbeddedPostgres.shared().stop());
