/** Shapes of the essential-service catalogue (the 25 + 28 "dịch vụ công thiết yếu" the provinces report on). */
export type ServiceProgramme = 'decision-06' | 'decision-422';

/** `full`: fully online (toàn trình, formerly level 4); `partial`: partly online (một phần, formerly level 3). */
export type ServiceLevel = 'full' | 'partial';

export type AgencyCode =
  | 'cong-an'
  | 'tu-phap'
  | 'bhxh'
  | 'thue'
  | 'tnmt'
  | 'gtvt'
  | 'gddt'
  | 'ldtbxh'
  | 'dien-luc'
  | 'khdt'
  | 'y-te'
  | 'toa-an';

/** The kinds of personal record a service creates, changes or certifies; they decide the VNeID level needed. */
export type DataDomain =
  | 'identity-document'
  | 'residence'
  | 'civil-status'
  | 'criminal-record'
  | 'vehicle'
  | 'traffic-fine'
  | 'seal'
  | 'insurance'
  | 'social-allowance'
  | 'tax'
  | 'land'
  | 'driving-licence'
  | 'education'
  | 'labour'
  | 'electricity'
  | 'business'
  | 'health'
  | 'environment'
  | 'court'
  | 'meritorious'
  | 'payment';

export type EidLevel = 1 | 2;

/**
 * Where a catalogue entry's key and name come from: the Thanh Hóa report (exact), the domain reference (named
 * there, key ours), or reconstructed to complete QĐ 422's 28 (names not sourced; replace when the list is known).
 */
export type ServiceProvenance = 'reference-report' | 'domain-reference' | 'reconstructed';

export interface EssentialService {
  /** Stable key, as in report-thanh-hoa-2023-09.json (`da06-01`, `qd422-thamvieng`, …). */
  readonly key: string;
  readonly programme: ServiceProgramme;
  /** Position in its programme's list (the report appendix order). */
  readonly ordinal: number;
  /** Vietnamese name, as printed in the report where it appears there. */
  readonly name: string;
  /** Lead agency (the first of `agencies`). */
  readonly agency: AgencyCode;
  /** Every agency involved, lead first (several for linked groups). */
  readonly agencies: readonly AgencyCode[];
  readonly level: ServiceLevel;
  readonly levelIsAssumed: boolean;
  /** Legal processing time in working days; 0 means "within the day" (see calendar `dueDate`). */
  readonly processingDays: number;
  readonly processingDaysIsAssumed: boolean;
  /** Longer limit when the dossier needs verification (linked procedures: 5 working days). */
  readonly processingDaysWithVerification?: number;
  readonly dataDomains: readonly DataDomain[];
  /** VNeID level an online submission needs, derived from `dataDomains` (see eid-level.rule.ts). */
  readonly requiredEidLevel: EidLevel;
  /** One of the two linked procedures of QĐ 296/QĐ-VPCP, run as a multi-step linked run. */
  readonly linked: boolean;
  /** Provided through the provincial one-stop system (as opposed to a ministry's or EVN's own system). */
  readonly runByProvince: boolean;
  readonly provenance: ServiceProvenance;
}
