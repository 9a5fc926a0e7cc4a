import { copyField, copyLine } from './copy-text';

describe('COPY text format', () => {
  it('escapes backslash, tab, newline and carriage return, and writes NULL as \\N', () => {
    expect(copyField('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField(null)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
  });

  it('joins fields with tabs and ends the row with a newline', () => {
    expect(copyLine(['038090012345', null, 'x\ty', false])).toBe('038090012345\t\\N\tx\\ty\tf\n');
  });
});
