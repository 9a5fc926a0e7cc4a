import { serviceByKey } from '@d06/domain';
import { sameFigure } from '../compare/compare-figures';
import type { EssentialServiceVolume, Scenario } from '../scenario/scenario.types';

interface ReportRow {
  readonly key: string;
  readonly total: number | null;
  readonly online: number | null;
  readonly onlineRate: number | null;
  readonly onTime: number | null;
  readonly overdue: number | null;
}

interface Cumulative {
  readonly cumulative?: number | null;
  readonly change?: number | null;
}

/** The parts of a d06-report/v1 the generator reads (the rest is carried by the seed or not simulated). */
export interface ReportInput {
  readonly province: { readonly code: string; readonly name?: string };
  readonly period: {
    readonly label?: string;
    readonly from: string;
    readonly to: string;
    readonly asOf?: string;
  };
  readonly essentialServices?: { readonly decision06?: ReportRow[]; readonly decision422?: ReportRow[] };
  readonly healthInsurance?: {
    readonly lookups?: {
      readonly total?: Cumulative;
      readonly succeeded?: Cumulative;
      readonly successRate?: { value?: number | null };
    };
  };
  readonly digitalCitizen?: {
    readonly idCardApplications?: Cumulative;
    readonly eidApplications?: Cumulative & { target?: number | null };
    readonly eidActivated?: Cumulative & { target?: number | null };
  };
}

export interface FromReportOptions {
  readonly name?: string;
  /** Volumes × scale (counts rounded); 1 = 1:1. */
  readonly scale?: number;
  readonly seed?: number;
  readonly populationSize?: number;
}

export interface FromReportResult {
  readonly scenario: Scenario;
  /** Rows whose printed figures contradict each other; generated from their counts. */
  readonly inconsistencies: readonly string[];
  /** Figures the scenario does not set (they come from the seeded registries or are not simulated). */
  readonly notReproduced: readonly string[];
}

/** The level-2 accounts the online dossiers are submitted with, opened in the period. */
const APPLICANT_ACCOUNTS = 10;

/**
 * A report → a scenario whose run reproduces its consistent figures: the period's volumes become the scenario's
 * counts and cumulative figures the opening balances (cumulative − what the period adds). Counts win over rates:
 * a row whose printed rate contradicts its counts is reported and generated from the counts.
 */
