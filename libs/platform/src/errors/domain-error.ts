/** A problem with one input field, reported back to the caller as `errors[]` in problem+json. */
export interface FieldError {
  field: string;
  message: string;
}

/** How one error code is presented over HTTP. */
export interface ErrorSpec {
  status: number;
  title: string;
}

/** A module's table of error codes, declared once: code → HTTP status and human title. */
export type ErrorCatalog<C extends string> = Readonly<Record<C, ErrorSpec>>;

export interface DomainErrorOptions {
  /** Explanation specific to this occurrence; sent to the caller, so never put personal data here. */
  detail?: string;
  errors?: readonly FieldError[];
  cause?: unknown;
}

/**
 * Base of every module's typed error. Business code throws these; each transport maps them once (HTTP: the
 * problem-details filter). Subclass through `DomainError.of(catalog)` so the code→status table lives in one place:
 *
 *   const CITIZEN_ERRORS = { CITIZEN_NOT_FOUND: { status: 404, title: 'Citizen not found' } } as const;
 *   export type CitizenErrorCode = keyof typeof CITIZEN_ERRORS;
 *   export class CitizenError extends DomainError.of(CITIZEN_ERRORS) {}
 *   throw new CitizenError('CITIZEN_NOT_FOUND', { detail: '...' });
 */
export abstract class DomainError<C extends string = string> extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];

  protected constructor(
    readonly code: C,
    catalog: ErrorCatalog<C>,
    options: DomainErrorOptions = {},
  ) {
    const spec = catalog[code];
    super(options.detail ?? spec.title, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = spec.status;
    this.title = spec.title;
    this.detail = options.detail;
    this.errors = options.errors;
  }

  /** Builds a concrete error class for a module's catalog; validated at module load so a typo fails fast. */
  static of<C extends string>(catalog: ErrorCatalog<C>) {
    for (const [code, spec] of Object.entries<ErrorSpec>(catalog)) {
      if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
        throw new RangeError(
          `Error code ${code} has status ${spec.status}; expected an HTTP error status 400-599`,
        );
      }
    }
    return class extends DomainError<C> {
      constructor(code: C, options?: DomainErrorOptions) {
        super(code, catalog, options);
      }
    };
  }
}

/** `instanceof DomainError` without the `any` code type that narrowing an abstract generic class gives. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
