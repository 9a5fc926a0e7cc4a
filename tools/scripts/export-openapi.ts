// Writes each service's OpenAPI document (built from its controllers) to contracts/openapi/<service>.yaml.
// `--check` fails when a committed document differs from what the code builds (CI runs it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { stringify } from 'yaml';
import { BHYT_API, bhytConfig, createBhytApp } from '@d06/bhyt';
import { createGatewayApp, GATEWAY_API, gatewayConfig } from '@d06/gateway';
import { createMetricsApp, METRICS_API, metricsConfig } from '@d06/metrics';
import { EmbeddedPostgres } from '@d06/persistence';
import { createOneStopApp, ONE_STOP_API, oneStopConfig } from '@d06/one-stop';
import { createPopulationApp, POPULATION_API, populationConfig } from '@d06/population';
import { createSocialSecurityApp, SOCIAL_SECURITY_API, socialSecurityConfig } from '@d06/social-security';
import { createVneidApp, VNEID_API, vneidConfig } from '@d06/vneid';
import { createSimulatorApp, SIMULATOR_API } from '@d06/simulator';

const OUT_DIR = join(__dirname, '..', '..', 'contracts', 'openapi');

interface ServiceApi {
  readonly api: { title: string; description: string };
  create(): Promise<INestApplication>;
}

const SERVICES: Record<string, ServiceApi> = {
  population: {
    api: POPULATION_API,
    create: () => createPopulationApp(populationConfig({ PORT: '0', DB_SCHEMA: 'openapi_export' })),
  },
  vneid: {
    api: VNEID_API,
    create: () => createVneidApp(vneidConfig({ PORT: '0', DB_SCHEMA: 'openapi_export_vneid' })),
  },
  'one-stop': {
    api: ONE_STOP_API,
    create: () => createOneStopApp(oneStopConfig({ PORT: '0', DB_SCHEMA: 'openapi_export_one_stop' })),
  },
  bhyt: {
    api: BHYT_API,
    create: () => createBhytApp(bhytConfig({ PORT: '0', DB_SCHEMA: 'openapi_export_bhyt' })),
  },
  gateway: {
    api: GATEWAY_API,
    create: () => createGatewayApp(gatewayConfig({ PORT: '0', DB_SCHEMA: 'openapi_export_gateway' })),
  },
  metrics: {
    api: METRICS_API,
    create: () => createMetricsApp(metricsConfig({ PORT: '0', DB_SCHEMA: 'openapi_export_metrics' })),
  },
  'social-security': {
    api: SOCIAL_SECURITY_API,
    create: () =>
      createSocialSecurityApp(socialSecurityConfig({ PORT: '0', DB_SCHEMA: 'openapi_export_ssa' })),
  },
  simulator: {
    api: SIMULATOR_API,
    create: () => createSimulatorApp({ environment: { urls: {} } }),
  },
};

async function documentOf(service: ServiceApi): Promise<string> {
  const app = await service.create();
  await app.init();
  const config = new DocumentBuilder()
    .setTitle(service.api.title)
    .setDescription(service.api.description)
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  await app.close();
  // route registration order can vary with module start-up; the committed document must not
  document.paths = Object.fromEntries(Object.entries(document.paths).sort(([a], [b]) => a.localeCompare(b)));
  return `# Generated from the service's code by tools/scripts/export-openapi.ts; do not edit.\n${stringify(document)}`;
}

function committed(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, service] of Object.entries(SERVICES)) {
    const file = join(OUT_DIR, `${name}.yaml`);
    const text = await documentOf(service);
    if (!check) writeFileSync(file, text);
    else if (committed(file) !== text) stale.push(file);
  }
  await EmbeddedPostgres.shared().stop();
  if (stale.length > 0) {
    process.stderr.write(`openapi: stale documents, run npm run openapi:export: ${stale.join(', ')}\n`);
    process.exit(1);
  }
  process.stdout.write(
    check
      ? 'openapi: documents are up to date\n'
      : `openapi: wrote ${Object.keys(SERVICES).length} document(s) to ${OUT_DIR}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `openapi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
