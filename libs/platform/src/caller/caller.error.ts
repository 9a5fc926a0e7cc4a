import { DomainError } from '../errors/domain-error';

const CALLER_ERRORS = {
  CALLER_CONTEXT_REQUIRED: {
    status: 400,
    title: 'Every call must state who asks, for which agency and purpose',
  },
  ROLE_NOT_ALLOWED: { status: 403, title: 'The caller role may not do this' },
} as const;

export type CallerErrorCode = keyof typeof CALLER_ERRORS;

/** A call refused for who asks: missing caller headers (400) or a role the endpoint does not allow (403). */
export class CallerError extends DomainError.of(CALLER_ERRORS) {}
