import { newMessageId } from './message-id';

describe('newMessageId', () => {
  it('is a UUIDv7 whose first 48 bits are the time in milliseconds', () => {
    const id = newMessageId(0x018b_8a3c_1f2e);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id.slice(0, 13)).toBe('018b8a3c-1f2e');
  });

  it('orders by time and does not repeat', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) =>
      newMessageId(1_700_000_000_000 + Math.floor(i / 100)),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const times = ids.map((id) => id.slice(0, 13));
    expect(times).toEqual([...times].sort());
  });
});
