import { EVENT_KEY_BYTES, eventKeyText, writeEventKey } from '@d06/messaging';

/**
 * The uuid an event id is remembered under (facility history, snapshots): the text of its event key — itself when it
 * is a uuid (our producers use UUIDv7), else a name-based uuid of it (see writeEventKey), so any producer's ids
 * deduplicate alike.
 */
export function eventIdKey(id: string): string {
  const key = new Uint8Array(EVENT_KEY_BYTES);
  writeEventKey(id, key, 0);
  return eventKeyText(key, 0);
}
