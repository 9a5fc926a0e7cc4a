import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The uuid a CloudEvents id is remembered under: itself when it is one (our producers use UUIDv7), else a
 * name-based uuid of it (SHA-1, RFC 4122 §4.3 layout), so any producer's ids deduplicate alike.
 */
export function eventIdKey(id: string): string {
  if (isLowerCaseUuid(id)) return id; // our producers' ids: the common case, checked without a regex
  if (UUID.test(id)) return id.toLowerCase();
  const hex = createHash('sha1').update(id).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isLowerCaseUuid(id: string): boolean {
  if (id.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = id.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 45) return false;
    } else if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) return false;
  }
  return true;
}
