import { combinedWrite, type WriteStatement } from './write-together';

const statement = (sql: string, parameters: unknown[]): WriteStatement => ({
  getQueryAndParameters: () => [sql, parameters],
});

describe('combinedWrite', () => {
  it('sends a single write as it is', () => {
    expect(combinedWrite([statement('UPDATE t SET a = $1 WHERE id = $2', [1, 'x'])])).toEqual([
      'UPDATE t SET a = $1 WHERE id = $2',
      [1, 'x'],
    ]);
  });

  it('puts the writes before the last in WITH queries and numbers every parameter past the ones before it', () => {
    const [sql, parameters] = combinedWrite([
      statement('UPDATE t SET a = $1 WHERE id = $2', [1, 'x']),
      statement(
        'INSERT INTO h (a, b, c, d, e, f, g, h, i, j) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        [...'abcdefghij'],
      ),
      statement('INSERT INTO o (e) VALUES ($1), ($2)', ['e1', 'e2']),
    ]);
    expect(sql).toBe(
      'WITH write_1 AS (UPDATE t SET a = $1 WHERE id = $2), ' +
        'write_2 AS (INSERT INTO h (a, b, c, d, e, f, g, h, i, j) VALUES ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12)) ' +
        'INSERT INTO o (e) VALUES ($13), ($14)',
    );
    expect(parameters).toEqual([1, 'x', ...'abcdefghij', 'e1', 'e2']);
  });

  it('has nothing to send for no writes', () => {
    expect(combinedWrite([])).toEqual(['', []]);
  });
});
