import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { SEED_COLUMNS } from '@d06/population/src/seed';

const COLUMNS = SEED_COLUMNS.citizens.join(', ');

function psql(databaseUrl: string, command: string): void {
  execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Writes the citizens rows of `schema` to a CSV file (the input of the raw COPY; not timed). */
export function exportCitizens(databaseUrl: string, schema: string, file: string): number {
  psql(databaseUrl, `\\copy (SELECT ${COLUMNS} FROM "${schema}".citizens) TO '${file}' CSV`);
  return statSync(file).size;
}

/** The database's own limit: `psql \copy` of the CSV into `schema`.citizens, timed from spawn to exit. */
export function timePsqlCopy(databaseUrl: string, schema: string, file: string): number {
  const started = process.hrtime.bigint();
  psql(databaseUrl, `\\copy "${schema}".citizens (${COLUMNS}) FROM '${file}' CSV`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}
