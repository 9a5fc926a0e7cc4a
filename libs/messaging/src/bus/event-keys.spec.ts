import { createHash } from 'node:crypto';
import { EVENT_KEY_BYTES, EventKeyList, eventKeyText, writeEventKey } from './event-keys';

const keyText = (id: string): string => {
  const key = new Uint8Array(EVENT_KEY_BYTES);
  writeEventKey(id, key, 0);
  return eventKeyText(key, 0);
};

describe('event keys', () => {
  it('keys a uuid id by its own 16 bytes, whatever its case', () => {
    const id = '0192f3c4-5a6b-7c8d-9e0f-123456789abc';
    expect(keyText(id)).toBe(id);
    expect(keyText(id.toUpperCase())).toBe(id);
  });

  it('keys any other id by a name-based uuid of it (SHA-1, version 5, RFC 4122 variant)', () => {
    const hex = createHash('sha1').update('order-17').digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const expected = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    expect(keyText('order-17')).toBe(expected);
    // almost a uuid is not one
    for (const almost of [
      '0192f3c4-5a6b-7c8d-9e0f-123456789abg',
      '0192f3c4-5a6b-7c8d-9e0f-123456789abé',
      '0192f3c4x5a6b-7c8d-9e0f-123456789abc',
    ])
      expect(keyText(almost)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    expect(keyText('order-17')).not.toBe(keyText('order-18'));
  });

  it('lists keys with their offsets, growing as needed, and hands over exactly-sized buffers', () => {
    const list = new EventKeyList(1);
    const ids = Array.from({ length: 5 }, (_, i) => `0192f3c4-5a6b-7c8d-9e0f-00000000000${i}`);
    ids.forEach((id, i) => list.add(id, 100 + i));
    const copy = new EventKeyList(1);
    copy.addKey(list.bytes, 3 * EVENT_KEY_BYTES, 7);
    const { keys, transfer } = list.done();
    expect(keys.count).toBe(5);
    expect(keys.bytes).toHaveLength(5 * EVENT_KEY_BYTES);
    expect([...keys.offsets]).toEqual([100, 101, 102, 103, 104]);
    expect(ids.map((_, i) => eventKeyText(keys.bytes, i * EVENT_KEY_BYTES))).toEqual(ids);
    expect(transfer).toEqual([keys.bytes.buffer, keys.offsets.buffer]);
    expect(eventKeyText(copy.bytes, 0)).toBe(ids[3]);
    expect(copy.offsets[0]).toBe(7);
  });
});