export function scenarioFromReport(report: ReportInput, options: FromReportOptions = {}): FromReportResult {
  const scale = options.scale ?? 1;
  const scaled = (value: number): number => Math.round(value * scale);
  const inconsistencies: string[] = [];
  const notReproduced = [
    'healthInsurance.facilities, cardsSyncedWithIdCard, pilotModelPeriod (from the BHYT seed)',
    'socialSecurity.* (from the social-security seed and the bank rail)',
    'digitalCitizen.*.target (VNEID_ACTIVATION_TARGETS)',
    'dataVerification.* (sector data)',
  ];
  const essentialServices: Record<string, EssentialServiceVolume> = {};
  const linked: { births?: { runs: number; online: number }; deaths?: { runs: number; online: number } } = {};
  const rows = [
    ...(report.essentialServices?.decision06 ?? []),
    ...(report.essentialServices?.decision422 ?? []),
  ];
  for (const row of rows) {
    const volume = rowVolume(row, inconsistencies);
    if (!volume || !serviceByKey(row.key)) continue;
    const dossiers = scaled(volume.dossiers);
    const online = Math.min(scaled(volume.online), dossiers);
    if (row.key === 'da06-15' || row.key === 'da06-16') {
      linked[row.key === 'da06-15' ? 'births' : 'deaths'] = { runs: dossiers, online };
      continue;
    }
    const overdue = Math.min(scaled(volume.overdue), dossiers);
    const onTime = Math.min(scaled(volume.onTime), dossiers - overdue);
    essentialServices[row.key] = { dossiers, online, onTime, overdue };
  }
  const openingBalances: Record<string, number> = {};
  const lookups = report.healthInsurance?.lookups;
  const lookupTotal = scaled(lookups?.total?.change ?? 0);
  const lookupSucceeded = Math.min(scaled(lookups?.succeeded?.change ?? 0), lookupTotal);
  for (const [part, change] of [
    ['total', lookupTotal],
    ['succeeded', lookupSucceeded],
  ] as const) {
    const cumulative = lookups?.[part]?.cumulative;
    if (typeof cumulative === 'number')
      openingBalances[`healthInsurance.lookups.${part}.cumulative`] = Math.max(
        scaled(cumulative) - change,
        0,
      );
  }
  const printedRate = lookups?.successRate?.value;
  const total = lookups?.total?.cumulative;
  const succeeded = lookups?.succeeded?.cumulative;
  if (
    typeof printedRate === 'number' &&
    typeof total === 'number' &&
    typeof succeeded === 'number' &&
    total > 0
  ) {
    const rate = (succeeded / total) * 100;
    if (!sameFigure('healthInsurance.lookups.successRate.value', rate, printedRate))
      inconsistencies.push(
        `healthInsurance.lookups.successRate: printed ${printedRate}, counts give ${rate.toFixed(2)}`,
      );
  }
  const citizen = report.digitalCitizen;
  const applicants = Object.values(essentialServices).some((row) => (row.online ?? 0) > 0)
    ? APPLICANT_ACCOUNTS
    : 0;
  const eidCumulative = (figure: Cumulative | undefined, path: string): void => {
    if (typeof figure?.cumulative === 'number')
      openingBalances[path] = Math.max(scaled(figure.cumulative) - applicants, 0);
  };
  eidCumulative(citizen?.eidApplications, 'digitalCitizen.eidApplications.cumulative');
  eidCumulative(citizen?.eidActivated, 'digitalCitizen.eidActivated.cumulative');
  if (typeof citizen?.idCardApplications?.cumulative === 'number')
    openingBalances['digitalCitizen.idCardApplications.cumulative'] = scaled(
      citizen.idCardApplications.cumulative,
    );

  const province = report.province.code.padStart(2, '0');
  const label = periodLabel(report.period);
  const scenario: Scenario = {
    name: options.name ?? `from-report-${province}-${label}`,
    description: `Generated by d06 scenario from-report (scale ${scale}) from the ${report.province.name ?? province} report ${report.period.label ?? label}.`,
    province,
    period: {
      label,
      from: report.period.from,
      to: report.period.to,
      ...(report.period.asOf ? { asOf: report.period.asOf } : {}),
    },
    population: { size: options.populationSize ?? populationSize(report, scale) },
    seed: options.seed ?? 7,
    clock: { speed: 100_000 },
    essentialServices,
    ...(linked.births || linked.deaths ? { linkedProcedures: linked } : {}),
    ...(lookupTotal > 0
      ? { healthInsurance: { lookups: { total: lookupTotal, succeeded: lookupSucceeded, facilities: 20 } } }
      : {}),
    ...(applicants > 0 ? { eid: { level2: { applications: applicants, activations: applicants } } } : {}),
    openingBalances,
  };
  return { scenario, inconsistencies, notReproduced };
}

/** A row's counts, with its contradictions reported; undefined when the report prints no count at all. */
function rowVolume(
  row: ReportRow,
  issues: string[],
): { dossiers: number; online: number; onTime: number; overdue: number } | undefined {
  const counts = [row.total, row.online, row.onTime, row.overdue].filter(
    (v): v is number => typeof v === 'number',
  );
  if (counts.length === 0) return undefined;
  const online = row.online ?? 0;
  const overdue = row.overdue ?? 0;
  let dossiers = row.total ?? Math.max(...counts);
  if (row.total === null) issues.push(`${row.key}: total is blank; ${dossiers} taken from its other counts`);
  if (online > dossiers) {
    issues.push(`${row.key}: online ${online} is more than the total ${dossiers}; total raised to ${online}`);
    dossiers = online;
  }
  const onTime = row.onTime ?? dossiers - overdue;
  if (onTime + overdue > dossiers) {
    issues.push(`${row.key}: on time + overdue (${onTime + overdue}) is more than the total ${dossiers}`);
    dossiers = onTime + overdue;
  }
  if (typeof row.onlineRate === 'number' && dossiers > 0) {
    const rate = (online / dossiers) * 100;
    if (!sameFigure('onlineRate', rate, row.onlineRate))
      issues.push(`${row.key}: online rate printed ${row.onlineRate}, counts give ${rate.toFixed(2)}`);
  }
  return { dossiers, online, onTime, overdue };
}

function periodLabel(period: ReportInput['period']): string {
  const month = /^(\d{1,2})\/(\d{4})$/.exec(period.label ?? '');
  if (month) return `${month[2]}-${month[1].padStart(2, '0')}`;
  return period.to.slice(0, 7);
}

/** Enough citizens for the ID-card figure (applications are ~95% of the population), at least 2 000. */
function populationSize(report: ReportInput, scale: number): number {
  const idCards = report.digitalCitizen?.idCardApplications?.cumulative ?? 0;
  return Math.max(2_000, Math.round((idCards / 0.95) * scale));
}
