import type { QueryRunner } from 'typeorm';
import { assertSchemaName, qualifiedName, quoteIdentifier, schemaOf } from './schema-name';

function runnerWith(options: object): QueryRunner {
  return { connection: { options } } as unknown as QueryRunner;
}

describe('schema names', () => {
  it.each(['population', 'one_stop', '_x1'])('accepts %s', (name) => {
    expect(() => assertSchemaName(name)).not.toThrow();
  });

  it.each(['Population', 'one-stop', '1x', '', 'a"; DROP SCHEMA public; --', 'x'.repeat(64)])(
    'rejects %j',
    (name) => {
      expect(() => assertSchemaName(name)).toThrow(`Invalid schema name "${name}"`);
    },
  );

  it('quotes identifiers, doubling embedded quotes', () => {
    expect(quoteIdentifier('outbox')).toBe('"outbox"');
    expect(quoteIdentifier('we"ird')).toBe('"we""ird"');
  });

  it('finds the service schema from a migration query runner', () => {
    const runner = runnerWith({ type: 'postgres', schema: 'bhyt' });

    expect(schemaOf(runner)).toBe('bhyt');
    expect(qualifiedName(runner, 'outbox')).toBe('"bhyt"."outbox"');
  });

  it('refuses to guess a schema when the DataSource has none', () => {
    expect(() => schemaOf(runnerWith({ type: 'postgres' }))).toThrow('The DataSource has no schema option');
  });
});
