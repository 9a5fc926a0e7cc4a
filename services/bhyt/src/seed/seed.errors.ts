export type SeedErrorCode = 'ALREADY_SEEDED' | 'INVALID_OPTIONS';

/** A seed refused or impossible for a reason the caller can fix (as opposed to a database failure). */
export class SeedError extends Error {
  constructor(
    readonly code: SeedErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SeedError';
  }
}
