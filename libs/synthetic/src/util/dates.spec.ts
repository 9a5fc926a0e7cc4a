import fc from 'fast-check';
import { addYears, ageOn, dayOf, dayOfParts, isoOf, monthStart, partsOf, yearOf } from './dates';

describe('dates', () => {
  it('agrees with Date for every day from 1890 to 2150', () => {
    fc.assert(
      fc.property(fc.integer({ min: -29_000, max: 66_000 }), (day) => {
        const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoOf(day)).toBe(expected);
        const [y, m, d] = partsOf(day);
        expect(dayOfParts(y, m, d)).toBe(day);
        expect(yearOf(day)).toBe(Number(expected.slice(0, 4)));
      }),
    );
  });

  it('parses ISO dates and refuses impossible ones', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(isoOf(dayOf('2024-02-29'))).toBe('2024-02-29');
    expect(() => dayOf('2023-02-29')).toThrow('not a calendar date');
    expect(() => dayOf('15/09/2023')).toThrow('not a YYYY-MM-DD date');
  });

  it('adds years keeping the birthday, 29 February becoming the 28th', () => {
    expect(isoOf(addYears(dayOf('2000-02-29'), 25))).toBe('2025-02-28');
    expect(isoOf(addYears(dayOf('2000-02-29'), 4))).toBe('2004-02-29');
    expect(isoOf(addYears(dayOf('1990-06-09'), -2))).toBe('1988-06-09');
    expect(isoOf(monthStart(dayOf('2023-09-15'), -9))).toBe('2022-12-01');
  });

  it('counts completed years of age', () => {
    expect(ageOn(dayOf('2009-09-15'), dayOf('2023-09-15'))).toBe(14);
    expect(ageOn(dayOf('2009-09-16'), dayOf('2023-09-15'))).toBe(13);
  });
});
