// `npm run bench -- seed-population [--size 1000000] [--database-url URL]`: our loader against PostgreSQL's own
// limit. (1) seedPopulation for N citizens into a fresh schema, timed, with the process's peak RSS; (2) the same
// citizens rows as CSV (not timed) loaded by `psql \copy` into an identical empty schema, timed; (3) a table and
// bench/results/seed-population.json. Goals from the issue: N = 1 M in ≤ 60 s, ≥ half the raw COPY rate, peak
// RSS < 300 MB. Both schemas are dropped afterwards.
import { createDataSource } from '@d06/persistence';
import { POPULATION_ENTITIES } from '@d06/population/src/population.entities';
import { POPULATION_MIGRATIONS } from '@d06/population/src/migrations';
import { seedPopulation, tuneHeapForSeeding } from '@d06/population/src/seed';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { describeMachine } from './machine';
import { exportCitizens, timePsqlCopy } from './psql-copy';
import { table, verdict } from './report';
import { RssSampler } from './rss-sampler';
import { failBenchmark } from '../failure';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '42' },
      province: { type: 'string', default: '38' },
      'database-url': {
        type: 'string',
        default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/d06',
      },
    },
  });
  const size = Number(values.size);
  const seed = Number(values.seed);
  const databaseUrl = values['database-url'];
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const ourSchema = `bench_seed_${run}`;
  const rawSchema = `bench_copy_${run}`;
  const csv = join(tmpdir(), `d06-bench-${run}.csv`);

  tuneHeapForSeeding(); // as `d06 seed population` does
  const baselineRss = process.memoryUsage().rss;
  const sampler = new RssSampler();
  try {
    process.stderr.write(`(1) seedPopulation: ${size} citizens into ${ourSchema}…\n`);
    sampler.start();
    const started = process.hrtime.bigint();
    const ours = await seedPopulation({
      databaseUrl,
      schema: ourSchema,
      provinceCode: values.province,
      size,
      seed,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakRss = sampler.stop();
    const maxRss = process.resourceUsage().maxRSS * 1024; // kilobytes

    process.stderr.write(
      '(2) CSV of the same citizens rows (not timed), then psql \\copy into an empty schema…\n',
    );
    const csvBytes = exportCitizens(databaseUrl, ourSchema, csv);
    await (
      await createDataSource({
        schema: rawSchema,
        entities: POPULATION_ENTITIES,
        migrations: POPULATION_MIGRATIONS,
        databaseUrl,
        poolSize: 1,
      })
    ).destroy();
    const rawSeconds = timePsqlCopy(databaseUrl, rawSchema, csv);

    const oursRate = ours.rows.citizens / seconds;
    const rawRate = ours.rows.citizens / rawSeconds;
    const ratio = oursRate / rawRate;
    const totalRows = Object.values(ours.rows).reduce((sum, n) => sum + n, 0);
    const goals = {
      within60Seconds: { target: '1 M citizens in ≤ 60 s', met: size >= 1_000_000 ? seconds <= 60 : null },
      halfRawCopyRate: { target: '≥ 0.5 × psql \\copy rate', met: ratio >= 0.5 },
      peakRssUnder300MB: { target: 'peak RSS < 300 MB', met: peakRss < 300 * MB },
    };
    process.stdout.write(
      `\nseed-population: ${size.toLocaleString('en-US')} citizens of province ${ours.provinceCode}, seed ${seed}\n\n` +
        `${table([
          {
            method: 'ours (seedPopulation, 4 tables)',
            rows: ours.rows.citizens,
            seconds,
            rowsPerSecond: oursRate,
            ratio,
          },
          {
            method: 'psql \\copy (citizens only)',
            rows: ours.rows.citizens,
            seconds: rawSeconds,
            rowsPerSecond: rawRate,
            ratio: 1,
          },
        ])}\n\n` +
        `ours also wrote ${ours.rows.households} households, ${ours.rows.idcards} idcards, ${ours.rows.data_defects} ` +
        `data_defects (${totalRows.toLocaleString('en-US')} rows, ${Math.round(totalRows / seconds).toLocaleString('en-US')} rows/s)\n` +
        `peak RSS ${(peakRss / MB).toFixed(0)} MB sampled, maxRSS ${(maxRss / MB).toFixed(0)} MB, ` +
        `baseline before loading ${(baselineRss / MB).toFixed(0)} MB\n` +
        Object.values(goals)
          .map((g) => `goal ${g.target}: ${g.met === null ? 'n/a (size < 1 M)' : verdict(g.met)}`)
          .join('\n') +
        '\n',
    );
    const result = {
      benchmark: 'seed-population',
      date: new Date().toISOString(),
      machine: await describeMachine(databaseUrl),
      parameters: { size, seed, provinceCode: ours.provinceCode, referenceDate: ours.referenceDate },
      ours: {
        citizens: ours.rows.citizens,
        rows: ours.rows,
        totalRows,
        seconds,
        citizensPerSecond: oursRate,
        rowsPerSecond: totalRows / seconds,
        peakRssMB: peakRss / MB,
        maxRssMB: maxRss / MB,
        baselineRssMB: baselineRss / MB,
      },
      psqlCopy: { rows: ours.rows.citizens, seconds: rawSeconds, rowsPerSecond: rawRate, csvBytes },
      ratio,
      goals,
    };
    mkdirSync(join(__dirname, '..', 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, '..', 'results', 'seed-population.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    sampler.stop();
    rmSync(csv, { force: true });
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    for (const schema of [ourSchema, rawSchema])
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

main().catch((error: unknown) => failBenchmark('seed-population', error));
