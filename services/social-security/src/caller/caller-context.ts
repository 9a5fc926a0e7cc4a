import type { CallerContext as PlatformCallerContext, CallerPolicy } from '@d06/platform';

/**
 * Who calls the payment service: every call states it (purpose-bound access to personal and financial data), and
 * the role decides what the caller may do.
 */
export const CALLER_ROLES = [
  'social', // LĐTBXH / Nội vụ social-security office: beneficiaries, batches, reconciliation
  'one-stop', // provincial one-stop system: the funeral allowance step of linked procedure 2
  'vneid', // VNeID: an account declared by the citizen in the app
  'public-service', // any other public service resolving where to pay a citizen
] as const;

export type CallerRole = (typeof CALLER_ROLES)[number];
export type CallerContext = PlatformCallerContext<CallerRole>;

export const CALLER_POLICY: CallerPolicy<CallerRole> = { roles: CALLER_ROLES, purposeRequired: true };
