/** The services `d06 up` runs, with their default ports and what to show a new user. The rest join as they land. */
export const SERVICES = [
  { name: 'population', defaultPort: 3001, landing: '/docs' },
  { name: 'vneid', defaultPort: 3002, landing: '/.well-known/openid-configuration' },
  { name: 'one-stop', defaultPort: 3003, landing: '/docs' },
  { name: 'bhyt', defaultPort: 3004, landing: '/docs' },
  { name: 'social-security', defaultPort: 3005, landing: '/docs' },
  { name: 'metrics', defaultPort: 3006, landing: '/v1/figures' },
  { name: 'gateway', defaultPort: 8080, landing: '/r1/listClients' },
  { name: 'simulator', defaultPort: 3007, landing: '/docs' },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

/** The stand-ins of the real systems: what a scenario run drives (every service but the simulator itself). */
export const SIMULATED_SERVICES = SERVICES.filter(
  (service): service is Exclude<(typeof SERVICES)[number], { name: 'simulator' }> =>
    service.name !== 'simulator',
);

/** PORT_BASE moves every port together: a service keeps its last two digits (3001 → base+1, 8080 → base+80). */
export function servicePort(defaultPort: number, portBase?: number): number {
  return portBase === undefined ? defaultPort : portBase + (defaultPort % 100);
}

export function portOf(name: ServiceName, portBase?: number): number {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`unknown service ${name}`);
  return servicePort(service.defaultPort, portBase);
}

/** Where the services reach each other over HTTP (where the real world is synchronous), for the given ports. */
export function peerUrls(portBase?: number): Record<string, string> {
  return {
    POPULATION_URL: `http://127.0.0.1:${portOf('population', portBase)}`,
    VNEID_URL: `http://127.0.0.1:${portOf('vneid', portBase)}`,
    ONESTOP_URL: `http://127.0.0.1:${portOf('one-stop', portBase)}`,
    BHYT_URL: `http://127.0.0.1:${portOf('bhyt', portBase)}`,
    SOCIAL_SECURITY_URL: `http://127.0.0.1:${portOf('social-security', portBase)}`,
    METRICS_URL: `http://127.0.0.1:${portOf('metrics', portBase)}`,
    GATEWAY_URL: `http://127.0.0.1:${portOf('gateway', portBase)}`,
  };
}

/** The shell's settings of a service (its own prefix), passed on: e.g. VNEID_L1_APPROVAL_DELAY_HOURS=0. */
export function shellSettings(pattern: RegExp): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => pattern.test(entry[0]) && entry[1] !== undefined,
    ),
  );
}

/** The gateway a command talks to: GATEWAY_URL, else the default gateway port (moved by PORT_BASE). */
export function gatewayUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GATEWAY_URL) return env.GATEWAY_URL.replace(/\/+$/, '');
  const base = env.PORT_BASE ? Number(env.PORT_BASE) : undefined;
  if (base !== undefined && !(Number.isInteger(base) && base >= 1 && base <= 65_000))
    throw new Error(`PORT_BASE must be a port number, got ${JSON.stringify(env.PORT_BASE)}`);
  return `http://127.0.0.1:${portOf('gateway', base)}`;
}
