import type { QueryRunner } from 'typeorm';

// Unquoted-identifier rules, lower case only: the name is interpolated into DDL, and PostgreSQL folds case anyway.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws unless `name` is a plain lower-case PostgreSQL identifier (safe to interpolate into SQL). */
export function assertSchemaName(name: string): void {
  if (!SCHEMA_NAME.test(name)) {
    throw new Error(`Invalid schema name "${name}": use 1-63 lower-case letters, digits and underscores`);
  }
}

/** Double-quotes an identifier for SQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The schema of the service whose migrations are running. Library migrations (e.g. the outbox) use it to create
 * their tables next to the service's own: `CREATE TABLE ${qualifiedName(queryRunner, 'outbox')} (...)`.
 */
export function schemaOf(queryRunner: QueryRunner): string {
  const { schema } = queryRunner.connection.options as { schema?: string };
  if (schema === undefined || schema === '') {
    throw new Error('The DataSource has no schema option; create it with createDataSource({ schema, ... })');
  }
  return schema;
}

/** `"<service schema>"."<table>"`, quoted, for migration SQL. */
export function qualifiedName(queryRunner: QueryRunner, table: string): string {
  return `${quoteIdentifier(schemaOf(queryRunner))}.${quoteIdentifier(table)}`;
}
