import type { ChildProcess } from 'node:child_process';
import JSZip from 'jszip';
import { EVENT_CONTRACTS, EVENT_TYPES, TOPIC_PARTITIONS } from '@d06/contracts';
import { createEventBus, type EventBus } from '@d06/messaging';
import { freePort, infrastructure, uniqueName, waitFor } from '@d06/testing';
import { spawnService } from '../src/commands/process-launcher';
import { fetchReport } from '../src/commands/report.command';

type Figures = Record<string, number>;

// Mixed events on real Kafka and PostgreSQL, metrics in its own process SIGKILLed mid-stream (5 events per
// transaction) and restarted, duplicates republished: every figure still equals the number of events sent.
describe('metrics report across a crash (Kafka, PostgreSQL, separate process)', () => {
  const LOOKUPS = 600;
  const DOSSIERS = 200;
  const children: ChildProcess[] = [];
  let bus: EventBus | undefined;

  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await bus?.close();
  });

  it('counts every event exactly once and serves the report to `d06 report`', async () => {
    const run = uniqueName('mcrash');
    const infra = infrastructure();
    bus = await createEventBus({
      source: 'd06/test',
      contracts: Object.values(EVENT_CONTRACTS),
      kafkaBrokers: infra.kafkaBrokers,
      topicPrefix: `${run}.`,
      topicPartitions: TOPIC_PARTITIONS,
    });
    const day = (i: number): string => `2023-09-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+07:00`;
    const lookups = Array.from({ length: LOOKUPS }, (_, i) => ({
      type: EVENT_TYPES.BHYT_LOOKUP_PERFORMED,
      data: {
        subjectKey: `380${String(i % 50).padStart(2, '0')}`,
        method: 'cccd' as const,
        facilityCode: `380${String(i % 50).padStart(2, '0')}`,
        provinceCode: '038',
        resultCode: i % 3 === 0 ? ('050' as const) : ('000' as const),
        success: i % 3 !== 0,
        refused: false,
        ...(i % 3 === 0 ? { reason: 'card-not-found' as const } : { cardCode: 'GD4383820000001' }),
        occurredAt: day(i),
      },
    }));
    const dossiers = Array.from({ length: DOSSIERS }, (_, i) => ({
      type: EVENT_TYPES.DOSSIER_RECEIVED,
      data: {
        dossierCode: `000.00.38.H56-230901-${String(i).padStart(4, '0')}`,
        serviceKey: 'da06-03',
        provinceCode: '038',
        channel: i % 4 === 0 ? ('counter' as const) : ('online' as const),
        receivedAt: day(i),
        dueAt: day(i + 3),
        legalDays: 7,
        formFields: 10,
        prefilledFields: 4,
        digitised: true,
        feePaidOnline: false,
        occurredAt: day(i),
      },
    }));
    const published = await bus.publish([...lookups, ...dossiers]);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: `${run}.`,
      DATABASE_URL: infra.databaseUrl,
      DB_SCHEMA: `${run}_metrics`,
      METRICS_MAX_BATCH: '5',
      LOG_LEVEL: 'warn',
    };
    const figures = async (): Promise<Figures> =>
      (await (await fetch(`${url}/v1/figures`)).json()) as Figures;
    const counted = async (): Promise<number> => {
      const f = await figures().catch((): Figures => ({}));
      return (f['bhyt.lookup'] ?? 0) + (f['dossier.received:da06-03'] ?? 0);
    };
    let metrics = spawnService('metrics', port, env);
    children.push(metrics);
    await waitFor(async () => (await counted()) >= 50, { timeoutMs: 90_000, message: 'counting began' });
    const countedBeforeKill = await counted();
    const exited = new Promise((resolve) => metrics.once('exit', resolve));
    metrics.kill('SIGKILL');
    await exited;
    expect(countedBeforeKill).toBeLessThan(LOOKUPS + DOSSIERS);
    await bus.publishEnvelopes(published.filter((_, i) => i % 7 === 0)); // republished: same ids

    metrics = spawnService('metrics', port, env);
    children.push(metrics);
    await waitFor(async () => (await counted()) >= LOOKUPS + DOSSIERS, {
      timeoutMs: 120_000,
      message: 'all events counted after the restart',
    });
    // a sentinel on every lookup partition after the duplicates: once it is counted, so is everything before it
    await bus.publish(
      Array.from({ length: 50 }, (_, i) => ({
        type: EVENT_TYPES.BHYT_LOOKUP_PERFORMED,
        data: { ...lookups[i].data, occurredAt: '2023-10-20T10:00:00+07:00' },
      })),
    );
    await waitFor(async () => (await figures())['bhyt.lookup'] === LOOKUPS + 50, {
      timeoutMs: 60_000,
      message: 'sentinels',
    });

    const final = await figures();
    expect(final['bhyt.lookup.province.038']).toBe(LOOKUPS + 50);
    expect(final['bhyt.lookup.succeeded']).toBe(400 + 33);
    expect(final['dossier.received:da06-03']).toBe(DOSSIERS);
    expect(final['dossier.received.online:da06-03']).toBe(150);

    const json = JSON.parse(
      (await fetchReport({ province: '38', period: '2023-09', format: 'json', metricsUrl: url })).toString(
        'utf8',
      ),
    );
    const row = json.essentialServices.decision06.find((r: { key: string }) => r.key === 'da06-03');
    expect(row).toMatchObject({ total: DOSSIERS, online: 150, onlineRate: 75 });
    expect(json.healthInsurance.lookups.total).toEqual({ cumulative: LOOKUPS, change: LOOKUPS });
    expect(json.healthInsurance.pilotModelPeriod.facilitiesWithLookups).toBe(50);

    const docx = await fetchReport({ format: 'docx', metricsUrl: url }); // latest period of the province with data
    const text = (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).replace(
      /<[^>]+>/g,
      '',
    );
    expect(text).toContain('Kỳ báo cáo 10/2023');
    expect(text).toContain('Lượt tra cứu thông tin thẻ BHYT bằng CCCD: 650 (+50 trong kỳ)');
  }, 300_000);
});
