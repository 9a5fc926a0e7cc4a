import { z } from 'zod';
import { databaseUrl, kafkaBrokers, port, redisUrl } from './env-fields';
import { EnvValidationError } from './env-validation.error';
import { loadEnv } from './load-env';

const serviceEnv = z.object({
  PORT: port(3000),
  DATABASE_URL: databaseUrl,
  KAFKA_BROKERS: kafkaBrokers,
  REDIS_URL: redisUrl,
  SERVICE_NAME: z.string().min(1),
});

function failure(env: Record<string, string | undefined>): EnvValidationError {
  try {
    loadEnv(serviceEnv, env);
  } catch (error) {
    if (error instanceof EnvValidationError) return error;
    throw error;
  }
  throw new Error('expected loadEnv to throw');
}

describe('loadEnv', () => {
  it('returns typed, coerced values with defaults for unset variables', () => {
    const env = loadEnv(serviceEnv, {
      SERVICE_NAME: 'population',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/d06',
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:19092,',
      REDIS_URL: 'redis://127.0.0.1:6379/0',
    });

    expect(env).toEqual({
      PORT: 3000,
      SERVICE_NAME: 'population',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/d06',
      KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:19092'],
      REDIS_URL: 'redis://127.0.0.1:6379/0',
    });
  });

  it('coerces PORT from its string form, 0 meaning any free port', () => {
    expect(loadEnv(serviceEnv, { SERVICE_NAME: 'bhyt', PORT: '8081' }).PORT).toBe(8081);
    expect(loadEnv(serviceEnv, { SERVICE_NAME: 'bhyt', PORT: '0' }).PORT).toBe(0);
  });

  it('treats empty values as unset, so the embedded adapters are chosen', () => {
    const env = loadEnv(serviceEnv, { SERVICE_NAME: 'vneid', DATABASE_URL: '', KAFKA_BROKERS: '', PORT: '' });

    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.KAFKA_BROKERS).toBeUndefined();
    expect(env.PORT).toBe(3000);
  });

  it('names every bad variable in one message', () => {
    const error = failure({ PORT: 'abc', DATABASE_URL: 'not a url', SERVICE_NAME: 'x' });

    expect(error.message).toBe(
      'Invalid environment: PORT (Expected number, received nan), DATABASE_URL (Invalid url)',
    );
    expect(error.issues).toEqual([
      { name: 'PORT', message: 'Expected number, received nan' },
      { name: 'DATABASE_URL', message: 'Invalid url' },
    ]);
  });

  it('reports missing required variables', () => {
    expect(failure({}).message).toBe('Invalid environment: SERVICE_NAME (Required)');
  });

  it('rejects ports outside 0-65535 and fractional ports', () => {
    expect(failure({ SERVICE_NAME: 'x', PORT: '70000' }).issues).toEqual([
      { name: 'PORT', message: 'Number must be less than or equal to 65535' },
    ]);
    expect(failure({ SERVICE_NAME: 'x', PORT: '-1' }).issues).toEqual([
      { name: 'PORT', message: 'Number must be greater than or equal to 0' },
    ]);
    expect(failure({ SERVICE_NAME: 'x', PORT: '80.5' }).issues[0]?.message).toBe(
      'Expected integer, received float',
    );
  });

  it('rejects URLs with the wrong protocol', () => {
    const error = failure({
      SERVICE_NAME: 'x',
      DATABASE_URL: 'mysql://db:3306/d06',
      REDIS_URL: 'http://cache',
    });

    expect(error.issues).toEqual([
      { name: 'DATABASE_URL', message: 'Expected a postgres:// or postgresql:// url, received mysql://' },
      { name: 'REDIS_URL', message: 'Expected a redis:// or rediss:// url, received http://' },
    ]);
  });

  it('names each malformed broker and does not print other values', () => {
    const error = failure({ SERVICE_NAME: 'x', KAFKA_BROKERS: 'kafka-1:9092,kafka-2,kafka-3:99999' });

    expect(error.issues).toEqual([
      { name: 'KAFKA_BROKERS', message: 'Invalid broker "kafka-2", expected host:port' },
      { name: 'KAFKA_BROKERS', message: 'Invalid broker "kafka-3:99999", expected host:port' },
    ]);
    expect(error.message).toBe(
      'Invalid environment: KAFKA_BROKERS (Invalid broker "kafka-2", expected host:port; ' +
        'Invalid broker "kafka-3:99999", expected host:port)',
    );
  });

  it('rejects a broker list with no entries', () => {
    expect(failure({ SERVICE_NAME: 'x', KAFKA_BROKERS: ' , ' }).issues).toEqual([
      { name: 'KAFKA_BROKERS', message: 'Expected at least one host:port' },
    ]);
  });

  it('accepts bracketed IPv6 brokers', () => {
    expect(loadEnv(serviceEnv, { SERVICE_NAME: 'x', KAFKA_BROKERS: '[::1]:9092' }).KAFKA_BROKERS).toEqual([
      '[::1]:9092',
    ]);
  });

  it('reads process.env by default', () => {
    const saved = process.env.D06_TEST_ONLY_VAR;
    process.env.D06_TEST_ONLY_VAR = '42';
    try {
      expect(loadEnv(z.object({ D06_TEST_ONLY_VAR: z.coerce.number() }))).toEqual({ D06_TEST_ONLY_VAR: 42 });
    } finally {
      if (saved === undefined) delete process.env.D06_TEST_ONLY_VAR;
      else process.env.D06_TEST_ONLY_VAR = saved;
    }
  });
});
