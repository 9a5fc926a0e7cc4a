export type SocialSecuritySeedErrorCode = 'ALREADY_SEEDED' | 'INVALID_OPTIONS';

/** A seed refused or impossible for a reason the caller can fix (as opposed to a database failure). */
export class SocialSecuritySeedError extends Error {
  constructor(
    readonly code: SocialSecuritySeedErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SocialSecuritySeedError';
  }
}
