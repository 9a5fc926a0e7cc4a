import type { CallerContext as PlatformCallerContext, CallerPolicy } from '@d06/platform';

/** Who calls the e-ID service: the VNeID app for a citizen, the police, or a relying party at its counter. */
export const CALLER_ROLES = ['app', 'police', 'relying-party'] as const;

export type CallerRole = (typeof CALLER_ROLES)[number];
export type CallerContext = PlatformCallerContext<CallerRole>;

export const CALLER_POLICY: CallerPolicy<CallerRole> = { roles: CALLER_ROLES, purposeRequired: false };
