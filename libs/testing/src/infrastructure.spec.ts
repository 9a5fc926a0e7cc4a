import { infrastructure } from './infrastructure';

describe('infrastructure', () => {
  it('reads the endpoints, splitting and trimming the broker list', () => {
    const env = {
      KAFKA_BROKERS: ' 127.0.0.1:9092, 127.0.0.1:9093 ,',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/d06_test',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    expect(infrastructure(env)).toEqual({
      kafkaBrokers: ['127.0.0.1:9092', '127.0.0.1:9093'],
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/d06_test',
      redisUrl: 'redis://127.0.0.1:6379',
    });
  });

  it('throws, naming what is missing, instead of letting a test skip', () => {
    expect(() => infrastructure({ KAFKA_BROKERS: 'k:9092', REDIS_URL: '' })).toThrow(
      /test infrastructure missing \(DATABASE_URL, REDIS_URL\): the jest global setup .* did not run/,
    );
  });

  it('says why when D06_TEST_INFRA=none left it out', () => {
    expect(() => infrastructure({ D06_TEST_INFRA: 'none' })).toThrow(
      /D06_TEST_INFRA=none provisions nothing/,
    );
  });
});
