/**
 * Figures are named by their path in the report (d06-report/v1): `healthInsurance.lookups.total.cumulative`,
 * `essentialServices.decision06[da06-02].online` — an array element is picked by its `key`.
 */
export type ReportPath = string;

const SEGMENT = /^([A-Za-z][A-Za-z0-9]*)(?:\[([a-z0-9-]+)\])?$/;

/** The value at `path` in a report; undefined when any part is missing, null when the report prints a blank. */
export function valueAt(report: unknown, path: ReportPath): number | null | undefined {
  let node: unknown = report;
  for (const segment of path.split('.')) {
    const match = SEGMENT.exec(segment);
    if (!match || node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[match[1]];
    if (match[2] !== undefined) {
      if (!Array.isArray(node)) return undefined;
      node = node.find((item: unknown) => (item as { key?: unknown } | null)?.key === match[2]);
    }
  }
  if (node === null) return null;
  return typeof node === 'number' ? node : undefined;
}

/** `decision-06` → the report's array name. */
export function programmeArray(programme: 'decision-06' | 'decision-422'): 'decision06' | 'decision422' {
  return programme === 'decision-06' ? 'decision06' : 'decision422';
}

/** Rates are percentages; a figure is a rate when its last segment says so. */
export function isRatePath(path: ReportPath): boolean {
  return /(Rate|rate)(\.value)?$/.test(path);
}
