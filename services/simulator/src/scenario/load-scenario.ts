import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { REPOSITORY_ROOT, ScenarioError, validateScenario } from './scenario-validation';
import type { Scenario } from './scenario.types';

/** Where the shipped scenarios live: scenarios/<name>.yaml and scenarios/drills/<name>.yaml. */
export const SCENARIOS_DIR = join(REPOSITORY_ROOT, 'scenarios');

export interface ShippedScenario {
  readonly name: string;
  readonly file: string;
  readonly description: string;
  readonly kind: 'scenario' | 'drill';
}

/** The shipped scenarios, main ones first. */
export function listScenarios(dir = SCENARIOS_DIR): ShippedScenario[] {
  const from = (sub: string, kind: ShippedScenario['kind']): ShippedScenario[] => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((file) => file.endsWith('.yaml'))
      .sort()
      .map((file) => {
        const scenario = loadScenarioFile(join(folder, file));
        return {
          name: scenario.name,
          file: join(folder, file),
          description: scenario.description ?? '',
          kind,
        };
      });
  };
  return [...from('.', 'scenario'), ...from('drills', 'drill')];
}

/** A scenario by shipped name (`demo`, `drill-crash`) or by file path. */
export function resolveScenario(nameOrFile: string, dir = SCENARIOS_DIR): Scenario {
  if (existsSync(nameOrFile) && nameOrFile.endsWith('.yaml')) return loadScenarioFile(nameOrFile);
  for (const candidate of [join(dir, `${nameOrFile}.yaml`), join(dir, 'drills', `${nameOrFile}.yaml`)]) {
    if (existsSync(candidate)) return loadScenarioFile(candidate);
  }
  const known = listScenarios(dir).map((s) => s.name);
  throw new ScenarioError(nameOrFile, [`no such scenario or file; shipped: ${known.join(', ')}`]);
}

export function loadScenarioFile(file: string): Scenario {
  const source = relative(process.cwd(), file) || basename(file);
  return parseScenario(readFileSync(file, 'utf8'), source);
}

/** YAML text → a validated scenario; a YAML syntax error is a ScenarioError too, with its line. */
export function parseScenario(text: string, source = 'scenario'): Scenario {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new ScenarioError(source, [error instanceof Error ? error.message : String(error)]);
  }
  return validateScenario(value, source);
}
