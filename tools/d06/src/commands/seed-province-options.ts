import type { Command } from 'commander';
import { parseProvince, parseReferenceDate, parseSchema, parseSeed, parseSize } from './seed-arguments';

/** Exit codes: 0 seeded, 1 failed (database, or a schema already seeded without --replace), 2 bad arguments. */
export const SEED_EXIT = { ok: 0, failure: 1, badArguments: 2 } as const;

/** The options every `d06 seed <service>` shares: the same province, size, seed and date give the same people. */
export interface SeedProvinceArguments {
  readonly province: string;
  readonly size: number;
  readonly seed: number;
  readonly databaseUrl?: string;
  readonly schema: string;
  readonly replace?: boolean;
  readonly referenceDate?: string;
  readonly json?: boolean;
}

/** Adds `d06 seed <name>` with the shared province options; the caller adds its own and the action. */
export function seedSubcommand(
  program: Command,
  spec: { name: string; description: string; defaultSchema: string; replaceHelp: string; dateHelp: string },
): Command {
  const seed = program.commands.find((command) => command.name() === 'seed');
  if (!seed) throw new Error('register the seed command first');
  return seed
    .command(spec.name)
    .description(spec.description)
    .requiredOption('--province <code>', 'province code, e.g. 38 or 038 (Thanh Hóa)', parseProvince)
    .requiredOption('--size <citizens>', 'number of citizens, e.g. 3600000', parseSize)
    .requiredOption('--seed <n>', 'random seed: the same seed gives the same province', parseSeed)
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL)')
    .option('--schema <name>', `the ${spec.name} service schema`, parseSchema, spec.defaultSchema)
    .option('--replace', spec.replaceHelp)
    .option('--reference-date <YYYY-MM-DD>', spec.dateHelp, parseReferenceDate)
    .option('--json', 'print the summary as JSON')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : SEED_EXIT.badArguments));
}
