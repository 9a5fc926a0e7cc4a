import { DomainError } from '@d06/platform';

const BHYT_ERRORS = {
  INVALID_REQUEST: { status: 400, title: 'The request is malformed' },
  INVALID_ID_NUMBER: { status: 400, title: 'The personal ID number is malformed' },
  UNKNOWN_FACILITY: { status: 422, title: 'No health facility with this code is registered' },
  FACILITY_NOT_USING_ID_CARD: {
    status: 403,
    title: 'The facility does not check patients in with the chip ID card',
  },
  FACILITY_PROVINCE_MISMATCH: {
    status: 400,
    title: "A facility code starts with its province's two BHYT digits",
  },
  CARD_NOT_FOUND: { status: 422, title: 'No BHYT card with this code' },
  NOT_UNDER_SIX: { status: 422, title: 'The child is 6 or older: no TE card' },
  ALREADY_INSURED: { status: 409, title: 'The person already holds a card of another group' },
  MEMBER_INSURED_ELSEWHERE: {
    status: 422,
    title: 'A member holds a valid card of another group and cannot join the household renewal',
  },
  PREMIUM_CONFIRMATION_FAILED: {
    status: 503,
    title: 'The premium-confirmation step failed; nothing was renewed, try again',
  },
  POPULATION_UNAVAILABLE: { status: 502, title: 'The population service did not verify the batch' },
  LOOKUP_NOT_RECORDED: { status: 503, title: 'The lookup could not be recorded; try again' },
} as const;

export type BhytErrorCode = keyof typeof BHYT_ERRORS;

/** The BHYT service's typed errors, mapped once to problem+json by the platform filter. */
export class BhytError extends DomainError.of(BHYT_ERRORS) {}
