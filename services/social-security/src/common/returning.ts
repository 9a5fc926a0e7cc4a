/**
 * The rows of an `UPDATE … RETURNING` run through `EntityManager.query`: TypeORM's PostgreSQL driver answers
 * UPDATE and DELETE with `[rows, affected]` instead of the rows alone.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
