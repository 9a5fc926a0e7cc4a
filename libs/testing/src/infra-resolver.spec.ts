import {
  InfrastructureError,
  LOCAL_ENDPOINTS,
  resolveInfrastructure,
  type EndpointName,
  type Endpoints,
  type InfrastructureProbes,
} from './infra-resolver';

const CONTAINER_ENDPOINTS: Endpoints = {
  KAFKA_BROKERS: 'localhost:32771',
  DATABASE_URL: 'postgres://postgres:postgres@localhost:32772/d06_test',
  REDIS_URL: 'redis://localhost:32773',
};
const ENV_ENDPOINTS = {
  KAFKA_BROKERS: 'kafka.ci:9092',
  DATABASE_URL: 'postgres://ci@db.ci:5432/d06_ci',
  REDIS_URL: 'redis://cache.ci:6379',
};

/** Probes that record their calls; `docker` says whether an engine answers, `fail` makes one probe throw. */
function fakeProbes(docker: boolean, fail?: 'containers' | 'local' | 'reachable') {
  const calls: string[] = [];
  const stop = jest.fn(() => Promise.resolve());
  const probes: InfrastructureProbes = {
    dockerAvailable: () => {
      calls.push('docker?');
      return Promise.resolve(docker);
    },
    startContainers: (missing: EndpointName[]) => {
      calls.push(`containers:${missing.join(',')}`);
      if (fail === 'containers') return Promise.reject(new Error('image pull failed'));
      return Promise.resolve({
        endpoints: Object.fromEntries(missing.map((name) => [name, CONTAINER_ENDPOINTS[name]])),
        stop,
      });
    },
    startLocal: () => {
      calls.push('local');
      return fail === 'local' ? Promise.reject(new Error('pg_ctlcluster: not found')) : Promise.resolve();
    },
    checkReachable: (endpoints: Endpoints) => {
      calls.push(`reachable:${Object.keys(endpoints).sort().join(',')}`);
      return fail === 'reachable' ? Promise.reject(new Error('REDIS_URL: ECONNREFUSED')) : Promise.resolve();
    },
  };
  return { probes, calls, stop };
}

const ALL = 'reachable:DATABASE_URL,KAFKA_BROKERS,REDIS_URL';

describe('resolveInfrastructure', () => {
  it('uses endpoints already in the environment as they are and starts nothing', async () => {
    const { probes, calls } = fakeProbes(true);
    const resolved = await resolveInfrastructure({ env: { ...ENV_ENDPOINTS }, probes });
    expect(resolved).toMatchObject({ source: 'env', endpoints: ENV_ENDPOINTS, stop: undefined });
    expect(resolved.fromEnv.sort()).toEqual(['DATABASE_URL', 'KAFKA_BROKERS', 'REDIS_URL']);
    expect(calls).toEqual([ALL]);
  });

  it('starts containers when Docker answers, and hands back how to stop them', async () => {
    const { probes, calls, stop } = fakeProbes(true);
    const resolved = await resolveInfrastructure({ env: {}, probes });
    expect(resolved).toMatchObject({ source: 'containers', endpoints: CONTAINER_ENDPOINTS, fromEnv: [] });
    expect(calls).toEqual(['docker?', 'containers:KAFKA_BROKERS,DATABASE_URL,REDIS_URL', ALL]);
    await resolved.stop?.();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('starts the local infrastructure without Docker, on its fixed endpoints', async () => {
    const { probes, calls } = fakeProbes(false);
    const resolved = await resolveInfrastructure({ env: {}, probes });
    expect(resolved).toMatchObject({ source: 'local', stop: undefined });
    expect(resolved.endpoints).toEqual({
      KAFKA_BROKERS: '127.0.0.1:9092',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/d06_test',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(calls).toEqual(['docker?', 'local', ALL]);
  });

  it('provisions only what the environment lacks, keeping the rest', async () => {
    const { probes, calls } = fakeProbes(true);
    const env = { DATABASE_URL: ENV_ENDPOINTS.DATABASE_URL, REDIS_URL: '  ' };
    const resolved = await resolveInfrastructure({ env, probes });
    expect(calls).toContain('containers:KAFKA_BROKERS,REDIS_URL');
    expect(resolved.endpoints).toEqual({
      DATABASE_URL: ENV_ENDPOINTS.DATABASE_URL,
      KAFKA_BROKERS: CONTAINER_ENDPOINTS.KAFKA_BROKERS,
      REDIS_URL: CONTAINER_ENDPOINTS.REDIS_URL,
    });
    expect(resolved.fromEnv).toEqual(['DATABASE_URL']);
  });

  it('provisions nothing with D06_TEST_INFRA=none', async () => {
    const { probes, calls } = fakeProbes(true);
    const resolved = await resolveInfrastructure({ env: { D06_TEST_INFRA: 'none' }, probes });
    expect(resolved).toEqual({ source: 'none', endpoints: {}, fromEnv: [] });
    expect(calls).toEqual([]);
  });

  it('goes local with D06_TEST_INFRA=local without asking Docker', async () => {
    const { probes, calls } = fakeProbes(true);
    const resolved = await resolveInfrastructure({ env: { D06_TEST_INFRA: 'local' }, probes });
    expect(resolved.source).toBe('local');
    expect(resolved.endpoints).toEqual(LOCAL_ENDPOINTS);
    expect(calls).toEqual(['local', ALL]);
  });

  it('refuses an unknown D06_TEST_INFRA and a D06_TEST_INFRA=env without the endpoints', async () => {
    const { probes, calls } = fakeProbes(true);
    await expect(resolveInfrastructure({ env: { D06_TEST_INFRA: 'docker' }, probes })).rejects.toThrow(
      'D06_TEST_INFRA=docker is not one of auto, none, env, containers, local',
    );
    const env = { D06_TEST_INFRA: 'env', KAFKA_BROKERS: 'k:9092' };
    await expect(resolveInfrastructure({ env, probes })).rejects.toThrow('DATABASE_URL, REDIS_URL not set');
    expect(calls).toEqual([]);
  });

  it('fails loudly in CI when the local infrastructure cannot start, saying it never skips', async () => {
    const { probes } = fakeProbes(false, 'local');
    const run = resolveInfrastructure({ env: { CI: 'true' }, probes });
    await expect(run).rejects.toThrow(InfrastructureError);
    await expect(run).rejects.toThrow(
      /infra\/local\/up\.sh failed .*: pg_ctlcluster: not found\nCI=true: .*never skipped/,
    );
  });

  it('fails loudly outside CI too, with a hint how to start the infrastructure', async () => {
    const { probes } = fakeProbes(true, 'containers');
    const run = resolveInfrastructure({ env: {}, probes });
    await expect(run).rejects.toThrow(/could not start containers .*: image pull failed\n.*npm run infra:up/);
    await expect(run).rejects.not.toThrow(/CI=true/);
  });

  it('fails when an endpoint does not answer, stopping the containers it started', async () => {
    const { probes, stop } = fakeProbes(true, 'reachable');
    await expect(resolveInfrastructure({ env: { CI: 'true' }, probes })).rejects.toThrow(
      'an endpoint does not answer: REDIS_URL: ECONNREFUSED',
    );
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
