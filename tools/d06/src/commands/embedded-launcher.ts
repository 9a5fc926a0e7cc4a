import type { INestApplication } from '@nestjs/common';
import { bhytConfig, createBhytApp } from '@d06/bhyt';
import { createGatewayApp, gatewayConfig } from '@d06/gateway';
import { createMetricsApp, metricsConfig } from '@d06/metrics';
import { createOneStopApp, oneStopConfig } from '@d06/one-stop';
import { createPopulationApp, populationConfig } from '@d06/population';
import { createSocialSecurityApp, socialSecurityConfig } from '@d06/social-security';
import { createVneidApp, vneidConfig } from '@d06/vneid';
import type { Clock } from '@d06/platform';
import { createSimulatorApp, type RunClock, type RunEnvironment } from '@d06/simulator';
import { peerUrls, portOf, shellSettings, SIMULATED_SERVICES, type ServiceName } from './service-ports';

/** What a simulation shares with the services it starts: the business clock, and settings (e.g. fault knobs). */
export interface EmbeddedExtras {
  readonly clock?: Clock;
  readonly settings?: Readonly<Record<string, string>>;
}

/**
 * Builds a service for the embedded mode: its env is given explicitly (port, peers' URLs and its own prefixed
 * settings from the shell), so it runs on the process's embedded PostgreSQL and in-memory broker whatever
 * DATABASE_URL or KAFKA_BROKERS the shell has.
 */
export function createEmbeddedService(
  name: ServiceName,
  portBase?: number,
  extras: EmbeddedExtras = {},
): Promise<INestApplication> {
  const env = { ...peerUrls(portBase), ...extras.settings, PORT: String(portOf(name, portBase)) };
  const deps = { clock: extras.clock };
  switch (name) {
    case 'population':
      return createPopulationApp(populationConfig(env), deps);
    case 'vneid':
      // test mode (OTP 111111) is on unless the shell says otherwise
      return createVneidApp(
        vneidConfig({ VNEID_TEST_MODE: 'true', ...shellSettings(/^VNEID_/), ...env }),
        deps,
      );
    case 'one-stop':
      return createOneStopApp(oneStopConfig({ ...shellSettings(/^(ONESTOP|VNEID_ONESTOP)_/), ...env }), deps);
    case 'bhyt':
      return createBhytApp(bhytConfig({ ...shellSettings(/^BHYT_/), ...env }), deps);
    case 'social-security':
      return createSocialSecurityApp(
        socialSecurityConfig({ ...shellSettings(/^(SSA|BANK_RAIL)_/), ...env }),
        deps,
      );
    case 'metrics':
      return createMetricsApp(metricsConfig(env));
    case 'gateway':
      // the LGSP; NDXP_URL from the shell points it at a national gateway started beside it (README)
      return createGatewayApp(gatewayConfig({ ...shellSettings(/^(GATEWAY|NDXP)_/), ...env }), deps);
    case 'simulator':
      return createSimulatorApp({ environment: embeddedEnvironment(portBase, extras.clock) });
  }
}

/**
 * What the simulator drives in this process: the embedded services at their ports and, when they share one that
 * can be moved, the business clock. (`npm start` gives it the fuller environment of its simulation instead.)
 */
export function embeddedEnvironment(portBase?: number, clock?: Clock): RunEnvironment {
  return {
    urls: Object.fromEntries(
      SIMULATED_SERVICES.map(({ name }) => [name, `http://127.0.0.1:${portOf(name, portBase)}`]),
    ),
    ...(clock && isRunClock(clock) ? { clock } : {}),
  };
}

function isRunClock(clock: Clock): clock is Clock & RunClock {
  const candidate = clock as Partial<RunClock>;
  return [candidate.set, candidate.pause, candidate.resume, candidate.setSpeed].every(
    (method) => typeof method === 'function',
  );
}
