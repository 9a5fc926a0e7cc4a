import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CloudEvent } from 'cloudevents';
import { Client } from 'pg';
import { EVENT_CONTRACTS, EVENT_TYPES, TOPICS } from '@d06/contracts';
import { createEventBus, type EventBus } from '@d06/messaging';
import { freePort, infrastructure, uniqueName, waitFor } from '@d06/testing';
import { seedSocialSecurity } from '../src/seed';
import { callerHeaders } from './social-security-harness';

const ROOT = join(__dirname, '..', '..', '..');

/** The service in its own Node process, as `d06 up --infra local` runs it. */
function spawnService(env: NodeJS.ProcessEnv, output: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'services/social-security/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return child;
}

// A monthly batch sent by the service in a child process on real PostgreSQL and Kafka, SIGKILLed while the bank
// has booked payments whose answer the service has not recorded; restarted, it pays nobody twice and nobody zero
// times, and every payment has exactly one outcome event.
describe('disbursement killed mid-batch (PostgreSQL, Kafka, separate process)', () => {
  const children: ChildProcess[] = [];
  const output: string[] = [];
  const events: CloudEvent<Record<string, any>>[] = [];
  let db: Client;
  let bus: EventBus | undefined;

  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await bus?.close();
    await db?.end();
  });

  it('resumes after the crash and pays every beneficiary exactly once', async () => {
    const infra = infrastructure();
    const run = uniqueName('ssacrash');
    const [schema, rail] = [run, `${run}_rail`];
    const seeded = await seedSocialSecurity({
      databaseUrl: infra.databaseUrl,
      schema,
      provinceCode: '038',
      size: 5_000,
      seed: 23,
    });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: infra.databaseUrl,
      DB_SCHEMA: schema,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: `${run}.`,
      LOG_LEVEL: 'warn',
      SSA_PAYMENT_CHUNK: '5',
      BANK_RAIL_LATENCY_MS: '400', // 200 ms to the bank, 200 ms back: the window a crash loses the answer in
      BANK_RAIL_REJECT_INVALID_ACCOUNT: '0.05',
      BANK_RAIL_REJECT_CLOSED_ACCOUNT: '0.05',
      BANK_RAIL_REJECT_NAME_MISMATCH: '0.05',
      BANK_RAIL_REVERSAL_RATE: '0',
    };
    db = new Client({ connectionString: infra.databaseUrl });
    await db.connect();
    const rows = async <T = any>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
      (await db.query(sql.replace(/\$schema/g, `"${schema}"`).replace(/\$rail/g, `"${rail}"`), parameters))
        .rows as T[];
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { ...callerHeaders('social'), ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    // booting a TypeScript service in a fresh clone while the other jest worker runs a multi-process suite can
    // take a minute on two cores; the allowance is generous so a slow boot is not mistaken for a failure
    const ready = () =>
      waitFor(
        async () => {
          if (service.exitCode !== null) throw new Error(`service exited: ${output.join('').slice(-2_000)}`);
          return (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok === true;
        },
        { timeoutMs: 180_000, message: 'service ready' },
      ).catch((error: Error) => {
        throw new Error(`${error.message}; output: ${output.join('').slice(-2_000)}`);
      });

    let service = spawnService(env, output);
    children.push(service);
    await ready();
    const batch = await call('POST', '/v1/payment-batches', { cycle: '2023-09', provinceCode: '038' });
    expect(batch.status).toBe(201);
    const { batchId, payments } = batch.body as { batchId: string; payments: number };
    expect(payments).toBeGreaterThan(60);
    expect(seeded.skipped).toBe(0);
    expect((await call('POST', `/v1/payment-batches/${batchId}/disbursement`)).status).toBe(202);

    // kill once some payments are settled and the bank holds answers the service has not recorded yet
    const window = () =>
      rows<{ reference: string }>(
        `SELECT p.reference FROM $schema.payments p JOIN $rail.rail_transfers r USING (reference)
          WHERE p.batch_id = $1 AND p.status = 'sent'`,
        [batchId],
      );
    const settled = async () =>
      (
        await rows(
          `SELECT count(*)::int AS n FROM $schema.payments WHERE batch_id = $1 AND status IN ('succeeded', 'rejected')`,
          [batchId],
        )
      )[0].n as number;
    await waitFor(async () => (await settled()) >= 10 && (await window()).length > 0, {
      timeoutMs: 60_000,
      intervalMs: 10,
      message: 'payments booked by the bank, not yet recorded by the service',
    });
    const exited = new Promise((resolve) => service.once('exit', resolve));
    service.kill('SIGKILL');
    await exited;
    const lostAnswers = (await window()).map((r) => r.reference);
    const settledAtKill = await settled();
    expect(lostAnswers.length).toBeGreaterThan(0);
    expect(settledAtKill).toBeLessThan(payments);

    service = spawnService(env, output);
    children.push(service);
    await ready();
    const completed = await waitFor(
      async () => {
        const view = await call('GET', `/v1/payment-batches/${batchId}`);
        return view.body.status === 'completed' && view.body;
      },
      { timeoutMs: 120_000, message: 'batch completed after the restart' },
    );

    // the bank: one booking per payment of the batch, nothing else, and the lost answers were asked for again
    const booked = await rows<{ reference: string; status: string; reason: string | null; amount: string }>(
      `SELECT reference, status, reason, amount_vnd::text AS amount FROM $rail.rail_transfers WHERE batch_ref = $1`,
      [batchId],
    );
    expect(booked).toHaveLength(payments);
    const perBeneficiary = await rows(
      `SELECT p.id_number, count(r.reference)::int AS bookings FROM $schema.payments p
         LEFT JOIN $rail.rail_transfers r ON r.reference = p.reference
        WHERE p.batch_id = $1 GROUP BY p.id_number HAVING count(r.reference) <> 1`,
      [batchId],
    );
    expect(perBeneficiary).toEqual([]); // nobody zero times, nobody twice
    const requests = await rows<{ reference: string; outcome: string; n: number }>(
      `SELECT reference, outcome, count(*)::int AS n FROM $rail.rail_requests GROUP BY 1, 2`,
    );
    expect(requests.filter((r) => r.outcome === 'new')).toHaveLength(payments);
    expect(requests.filter((r) => r.outcome === 'new').every((r) => r.n === 1)).toBe(true);
    const resent = new Set(requests.filter((r) => r.outcome === 'resend').map((r) => r.reference));
    expect(lostAnswers.every((reference) => resent.has(reference))).toBe(true);
    expect(requests.some((r) => r.outcome === 'conflict')).toBe(false);

    // the service: every payment has the bank's answer, as the bank gave it
    const disagreeing = await rows(
      `SELECT p.reference FROM $schema.payments p JOIN $rail.rail_transfers r USING (reference)
        WHERE p.batch_id = $1 AND NOT ((p.status = 'succeeded' AND r.status = 'credited')
           OR (p.status = 'rejected' AND r.status = 'rejected' AND p.reject_reason = r.reason))`,
      [batchId],
    );
    expect(disagreeing).toEqual([]);
    const credited = booked.filter((r) => r.status === 'credited');
    expect(completed.outcomes.succeeded).toEqual({
      count: credited.length,
      amountVnd: credited.reduce((sum, r) => sum + Number(r.amount), 0),
    });
    expect(completed.outcomes.rejected.count).toBe(payments - credited.length);

    // the events: exactly one outcome per payment, one batch.completed
    bus = await createEventBus({
      source: 'd06/test',
      contracts: Object.values(EVENT_CONTRACTS),
      kafkaBrokers: infra.kafkaBrokers,
      topicPrefix: `${run}.`,
    });
    await bus.subscribe({
      group: `${run}-listener`,
      topics: [TOPICS.ssa],
      handler: async ({ event }) => void events.push(event as CloudEvent<Record<string, any>>),
    });
    const outcomes = () =>
      [...new Map(events.map((e) => [e.id, e])).values()].filter(
        (e) =>
          e.data?.batchId === batchId &&
          (e.type === EVENT_TYPES.SSA_PAYMENT_SUCCEEDED || e.type === EVENT_TYPES.SSA_PAYMENT_REJECTED),
      );
    await waitFor(
      () => outcomes().length >= payments && events.some((e) => e.type === EVENT_TYPES.SSA_BATCH_COMPLETED),
      {
        timeoutMs: 60_000,
        message: 'every outcome event',
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // and no more than that
    expect(outcomes()).toHaveLength(payments);
    expect(new Set(outcomes().map((e) => e.data!.reference)).size).toBe(payments);
    expect(
      new Set(events.filter((e) => e.type === EVENT_TYPES.SSA_BATCH_COMPLETED).map((e) => e.id)).size,
    ).toBe(1);

    const report = await call('POST', `/v1/payment-batches/${batchId}/reconciliation`);
    expect(report.body).toMatchObject({
      exact: true,
      totals: { 'reconciled-paid': { count: credited.length } },
    });
    expect(output.join('')).not.toMatch(/\b[0-9]{12}\b/); // no personal ID number in the logs
  }, 600_000);
});
