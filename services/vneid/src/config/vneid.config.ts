import { loadEnv, redisUrl, serviceEnv, type EnvSource } from '@d06/platform';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

const urlList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const urls = value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
      for (const url of urls) {
        if (!URL.canParse(url)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a URL: ${url}` });
      }
      return urls;
    });

/** `038:2500000,040:2700000` → { '038': 2500000, … }: the activation targets seeded at start. */
const targets = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const entries: [string, number][] = [];
    for (const entry of value.split(',').filter((e) => e.trim() !== '')) {
      const match = /^\s*([0-9]{3})\s*:\s*([0-9]{1,9})\s*$/.exec(entry);
      if (!match)
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected province:target, got "${entry}"` });
      else entries.push([match[1], Number(match[2])]);
    }
    return Object.fromEntries(entries);
  });

const vneidEnv = serviceEnv({ port: 3002, schema: 'vneid' }).extend({
  /** Sessions, grants, codes and rate-limit counters; in memory when unset. */
  REDIS_URL: redisUrl,
  /** The OpenID Connect issuer as relying parties see it; http://127.0.0.1:<PORT> when unset. */
  VNEID_ISSUER: z.string().url().optional(),
  /** Accept the fixed OTP 111111 (automated relying parties, rehearsals); never in a real deployment. */
  VNEID_TEST_MODE: flag,
  /** The population service, which verifies every account request. */
  POPULATION_URL: z.string().url().default('http://127.0.0.1:3001'),
  /** Agency code VNeID states when it calls the population service. */
  VNEID_AGENCY: z.string().min(1).default('G01.C06.VNEID'),
  /** Business hours between a level-1 request and its approval (the rule says 24; the reports saw 72–120). */
  VNEID_L1_APPROVAL_DELAY_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(24),
  /** Real milliseconds between two looks for due approvals. */
  VNEID_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(10).default(1_000),
  /** Failed logins in a row that lock an account, and for how many business minutes. */
  VNEID_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  VNEID_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(30),
  /** Login attempts per minute from one IP address, and for one ID number. */
  VNEID_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(120),
  VNEID_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  VNEID_ONESTOP_REDIRECT_URIS: urlList(
    'http://127.0.0.1:3003/auth/callback,http://localhost:3003/auth/callback',
  ),
  VNEID_ONESTOP_POST_LOGOUT_URIS: urlList('http://127.0.0.1:3003/,http://localhost:3003/'),
  VNEID_ONESTOP_SECRET: z.string().min(16).default('onestop-portal-simulator-secret'),
  VNEID_GATEWAY_SECRET: z.string().min(16).default('lgsp-gateway-simulator-secret'),
  VNEID_TEST_RP_REDIRECT_URIS: urlList('http://127.0.0.1:8080/callback,http://localhost:8080/callback'),
  VNEID_TEST_RP_POST_LOGOUT_URIS: urlList('http://127.0.0.1:8080/,http://localhost:8080/'),
  /** Activation targets per province seeded at start (a province already holding a target keeps it). */
  VNEID_ACTIVATION_TARGETS: targets,
});

export type VneidConfig = z.output<typeof vneidEnv> & { readonly issuer: string };

/** The VNeID service's settings, validated at boot: a bad variable stops it with the variable's name. */
export function vneidConfig(env: EnvSource = process.env): VneidConfig {
  const config = loadEnv(vneidEnv, env);
  const issuer = (config.VNEID_ISSUER ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
  return { ...config, issuer };
}
