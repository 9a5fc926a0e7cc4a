/** The services `d06 up` runs, with their default ports and what to show a new user. The rest join as they land. */
export const SERVICES = [
  { name: 'population', defaultPort: 3001, landing: '/docs' },
  { name: 'vneid', defaultPort: 3002, landing: '/.well-known/openid-configuration' },
  { name: 'one-stop', defaultPort: 3003, landing: '/docs' },
  { name: 'bhyt', defaultPort: 3004, landing: '/docs' },
  { name: 'social-security', defaultPort: 3005, landing: '/docs' },
  { name: 'metrics', defaultPort: 3006, landing: '/v1/figures' },
  { name: 'gateway', defaultPort: 8080, landing: '/r1/listClients' },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

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
