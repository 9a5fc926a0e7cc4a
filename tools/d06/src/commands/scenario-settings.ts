import type { BusFaultSettings } from '@d06/messaging';
import type { Scenario } from '@d06/simulator';
import { portOf, type ServiceName } from './service-ports';

/**
 * A service's settings for a scenario run, whatever the infrastructure: what the simulator needs of it (a brisk
 * VNeID scheduler, the portal's callback at the run's ports), then the scenario's own fault knobs on top.
 */
export function serviceSettings(
  scenario: Scenario | undefined,
  name: ServiceName,
  portBase?: number,
): Record<string, string> {
  const own = (scenario?.faults?.serviceSettings as Record<string, object> | undefined)?.[name] ?? {};
  const oneStop = `127.0.0.1:${portOf('one-stop', portBase)}`;
  const base: Record<string, string> =
    name === 'vneid'
      ? {
          VNEID_SCHEDULER_INTERVAL_MS: '100',
          // the portal's callback moves with PORT_BASE; the simulator logs in as the portal
          VNEID_ONESTOP_REDIRECT_URIS:
            process.env.VNEID_ONESTOP_REDIRECT_URIS ??
            `http://${oneStop}/auth/callback,http://localhost:${oneStop.split(':')[1]}/auth/callback`,
        }
      : {};
  return { ...base, ...Object.fromEntries(Object.entries(own).map(([k, v]) => [k, String(v)])) };
}

/** The scenario's bus faults (`faults.bus`), decided from its seed; undefined when it has none. */
export function scenarioBusFaults(scenario: Scenario | undefined): BusFaultSettings | undefined {
  const bus = scenario?.faults?.bus;
  if (!scenario || !bus) return undefined;
  const settings = {
    duplicateRate: bus.duplicateRate ?? 0,
    delayRate: bus.delay?.rate ?? 0,
    delayMs: bus.delay?.ms ?? 0,
    seed: scenario.seed,
  };
  return settings.duplicateRate > 0 || (settings.delayRate > 0 && settings.delayMs > 0)
    ? settings
    : undefined;
}
