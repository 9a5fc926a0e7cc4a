import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createGatewayApp, gatewayConfig } from '@d06/gateway';
import { EmbeddedPostgres } from '@d06/persistence';
import { VirtualClock } from '@d06/platform';
import { uniqueName } from '@d06/testing';

// `d06 faults` and `d06 load lookup` as a user runs them (the CLI in its own process) against a real LGSP gateway
// started here on the embedded adapters, in front of a BHYT stub that records what reaches it.

const D06 = join(__dirname, '..', 'bin', 'd06.js');
const CARD_CHECKS = 'VN/GOV/000.00.00.G02/BHYT/card-checks';

jest.setTimeout(180_000);

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** BHYT: every card check is found and valid. */
async function bhytStub(): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ success: true, resultCode: '000' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

function d06(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [D06, ...args],
      { env: { ...process.env, LOG_LEVEL: 'error', ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        }),
    );
  });
}

describe('d06 faults and d06 load lookup against a real gateway', () => {
  let bhyt: Awaited<ReturnType<typeof bhytStub>>;
  let gateway: INestApplication;
  let gatewayUrl: string;
  let env: Record<string, string>;
  const patientsFile = join(mkdtempSync(join(tmpdir(), 'd06-load-')), 'patients.csv');
  const PATIENTS = ['038090001234,Nguyễn Văn An,1990-05-01', '038195004567,Lê Thị Hoa,1995-03-02'];

  const lookup = () =>
    fetch(`${gatewayUrl}/r1/${CARD_CHECKS}`, {
      method: 'POST',
      headers: {
        'x-road-client': 'VN/GOV/000.00.00.H38/HIS',
        'x-road-api-key': 'h38-his-demo-key-0001',
        'x-road-userid': 'VNCB-038-0042',
        'x-road-issue': 'KCB-38001-TEST',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        facilityCode: '38001',
        idNumber: '038090001234',
        fullName: 'A',
        birthDate: '1990-05-01',
      }),
    });

  beforeAll(async () => {
    writeFileSync(patientsFile, `idNumber,fullName,birthDate\n${PATIENTS.join('\n')}\n`);
    bhyt = await bhytStub();
    const config = gatewayConfig({
      PORT: '0',
      DB_SCHEMA: uniqueName('cli_faults_gw')
        .toLowerCase()
        .replace(/[^a-z0-9_]/g, '_'),
      BHYT_URL: bhyt.url,
      GATEWAY_REGISTRY_REFRESH_MS: '60000',
    });
    gateway = await createGatewayApp(config, { clock: new VirtualClock(new Date('2023-09-12T01:05:00Z')) });
    await gateway.listen(0, '127.0.0.1');
    gatewayUrl = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');
    env = { GATEWAY_URL: gatewayUrl };
  });

  afterAll(async () => {
    await gateway?.close();
    bhyt?.server.closeAllConnections();
    await new Promise<void>((resolve) => (bhyt ? bhyt.server.close(() => resolve()) : resolve()));
    await EmbeddedPostgres.shared().stop();
  });

  it('lists the services faults can be set on', async () => {
    const { code, stdout } = await d06(['faults', 'list', '--json'], env);
    expect(code).toBe(0);
    const ids = (JSON.parse(stdout) as { services: { id: string }[] }).services.map((s) => s.id);
    expect(ids).toContain(CARD_CHECKS);
  });

  it('sets faults the gateway then applies, and load lookup stops at the first refused lookup (exit 1)', async () => {
    const set = await d06(
      ['faults', 'set', CARD_CHECKS, '--error-rate', '100%', '--peak-hour', '8=x2', '--json'],
      env,
    );
    expect([set.code, set.stderr]).toEqual([0, '']);
    expect(JSON.parse(set.stdout)).toEqual({
      serviceId: CARD_CHECKS,
      faults: { errorRate: 1, outages: [], peakHours: { '8': 2 } },
    });
    const listed = await d06(['faults', 'list', '--json'], env);
    const services = (JSON.parse(listed.stdout) as { services: { id: string; faults: unknown }[] }).services;
    expect(services.find((s) => s.id === CARD_CHECKS)?.faults).toEqual({
      errorRate: 1,
      outages: [],
      peakHours: { '8': 2 },
    });
    expect(services.filter((s) => s.faults !== null)).toHaveLength(1);
    const before = bhyt.seen.length;
    const answer = await lookup();
    expect(answer.status).toBe(502);
    expect(answer.headers.get('x-road-error')).toBe('Server.ServerProxy.ServiceFailed');
    expect(bhyt.seen.length).toBe(before);

    const load = await d06(['load', 'lookup', '--cccd-file', patientsFile, '--duration', '1'], env);
    expect(load.code).toBe(1);
    expect(load.stderr).toContain(
      'the gateway answered the first lookup with 502 Server.ServerProxy.ServiceFailed',
    );
  });

  it('replaces the faults on a second set, and clears them (twice: the second has nothing to clear)', async () => {
    const set = await d06(['faults', 'set', CARD_CHECKS, '--latency', 'fixed:1'], env);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain(`faults set on ${CARD_CHECKS}:\n  latency 1 ms\n`);
    expect((await lookup()).status).toBe(200);
    const cleared = await d06(['faults', 'clear', CARD_CHECKS], env);
    expect([cleared.code, cleared.stdout]).toEqual([0, `faults cleared on ${CARD_CHECKS}\n`]);
    const again = await d06(['faults', 'clear', CARD_CHECKS, '--json'], env);
    expect([again.code, JSON.parse(again.stdout)]).toEqual([0, { serviceId: CARD_CHECKS, cleared: false }]);
  });

  it('loads the card-check route with the HIS credentials and the patients of the file, and reports the figures', async () => {
    bhyt.seen.length = 0;
    const { code, stdout, stderr } = await d06(
      ['load', 'lookup', '--cccd-file', patientsFile, '--duration', '2', '--connections', '2', '--json'],
      env,
    );
    expect([code, stderr.includes('no lookup succeeded')]).toEqual([0, false]);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      url: `${gatewayUrl}/r1/${CARD_CHECKS}`,
      connections: 2,
      seconds: 2,
      patients: 2,
      errors: 0,
    });
    expect(result.requests).toBeGreaterThan(0);
    expect(result.statusCodes).toEqual({ '200': result.requests });
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
    // the gateway passed them on as the hospital's calls, each patient of the file (then from its lookup cache)
    const checks = bhyt.seen.filter((r) => r.method === 'POST' && r.url === '/v1/card-checks');
    expect(new Set(checks.map((r) => (JSON.parse(r.body) as { idNumber: string }).idNumber))).toEqual(
      new Set(['038090001234', '038195004567']),
    );
    expect(checks[0].headers['x-caller-role']).toBe('health');
    expect(checks[0].headers['x-caller-agency']).toBe('000.00.00.H38');
    expect(stderr).toMatch(/load: 2\/2 s, [\d,]+ answers/);
  });

  it('prints the table for people', async () => {
    const { code, stdout } = await d06(
      ['load', 'lookup', '--cccd-file', patientsFile, '--duration', '1'],
      env,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^target {6}gateway → BHYT card check\nrequests {4}[\d,]+\nrequests\/s {2}[\d,]+\np50 ms/,
    );
    expect(stdout).toMatch(/\nerrors {6}0 \(non-2xx 0\)\nHTTP 200 {4}[\d,]+\n$/);
  });

  it('exits 2 on bad input and 1 when the gateway refuses the admin key', async () => {
    const results = await Promise.all([
      d06(['faults', 'set', 'card-checks', '--error-rate', '0.1'], env),
      d06(['faults', 'set', CARD_CHECKS, '--error-rate', '2'], env),
      d06(['faults', 'set', 'VN/GOV/000.00.00.G02/BHYT/nothing', '--error-rate', '0.1'], env),
      d06(['load', 'lookup', '--cccd-file', join(tmpdir(), 'no-such-patients.csv')], env),
      d06(['faults', 'clear', CARD_CHECKS], { ...env, GATEWAY_ADMIN_KEY: 'not-the-admin-key' }),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2, 1]);
    expect(results[0].stderr).toContain('INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE');
    expect(results[1].stderr).toContain('expected a share from 0 to 1');
    expect(results[2].stderr).toContain('is not a service of the registry (see d06 faults list)');
    expect(results[3].stderr).toContain('ENOENT');
    expect(results[4].stderr).toContain('GATEWAY_ADMIN_KEY');
  });
});
