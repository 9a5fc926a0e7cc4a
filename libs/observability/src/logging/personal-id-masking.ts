// A personal ID number (số định danh cá nhân) is exactly 12 digits. Any run of exactly 12 digits is treated as one:
// 13+ digit runs (epoch millis, BHYT social-insurance numbers) and shorter ones are left alone.
const PERSONAL_ID = /(?<!\d)\d{12}(?!\d)/g;

/** `038090001234` → `038******234`: the province code and last digits stay useful for debugging. */
export function maskPersonalId(id: string): string {
  return `${id.slice(0, 3)}******${id.slice(-3)}`;
}

/** Masks every personal ID number in a piece of text. */
export function maskPersonalIdsInText(text: string): string {
  return text.replace(PERSONAL_ID, maskPersonalId);
}

/**
 * Returns a copy of `value` with every personal ID number masked: in strings, in object keys and values (deep),
 * in arrays and in errors (message, stack and own properties; the prototype is kept). A 12-digit integer becomes a
 * masked string. Other values (dates, buffers, class instances' prototypes) are returned as they are.
 */
export function maskPersonalIds(value: string): string;
export function maskPersonalIds(value: unknown): unknown;
export function maskPersonalIds(value: unknown): unknown {
  return maskDeep(value, new WeakMap());
}

function maskDeep(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return maskPersonalIdsInText(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    const text = String(value);
    return /^\d{12}$/.test(text) ? maskPersonalId(text) : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date || ArrayBuffer.isView(value)) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(maskDeep(item, seen));
    return copy;
  }
  if (value instanceof Error) return maskError(value, seen);
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[maskPersonalIdsInText(key)] = maskDeep(item, seen);
  return copy;
}

function maskError(error: Error, seen: WeakMap<object, unknown>): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  seen.set(error, copy);
  // message, stack and cause are own but non-enumerable properties; each may hold the raw ID.
  for (const key of Object.getOwnPropertyNames(error)) {
    const { enumerable } = Object.getOwnPropertyDescriptor(error, key) ?? {};
    const masked = maskDeep((error as unknown as Record<string, unknown>)[key], seen);
    Object.defineProperty(copy, maskPersonalIdsInText(key), {
      value: masked,
      writable: true,
      configurable: true,
      enumerable,
    });
  }
  return copy;
}
