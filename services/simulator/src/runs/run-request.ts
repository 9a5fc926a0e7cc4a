import { RequestValidationError, type FieldError } from '@d06/platform';
import { z } from 'zod';
import { listScenarios, loadScenarioFile } from '../scenario/load-scenario';
import { ScenarioError, validateScenario } from '../scenario/scenario-validation';
import type { Scenario } from '../scenario/scenario.types';

/** POST /v1/runs: a shipped scenario or drill by name, or a whole scenario object (the YAML's JSON form). */
export const runRequestSchema = z
  .object({
    scenario: z.union([
      z.string().min(1).max(100).describe('a shipped scenario or drill (GET /v1/scenarios)'),
      z.record(z.unknown()).describe('a scenario object (contracts/scenario/scenario.schema.json)'),
    ]),
  })
  .strict();

export type RunRequest = z.output<typeof runRequestSchema>;

/**
 * The scenario a request names or carries. Only shipped names are looked up (never a path on this machine); an
 * inline scenario is validated like a file, each issue reported as a field under `scenario`.
 */
export function scenarioOf(request: RunRequest, scenariosDir?: string): Scenario {
  if (typeof request.scenario === 'string') {
    const shipped = listScenarios(scenariosDir);
    const found = shipped.find((candidate) => candidate.name === request.scenario);
    if (!found) {
      const message = `no shipped scenario "${request.scenario}"; shipped: ${shipped.map((s) => s.name).join(', ')}`;
      throw new RequestValidationError('VALIDATION_FAILED', {
        detail: message,
        errors: [{ field: 'scenario', message }],
      });
    }
    return loadScenarioFile(found.file);
  }
  try {
    return validateScenario(request.scenario, 'scenario');
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    throw invalid(error.issues.map(issueToField));
  }
}

/** `/period/from: not a calendar date` → `{field: "scenario/period/from", message: "not a calendar date"}`. */
function issueToField(issue: string): FieldError {
  const colon = issue.indexOf(': ');
  if (!issue.startsWith('/') || colon < 0) return { field: 'scenario', message: issue };
  const path = issue.slice(0, colon);
  return { field: `scenario${path === '/' ? '' : path}`, message: issue.slice(colon + 2) };
}

function invalid(errors: FieldError[]): RequestValidationError {
  return new RequestValidationError('VALIDATION_FAILED', {
    detail: `Invalid scenario: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`,
    errors,
  });
}
