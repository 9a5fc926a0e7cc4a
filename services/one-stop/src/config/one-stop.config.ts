import { loadEnv, serviceEnv, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const rate = z.coerce.number().min(0).max(1).default(0);

/** `0`, `200` (always 200 ms) or `100-900` (drawn per status change, from the seed): a business-time delay. */
const delayRange = z
  .string()
  .default('0')
  .transform((value, ctx) => {
    const match = /^\s*([0-9]{1,9})\s*(?:-\s*([0-9]{1,9})\s*)?$/.exec(value);
    const min = Number(match?.[1]);
    const max = match?.[2] === undefined ? min : Number(match[2]);
    if (!match || max < min) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected milliseconds, e.g. 200 or 100-900' });
      return z.NEVER;
    }
    return { min, max };
  });

const oneStopEnv = serviceEnv({ port: 3003, schema: 'one_stop' }).extend({
  /** The population service: forms are pre-filled from it (GET /v1/citizens/{id}). */
  POPULATION_URL: z.string().url().default('http://127.0.0.1:3001'),
  /** Issuer base URL of VNeID: online submissions' access tokens are introspected there. */
  VNEID_URL: z.string().url().default('http://127.0.0.1:3002'),
  /** The one-stop portal's client at VNeID (its access tokens are the ones accepted) and its secret. */
  ONESTOP_VNEID_CLIENT_ID: z.string().min(1).default('onestop-portal'),
  VNEID_ONESTOP_SECRET: z.string().min(1).default('onestop-portal-simulator-secret'),
  /** Province (3-digit code) of the receiving agency when a dossier does not name one. */
  ONESTOP_PROVINCE_CODE: z
    .string()
    .regex(/^[0-9]{3}$/, 'Expected a 3-digit province code')
    .default('038'),
  /** How long (real ms) a call to the population or VNeID service may wait for an answer. */
  ONESTOP_PEER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** How long (real ms, never past the token's expiry) a token VNeID vouched for is trusted without asking again; 0: always ask. */
  ONESTOP_TOKEN_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** Business minutes one attempt of a linked step may wait for its owner before it is requested again. */
  ONESTOP_STEP_ATTEMPT_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(100_000).default(240),
  /** Attempts of a linked step (the first request and its retries) before the run fails as timed out. */
  ONESTOP_STEP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(3),
  /** Real milliseconds between two sweeps (step timeouts and due portal syncs). */
  ONESTOP_SWEEP_INTERVAL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
  /** Share (0-1) of attempts to publish a status to the national portal (Cổng DVC quốc gia) that fail. */
  ONESTOP_PORTAL_FAILURE_RATE: rate,
  /** Business-time delay before a status reaches the portal: `0`, `500` or a range `100-900`. */
  ONESTOP_PORTAL_DELAY_MS: delayRange,
  /** Business milliseconds between a failed portal attempt and the next one. */
  ONESTOP_PORTAL_RETRY_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** Attempts to publish one status before the sync gives up. */
  ONESTOP_PORTAL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(5),
  /** Seed of the portal's faults: the same seed fails the same attempts on every run and replica. */
  ONESTOP_PORTAL_SEED: z.coerce.number().int().min(0).max(0xffffffff).default(0),
});

export type OneStopConfig = z.output<typeof oneStopEnv>;

/** The one-stop service's settings, validated at boot: a bad variable stops it with the variable's name. */
export function oneStopConfig(env: EnvSource = process.env): OneStopConfig {
  return loadEnv(oneStopEnv, env);
}
