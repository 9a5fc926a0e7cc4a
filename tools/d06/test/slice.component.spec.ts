import type { INestApplication } from '@nestjs/common';
import { createMetricsApp, metricsConfig } from '@d06/metrics';
import { createPopulationApp, populationConfig } from '@d06/population';
import { EmbeddedPostgres } from '@d06/persistence';
import { waitFor } from '@d06/testing';
import { citizenRequests, POLICE_CALLER, registerAll, registeredCount } from './citizens.fixture';

// The thin vertical slice on the embedded adapters (in-memory broker, PGlite): population writes through the
// outbox, metrics counts with its offsets in the same transaction; stopping metrics mid-stream loses nothing.
describe('population → metrics slice (embedded)', () => {
  const N = 300;
  let population: INestApplication;
  let metrics: INestApplication | undefined;
  let populationUrl: string;

  const startMetrics = async (): Promise<string> => {
    metrics = await createMetricsApp(
      metricsConfig({ PORT: '0', DB_SCHEMA: 'metrics_slice', METRICS_MAX_BATCH: '5' }),
    );
    await metrics.listen(0, '127.0.0.1');
    return metrics.getUrl();
  };

  beforeAll(async () => {
    population = await createPopulationApp(populationConfig({ PORT: '0', DB_SCHEMA: 'population_slice' }));
    await population.listen(0, '127.0.0.1');
    populationUrl = await population.getUrl();
  }, 60_000);

  afterAll(async () => {
    await metrics?.close();
    await population?.close();
    await EmbeddedPostgres.shared().stop();
  }, 60_000);

  it('counts every registered citizen exactly once across a metrics restart', async () => {
    let metricsUrl = await startMetrics();
    const registering = registerAll(populationUrl, citizenRequests(N));

    await waitFor(async () => (await registeredCount(metricsUrl)) > 0, {
      timeoutMs: 30_000,
      message: 'metrics counting',
    });
    await metrics!.close();
    metrics = undefined;
    await registering;

    metricsUrl = await startMetrics();
    await waitFor(async () => (await registeredCount(metricsUrl)) >= N, {
      timeoutMs: 60_000,
      message: `all ${N} counted`,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    const figures = (await (await fetch(`${metricsUrl}/v1/figures`)).json()) as Record<string, number>;
    expect(figures['citizens.registered']).toBe(N);
    expect(figures['citizens.registered.province.038']).toBe(N);
  }, 120_000);

  it('refuses a malformed registration with problem+json and publishes nothing', async () => {
    const metricsUrl = metrics ? await metrics.getUrl() : await startMetrics();
    const before = await registeredCount(metricsUrl);
    const response = await fetch(`${populationUrl}/v1/citizens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...POLICE_CALLER },
      body: JSON.stringify({ idNumber: '03809', fullName: 'X', birthDate: '1990-01-01', sex: 'male' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await response.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'idNumber',
    ]);

    const duplicate = await fetch(`${populationUrl}/v1/citizens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...POLICE_CALLER },
      body: JSON.stringify(citizenRequests(1)[0]),
    });
    expect(duplicate.status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await registeredCount(metricsUrl)).toBe(before);
  }, 60_000);
});
