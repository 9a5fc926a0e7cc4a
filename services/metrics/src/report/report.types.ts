import type { TraceEntry } from './trace-book';

/** A row of an essential-services appendix table. */
export interface ServiceRow {
  key: string;
  name: string;
  portal: 'connected' | 'not-connected' | 'linked-done';
  total: number | null;
  online: number | null;
  onlineRate: number | null;
  onTime: number | null;
  overdue: number | null;
  difficulty?: string;
  [extra: string]: unknown;
}

export interface CumulativeFigure {
  cumulative: number | null;
  change?: number | null;
}

/** The `d06-report/v1` document: the structure of reference/report-thanh-hoa-2023-09.json, plus extras. */
export interface D06Report {
  schema: 'd06-report/v1';
  source: string;
  province: { code: string; idNumberPrefix: string; name: string; commune?: string };
  period: { label: string; from: string; to: string; asOf: string; [extra: string]: unknown };
  notes: string[];
  essentialServices: { decision06: ServiceRow[]; decision422: ServiceRow[] };
  healthInsurance: {
    facilities: { total: number | null; usingIdCard: number | null };
    lookups: {
      total: CumulativeFigure;
      succeeded: CumulativeFigure;
      successRate: { value: number | null; change: number | null };
      [extra: string]: unknown;
    };
    cardsSyncedWithIdCard: CumulativeFigure;
    pilotModelPeriod: {
      from: string;
      to: string;
      lookups: number | null;
      facilitiesWithLookups: number | null;
      insuranceClaims: number | null;
      [extra: string]: unknown;
    };
    [extra: string]: unknown;
  };
  socialSecurity: {
    beneficiaries: { total: number | null; socialAssistance: number | null; meritorious: number | null };
    reviewed: number | null;
    withAccount: {
      total: number | null;
      socialAssistance: number | null;
      meritorious: number | null;
      [extra: string]: unknown;
    };
    paidCashless: {
      total: number | null;
      socialAssistance: number | null;
      meritorious: number | null;
      since: string;
      [extra: string]: unknown;
    };
    [extra: string]: unknown;
  };
  digitalCitizen: {
    idCardApplications: CumulativeFigure & Record<string, unknown>;
    eidApplications: CumulativeFigure & { target: number | null; [extra: string]: unknown };
    eidActivated: CumulativeFigure & { target: number | null; rate: number | null; [extra: string]: unknown };
  };
  dataVerification: Record<string, Record<string, unknown>>;
  linkedProcedures?: Record<string, unknown>;
  dataExchange?: Record<string, unknown>;
  trace?: Record<string, TraceEntry[]>;
  [extra: string]: unknown;
}
