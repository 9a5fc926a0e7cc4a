// Types of infra-resolver.js (plain CommonJS, so jest's global setup can require it untranspiled).
export type EndpointName = 'KAFKA_BROKERS' | 'DATABASE_URL' | 'REDIS_URL';
export type Endpoints = Partial<Record<EndpointName, string>>;
export type InfrastructureSource = 'none' | 'env' | 'containers' | 'local';

/** The side effects of resolution; global-setup.js passes the real ones (infra-probes.js), tests pass fakes. */
export interface InfrastructureProbes {
  /** Whether a Docker-compatible engine answers, quickly. */
  dockerAvailable(): Promise<boolean>;
  /** Starts a container for each missing endpoint; stop() removes them. */
  startContainers(missing: EndpointName[]): Promise<{ endpoints: Endpoints; stop: () => Promise<void> }>;
  /** Runs infra/local/up.sh (machine PostgreSQL and Redis, the project's Kafka broker; idempotent). */
  startLocal(): Promise<void>;
  /** Rejects, naming it, when an endpoint does not accept a connection. */
  checkReachable(endpoints: Endpoints, fromEnv: EndpointName[]): Promise<void>;
}

export interface ResolvedInfrastructure {
  source: InfrastructureSource;
  endpoints: Endpoints;
  /** The endpoints that were already set in the environment and used as they are. */
  fromEnv: EndpointName[];
  /** Stops what was started for this run (containers); absent when nothing needs stopping. */
  stop?: () => Promise<void>;
}

export declare class InfrastructureError extends Error {
  constructor(message: string, cause?: unknown);
}

export declare const ENDPOINT_NAMES: readonly EndpointName[];
export declare const LOCAL_ENDPOINTS: Readonly<Record<EndpointName, string>>;

export declare function resolveInfrastructure(input: {
  env: Record<string, string | undefined>;
  probes: InfrastructureProbes;
}): Promise<ResolvedInfrastructure>;
