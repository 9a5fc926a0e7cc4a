import { Counter, Gauge, register, type Metric } from 'prom-client';

/** One registration per process (the embedded mode runs every service in one). */
function metric<T extends Metric>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/** Prometheus figures of the simulator's runs, served at /metrics with the process's other series. */
export const runMetrics = {
  finished: metric(
    'd06_simulator_runs_total',
    () =>
      new Counter({
        name: 'd06_simulator_runs_total',
        help: 'Scenario runs ended, by outcome (passed, failed, unverified, crashed)',
        labelNames: ['outcome'],
      }),
  ),
  running: metric(
    'd06_simulator_run_running',
    () => new Gauge({ name: 'd06_simulator_run_running', help: '1 while a scenario run is in progress' }),
  ),
  actionsDone: metric(
    'd06_simulator_run_actions_done',
    () =>
      new Gauge({
        name: 'd06_simulator_run_actions_done',
        help: 'Planned actions carried out so far by the current (or last) run',
      }),
  ),
  actionsPlanned: metric(
    'd06_simulator_run_actions_planned',
    () =>
      new Gauge({
        name: 'd06_simulator_run_actions_planned',
        help: 'Planned actions of the current (or last) run',
      }),
  ),
};
