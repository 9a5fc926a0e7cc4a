import { DomainError } from '@d06/platform';

const SOCIAL_SECURITY_ERRORS = {
  INVALID_ID_NUMBER: { status: 400, title: 'The personal ID number is malformed' },
  BENEFICIARY_NOT_FOUND: { status: 404, title: 'No beneficiary with this personal ID number' },
  ALREADY_ENROLLED: { status: 409, title: 'The person is already enrolled as a beneficiary' },
  RECORD_MISMATCH: { status: 422, title: 'The record does not match the national population database' },
  POPULATION_UNAVAILABLE: { status: 503, title: 'The population service did not answer; try again' },
  BATCH_NOT_FOUND: { status: 404, title: 'No payment batch with this id' },
  NO_ELIGIBLE_BENEFICIARIES: {
    status: 422,
    title: 'No active beneficiary of the province has an active account to pay into',
  },
  CYCLE_IN_FUTURE: { status: 422, title: 'The payment cycle is after the current month' },
  BATCH_NOT_STARTED: { status: 409, title: 'The batch has not been disbursed yet' },
  PAYMENT_NOT_FOUND: { status: 404, title: 'No payment with this reference' },
  NOT_RECORDED_DECEASED: {
    status: 409,
    title: 'The population database has not recorded this death (yet)',
  },
  NOT_ENTITLED: { status: 422, title: 'The deceased was not a social-security beneficiary' },
  CLAIMANT_ACCOUNT_NOT_ACTIVE: {
    status: 422,
    title: "The claimant's ID number has no active account to pay the allowance into",
  },
  FUNERAL_ALLOWANCE_ALREADY_GRANTED: {
    status: 409,
    title: 'The funeral allowance of this person was already granted to another claimant',
  },
  STATEMENT_NOT_AVAILABLE: { status: 409, title: 'The bank statement of a future day is not available' },
} as const;

export type SocialSecurityErrorCode = keyof typeof SOCIAL_SECURITY_ERRORS;

/** The social-security service's typed errors, mapped once to problem+json by the platform filter. */
export class SocialSecurityError extends DomainError.of(SOCIAL_SECURITY_ERRORS) {}
