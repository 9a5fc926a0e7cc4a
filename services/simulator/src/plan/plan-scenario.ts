import { dueDate, serviceByKey } from '@d06/domain';
import { normaliseProvinceCode } from '@d06/synthetic';
import { ScenarioError } from '../scenario/scenario-validation';
import type { Scenario } from '../scenario/scenario.types';
import { at, HOUR, spread, workingDaysOf } from './business-calendar';
import { countOf, deal } from './exact-counts';
import type { DossierOutcome, Plan, PlannedAction } from './plan.types';

/** The most level-2 accounts opened first to submit the online dossiers. */
const MAX_ONLINE_APPLICANTS = 10;
const DEFAULT_L1_APPROVAL_DELAY_HOURS = 24;

/**
 * Scenario → the time-ordered actions of the simulated period. Pure and deterministic: counts are exact (shares
 * become Math.round(n × share), categories are dealt by the exact allocator) and times are spread evenly over the
 * working days, so the same scenario always gives the same plan.
 */
export function planScenario(scenario: Scenario): Plan {
  const provinceCode = normaliseProvinceCode(scenario.province);
  if (!provinceCode)
    throw new ScenarioError(scenario.name, [`/province: ${scenario.province} is not a province`]);
  const days = workingDaysOf(scenario.period.from, scenario.period.to);
  const actions: PlannedAction[] = [];
  const issues: string[] = [];
  const pool = planOnlineApplicants(scenario, days, actions, issues);
  planDossiers(scenario, days, pool, actions, issues);
  planLinked(scenario, days, pool, actions);
  planLookups(scenario, days, actions);
  planEid(scenario, days, pool, actions, issues);
  planSocialSecurity(scenario, days, actions);
  planFaults(scenario, actions);
  if (issues.length > 0) throw new ScenarioError(scenario.name, issues);
  const order = new Map(actions.map((action, index) => [action, index]));
  actions.sort((a, b) => a.at.localeCompare(b.at) || order.get(a)! - order.get(b)!);
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    provinceCode,
    start: at(scenario.period.from, 0).toISOString(),
    end: new Date(at(scenario.period.to, 0).getTime() + 24 * HOUR - 1).toISOString(),
    actions,
    onlineApplicants: pool,
  };
}

function onlineDemand(scenario: Scenario): number {
  const rows = Object.values(scenario.essentialServices ?? {});
  const dossiers = rows.reduce((sum, row) => sum + countOf(row.dossiers, row.online, row.onlineShare, 0), 0);
  const linked = scenario.linkedProcedures;
  return dossiers + (linked?.births?.online ?? 0) + (linked?.deaths?.online ?? 0);
}

/** Online submissions need VNeID level 2 tokens: the first level-2 applications become the applicants. */
function planOnlineApplicants(
  scenario: Scenario,
  days: Date[],
  actions: PlannedAction[],
  issues: string[],
): number {
  if (onlineDemand(scenario) === 0) return 0;
  const level2 = scenario.eid?.level2;
  const activations = level2
    ? countOf(level2.applications, level2.activations, level2.activationShare, 0)
    : 0;
  const pool = Math.min(activations, MAX_ONLINE_APPLICANTS);
  if (pool === 0) {
    issues.push(
      '/eid/level2: online dossiers need applicants: set eid.level2.applications and activations ≥ 1',
    );
    return 0;
  }
  for (let i = 0; i < pool; i += 1) {
    const applied = new Date(days[0].getTime() + 7 * HOUR + i * 60_000);
    const id = `eid:2:${i}`;
    actions.push({ kind: 'eid.apply', id, at: applied.toISOString(), level: 2, subject: i });
    actions.push({
      kind: 'eid.activate',
      id: `${id}:activate`,
      at: new Date(applied.getTime() + 30 * 60_000).toISOString(),
      application: id,
      level: 2,
    });
  }
  return pool;
}

