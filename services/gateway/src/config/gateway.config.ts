import { join } from 'node:path';
import { loadEnv, redisUrl, serviceEnv, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((value) => value === 'true');
const optionalUrl = z.string().url().optional();

/** Where the checked-in registries live (services/gateway/config). */
export const REGISTRY_DIR = join(__dirname, '..', '..', 'config');

const gatewayEnv = serviceEnv({ port: 8080, schema: 'gateway' }).extend({
  /** lgsp: a provincial platform (LGSP); ndxp: the national one (NDXP). Same binary, different registry. */
  GATEWAY_TIER: z.enum(['lgsp', 'ndxp']).default('lgsp'),
  /** The checked-in registry (members, subsystems, services, rights); default config/registry.<tier>.yaml. */
  GATEWAY_REGISTRY_FILE: z.string().min(1).optional(),
  /** Guards /admin/*: sent as `x-admin-key`. */
  GATEWAY_ADMIN_KEY: z.string().min(8).default('gateway-admin-simulator-key'),
  /** Quotas, rate limits and the response cache live here; process memory when unset. */
  REDIS_URL: redisUrl,
  /** Provider base URLs the registry's ${…} placeholders name. */
  POPULATION_URL: z.string().url().default('http://127.0.0.1:3001'),
  VNEID_URL: z.string().url().default('http://127.0.0.1:3002'),
  ONESTOP_URL: z.string().url().default('http://127.0.0.1:3003'),
  BHYT_URL: z.string().url().default('http://127.0.0.1:3004'),
  SOCIAL_SECURITY_URL: z.string().url().default('http://127.0.0.1:3005'),
  /** The national gateway an LGSP forwards national services to. */
  NDXP_URL: optionalUrl,
  /** The LGSP's own subsystem at the NDXP, and its key there. */
  NDXP_CLIENT: z
    .string()
    .regex(/^[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+$/, 'must be INSTANCE/CLASS/MEMBER/SUBSYSTEM')
    .default('VN/GOV/000.00.00.H38/LGSP'),
  NDXP_API_KEY: z.string().min(1).default('lgsp-h38-at-ndxp-demo-key'),
  /** VNeID client the gateway introspects bearer tokens with (client credentials, RFC 7662). */
  GATEWAY_VNEID_CLIENT_ID: z.string().min(1).default('lgsp-gateway'),
  GATEWAY_VNEID_CLIENT_SECRET: z.string().min(1).default('lgsp-gateway-simulator-secret'),
  /** How long an introspected token is trusted without asking again (bounded by its own expiry). */
  GATEWAY_TOKEN_CACHE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60),
  /** Message-log bodies: off by default (hashes only); on, bodies are stored with personal ID numbers masked. */
  GATEWAY_LOG_BODIES: flag('false'),
  /** Batching of the message log (and of the records swept from it): most entries per write, queue bound. */
  GATEWAY_LOG_BATCH_MAX: z.coerce.number().int().min(1).max(10_000).default(1_000),
  GATEWAY_QUEUE_MAX: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  /** How long a message-log batch waits for more entries before it is written (nobody waits on it). */
  GATEWAY_LOG_LINGER_MS: z.coerce.number().int().min(0).max(1_000).default(50),
  /** Publish the operational-monitoring records (exchange.calls.v1), one per logged call. */
  GATEWAY_MONITORING: flag('true'),
  /** How long committed records wait for more before a Kafka publish (records are late by at most this). */
  GATEWAY_MONITORING_LINGER_MS: z.coerce.number().int().min(0).max(5_000).default(100),
  /**
   * Where the sweeper of other processes' chains runs (each process publishes its own chain's records): in this
   * process, or not here (node:cluster workers; the primary sweeps).
   */
  GATEWAY_SHIPPER: z.enum(['in-process', 'off']).default('in-process'),
  /**
   * Where the providers' change events are consumed (they drop stale cached lookups): in this process, or not here
   * (node:cluster workers with Redis; the primary consumes and broadcasts the invalidations).
   */
  GATEWAY_CHANGE_EVENTS: z.enum(['in-process', 'off']).default('in-process'),
  /**
   * Seconds a lookup answer may stay in this process's near cache in front of Redis (0: none). Invalidations reach
   * every process at once over Redis pub/sub; this only bounds what a missed broadcast could leave.
   */
  GATEWAY_NEAR_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(2),
  /** Default rate limit per client subsystem (calls per window) unless the registry sets one. */
  GATEWAY_RATE_LIMIT: z.coerce.number().int().min(1).default(100_000),
  GATEWAY_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3_600).default(1),
  /** Time a provider has to answer before the call fails with Server.ServerProxy.ServiceFailed. */
  GATEWAY_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(10).default(10_000),
  /** Keep-alive connections per provider origin. */
  GATEWAY_POOL_CONNECTIONS: z.coerce.number().int().min(1).max(1_024).default(128),
  /** Runtime registry changes and faults made on another replica are picked up this often. */
  GATEWAY_REGISTRY_REFRESH_MS: z.coerce.number().int().min(100).default(2_000),
  /** Seed of the injected faults (latency draws, errors): the same seed gives the same sequence. */
  GATEWAY_FAULT_SEED: z.coerce.number().int().min(0).max(0xffffffff).default(0),
  /** Name of this writer's message-log hash chain (one per process; stable across restarts). */
  GATEWAY_NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,60}$/)
    .default('node-1'),
  /** Worker processes main.ts forks (node:cluster); 1 runs in-process. */
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
});

export type GatewayConfig = z.output<typeof gatewayEnv>;

/** The gateway's settings, validated at boot: a bad variable stops it with the variable's name. */
export function gatewayConfig(env: EnvSource = process.env): GatewayConfig {
  return loadEnv(gatewayEnv, env);
}

export function registryFileOf(config: GatewayConfig): string {
  return config.GATEWAY_REGISTRY_FILE ?? join(REGISTRY_DIR, `registry.${config.GATEWAY_TIER}.yaml`);
}

/** Prefix of the gateway's Redis keys: tiers and simulations sharing one Redis never collide. */
export function gatewayKeyPrefix(config: GatewayConfig): string {
  return `d06:${config.KAFKA_TOPIC_PREFIX}${config.DB_SCHEMA}:${config.GATEWAY_TIER}:`;
}
