import { DomainError } from './domain-error';

const REQUEST_VALIDATION_ERRORS = {
  VALIDATION_FAILED: { status: 400, title: 'Request validation failed' },
} as const;

export type RequestValidationErrorCode = keyof typeof REQUEST_VALIDATION_ERRORS;

/** Bad input at a boundary (HTTP body, params, query): a 400 naming each invalid field in `errors`. */
export class RequestValidationError extends DomainError.of(REQUEST_VALIDATION_ERRORS) {}
