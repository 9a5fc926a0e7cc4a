/**
 * Errors the identifier module raises. Messages name the failed rule and never echo a full identifier: personal
 * ID numbers must not reach logs.
 */
export type IdentifierErrorCode =
  'invalid-personal-id' | 'invalid-bhyt-card-code' | 'invalid-generator-input';

export type PersonalIdRule = 'length' | 'digits' | 'province' | 'century' | 'birth-year-in-future';

export type BhytCardCodeRule = 'length' | 'group' | 'benefit-level' | 'province' | 'social-insurance-number';

export abstract class IdentifierError extends Error {
  abstract readonly code: IdentifierErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class PersonalIdError extends IdentifierError {
  readonly code = 'invalid-personal-id';

  constructor(
    readonly rule: PersonalIdRule,
    message: string,
  ) {
    super(message);
  }
}

export class BhytCardCodeError extends IdentifierError {
  readonly code = 'invalid-bhyt-card-code';

  constructor(
    readonly rule: BhytCardCodeRule,
    message: string,
  ) {
    super(message);
  }
}

/** A generator was asked for something that cannot exist (unknown province, serial out of range, …). */
export class IdentifierInputError extends IdentifierError {
  readonly code = 'invalid-generator-input';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
