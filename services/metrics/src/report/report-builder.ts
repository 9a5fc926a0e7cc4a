import { provinceByCode } from '@d06/domain';
import type { FigureReader } from '../store/figure-reader';
import { FigureContext } from './figure-context';
import type { ReportPeriod } from './period';
import type { D06Report } from './report.types';
import { dataVerificationSection } from './sections/data-verification.section';
import { digitalCitizenSection } from './sections/digital-citizen.section';
import { essentialServicesSection } from './sections/essential-services.section';
import { healthInsuranceSection } from './sections/health-insurance.section';
import { dataExchangeSection, linkedProceduresSection } from './sections/linked-exchange.section';
import { socialSecuritySection } from './sections/social-security.section';

export interface ReportRequest {
  /** Three-digit province code. */
  readonly province: string;
  readonly period: ReportPeriod;
  readonly commune?: string;
  readonly trace?: boolean;
}

const NOTES = [
  'Built by the metrics service from events alone (plus opening balances a scenario set); every figure is traced in `trace` to the event types and counts that made it.',
  'Counts are integers, rates are percentages with two decimals (33.9 means 33,9%). null means no event carries the figure and no opening balance set it.',
  'Essential-service rows are figures for the period: dossiers received (total, online) and dossiers completed (on time, overdue) in it. Health-insurance, social-security, e-ID and verification figures are cumulative to the period end (opening balance + seeds + events), with the change over the period.',
  'Snapshots (BHYT registry and social-security seeds) count from the business day they were loaded (or their earlier reference date): events on or after it add to them. A commune report has no snapshot-based figures (seeds are per province).',
  "Data-verification figures count checks: a record checked twice (a mismatch, then a match after cleaning) counts twice. Vaccination subjects/verified are the health sector's checks.",
  'Paid cashless: monthly payments credited in the period less those reversed; data-exchange calls are attributed to the province of the calling agency (its H<nn> code).',
];

/** The `d06-report/v1` document of a province (or one commune) for a period. */
export async function buildReport(reader: FigureReader, request: ReportRequest): Promise<D06Report> {
  const opening = request.commune === undefined ? await reader.openingBalances(request.province) : new Map();
  const ctx = new FigureContext(reader, request.province, request.period, opening, request.commune);
  const province = provinceByCode(request.province);
  const report: D06Report = {
    schema: 'd06-report/v1',
    source: `d06 metrics service: figures from events, ${province?.name ?? request.province} ${request.period.label}`,
    province: {
      code: request.province.slice(1),
      idNumberPrefix: request.province,
      name: province?.name ?? request.province,
      ...(request.commune === undefined ? {} : { commune: request.commune }),
    },
    period: {
      label: request.period.label,
      from: request.period.from,
      to: request.period.to,
      asOf: request.period.asOf,
      previous: request.period.previous,
    },
    notes: [...NOTES],
    essentialServices: await essentialServicesSection(ctx),
    healthInsurance: await healthInsuranceSection(ctx),
    socialSecurity: await socialSecuritySection(ctx),
    digitalCitizen: await digitalCitizenSection(ctx),
    dataVerification: await dataVerificationSection(ctx),
    linkedProcedures: await linkedProceduresSection(ctx),
    dataExchange: await dataExchangeSection(ctx),
  };
  report.notes.push(...ctx.notes);
  if (request.trace !== false) report.trace = ctx.trace.toJSON();
  return report;
}
