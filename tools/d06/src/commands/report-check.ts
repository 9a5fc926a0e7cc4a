/** One internal inconsistency of a report, by the JSON path of the figure at fault. */
export interface ReportIssue {
  readonly path: string;
  readonly rule: 'rate-mismatch' | 'part-exceeds-whole' | 'parts-do-not-sum' | 'difference-mismatch';
  readonly message: string;
}

type Json = Record<string, unknown>;
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const obj = (value: unknown): Json => (value !== null && typeof value === 'object' ? (value as Json) : {});

/** Decimals a printed number shows (33.9 → 1, 76 → 0): the rounding a reader must allow. */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The internal consistency checks of a `d06-report/v1` document (any report of that structure, printed or
 * generated): rates against their counts (allowing the rounding of the printed decimals), parts not exceeding or
 * summing to their totals, differences stated alongside their terms. Blank (null) figures are not checked.
 */
export function checkReport(report: unknown): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const r = obj(report);
  const ratio = (path: string, rate: unknown, part: unknown, whole: unknown): void => {
    const [p, w, v] = [num(part), num(whole), num(rate)];
    if (p === undefined || w === undefined || v === undefined) return;
    if (w === 0) {
      if (v !== 0 && p === 0)
        issues.push({ path, rule: 'rate-mismatch', message: `rate ${v} with a total of 0` });
      return;
    }
    const exact = (p / w) * 100;
    const tolerance = 0.5 * 10 ** -decimalsOf(v) + 1e-9;
    if (Math.abs(exact - v) > tolerance)
      issues.push({
        path,
        rule: 'rate-mismatch',
        message: `rate ${v} but ${p} / ${w} = ${exact.toFixed(4)}%`,
      });
  };
  const atMost = (path: string, part: unknown, whole: unknown, what: string): void => {
    const [p, w] = [num(part), num(whole)];
    if (p !== undefined && w !== undefined && p > w)
      issues.push({ path, rule: 'part-exceeds-whole', message: `${what}: ${p} > ${w}` });
  };
  const sums = (path: string, total: unknown, parts: unknown[]): void => {
    const t = num(total);
    const values = parts.map(num);
    if (t === undefined || values.some((v) => v === undefined)) return;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (sum !== t)
      issues.push({ path, rule: 'parts-do-not-sum', message: `parts sum to ${sum}, total is ${t}` });
  };

  const es = obj(r.essentialServices);
  for (const table of ['decision06', 'decision422']) {
    const rows = Array.isArray(es[table]) ? (es[table] as unknown[]) : [];
    rows.forEach((raw, i) => {
      const row = obj(raw);
      const path = `essentialServices.${table}[${i}]${typeof row.key === 'string' ? ` (${row.key})` : ''}`;
      ratio(`${path}.onlineRate`, row.onlineRate, row.online, row.total);
      atMost(`${path}.online`, row.online, row.total, 'online dossiers exceed the total');
      const done = [num(row.onTime), num(row.overdue)];
      if (done.every((v) => v !== undefined))
        atMost(`${path}.onTime`, done[0] + done[1], row.total, 'on time + overdue exceed the total');
    });
  }

  const hi = obj(r.healthInsurance);
  const facilities = obj(hi.facilities);
  atMost(
    'healthInsurance.facilities.usingIdCard',
    facilities.usingIdCard,
    facilities.total,
    'facilities using the ID card exceed all facilities',
  );
  const lookups = obj(hi.lookups);
  const [total, ok, successRate] = [obj(lookups.total), obj(lookups.succeeded), obj(lookups.successRate)];
  atMost(
    'healthInsurance.lookups.succeeded.cumulative',
    ok.cumulative,
    total.cumulative,
    'successful lookups exceed all lookups',
  );
  atMost(
    'healthInsurance.lookups.succeeded.change',
    ok.change,
    total.change,
    'successful lookups exceed all lookups in the period',
  );
  ratio('healthInsurance.lookups.successRate.value', successRate.value, ok.cumulative, total.cumulative);
  const [t, s, tc, sc, rc] = [
    num(total.cumulative),
    num(ok.cumulative),
    num(total.change),
    num(ok.change),
    num(successRate.change),
  ];
  if (
    t !== undefined &&
    s !== undefined &&
    tc !== undefined &&
    sc !== undefined &&
    rc !== undefined &&
    t - tc > 0 &&
    t > 0
  ) {
    const exact = (s / t) * 100 - ((s - sc) / (t - tc)) * 100;
    if (Math.abs(exact - rc) > 0.5 * 10 ** -decimalsOf(rc) + 0.01)
      issues.push({
        path: 'healthInsurance.lookups.successRate.change',
        rule: 'difference-mismatch',
        message: `change ${rc} but the rate went from ${(((s - sc) / (t - tc)) * 100).toFixed(2)}% to ${((s / t) * 100).toFixed(2)}% (${exact.toFixed(2)})`,
      });
  }

  const ss = obj(r.socialSecurity);
  for (const part of ['beneficiaries', 'withAccount', 'paidCashless']) {
    const figures = obj(ss[part]);
    sums(`socialSecurity.${part}.total`, figures.total, [figures.socialAssistance, figures.meritorious]);
  }
  atMost(
    'socialSecurity.withAccount.total',
    obj(ss.withAccount).total,
    obj(ss.beneficiaries).total,
    'beneficiaries with an account exceed all beneficiaries',
  );
  atMost(
    'socialSecurity.reviewed',
    ss.reviewed,
    obj(ss.beneficiaries).total,
    'reviewed beneficiaries exceed all beneficiaries',
  );

  const dc = obj(r.digitalCitizen);
  const activated = obj(dc.eidActivated);
  ratio('digitalCitizen.eidActivated.rate', activated.rate, activated.cumulative, activated.target);
  atMost(
    'digitalCitizen.eidActivated.cumulative',
    activated.cumulative,
    obj(dc.eidApplications).cumulative,
    'activations exceed applications',
  );

  const dv = obj(r.dataVerification);
  const pairs: [string, string, string][] = [
    ['insuranceParticipantsMatched', 'matched', 'total'],
    ['taxCodesReviewed', 'reviewed', 'total'],
    ['meritoriousCleaned', 'cleaned', 'total'],
    ['childrenUpdated', 'updated', 'total'],
    ['covidVaccination', 'verified', 'subjects'],
    ['civilStatusDigitised', 'entered', 'total'],
  ];
  for (const [name, part, whole] of pairs) {
    const figures = obj(dv[name]);
    ratio(`dataVerification.${name}.rate`, figures.rate, figures[part], figures[whole]);
    atMost(`dataVerification.${name}.${part}`, figures[part], figures[whole], `${part} exceeds ${whole}`);
  }
  const tax = obj(dv.taxCodesReviewed);
  if (num(tax.total) !== undefined && num(tax.reviewed) !== undefined)
    sums('dataVerification.taxCodesReviewed.total', tax.total, [tax.reviewed, tax.unmatched]);
  const civil = obj(dv.civilStatusDigitised);
  sums('dataVerification.civilStatusDigitised.entered', civil.entered, [
    civil.births,
    civil.marriages,
    civil.deaths,
    civil.adoptions,
  ]);
  return issues;
}
