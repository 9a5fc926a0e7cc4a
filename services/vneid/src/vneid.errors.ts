import { DomainError } from '@d06/platform';

const VNEID_ERRORS = {
  INVALID_ID_NUMBER: { status: 400, title: 'The personal ID number is malformed' },
  ACCOUNT_NOT_FOUND: { status: 404, title: 'No e-ID account for this personal ID number' },
  ACCOUNT_EXISTS: {
    status: 409,
    title: 'An e-ID account or request already exists for this personal ID number',
  },
  ACCOUNT_STATE_CONFLICT: { status: 409, title: 'The e-ID account is not in a state that allows this' },
  REGISTRY_MISMATCH: { status: 422, title: 'The identity does not match the national population database' },
  FINGERPRINT_REQUIRED: { status: 422, title: 'Level 2 needs the fingerprint checked in person' },
  POPULATION_UNAVAILABLE: { status: 503, title: 'The population database did not answer; try again' },
  WRONG_OTP: { status: 401, title: 'The one-time code is wrong' },
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong personal ID number, password or one-time code' },
  LOCKED_OUT: { status: 423, title: 'Too many failed logins: the account is locked for a while' },
  ACCOUNT_LOCKED: { status: 423, title: 'The e-ID account is locked' },
  ACCOUNT_NOT_ACTIVE: { status: 403, title: 'The e-ID account is not activated' },
  ACCOUNT_REVOKED: { status: 403, title: 'The e-ID account is revoked' },
  NO_MESSAGE: { status: 404, title: 'No code waits for this phone' },
  RATE_LIMITED: { status: 429, title: 'Too many login attempts; wait a minute' },
  INTERACTION_NOT_FOUND: {
    status: 400,
    title: 'The login interaction is unknown or expired; start again at the relying party',
  },
} as const;

export type VneidErrorCode = keyof typeof VNEID_ERRORS;

/** The VNeID service's typed errors, mapped once to problem+json by the platform filter. */
export class VneidError extends DomainError.of(VNEID_ERRORS) {}
