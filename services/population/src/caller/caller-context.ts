import type { CallerContext as PlatformCallerContext, CallerPolicy } from '@d06/platform';

/**
 * Who calls the register. Every call states who asks, for which agency and purpose (purpose-bound access); the
 * role decides which fields the caller sees, and every access is written to the audit log.
 */
export const CALLER_ROLES = [
  'police', // Công an: the register's owner, sees everything
  'civil-status', // Tư pháp: births, deaths, marriages
  'insurance', // BHXH
  'social', // LĐTBXH / social security
  'one-stop', // provincial one-stop system (form pre-fill)
  'health', // hospitals, health facilities
  'public-service', // any other public service verifying identity
] as const;

export type CallerRole = (typeof CALLER_ROLES)[number];
export type CallerContext = PlatformCallerContext<CallerRole>;

export const CALLER_POLICY: CallerPolicy<CallerRole> = { roles: CALLER_ROLES, purposeRequired: true };
