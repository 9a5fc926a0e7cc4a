import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { rowsInsert } from './rows-insert';

/** A write built by one of TypeORM's query builders (insert, update, delete). */
export interface WriteStatement {
  getQueryAndParameters(): [string, unknown[]];
}

/**
 * Several writes sent as one statement — one round trip to PostgreSQL instead of one each, which is most of what
 * a small write costs here. Every write but the last becomes a data-modifying WITH query. They all run on one
 * snapshot and do not see each other's rows, so they must not depend on each other (foreign keys are checked
 * at the statement's end, so a row may reference one inserted beside it). The statement is atomic on its own,
 * and part of the caller's transaction when the manager has one.
 */
export async function writeTogether(
  manager: EntityManager,
  writes: readonly WriteStatement[],
): Promise<void> {
  const [sql, parameters] = combinedWrite(writes);
  if (sql) await manager.query(sql, parameters);
}

/** The one statement and its parameters (empty SQL for no writes). */
export function combinedWrite(writes: readonly WriteStatement[]): [string, unknown[]] {
  const parameters: unknown[] = [];
  const statements = writes.map((write) => {
    const [sql, values] = write.getQueryAndParameters();
    const offset = parameters.length;
    parameters.push(...values);
    // the builders number their parameters $1…$n per statement (values never appear in the SQL text itself)
    return offset === 0 ? sql : sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  });
  const last = statements.pop();
  if (last === undefined) return ['', []];
  if (statements.length === 0) return [last, parameters];
  const withs = statements.map((statement, i) => `write_${i + 1} AS (${statement})`).join(', ');
  return [`WITH ${withs} ${last}`, parameters];
}

/** An INSERT of rows into an entity's table, for writeTogether (generated values are not read back). */
export function insertOf<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): WriteStatement {
  const list = Array.isArray(rows) ? rows : [rows];
  return (
    rowsInsert(manager, entity, list) ??
    manager.createQueryBuilder().insert().into(entity).values(rows).updateEntity(false)
  );
}

/** An UPDATE of the rows matching `where`, for writeTogether. */
export function updateOf<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  set: QueryDeepPartialEntity<T>,
  where: FindOptionsWhere<T>,
): WriteStatement {
  return manager.createQueryBuilder().update(entity).set(set).where(where).updateEntity(false);
}
