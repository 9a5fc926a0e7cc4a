import { z } from 'zod';
import { redisUrl } from '../env/env-fields';
import { loadEnv, type EnvSource } from '../env/load-env';
import { SystemClock, type Clock } from './clock';
import { SharedClockFollower } from './shared-clock-follower';
import { DEFAULT_SHARED_CLOCK_PREFIX } from './shared-clock-state';

const clockEnv = z
  .object({
    /** `system` (default): the wall clock; `shared`: the business clock a simulation moves, kept in Redis. */
    D06_CLOCK: z.enum(['system', 'shared']).default('system'),
    /** Namespace of the shared clock's keys (one per simulation run). */
    D06_CLOCK_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:._-]{1,100}$/, 'Expected letters, digits, ":", ".", "_" or "-"')
      .default(DEFAULT_SHARED_CLOCK_PREFIX),
    REDIS_URL: redisUrl,
  })
  .superRefine((env, ctx) => {
    if (env.D06_CLOCK === 'shared' && !env.REDIS_URL)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['REDIS_URL'],
        message: 'D06_CLOCK=shared keeps the clock in Redis: set REDIS_URL',
      });
  });

/**
 * The business clock a service runs on, chosen by configuration: the wall clock, or the clock a simulation shares
 * across processes (`D06_CLOCK=shared`, `REDIS_URL`, `D06_CLOCK_KEY_PREFIX`). A shared clock must be started
 * (ClockModule does) before it is read. Throws EnvValidationError naming a bad variable.
 */
export function clockFromEnv(env: EnvSource = process.env): Clock {
  const config = loadEnv(clockEnv, env);
  if (config.D06_CLOCK === 'system') return new SystemClock();
  return new SharedClockFollower({ redisUrl: config.REDIS_URL!, keyPrefix: config.D06_CLOCK_KEY_PREFIX });
}
