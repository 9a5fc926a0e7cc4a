export type Sex = 'male' | 'female';

export interface PersonName {
  readonly family: string;
  readonly middle: string;
  readonly given: string;
  /** `family middle given`, NFC. */
  readonly full: string;
}
