import type { EssentialService } from './catalogue.types';
import { DECISION_06_SERVICES } from './decision-06-services';
import { DECISION_422_SERVICES } from './decision-422-services';

/** All 53 essential services: the 25 of Đề án 06, then the 28 of QĐ 422. */
export const ESSENTIAL_SERVICES: readonly EssentialService[] = Object.freeze([
  ...DECISION_06_SERVICES,
  ...DECISION_422_SERVICES,
]);

const BY_KEY = new Map(ESSENTIAL_SERVICES.map((service) => [service.key, service]));

/** The service with this key, or undefined. */
export function serviceByKey(key: string): EssentialService | undefined {
  return BY_KEY.get(key);
}

export function isEssentialServiceKey(key: string): boolean {
  return BY_KEY.has(key);
}

/** The linked procedures (QĐ 296): da06-15 and da06-16. */
export const LINKED_SERVICES: readonly EssentialService[] = Object.freeze(
  ESSENTIAL_SERVICES.filter((service) => service.linked),
);
