// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, loaded by jest's global setup
const { addressesOf } = require('./infra-probes') as {
  addressesOf(name: string, value: string): { host: string; port: number }[];
};

describe('addressesOf (what the reachability check connects to)', () => {
  it('probes a TCP database, with the default port when none is given', () => {
    expect(addressesOf('DATABASE_URL', 'postgres://postgres@127.0.0.1/d06_test')).toEqual([
      { host: '127.0.0.1', port: 5432 },
    ]);
  });

  it('has nothing to probe for a database on a Unix socket', () => {
    expect(addressesOf('DATABASE_URL', 'postgres://postgres@%2Fvar%2Frun%2Fpostgresql/d06_test')).toEqual([]);
  });

  it('probes every broker of a list', () => {
    expect(addressesOf('KAFKA_BROKERS', '127.0.0.1:9092, [::1]:9093')).toEqual([
      { host: '127.0.0.1', port: 9092 },
      { host: '::1', port: 9093 },
    ]);
  });
});
