import { ageBandOn, ageOn, cardExpiry } from './card-validity';

describe('CCCD card validity', () => {
  it('counts completed years, the birthday included', () => {
    expect(ageOn('1990-05-01', '2023-04-30')).toBe(32);
    expect(ageOn('1990-05-01', '2023-05-01')).toBe(33);
  });

  it('puts applicants in the age bands of the application form', () => {
    expect(ageBandOn('2020-01-01', '2025-12-31')).toBe('0-6');
    expect(ageBandOn('2020-01-01', '2026-01-01')).toBe('6-14');
    expect(ageBandOn('2010-06-15', '2024-06-15')).toBe('over-14');
  });

  it('expires at the next renewal age', () => {
    expect(cardExpiry('2000-03-10', '2018-07-01')).toBe('2025-03-10'); // issued at 18: valid until 25
    expect(cardExpiry('1990-05-01', '2021-01-01')).toBe('2030-05-01'); // at 30: until 40
    expect(cardExpiry('1975-09-02', '2021-06-01')).toBe('2035-09-02'); // at 45: until 60
  });

  it('skips a renewal age less than two years away', () => {
    expect(cardExpiry('2000-03-10', '2023-03-11')).toBe('2040-03-10'); // 2 years minus a day before 25
    expect(cardExpiry('2000-03-10', '2023-03-10')).toBe('2025-03-10'); // exactly two years before: still 25
  });

  it('never expires when issued within two years of 60 or later', () => {
    expect(cardExpiry('1965-01-01', '2023-06-01')).toBeNull(); // at 58
    expect(cardExpiry('1950-01-01', '2021-06-01')).toBeNull(); // at 71
  });

  it('handles a 29 February birthday in a common year', () => {
    expect(cardExpiry('2004-02-29', '2020-01-01')).toBe('2029-02-28');
  });
});
