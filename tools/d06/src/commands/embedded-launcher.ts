import type { INestApplication } from '@nestjs/common';
import { bhytConfig, createBhytApp } from '@d06/bhyt';
import { createMetricsApp, metricsConfig } from '@d06/metrics';
import { createPopulationApp, populationConfig } from '@d06/population';
import { createSocialSecurityApp, socialSecurityConfig } from '@d06/social-security';
import { createVneidApp, vneidConfig } from '@d06/vneid';
import { peerUrls, portOf, shellSettings, type ServiceName } from './service-ports';

/**
 * Builds a service for the embedded mode: its env is given explicitly (port, peers' URLs and its own prefixed
 * settings from the shell), so it runs on the process's embedded PostgreSQL and in-memory broker whatever
 * DATABASE_URL or KAFKA_BROKERS the shell has.
 */
export function createEmbeddedService(name: ServiceName, portBase?: number): Promise<INestApplication> {
  const env = { ...peerUrls(portBase), PORT: String(portOf(name, portBase)) };
  switch (name) {
    case 'population':
      return createPopulationApp(populationConfig(env));
    case 'vneid':
      // test mode (OTP 111111) is on unless the shell says otherwise
      return createVneidApp(vneidConfig({ VNEID_TEST_MODE: 'true', ...shellSettings(/^VNEID_/), ...env }));
    case 'bhyt':
      return createBhytApp(bhytConfig({ ...shellSettings(/^BHYT_/), ...env }));
    case 'social-security':
      return createSocialSecurityApp(socialSecurityConfig({ ...shellSettings(/^(SSA|BANK_RAIL)_/), ...env }));
    case 'metrics':
      return createMetricsApp(metricsConfig(env));
  }
}
