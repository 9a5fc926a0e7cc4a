import { DEFAULT_SHARED_CLOCK_PREFIX, loadEnv, port, redisUrl, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const serviceUrl = (defaultUrl: string) => z.string().url().default(defaultUrl);

/**
 * The standalone simulator's settings: where each service answers (the same variables the services read for their
 * peers; `d06 up` passes them, moved by PORT_BASE), the gateway's admin key, and the shared business clock.
 */
const simulatorEnv = z
  .object({
    PORT: port(3007),
    POPULATION_URL: serviceUrl('http://127.0.0.1:3001'),
    VNEID_URL: serviceUrl('http://127.0.0.1:3002'),
    ONESTOP_URL: serviceUrl('http://127.0.0.1:3003'),
    BHYT_URL: serviceUrl('http://127.0.0.1:3004'),
    SOCIAL_SECURITY_URL: serviceUrl('http://127.0.0.1:3005'),
    METRICS_URL: serviceUrl('http://127.0.0.1:3006'),
    GATEWAY_URL: serviceUrl('http://127.0.0.1:8080'),
    /** The gateway's admin key (the gateway reads the same variable), for the faults it forwards. */
    GATEWAY_ADMIN_KEY: z.string().min(8).default('gateway-admin-simulator-key'),
    /**
     * `shared`: operate the business clock the services follow (they run with the same D06_CLOCK=shared), kept in
     * Redis under D06_CLOCK_KEY_PREFIX; `system` (default): the services keep their own clocks, runs do not move time.
     */
    D06_CLOCK: z.enum(['system', 'shared']).default('system'),
    D06_CLOCK_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:._-]{1,100}$/, 'Expected letters, digits, ":", ".", "_" or "-"')
      .default(DEFAULT_SHARED_CLOCK_PREFIX),
    REDIS_URL: redisUrl,
    /** Finished runs kept for GET /v1/runs/{id} (oldest dropped first). */
    SIMULATOR_RUNS_KEPT: z.coerce.number().int().min(1).max(1_000).default(20),
  })
  .superRefine((env, ctx) => {
    if (env.D06_CLOCK === 'shared' && !env.REDIS_URL)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['REDIS_URL'],
        message: 'D06_CLOCK=shared keeps the clock in Redis: set REDIS_URL',
      });
  });

export type SimulatorConfig = z.output<typeof simulatorEnv>;

export function simulatorConfig(env: EnvSource = process.env): SimulatorConfig {
  return loadEnv(simulatorEnv, env);
}
