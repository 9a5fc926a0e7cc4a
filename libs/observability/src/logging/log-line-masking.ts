import { maskPersonalId, maskPersonalIdsInText } from './personal-id-masking';

// Cheap pre-check: a 12-digit run, or a \uXXXX escape glued to digits (which hides a run from the regex).
const MAY_HOLD_PERSONAL_ID = /(?<!\d)\d{12}(?!\d)|\\u[0-9a-f]{4}\d/;
// Trace and span ids are hex and may hold a 12-digit run by chance; masking them would break log ↔ trace links.
const HEX_ID = /^(?:[0-9a-f]{16}|[0-9a-f]{32})$/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Masks personal ID numbers in one serialized JSON log line (pino's `streamWrite` hook) and keeps it valid JSON:
 * inside strings (keys, messages, URLs, stacks) the digits are starred in place; a bare 12-digit JSON number becomes
 * a masked string. Lines without a candidate pass through untouched.
 */
export function maskPersonalIdsInLogLine(line: string): string {
  if (!MAY_HOLD_PERSONAL_ID.test(line)) return line;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(line, i + 1);
      const content = line.slice(i + 1, end);
      const masked = maskStringContent(content);
      if (masked !== content) {
        out += line.slice(copied, i + 1) + masked;
        copied = end;
      }
      i = end + 1;
    } else if (isNumberStart(c)) {
      let end = i + 1;
      while (end < line.length && isNumberPart(line.charCodeAt(end))) end++;
      const token = line.slice(i, end);
      if (/^\d{12}$/.test(token)) {
        out += `${line.slice(copied, i)}"${maskPersonalId(token)}"`;
        copied = end;
      }
      i = end;
    } else {
      i++;
    }
  }
  return copied === 0 ? line : out + line.slice(copied);
}

function closingQuote(line: string, from: number): number {
  let i = from;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i;
    else i++;
  }
  return line.length;
}

// `content` is JSON-escaped; escapes are decoded first so `\n`/`\u0001` cannot glue onto or split a run.
function maskStringContent(content: string): string {
  const escaped = content.includes('\\');
  const text = escaped ? (JSON.parse(`"${content}"`) as string) : content;
  if (HEX_ID.test(text)) return content;
  const masked = maskPersonalIdsInText(text);
  if (masked === text) return content;
  return escaped ? JSON.stringify(masked).slice(1, -1) : masked;
}

function isNumberStart(c: number): boolean {
  return c === 0x2d || (c >= 0x30 && c <= 0x39);
}

function isNumberPart(c: number): boolean {
  // digits, '.', 'e', 'E', '+', '-'
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
}
