import type { ChildProcess } from 'node:child_process';
import { freePort, infrastructure, uniqueName, waitFor } from '@d06/testing';
import { spawnService } from '../src/commands/process-launcher';
import { citizenRequests, registerAll, registeredCount } from './citizens.fixture';

// The slice on real Kafka and PostgreSQL, each service in its own process: metrics is SIGKILLed mid-stream and
// restarted, and the count still equals the number of citizens exactly.
describe('population → metrics slice (Kafka, PostgreSQL, separate processes)', () => {
  const N = 400;
  const children: ChildProcess[] = [];

  afterAll(() => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  const env = (): NodeJS.ProcessEnv => {
    const infra = infrastructure();
    return {
      ...process.env,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      DATABASE_URL: infra.databaseUrl,
      LOG_LEVEL: 'warn',
    };
  };

  it('counts N citizens exactly once although metrics is killed mid-stream', async () => {
    const run = uniqueName('slice');
    const shared = { ...env(), KAFKA_TOPIC_PREFIX: `${run}.` };
    const [populationPort, metricsPort] = [await freePort(), await freePort()];
    const metricsEnv = { ...shared, DB_SCHEMA: `${run}_metrics`, METRICS_MAX_BATCH: '10' };
    const populationUrl = `http://127.0.0.1:${populationPort}`;
    const metricsUrl = `http://127.0.0.1:${metricsPort}`;

    children.push(spawnService('population', populationPort, { ...shared, DB_SCHEMA: `${run}_population` }));
    let metrics = spawnService('metrics', metricsPort, metricsEnv);
    children.push(metrics);
    await waitFor(
      async () => (await fetch(`${populationUrl}/health/ready`).catch(() => undefined))?.ok === true,
      {
        timeoutMs: 60_000,
        message: 'population ready',
      },
    );
    await waitFor(
      async () => (await fetch(`${metricsUrl}/health/ready`).catch(() => undefined))?.ok === true,
      {
        timeoutMs: 60_000,
        message: 'metrics ready',
      },
    );

    const registering = registerAll(populationUrl, citizenRequests(N, 7));
    await waitFor(async () => (await registeredCount(metricsUrl)) >= 20, {
      timeoutMs: 60_000,
      message: 'counting began',
    });
    const countedBeforeKill = await registeredCount(metricsUrl);
    const exited = new Promise((resolve) => metrics.once('exit', resolve));
    metrics.kill('SIGKILL');
    await exited;
    await registering;
    expect(countedBeforeKill).toBeLessThan(N);

    metrics = spawnService('metrics', metricsPort, metricsEnv);
    children.push(metrics);
    await waitFor(async () => (await registeredCount(metricsUrl).catch(() => -1)) >= N, {
      timeoutMs: 90_000,
      message: `all ${N} counted after the restart`,
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await registeredCount(metricsUrl)).toBe(N);
  }, 240_000);
});
