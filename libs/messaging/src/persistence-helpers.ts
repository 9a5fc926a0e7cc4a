import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** `"schema"."table"` of an entity, for the few statements written in SQL. */
export function qualifiedTable(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  const metadata = manager.connection.getMetadata(entity);
  const escape = (name: string): string => manager.connection.driver.escape(name);
  return metadata.schema
    ? `${escape(metadata.schema)}.${escape(metadata.tableName)}`
    : escape(metadata.tableName);
}
