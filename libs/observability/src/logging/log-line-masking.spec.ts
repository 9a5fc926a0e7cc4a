import { maskPersonalIdsInLogLine } from './log-line-masking';

const line = (value: object) => `${JSON.stringify(value)}\n`;

describe('maskPersonalIdsInLogLine', () => {
  it('returns lines without a 12-digit run unchanged (same string)', () => {
    const input = line({ level: 30, time: 1732250000000, msg: 'ok' });
    expect(maskPersonalIdsInLogLine(input)).toBe(input);
  });

  it('masks inside strings and turns a bare 12-digit number into a masked string, keeping valid JSON', () => {
    const output = maskPersonalIdsInLogLine(
      line({ msg: 'a:038090001234,b', n: 123456789012, list: [1, 123456789012.5], time: 1732250000000 }),
    );
    expect(JSON.parse(output)).toEqual({
      msg: 'a:038******234,b',
      n: '123******012',
      list: [1, 123456789012.5],
      time: 1732250000000,
    });
  });

  it('masks IDs next to JSON escapes (newlines in stacks, control characters)', () => {
    const output = maskPersonalIdsInLogLine(
      line({ stack: 'Error\n038090001234', ctl: '\u0001001099012345', q: '"038090001234"' }),
    );
    expect(JSON.parse(output)).toEqual({
      stack: 'Error\n038******234',
      ctl: '\u0001001******345',
      q: '"038******234"',
    });
  });

  it('spares trace and span ids even when they hold a 12-digit run', () => {
    const ids = { trace_id: 'ab038090001234cdef0123abcdef4567', span_id: 'f038090001234abc' };
    const output = maskPersonalIdsInLogLine(line({ ...ids, msg: 'x 038090001234' }));
    expect(JSON.parse(output)).toEqual({ ...ids, msg: 'x 038******234' });
  });
});
