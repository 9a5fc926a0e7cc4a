export { createDataSource, type CreateDataSourceOptions } from './data-source/create-data-source';
export { migrateSchema } from './data-source/run-migrations';
export { localDatabaseUrl } from './data-source/local-database-url';
export { assertSchemaName, qualifiedName, quoteIdentifier, schemaOf } from './data-source/schema-name';
export {
  EmbeddedPostgres,
  type EmbeddedPostgresEndpoint,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresStats,
} from './embedded/embedded-postgres';
export { assertMigrationsCoverEntities } from './schema/assert-migrations-cover-entities';
export { MissingMigrationError } from './schema/missing-migration.error';
export { databaseReady } from './health/database-ready';
export { PersistenceModule } from './nest/persistence.module';
export { insertOf, updateOf, writeTogether, type WriteStatement } from './statements/write-together';
export { deferIndexes } from './bulk-load/deferred-indexes';
export { copyField, copyLine, type CopyValue } from './bulk-load/copy-text';