function planDossiers(
  scenario: Scenario,
  days: Date[],
  pool: number,
  actions: PlannedAction[],
  issues: string[],
): void {
  const periodEnd = at(scenario.period.to, 23, 59);
  let applicant = 0;
  for (const [key, row] of Object.entries(scenario.essentialServices ?? {})) {
    const service = serviceByKey(key);
    if (!service) {
      issues.push(`/essentialServices/${key}: not in the catalogue`);
      continue;
    }
    if (service.linked) {
      issues.push(
        `/essentialServices/${key}: a linked procedure; set linkedProcedures.births/deaths instead`,
      );
      continue;
    }
    const n = row.dossiers;
    if (n === 0) continue;
    const online = countOf(n, row.online, row.onlineShare, 0);
    const onTime = countOf(n, row.onTime, row.onTimeShare, n - countOf(n, row.overdue, row.overdueShare, 0));
    const overdue = countOf(n, row.overdue, row.overdueShare, 0);
    const channels = deal({ online, counter: n - online });
    const outcomes = deal<DossierOutcome>({
      'on-time': onTime,
      overdue,
      'in-progress': n - onTime - overdue,
    });
    // overdue dossiers are received early so their late completion still falls inside the period
    const lateDays = days.filter((day) => addLate(day, service.processingDays) < periodEnd.getTime());
    if (overdue > 0 && lateDays.length === 0) {
      issues.push(
        `/essentialServices/${key}/overdue: ${service.processingDays} working days do not fit the period`,
      );
      continue;
    }
    let lateIndex = 0;
    for (let i = 0; i < n; i += 1) {
      const outcome = outcomes[i];
      const id = `dossier:${key}:${i}`;
      const received =
        outcome === 'overdue'
          ? spread(lateIndex++, overdue, lateDays, 3)
          : outcome === 'in-progress'
            ? new Date(at(scenario.period.to, 16).getTime() + (i % 3_600) * 1_000)
            : spread(i, n, days, 5);
      const channel = channels[i];
      actions.push({
        kind: 'dossier.submit',
        id,
        at: received.toISOString(),
        serviceKey: key,
        channel,
        applicant: channel === 'online' ? applicant++ % Math.max(pool, 1) : i,
        outcome,
      });
      const processAt = new Date(received.getTime() + 60_000);
      actions.push({
        kind: 'dossier.process',
        id: `${id}:process`,
        at: processAt.toISOString(),
        dossier: id,
      });
      if (outcome === 'in-progress') continue;
      const completeAt =
        outcome === 'on-time'
          ? new Date(received.getTime() + HOUR)
          : new Date(dueDate(received, service.processingDays).getTime() + 9 * HOUR);
      actions.push({
        kind: 'dossier.complete',
        id: `${id}:complete`,
        at: completeAt.toISOString(),
        dossier: id,
      });
    }
  }
}

/** When a dossier received on `day` at the latest hour would be completed late (due + 9 hours). */
function addLate(day: Date, processingDays: number): number {
  return dueDate(new Date(day.getTime() + 15 * HOUR), processingDays).getTime() + 9 * HOUR;
}

function planLinked(scenario: Scenario, days: Date[], pool: number, actions: PlannedAction[]): void {
  // a linked run's group limit is 3 working days (5 with verification): leave room before the period ends
  const runDays = days.length > 5 ? days.slice(0, days.length - 5) : days.slice(0, 1);
  for (const procedure of ['birth', 'death'] as const) {
    const volume = scenario.linkedProcedures?.[procedure === 'birth' ? 'births' : 'deaths'];
    if (!volume || volume.runs === 0) continue;
    const n = volume.runs;
    const online = volume.online ?? 0;
    const failing = volume.failStep?.count ?? 0;
    const channels = deal({ online, counter: n - online });
    const fates = deal({ fail: failing, ok: n - failing });
    for (let i = 0; i < n; i += 1) {
      actions.push({
        kind: 'linked.submit',
        id: `linked:${procedure}:${i}`,
        at: spread(i, n, runDays, procedure === 'birth' ? 11 : 13).toISOString(),
        procedure,
        channel: channels[i],
        applicant: channels[i] === 'online' ? i % Math.max(pool, 1) : i,
        subject: i,
        expectFailure: fates[i] === 'fail',
      });
    }
  }
}

function planLookups(scenario: Scenario, days: Date[], actions: PlannedAction[]): void {
  const lookups = scenario.healthInsurance?.lookups;
  if (lookups && lookups.total > 0) {
    const n = lookups.total;
    const succeeded = countOf(n, lookups.succeeded, lookups.successRate, n);
    const facilities = Math.max(lookups.facilities ?? 1, 1);
    const results = deal({ ok: succeeded, failed: n - succeeded });
    let ok = 0;
    let failed = 0;
    for (let i = 0; i < n; i += 1) {
      const success = results[i] === 'ok';
      actions.push({
        kind: 'bhyt.lookup',
        id: `lookup:${i}`,
        at: spread(i, n, days, 17).toISOString(),
        success,
        subject: success ? ok++ : failed++,
        facility: i % facilities,
      });
    }
  }
  const syncs = scenario.healthInsurance?.participantSyncs;
  for (let i = 0; i < (syncs?.batches ?? 0); i += 1) {
    actions.push({
      kind: 'bhyt.participant-sync',
      id: `participant-sync:${i}`,
      at: spread(i, syncs!.batches, days, 19).toISOString(),
      limit: syncs?.limit ?? 10_000,
    });
  }
}

