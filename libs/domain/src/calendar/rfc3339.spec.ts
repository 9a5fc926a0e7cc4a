import { civilDate, isoString, rfc3339Millis } from './rfc3339';

/** A deterministic spread of instants and offsets (no Math.random: failures must reproduce). */
function* samples(): Generator<string> {
  let seed = 7;
  const next = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  for (let i = 0; i < 3_000; i++) {
    const millis = Math.floor((next() * 1.2 - 0.3) * 4e12);
    const offsetMinutes = Math.floor(next() * 27 - 13) * 60 + (i % 5 === 0 ? 30 : 0);
    const local = new Date(millis + offsetMinutes * 60_000).toISOString();
    const fraction = ['', '.1', '.12', local.slice(19, 23)][i % 4];
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    yield i % 3 === 0
      ? `${new Date(millis).toISOString().slice(0, 19)}${fraction}Z`
      : `${local.slice(0, 19)}${fraction}${zone}`;
  }
}

describe('rfc3339Millis', () => {
  it('agrees with Date.parse on producer-shaped times', () => {
    for (const text of samples()) expect([text, rfc3339Millis(text)]).toEqual([text, Date.parse(text)]);
  });

  it('declines other shapes and impossible values, for the caller to fall back on', () => {
    for (const text of [
      '2023-02-29T00:00:00Z', // no such day
      '2023-13-01T00:00:00Z',
      '2023-01-01T24:00:00Z',
      '2023-01-01T10:00:60Z', // leap second: left to the full check
      '2023-01-01 10:00:00Z',
      '2023-01-01T10:00:00.1234Z',
      '2023-01-01T10:00:00+7:00',
      '2023-01-01T10:00:00',
      '2023-01-01',
    ])
      expect([text, rfc3339Millis(text)]).toEqual([text, undefined]);
    expect(rfc3339Millis('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('isoString and civilDate', () => {
  it('print what Date prints', () => {
    for (const text of samples()) {
      const millis = Date.parse(text);
      expect(isoString(millis)).toBe(new Date(millis).toISOString());
      const days = Math.floor(millis / 86_400_000);
      expect(civilDate(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
    }
  });
});
