import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from './scenario.types';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');
export const SCENARIO_SCHEMA_PATH = join(REPOSITORY_ROOT, 'contracts', 'scenario', 'scenario.schema.json');

/** A scenario that breaks its schema or its own arithmetic; `issues` name each path (`/period/from: …`). */
export class ScenarioError extends Error {
  constructor(
    readonly source: string,
    readonly issues: readonly string[],
  ) {
    super(`${source} is not a valid scenario:\n  ${issues.join('\n  ')}`);
    this.name = 'ScenarioError';
  }
}

let compiled: ReturnType<Ajv2020['compile']> | undefined;

function validator(): ReturnType<Ajv2020['compile']> {
  if (!compiled) {
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    compiled = ajv.compile(JSON.parse(readFileSync(SCENARIO_SCHEMA_PATH, 'utf8')) as object);
  }
  return compiled;
}

/** Validates against the JSON Schema, then the rules a schema cannot say (counts within their totals, dates). */
export function validateScenario(value: unknown, source = 'scenario'): Scenario {
  const validate = validator();
  if (!validate(value)) throw new ScenarioError(source, describeErrors(validate.errors ?? []));
  const scenario = value as Scenario;
  const issues = semanticIssues(scenario);
  if (issues.length > 0) throw new ScenarioError(source, issues);
  return scenario;
}

function describeErrors(errors: readonly ErrorObject[]): string[] {
  const lines = errors
    // `not`/`anyOf` wrappers repeat their branches' errors; keep the specific ones
    .filter((error) => error.keyword !== 'if')
    .map((error) => {
      const path = error.instancePath || '/';
      if (error.keyword === 'additionalProperties')
        return `${path}: unknown property "${String(error.params.additionalProperty)}"`;
      if (error.keyword === 'required')
        return `${path}: missing property "${String(error.params.missingProperty)}"`;
      if (error.keyword === 'propertyNames')
        return `${path}: bad property name "${String(error.params.propertyName)}"`;
      if (error.keyword === 'not') return `${path}: give either a count or a share, not both`;
      return `${path}: ${error.message ?? error.keyword}`;
    });
  return [...new Set(lines)];
}

function semanticIssues(scenario: Scenario): string[] {
  const issues: string[] = [];
  const { from, to } = scenario.period;
  for (const [name, date] of Object.entries({ from, to, asOf: scenario.period.asOf })) {
    if (date !== undefined && Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
      issues.push(`/period/${name}: not a calendar date`);
  }
  if (from > to) issues.push('/period: from is after to');
  if (scenario.period.asOf !== undefined && scenario.period.asOf <= to)
    issues.push('/period/asOf: must be after to');
  for (const [key, row] of Object.entries(scenario.essentialServices ?? {})) {
    const path = `/essentialServices/${key}`;
    if (row.online !== undefined && row.online > row.dossiers)
      issues.push(`${path}/online: ${row.online} is more than the ${row.dossiers} dossiers`);
    const onTime = row.onTime ?? 0;
    const overdue = row.overdue ?? 0;
    if (onTime + overdue > row.dossiers)
      issues.push(
        `${path}: onTime + overdue (${onTime + overdue}) is more than the ${row.dossiers} dossiers`,
      );
  }
  for (const [name, procedure] of Object.entries(scenario.linkedProcedures ?? {})) {
    if (!procedure) continue;
    if ((procedure.online ?? 0) > procedure.runs)
      issues.push(`/linkedProcedures/${name}/online: more than the ${procedure.runs} runs`);
    if ((procedure.failStep?.count ?? 0) > procedure.runs)
      issues.push(`/linkedProcedures/${name}/failStep/count: more than the ${procedure.runs} runs`);
  }
  const lookups = scenario.healthInsurance?.lookups;
  if (lookups?.succeeded !== undefined && lookups.successRate !== undefined)
    issues.push('/healthInsurance/lookups: give either succeeded or successRate, not both');
  if (lookups?.succeeded !== undefined && lookups.succeeded > lookups.total)
    issues.push(`/healthInsurance/lookups/succeeded: more than the ${lookups.total} lookups`);
  for (const level of ['level1', 'level2'] as const) {
    const volume = scenario.eid?.[level];
    if (!volume) continue;
    if (volume.activations !== undefined && volume.activationShare !== undefined)
      issues.push(`/eid/${level}: give either activations or activationShare, not both`);
    if ((volume.activations ?? 0) > volume.applications)
      issues.push(`/eid/${level}/activations: more than the ${volume.applications} applications`);
  }
  const periodStart = Date.parse(`${from}T00:00:00+07:00`);
  const periodEnd = Date.parse(`${to}T23:59:59+07:00`);
  const faults = scenario.faults;
  const instants = [
    ...(faults?.kills ?? []).map((kill, i) => [`/faults/kills/${i}/at`, kill.at] as const),
    ...(faults?.brokerRestarts ?? []).map((r, i) => [`/faults/brokerRestarts/${i}/at`, r.at] as const),
    ...(faults?.outages ?? []).map((o, i) => [`/faults/outages/${i}/from`, o.from] as const),
  ];
  for (const [path, at] of instants) {
    const t = Date.parse(at);
    if (t < periodStart || t > periodEnd) issues.push(`${path}: ${at} is outside the period ${from}..${to}`);
  }
  (faults?.outages ?? []).forEach((outage, i) => {
    if (Date.parse(outage.to) <= Date.parse(outage.from))
      issues.push(`/faults/outages/${i}: to is not after from`);
  });
  return issues;
}
