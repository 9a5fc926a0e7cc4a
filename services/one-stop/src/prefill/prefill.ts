import type { CatalogueEntry } from '../catalogue/catalogue';
import type { PrefillStatus } from '../dossiers/dossier.entity';
import type { CitizenLookup } from './population-client';

export interface Prefill {
  readonly status: PrefillStatus;
  /** Form field → value taken from the register. */
  readonly values: Record<string, unknown>;
}

/**
 * The form fields the register fills for a service: each pre-fillable field whose register field has a value.
 * An outage or an unknown citizen fills nothing (the dossier is still received; its status says why).
 */
export function prefillFrom(entry: CatalogueEntry, lookup: CitizenLookup): Prefill {
  if (!lookup.found) {
    return {
      status: lookup.why === 'not-found' ? 'citizen-not-found' : 'population-unavailable',
      values: {},
    };
  }
  const values: Record<string, unknown> = {};
  for (const [field, source] of Object.entries(entry.prefill)) {
    const value = lookup.record[source];
    if (value !== null && value !== undefined && value !== '') values[field] = value;
  }
  return { status: 'prefilled', values };
}
