// `npm run bench -- <name> [args…]`: runs bench/<name>/main.ts. Each benchmark prints a table and writes
// bench/results/<name>.json with every figure and ratio (see BENCHMARKS.md).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [name, ...rest] = process.argv.slice(2);
const available = readdirSync(__dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(__dirname, entry.name, 'main.ts')))
  .map((entry) => entry.name);

if (!name || !available.includes(name)) {
  process.stderr.write(
    `usage: npm run bench -- <name>\navailable: ${available.join(', ') || '(none yet)'}\n`,
  );
  process.exit(2);
}
process.argv = [process.argv[0], join(__dirname, name, 'main.ts'), ...rest];
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the benchmark is chosen at run time
require(join(__dirname, name, 'main.ts'));
