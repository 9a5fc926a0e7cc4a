import { EVENT_TYPES } from '@d06/contracts';

/** The providers' events that make cached lookups stale: residence changes and deaths, BHYT cards issued or cut. */
export const CHANGE_EVENT_TYPES = [
  EVENT_TYPES.RESIDENCE_REGISTERED,
  EVENT_TYPES.RESIDENCE_REMOVED,
  EVENT_TYPES.RESIDENCE_ABSENCE_DECLARED,
  EVENT_TYPES.CITIZEN_DECEASED,
  EVENT_TYPES.BHYT_CARD_ISSUED,
  EVENT_TYPES.BHYT_CARD_REDUCED,
] as const;

interface SubjectFacts {
  readonly idNumber?: unknown;
  readonly socialInsuranceNumber?: unknown;
}

/** The cache subjects a change event is about: its personal ID number, its social-insurance number. */
export function subjectsOfChange(data: unknown): string[] {
  const facts = (data ?? {}) as SubjectFacts;
  return [
    ...(typeof facts.idNumber === 'string' && facts.idNumber ? [`id:${facts.idNumber}`] : []),
    ...(typeof facts.socialInsuranceNumber === 'string' && facts.socialInsuranceNumber
      ? [`sin:${facts.socialInsuranceNumber}`]
      : []),
  ];
}

/** The Redis channel on which invalidations reach every process's near cache. */
export function invalidationChannel(prefix: string): string {
  return `${prefix}invalidate`;
}
