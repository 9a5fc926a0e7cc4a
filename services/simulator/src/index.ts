export * from './scenario/scenario.types';
export { ScenarioError, validateScenario, REPOSITORY_ROOT } from './scenario/scenario-validation';
export {
  listScenarios,
  loadScenarioFile,
  parseScenario,
  resolveScenario,
  SCENARIOS_DIR,
} from './scenario/load-scenario';
export { planScenario } from './plan/plan-scenario';
export type { Plan, PlannedAction, DossierOutcome } from './plan/plan.types';
export { Ledger, type Figures } from './ledger/ledger';
export { expectedFigures, expectedLedger } from './ledger/expected-ledger';
export { valueAt, type ReportPath } from './ledger/report-paths';
export {
  compareFigures,
  formatDiffTable,
  sameFigure,
  type Comparison,
  type FigureCheck,
} from './compare/compare-figures';
export {
  scenarioFromReport,
  type FromReportResult,
  type ReportInput,
} from './from-report/scenario-from-report';
export {
  runScenario,
  type RunResult,
  type RunOptions,
  type Verdict,
  type LinkedRunResult,
} from './run/run-scenario';
export type { RunEnvironment, RunClock, RunProgress } from './run/run-environment';
export { subjectPoolsOf, type SubjectPools } from './run/subject-pools';
export { junitReport } from './outputs/junit-report';
export { htmlSummary } from './outputs/html-summary';
export { createSimulatorApp, simulatorRuns, SIMULATOR_API } from './app/simulator.app';
export { simulatorConfig, type SimulatorConfig } from './app/simulator.config';
export type { SimulatorOptions } from './app/simulator-options';
