import type { Command } from 'commander';
import { provinceByCode } from '@d06/domain';
import {
  seedSocialSecurity,
  SocialSecuritySeedError,
  type SeedSocialSecuritySummary,
} from '@d06/social-security/src/seed';
import { DATABASE_URL_MISSING, databaseUrlFrom } from './seed-arguments';
import { SEED_EXIT, seedSubcommand, type SeedProvinceArguments } from './seed-province-options';

export type SeedSocialSecurityArguments = SeedProvinceArguments;

/** `d06 seed social-security …`, next to `d06 seed population` (registered by registerSeedCommand). */
export function registerSeedSocialSecurityCommand(program: Command): void {
  seedSubcommand(program, {
    name: 'social-security',
    description:
      "load a synthetic province's social-security beneficiaries and their accounts into the social-security " +
      'schema; use the population seed’s province, size, seed and reference date for the same people',
    defaultSchema: 'social_security',
    replaceHelp: 'empty beneficiaries and accounts first (otherwise a province already loaded is refused)',
    dateHelp: 'date the ages and benefits are as of',
  }).action(async (options: SeedSocialSecurityArguments) => {
    process.exitCode = await runSeedSocialSecurity(options);
  });
}

/** Runs the seed and prints; returns the exit code. */
export async function runSeedSocialSecurity(
  options: SeedSocialSecurityArguments,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const databaseUrl = databaseUrlFrom(options.databaseUrl, env);
  if (databaseUrl === undefined) {
    process.stderr.write(`d06 seed social-security: ${DATABASE_URL_MISSING}\n`);
    return SEED_EXIT.badArguments;
  }
  try {
    const summary = await seedSocialSecurity({
      databaseUrl,
      schema: options.schema,
      provinceCode: options.province,
      size: options.size,
      seed: options.seed,
      referenceDate: options.referenceDate,
      replace: options.replace ?? false,
    });
    process.stdout.write(
      options.json ? `${JSON.stringify(summary)}\n` : formatSocialSecuritySeedSummary(summary),
    );
    return SEED_EXIT.ok;
  } catch (error) {
    // Only the message: a database error's detail could quote a row, and rows hold personal ID numbers.
    process.stderr.write(
      `d06 seed social-security: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return error instanceof SocialSecuritySeedError && error.code === 'INVALID_OPTIONS'
      ? SEED_EXIT.badArguments
      : SEED_EXIT.failure;
  }
}

export function formatSocialSecuritySeedSummary(summary: SeedSocialSecuritySummary): string {
  const province = provinceByCode(summary.provinceCode)?.name ?? summary.provinceCode;
  const n = (value: number) => value.toLocaleString('en-US');
  const { beneficiaries: b, withAccount: w, accounts: a } = summary;
  return [
    `Seeded the social-security beneficiaries of ${province} (${summary.provinceCode}) into schema ` +
      `"${summary.schema}" (${n(summary.size)} citizens, seed ${summary.seed}, as of ${summary.referenceDate}).`,
    `  social assistance  ${n(b.socialAssistance)} (${n(w.socialAssistance)} with an account)`,
    `  meritorious        ${n(b.meritorious)} (${n(w.meritorious)} with an account)`,
    `  accounts           ${n(a.active)} active, ${n(a.inactive)} inactive: ${n(a['bank-account'])} bank, ` +
      `${n(a['e-wallet'])} e-wallet, ${n(a['mobile-money'])} mobile money`,
    `  monthly            ${n(summary.monthlyAmountVnd.socialAssistance + summary.monthlyAmountVnd.meritorious)} VND`,
    `  ${summary.seconds.toFixed(1)} s`,
    '',
  ].join('\n');
}
