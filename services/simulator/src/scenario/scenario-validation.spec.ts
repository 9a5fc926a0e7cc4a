import { parseScenario } from './load-scenario';
import { ScenarioError } from './scenario-validation';

const BASE = `
name: t
province: "38"
period: { from: "2023-08-15", to: "2023-09-14", asOf: "2023-09-15" }
population: { size: 100 }
seed: 1
`;

function issuesOf(yaml: string): readonly string[] {
  try {
    parseScenario(yaml, 'test.yaml');
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  return [];
}

describe('scenario validation', () => {
  it('accepts a minimal scenario', () => {
    expect(parseScenario(BASE).population.size).toBe(100);
  });

  it('names the path of a wrong type and of a missing property', () => {
    const issues = issuesOf(BASE.replace('size: 100', 'size: "many"').replace('seed: 1', ''));
    expect(issues).toContain('/population/size: must be integer');
    expect(issues).toContain('/: missing property "seed"');
  });

  it('names an unknown property and a bad service key', () => {
    const issues = issuesOf(
      `${BASE}essentialServices:\n  da06-2: { dossiers: 1 }\n  da06-03: { dossiers: 1, colour: red }\n`,
    );
    expect(issues).toContain('/essentialServices: bad property name "da06-2"');
    expect(issues).toContain('/essentialServices/da06-03: unknown property "colour"');
  });

  it('refuses a count and a share of the same thing', () => {
    expect(
      issuesOf(`${BASE}essentialServices:\n  da06-03: { dossiers: 10, online: 3, onlineShare: 0.3 }\n`),
    ).toContain('/essentialServices/da06-03: give either a count or a share, not both');
  });

  it('checks counts against their totals and faults against the period', () => {
    const issues = issuesOf(
      `${BASE}essentialServices:\n  da06-03: { dossiers: 10, online: 11, onTime: 8, overdue: 3 }\n` +
        `faults:\n  kills: [{ service: population, at: "2023-10-01T10:00:00+07:00" }]\n`,
    );
    expect(issues).toEqual([
      '/essentialServices/da06-03/online: 11 is more than the 10 dossiers',
      '/essentialServices/da06-03: onTime + overdue (11) is more than the 10 dossiers',
      '/faults/kills/0/at: 2023-10-01T10:00:00+07:00 is outside the period 2023-08-15..2023-09-14',
    ]);
  });

  it('reports YAML syntax errors as scenario errors with the source name', () => {
    expect(() => parseScenario('name: [unclosed', 'bad.yaml')).toThrow(/bad\.yaml is not a valid scenario/);
  });
});
