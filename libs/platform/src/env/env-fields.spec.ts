import { serviceEnv } from './env-fields';
import { EnvValidationError } from './env-validation.error';
import { loadEnv } from './load-env';

describe('serviceEnv', () => {
  const schema = serviceEnv({ port: 8080, schema: 'population' });

  it('gives every service the same shared variables with its own defaults', () => {
    expect(loadEnv(schema, {})).toEqual({ PORT: 8080, DB_SCHEMA: 'population', KAFKA_TOPIC_PREFIX: '' });
  });

  it('parses the shared variables when set', () => {
    const env = loadEnv(schema, {
      PORT: '9000',
      DATABASE_URL: 'postgresql://postgres@db:5432/d06',
      DB_SCHEMA: 'population_2',
      KAFKA_BROKERS: 'k1:9092,k2:9092',
      KAFKA_TOPIC_PREFIX: 'run-42.',
    });

    expect(env).toEqual({
      PORT: 9000,
      DATABASE_URL: 'postgresql://postgres@db:5432/d06',
      DB_SCHEMA: 'population_2',
      KAFKA_BROKERS: ['k1:9092', 'k2:9092'],
      KAFKA_TOPIC_PREFIX: 'run-42.',
    });
  });

  it('rejects a schema name that is not a lowercase SQL identifier and a topic prefix with spaces', () => {
    let error: unknown;
    try {
      loadEnv(schema, { DB_SCHEMA: 'Population; DROP', KAFKA_TOPIC_PREFIX: 'my run' });
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(EnvValidationError);
    expect((error as EnvValidationError).issues).toEqual([
      { name: 'DB_SCHEMA', message: 'Expected a lowercase SQL identifier' },
      { name: 'KAFKA_TOPIC_PREFIX', message: 'Expected letters, digits, ".", "_" or "-"' },
    ]);
  });
});
