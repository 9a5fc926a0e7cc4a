import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

// The Nx tags must really constrain imports: a probe file per forbidden edge is linted with the project's config.
describe('module boundaries', () => {
  const probes = {
    serviceImportsService: join(ROOT, 'services', 'population', 'src', 'boundary-probe.ts'),
    libImportsService: join(ROOT, 'libs', 'platform', 'src', 'boundary-probe.ts'),
    serviceImportsLib: join(ROOT, 'services', 'metrics', 'src', 'boundary-probe.ts'),
  };
  const boundaryErrors = new Map<string, string[]>();

  // ESLint runs in its own process (its flat config is an ES module, which jest's VM cannot import), once over
  // every probe: building the type-aware program is most of its time.
  beforeAll(() => {
    execFileSync('npx', ['nx', 'show', 'projects'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    writeFileSync(probes.serviceImportsService, "export { createMetricsApp } from '@d06/metrics';\n");
    writeFileSync(probes.libImportsService, "export { createPopulationApp } from '@d06/population';\n");
    writeFileSync(probes.serviceImportsLib, "export { loadEnv } from '@d06/platform';\n");
    const eslint = spawnSync('npx', ['eslint', '--format', 'json', ...Object.values(probes)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const results = JSON.parse(eslint.stdout) as {
      filePath: string;
      messages: { ruleId: string | null; message: string }[];
    }[];
    for (const result of results)
      boundaryErrors.set(
        result.filePath,
        result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message),
      );
  }, 120_000);

  afterAll(() => Object.values(probes).forEach((file) => rmSync(file, { force: true })));

  it('refuses a service importing another service', () => {
    expect(boundaryErrors.get(probes.serviceImportsService)).toEqual([
      'A project tagged with "scope:service" can only depend on libs tagged with "scope:lib"',
    ]);
  });

  it('refuses a lib importing a service', () => {
    expect(boundaryErrors.get(probes.libImportsService)).toEqual([
      'A project tagged with "scope:lib" can only depend on libs tagged with "scope:lib"',
    ]);
  });

  it('lets a service import a lib', () => {
    expect(boundaryErrors.get(probes.serviceImportsLib)).toEqual([]);
  });
});
