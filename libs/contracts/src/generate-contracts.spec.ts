import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const GENERATOR = join(ROOT, 'tools/scripts/generate-contracts.mjs');
const COMMITTED = join(ROOT, 'libs/contracts/src/generated/events.ts');

function generator(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [GENERATOR, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('generate-contracts', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'd06-contracts-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('--check passes on the committed output', () => {
    const run = generator('--check');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('is up to date');
  });

  it('--check fails with the regenerate hint when the output differs', () => {
    const stale = join(tmp, 'events.ts');
    writeFileSync(stale, readFileSync(COMMITTED, 'utf8').replace("'idNumber'", "'fullName'"));
    const run = generator('--check', '--out', stale);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('generated contracts are stale: run npm run contracts:generate');
  });

  it('writes exactly the committed output (deterministic)', () => {
    const out = join(tmp, 'events.ts');
    expect(generator('--out', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  // Each case edits a copy of contracts/ and expects the generator to refuse it with a message naming the problem.
  it.each([
    [
      'a document that is not AsyncAPI 3.0.0',
      'asyncapi.yaml',
      '  version: 1.0.0\n',
      '',
      'is not a valid AsyncAPI 3.0.0 document',
    ],
    [
      'a key field the schema lacks',
      'asyncapi.yaml',
      'x-d06-key-field: idNumber',
      'x-d06-key-field: cccd',
      '"cccd" must be a required string',
    ],
    [
      'a misnamed dead-letter topic',
      'asyncapi.yaml',
      'address: bhyt.events.v1.dlq',
      'address: bhyt.dlq.v1',
      'dead-letter topic is named bhyt.events.v1.dlq',
    ],
    [
      'an example that breaks its schema',
      'asyncapi.yaml',
      "idNumber: '038324001234'",
      "idNumber: '03832400123'",
      'example thanh-hoa-newborn does not match',
    ],
    [
      'a schema ajv cannot compile',
      'events/population/citizen-registered.v1.schema.json',
      '"minLength"',
      '"minLenght"',
      'does not compile with ajv',
    ],
  ])('refuses %s', (_case, file, from, to, message) => {
    cpSync(join(ROOT, 'contracts'), tmp, { recursive: true });
    const path = join(tmp, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
    const run = generator('--check', '--spec', join(tmp, 'asyncapi.yaml'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });
});
