import type { RunClock, RunEnvironment } from '../run/run-environment';
import type { SimulatorConfig } from './simulator.config';

/**
 * The environment of a standalone simulator: the services at their URLs and, when there is one, the shared
 * business clock. No kill or restart levers: the services run in processes this one did not start.
 */
export function environmentFromConfig(config: SimulatorConfig, clock?: RunClock): RunEnvironment {
  return {
    urls: {
      population: config.POPULATION_URL,
      vneid: config.VNEID_URL,
      'one-stop': config.ONESTOP_URL,
      bhyt: config.BHYT_URL,
      'social-security': config.SOCIAL_SECURITY_URL,
      metrics: config.METRICS_URL,
      gateway: config.GATEWAY_URL,
    },
    ...(clock ? { clock } : {}),
  };
}
