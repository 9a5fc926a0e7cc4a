import type { DeliveredEvent } from '@d06/messaging';
import { EVENT_TYPES, type CitizenRegisteredV1 } from '@d06/contracts';

/** The increments a batch of events makes to the figures: pure, so it is tested without I/O. */
export function countFigures(events: readonly DeliveredEvent[]): Map<string, number> {
  const increments = new Map<string, number>();
  const add = (figure: string): void => void increments.set(figure, (increments.get(figure) ?? 0) + 1);
  for (const { event } of events) {
    if (event.type === EVENT_TYPES.CITIZEN_REGISTERED) {
      const data = event.data as CitizenRegisteredV1;
      add('citizens.registered');
      add(`citizens.registered.province.${data.provinceCode}`);
    }
  }
  return increments;
}
