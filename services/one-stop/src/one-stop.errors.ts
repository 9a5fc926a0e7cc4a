import { DomainError } from '@d06/platform';

const ONE_STOP_ERRORS = {
  INVALID_REQUEST: { status: 400, title: 'The request is malformed' },
  UNKNOWN_SERVICE: { status: 400, title: 'No essential service with this key' },
  INVALID_ID_NUMBER: { status: 400, title: 'The personal ID number is malformed' },
  INVALID_FORM: { status: 400, title: 'The form is incomplete or malformed' },
  SERVICE_NOT_FOUND: { status: 404, title: 'No essential service with this key' },
  DOSSIER_NOT_FOUND: { status: 404, title: 'No dossier with this code' },
  LINKED_RUN_NOT_FOUND: { status: 404, title: 'No linked-procedure run with this id' },
  TOKEN_REQUIRED: { status: 401, title: 'An online submission needs a VNeID access token' },
  TOKEN_INVALID: { status: 401, title: 'The VNeID access token is not valid (unknown, expired or revoked)' },
  ASSURANCE_TOO_LOW: {
    status: 403,
    title: "The VNeID login's assurance level is below what the service requires",
  },
  NOT_THE_APPLICANT: { status: 403, title: "The token's holder is not the applicant" },
  OFFICER_REQUIRED: { status: 403, title: 'Only a one-stop officer may do this' },
  ACTION_NOT_ALLOWED: { status: 409, title: "The action is not allowed from the dossier's status" },
  LINKED_RUN_IN_PROGRESS: {
    status: 409,
    title: 'The linked-procedure run decides this dossier while it is running',
  },
  VNEID_UNAVAILABLE: { status: 503, title: 'VNeID did not answer; the token could not be checked' },
} as const;

export type OneStopErrorCode = keyof typeof ONE_STOP_ERRORS;

/** The one-stop service's typed errors, mapped once to problem+json by the platform filter. */
export class OneStopError extends DomainError.of(ONE_STOP_ERRORS) {}
