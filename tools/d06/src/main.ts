import { Command, InvalidArgumentError } from 'commander';
import { cliErrorMessage } from './commands/cli-error';
import { registerFaultsCommand } from './commands/faults.command';
import { registerLoadCommand } from './commands/load.command';
import { registerReportCommand } from './commands/report.command';
import { registerSeedBhytCommand } from './commands/seed-bhyt.command';
import { registerSeedCommand } from './commands/seed.command';
import { registerSeedSocialSecurityCommand } from './commands/seed-social-security.command';
import { registerScenarioCommand } from './commands/scenario.command';
import { runUp, type InfraMode } from './commands/up.command';

const program = new Command('d06')
  .description(
    'Đề án 06 integration simulator: population, VNeID, one-stop, BHYT, social security, gateway, metrics',
  )
  .showHelpAfterError();

program
  .command('up')
  .description('start the services and keep serving until Ctrl-C')
  .option(
    '--infra <mode>',
    'embedded (one process, no infrastructure) | local (start local Kafka/Postgres/Redis) | env (use KAFKA_BROKERS, DATABASE_URL, REDIS_URL)',
    parseInfra,
    'embedded',
  )
  .option('--scenario <name|file>', 'the scenario to run once up (embedded default: demo)')
  .option('--no-scenario', 'start the services only')
  .action(async (options: { infra: InfraMode; scenario?: string | false }) => {
    await runUp({ infra: options.infra, portBase: portBaseFromEnv(), scenario: options.scenario });
  });

registerSeedCommand(program);
registerSeedBhytCommand(program);
registerSeedSocialSecurityCommand(program);
registerReportCommand(program);
registerScenarioCommand(program);
registerFaultsCommand(program);
registerLoadCommand(program);

function parseInfra(value: string): InfraMode {
  if (value === 'embedded' || value === 'local' || value === 'env') return value;
  throw new InvalidArgumentError('expected embedded, local or env');
}

function portBaseFromEnv(): number | undefined {
  const raw = process.env.PORT_BASE;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_000) {
    process.stderr.write(`d06: PORT_BASE must be a port number, got ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return value;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`d06: ${cliErrorMessage(error)}\n`);
  process.exit(1);
});
