import type { FieldError } from '../errors/domain-error';

/** RFC 9457 media type. */
export const PROBLEM_JSON = 'application/problem+json';

export const PROBLEM_TYPE_BASE = 'https://d06.example/problems/';

/** RFC 9457 body, plus the extension members `code` and `errors` that clients match on. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: readonly FieldError[];
}

/** `CITIZEN_NOT_FOUND`, `citizenNotFound` and `citizen.not_found` all become `.../problems/citizen-not-found`. */
export function problemTypeUri(code: string): string {
  const kebab = code
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${PROBLEM_TYPE_BASE}${kebab}`;
}
