import {
  createCallerDecorator,
  type CallerContext as PlatformCallerContext,
  type CallerPolicy,
} from '@d06/platform';

/**
 * Who acts on dossiers at the counter: a reception officer of the one-stop office or of the sector that handles
 * the procedure. The dossier itself is the purpose, so no x-purpose is required.
 */
export const CALLER_ROLES = [
  'one-stop',
  'civil-status',
  'police',
  'insurance',
  'social',
  'public-service',
] as const;

export type CallerRole = (typeof CALLER_ROLES)[number];
export type CallerContext = PlatformCallerContext<CallerRole>;

export const CALLER_POLICY: CallerPolicy<CallerRole> = { roles: CALLER_ROLES, purposeRequired: false };

export const { Caller, callerFromRequest } = createCallerDecorator(CALLER_POLICY);
