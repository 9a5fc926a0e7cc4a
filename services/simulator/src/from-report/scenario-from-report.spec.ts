import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compareFigures } from '../compare/compare-figures';
import { expectedFigures } from '../ledger/expected-ledger';
import { valueAt } from '../ledger/report-paths';
import { planScenario } from '../plan/plan-scenario';
import { parseScenario } from '../scenario/load-scenario';
import { scenarioFromReport, type ReportInput } from './scenario-from-report';

const reference = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'report-thanh-hoa-2023-09.json'), 'utf8'),
) as ReportInput;

describe('scenarioFromReport', () => {
  const { scenario, inconsistencies } = scenarioFromReport(reference, { name: 'round-trip' });
  // through YAML and the schema, as `d06 scenario from-report -o` writes it
  const reparsed = parseScenario(stringify(scenario), 'generated.yaml');
  const figures = expectedFigures(reparsed, planScenario(reparsed));

  it('reports the printed inconsistencies', () => {
    expect(inconsistencies).toEqual(
      expect.arrayContaining([expect.stringMatching(/^da06-01: total is blank; 63 taken/)]),
    );
  });

  it('reproduces every consistent printed figure it covers exactly', () => {
    const inconsistentRows = new Set(inconsistencies.map((line) => line.split(':')[0]));
    const covered = Object.fromEntries(
      Object.entries(figures).filter(([path]) => {
        const row = /\[([a-z0-9-]+)\]/.exec(path)?.[1];
        const printed = valueAt(reference, path);
        return typeof printed === 'number' && !(row && inconsistentRows.has(row));
      }),
    );
    const result = compareFigures(covered, reference);
    expect(result.checks.filter((check) => check.status !== 'equal')).toEqual([]);
    // the essential rows, the lookups (cumulative, change, rate) and the e-ID figures
    expect(result.equal).toBe(100);
    expect(covered['healthInsurance.lookups.total.cumulative']).toBe(5_339_392);
    expect(covered['digitalCitizen.eidActivated.cumulative']).toBe(1_651_144);
  });

  it('scales volumes for a smaller rehearsal', () => {
    const small = scenarioFromReport(reference, { scale: 0.01 }).scenario;
    expect(small.essentialServices?.['da06-03']).toEqual({
      dossiers: 318,
      online: 317,
      onTime: 318,
      overdue: 0,
    });
  });
});