function planEid(
  scenario: Scenario,
  days: Date[],
  pool: number,
  actions: PlannedAction[],
  issues: string[],
): void {
  const delayHours = Number(
    scenario.faults?.serviceSettings?.vneid?.VNEID_L1_APPROVAL_DELAY_HOURS ?? DEFAULT_L1_APPROVAL_DELAY_HOURS,
  );
  const periodEnd = at(scenario.period.to, 23, 0).getTime();
  let subject = pool;
  for (const level of [1, 2] as const) {
    const volume = scenario.eid?.[level === 1 ? 'level1' : 'level2'];
    if (!volume) continue;
    const skip = level === 2 ? pool : 0; // the online applicants are the first level-2 accounts
    const n = volume.applications - skip;
    const activated = countOf(volume.applications, volume.activations, volume.activationShare, 0) - skip;
    // a level-1 account can be activated only once approved, `delayHours` of business time after the request
    const waitMs = (level === 1 ? delayHours : 0) * HOUR + 30 * 60_000;
    const earlyDays = days.filter((day) => day.getTime() + 15 * HOUR + waitMs < periodEnd);
    if (activated > 0 && earlyDays.length === 0) {
      issues.push(
        `/eid/level${level}/activations: the approval delay of ${delayHours} h does not fit the period`,
      );
      continue;
    }
    const fates = deal({ activate: activated, wait: n - activated });
    let early = 0;
    for (let i = 0; i < n; i += 1) {
      const id = `eid:${level}:${skip + i}`;
      const activate = fates[i] === 'activate';
      const applied = activate ? spread(early++, activated, earlyDays, 23) : spread(i, n, days, 29);
      actions.push({ kind: 'eid.apply', id, at: applied.toISOString(), level, subject: subject++ });
      if (!activate) continue;
      const activateAt = new Date(applied.getTime() + waitMs);
      actions.push({
        kind: 'eid.activate',
        id: `${id}:activate`,
        at: activateAt.toISOString(),
        application: id,
        level,
      });
    }
  }
}

function planSocialSecurity(scenario: Scenario, days: Date[], actions: PlannedAction[]): void {
  const ssa = scenario.socialSecurity;
  if (!ssa) return;
  if (ssa.reviews)
    actions.push({ kind: 'ssa.review', id: 'ssa:review', at: spread(0, 1, days, 31).toISOString() });
  const accountDays = days.length > 1 ? days.slice(0, -1) : days;
  for (const group of ['socialAssistance', 'meritorious'] as const) {
    const n = ssa.accounts?.[group] ?? 0;
    for (let i = 0; i < n; i += 1) {
      const at = spread(i, n, accountDays, group === 'meritorious' ? 37 : 41);
      actions.push({
        kind: 'ssa.account',
        id: `ssa:account:${group}:${i}`,
        at: at.toISOString(),
        group,
        subject: i,
      });
    }
  }
  if (ssa.payments) {
    const day = ssa.payments.on ?? scenario.period.to;
    actions.push({
      kind: 'ssa.disburse',
      id: `ssa:disburse:${ssa.payments.cycle}`,
      at: at(day, 16).toISOString(),
      cycle: ssa.payments.cycle,
    });
  }
  (scenario.verification?.batches ?? []).forEach((batch, i) => {
    actions.push({
      kind: 'verification.batch',
      id: `verification:${i}`,
      at: spread(i, scenario.verification!.batches!.length, days, 43).toISOString(),
      sector: batch.sector,
      records: batch.records,
    });
  });
}

function planFaults(scenario: Scenario, actions: PlannedAction[]): void {
  const faults = scenario.faults;
  (faults?.kills ?? []).forEach((kill, i) => {
    const killedAt = new Date(kill.at);
    actions.push({
      kind: 'service.kill',
      id: `kill:${i}`,
      at: killedAt.toISOString(),
      service: kill.service,
    });
    const restartAt = new Date(killedAt.getTime() + (kill.restartAfterMinutes ?? 0) * 60_000 + 1);
    actions.push({
      kind: 'service.restart',
      id: `kill:${i}:restart`,
      at: restartAt.toISOString(),
      service: kill.service,
    });
  });
  (faults?.outages ?? []).forEach((outage, i) => {
    actions.push({
      kind: 'outage.start',
      id: `outage:${i}`,
      at: new Date(outage.from).toISOString(),
      service: outage.service,
    });
    actions.push({
      kind: 'outage.end',
      id: `outage:${i}:end`,
      at: new Date(outage.to).toISOString(),
      service: outage.service,
    });
  });
  (faults?.brokerRestarts ?? []).forEach((restart, i) => {
    actions.push({
      kind: 'broker.restart',
      id: `broker-restart:${i}`,
      at: new Date(restart.at).toISOString(),
    });
  });
}
