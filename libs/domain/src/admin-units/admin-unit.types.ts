/** District-level unit kinds (đơn vị hành chính cấp huyện) as of 2023. */
export type DistrictKind = 'thành phố' | 'thị xã' | 'quận' | 'huyện';

/** Commune-level unit kinds (đơn vị hành chính cấp xã). */
export type CommuneKind = 'phường' | 'thị trấn' | 'xã';

export interface District {
  /** Three-digit GSO code (`399` Hoằng Hóa); synthetic districts use codes no real one here uses. */
  readonly code: string;
  /** Three-digit province code, as in the personal ID number (`038`). */
  readonly provinceCode: string;
  /** Full name with its kind (`Huyện Hoằng Hóa`). */
  readonly name: string;
  readonly kind: DistrictKind;
  /** Mountainous (miền núi): where most of the province's ethnic minorities live. */
  readonly upland: boolean;
  /** True when the unit is made up (provinces whose real list is not in this kit). */
  readonly synthetic: boolean;
}

export interface Commune {
  /** Five digits, the shape of a GSO commune code; synthetic ones are `<district code><2 digits>`. */
  readonly code: string;
  readonly districtCode: string;
  readonly provinceCode: string;
  /** Full name with its kind, labelled: `Xã Hoằng Xuân (synthetic)`. */
  readonly name: string;
  readonly kind: CommuneKind;
  /** Always true for now: the real commune lists are not in this kit. */
  readonly synthetic: boolean;
}
