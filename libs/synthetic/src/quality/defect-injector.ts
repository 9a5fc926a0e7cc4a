import { WeightedTable, type SeededRandom } from '@d06/domain';
import type { DataDefectRecord, Sector, SectorIdentity } from '../records.types';
import { applyDefect, DEFECT_FIELDS, DEFECT_KIND_WEIGHTS } from './defect-kinds';
import { RateAllocator } from './exact-allocator';

export type DefectRates = Readonly<Record<Sector, number>>;

/**
 * Defaults: insurance 3.8% (Thanh Hóa, 9/2023: 3 079 271 of 3 200 783 BHXH participants matched the register, a
 * 96,20% rate), tax 0.93% (a 99,07% match rate, the example), social security 7.75% (the same report: 92,25%
 * of meritorious people's records cleaned).
 */
export const DEFAULT_DEFECT_RATES: DefectRates = { insurance: 0.038, tax: 0.0093, 'social-security': 0.0775 };

/**
 * Makes exactly the configured share of each sector's records differ from the register (RateAllocator), picks
 * the kind of difference at random, and reports each as a `data_defects` row keyed by the true ID number.
 */
export class DefectInjector {
  private readonly allocators: Record<Sector, RateAllocator>;
  private readonly kinds = new WeightedTable(DEFECT_KIND_WEIGHTS);

  constructor(
    rates: DefectRates,
    private readonly random: SeededRandom,
  ) {
    this.allocators = {
      insurance: new RateAllocator(rates.insurance),
      tax: new RateAllocator(rates.tax),
      'social-security': new RateAllocator(rates['social-security']),
    };
  }

  /** The sector's copy of `identity`, maybe altered; a defect is pushed to `defects` when it is. */
  copy(sector: Sector, identity: SectorIdentity, defects: DataDefectRecord[]): SectorIdentity {
    if (!this.allocators[sector].next()) return identity;
    const applied = applyDefect(this.random, identity, this.kinds.pick(this.random));
    defects.push({
      idNumber: identity.idNumber,
      sector,
      field: DEFECT_FIELDS[applied.kind],
      kind: applied.kind,
    });
    return applied.identity;
  }
}
