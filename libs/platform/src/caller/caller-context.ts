import { z } from 'zod';

/**
 * Who asks, for which agency, in which role and for what. Access to personal data is purpose-bound: every call
 * states it in these headers, the role decides what the caller may do or see, and services audit it.
 */
export const CALLER_HEADERS = {
  type: 'x-caller-type',
  id: 'x-caller-id',
  agency: 'x-caller-agency',
  role: 'x-caller-role',
  purpose: 'x-purpose',
  dossierCode: 'x-dossier-code',
} as const;

export interface CallerContext<R extends string = string> {
  readonly type: 'officer' | 'system';
  readonly id: string;
  readonly agency: string;
  readonly role: R;
  readonly purpose?: string;
  readonly dossierCode?: string;
}

export interface CallerPolicy<R extends string> {
  /** The roles the service knows. */
  readonly roles: readonly [R, ...R[]];
  /** Whether a purpose or a dossier code must be stated (access to personal data). */
  readonly purposeRequired: boolean;
}

/** The schema of the caller headers under a service's policy. */
export function callerSchema<R extends string>(policy: CallerPolicy<R>): z.ZodType<CallerContext<R>> {
  const base = z.object({
    type: z.enum(['officer', 'system']),
    id: z.string().trim().min(1).max(100),
    agency: z.string().trim().min(1).max(100),
    role: z.enum(policy.roles),
    purpose: z.string().trim().min(1).max(200).optional(),
    dossierCode: z.string().trim().min(1).max(60).optional(),
  });
  if (!policy.purposeRequired) return base as z.ZodType<CallerContext<R>>;
  return base.refine((caller) => caller.purpose !== undefined || caller.dossierCode !== undefined, {
    message: `state the purpose (${CALLER_HEADERS.purpose}) or the dossier (${CALLER_HEADERS.dossierCode})`,
    path: ['purpose'],
  }) as z.ZodType<CallerContext<R>>;
}
