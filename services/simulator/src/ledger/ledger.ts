import { ESSENTIAL_SERVICES, serviceByKey } from '@d06/domain';
import { programmeArray, type ReportPath } from './report-paths';

export type Figures = Readonly<Record<ReportPath, number>>;

const LOOKUPS = 'healthInsurance.lookups';
const rate = (part: number, whole: number): number =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0;

/**
 * The ground truth: what the simulator caused, as report figures. The planner feeds it the planned outcomes (the
 * expected figures); the runner feeds it each action's actual outcome (the ledger checked against the report).
 */
export class Ledger {
  private readonly counts = new Map<ReportPath, number>();
  private readonly rows = new Set<string>();

  constructor(
    private readonly openingBalances: Readonly<Record<ReportPath, number>> = {},
    seeded: Readonly<Record<ReportPath, number>> = {},
  ) {
    for (const [path, value] of Object.entries(seeded)) this.add(path, value);
  }

  add(path: ReportPath, n = 1): void {
    this.counts.set(path, (this.counts.get(path) ?? 0) + n);
  }

  /** Counts the essential-service rows (zero rows included) once dossiers are part of the run. */
  coverEssentialServices(): void {
    for (const service of ESSENTIAL_SERVICES) this.rows.add(service.key);
  }

  dossierReceived(serviceKey: string, online: boolean): void {
    this.rows.add(serviceKey);
    this.add(`${rowPath(serviceKey)}.total`);
    if (online) this.add(`${rowPath(serviceKey)}.online`);
  }

  dossierCompleted(serviceKey: string, onTime: boolean): void {
    this.add(`${rowPath(serviceKey)}.${onTime ? 'onTime' : 'overdue'}`);
  }

  lookup(success: boolean): void {
    this.add(`${LOOKUPS}.total.change`);
    if (success) this.add(`${LOOKUPS}.succeeded.change`);
    else this.add(`${LOOKUPS}.succeeded.change`, 0);
  }

  eidApplied(): void {
    this.add('digitalCitizen.eidApplications.cumulative');
  }

  eidActivated(): void {
    this.add('digitalCitizen.eidActivated.cumulative');
  }

  accountLinked(group: 'socialAssistance' | 'meritorious'): void {
    this.add('socialSecurity.withAccount.total');
    this.add(`socialSecurity.withAccount.${group}`);
  }

  /** A beneficiary's benefit ended (a completed death procedure): one fewer on top of the seeded count. */
  benefitEnded(group: 'socialAssistance' | 'meritorious'): void {
    this.add('socialSecurity.beneficiaries.total', -1);
    this.add(`socialSecurity.beneficiaries.${group}`, -1);
  }

  paidCashless(group: 'socialAssistance' | 'meritorious', n = 1): void {
    this.add('socialSecurity.paidCashless.total', n);
    this.add(`socialSecurity.paidCashless.${group}`, n);
  }

  /** The figures: counts, cumulative values on top of the opening balances, and the rates derived from them. */
  figures(): Figures {
    const out = new Map<ReportPath, number>();
    for (const key of this.rows) {
      const path = rowPath(key);
      for (const field of ['total', 'online', 'onTime', 'overdue'])
        out.set(`${path}.${field}`, this.counts.get(`${path}.${field}`) ?? 0);
      out.set(`${path}.onlineRate`, rate(out.get(`${path}.online`)!, out.get(`${path}.total`)!));
    }
    for (const [path, value] of this.counts) if (!out.has(path)) out.set(path, value);
    for (const [path, value] of Object.entries(this.openingBalances))
      out.set(path, (out.get(path) ?? 0) + value);
    if (out.has(`${LOOKUPS}.total.change`)) {
      for (const part of ['total', 'succeeded']) {
        const opening = this.openingBalances[`${LOOKUPS}.${part}.cumulative`] ?? 0;
        out.set(
          `${LOOKUPS}.${part}.cumulative`,
          opening + (this.counts.get(`${LOOKUPS}.${part}.change`) ?? 0),
        );
      }
      out.set(
        `${LOOKUPS}.successRate.value`,
        rate(out.get(`${LOOKUPS}.succeeded.cumulative`)!, out.get(`${LOOKUPS}.total.cumulative`)!),
      );
    }
    return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)));
  }
}

export function rowPath(serviceKey: string): ReportPath {
  const service = serviceByKey(serviceKey);
  if (!service) throw new Error(`unknown essential service ${serviceKey}`);
  return `essentialServices.${programmeArray(service.programme)}[${serviceKey}]`;
}
