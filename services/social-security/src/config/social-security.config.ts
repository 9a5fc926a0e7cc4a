import { loadEnv, serviceEnv, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const rate = (fallback: number) => z.coerce.number().min(0).max(1).default(fallback);

/** `20` (always 20 ms) or `10-50` (drawn per call): real milliseconds a call to the bank rail takes. */
const latency = z
  .string()
  .default('0')
  .transform((value, ctx) => {
    const match = /^\s*([0-9]{1,5})\s*(?:-\s*([0-9]{1,5})\s*)?$/.exec(value);
    const min = Number(match?.[1]);
    const max = match?.[2] === undefined ? min : Number(match[2]);
    if (!match || max < min) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected milliseconds, e.g. 20 or 10-50' });
      return z.NEVER;
    }
    return { min, max };
  });

const socialSecurityEnv = serviceEnv({ port: 3005, schema: 'social_security' })
  .extend({
    /** The population service, which every enrolment and review is verified against. */
    POPULATION_URL: z.string().url().default('http://127.0.0.1:3001'),
    /** Agency code the service states when it calls the population service (synthetic). */
    SSA_AGENCY: z.string().trim().min(1).max(100).default('G01.LDTBXH.ASXH'),
    /** Payments sent to the rail per call (one rail file), and records per population verification batch. */
    SSA_PAYMENT_CHUNK: z.coerce.number().int().min(1).max(10_000).default(200),
    SSA_REVIEW_CHUNK: z.coerce.number().int().min(1).max(10_000).default(10_000),
    /** The simulated bank's own schema (its ledger); `<DB_SCHEMA>_rail` when unset. */
    BANK_RAIL_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'Expected a lowercase SQL identifier')
      .optional(),
    /** Outcomes and reversals are drawn from this seed and the payment reference: the same run, the same result. */
    BANK_RAIL_SEED: z.coerce.number().int().min(0).max(0xffffffff).default(6),
    BANK_RAIL_LATENCY_MS: latency,
    /** Share of new payments the rail rejects for each reason. */
    BANK_RAIL_REJECT_INVALID_ACCOUNT: rate(0.01),
    BANK_RAIL_REJECT_CLOSED_ACCOUNT: rate(0.01),
    BANK_RAIL_REJECT_NAME_MISMATCH: rate(0.005),
    /** Share of credited payments that come back, and how many business days after the credit. */
    BANK_RAIL_REVERSAL_RATE: rate(0.002),
    BANK_RAIL_REVERSAL_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  })
  .superRefine((env, ctx) => {
    const sum =
      env.BANK_RAIL_REJECT_INVALID_ACCOUNT +
      env.BANK_RAIL_REJECT_CLOSED_ACCOUNT +
      env.BANK_RAIL_REJECT_NAME_MISMATCH;
    if (sum > 1) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['BANK_RAIL_REJECT_INVALID_ACCOUNT'],
        message: `the three rejection rates add up to ${sum}, more than 1`,
      });
    }
  });

export type SocialSecurityConfig = z.output<typeof socialSecurityEnv> & { readonly railSchema: string };

/** The social-security service's settings, validated at boot: a bad variable stops it with the variable's name. */
export function socialSecurityConfig(env: EnvSource = process.env): SocialSecurityConfig {
  const config = loadEnv(socialSecurityEnv, env);
  return { ...config, railSchema: config.BANK_RAIL_SCHEMA ?? `${config.DB_SCHEMA}_rail` };
}
