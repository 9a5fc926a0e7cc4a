import fc from 'fast-check';
import { SeededRandom } from '@d06/domain';
import { addYears, dayOf, isoOf } from '../util/dates';
import { cardExpiryDay, drawIdCard } from './idcard-model';

const expiry = (birth: string, issued: string): string | null => {
  const day = cardExpiryDay(dayOf(birth), dayOf(issued));
  return day === null ? null : isoOf(day);
};

describe('CCCD card expiry', () => {
  it('expires at the next renewal birthday (25, 40, 60), never from 58', () => {
    expect(expiry('2000-03-10', '2021-06-01')).toBe('2025-03-10'); // issued at 21
    expect(expiry('1985-03-10', '2021-06-01')).toBe('2025-03-10'); // issued at 36
    expect(expiry('1970-03-10', '2021-06-01')).toBe('2030-03-10'); // issued at 51
    expect(expiry('1960-03-10', '2021-06-01')).toBeNull(); // issued at 61
  });

  it('stays valid to the following renewal age when issued within two years before one', () => {
    expect(expiry('1998-03-10', '2021-06-01')).toBe('2038-03-10'); // issued at 23, within 2 years of 25
    expect(expiry('1982-03-10', '2021-06-01')).toBe('2042-03-10'); // issued at 39
    expect(expiry('1962-03-10', '2021-06-01')).toBeNull(); // issued at 59
  });

  it('always expires on a renewal birthday more than two years after issue', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000, max: 14_000 }),
        fc.integer({ min: 14 * 366, max: 90 * 365 }),
        (birth, age) => {
          const issued = birth + age;
          const expires = cardExpiryDay(birth, issued);
          const renewals = [25, 40, 60].map((years) => addYears(birth, years));
          if (expires === null) expect(issued).toBeGreaterThanOrEqual(addYears(birth, 58));
          else {
            expect(renewals).toContain(expires);
            expect(expires).toBeGreaterThan(addYears(issued, 2) - 1);
          }
        },
      ),
    );
  });
});

describe('drawIdCard', () => {
  const reference = dayOf('2023-09-15');

  it('gives no card under 14', () => {
    const random = new SeededRandom(1);
    for (let i = 0; i < 500; i += 1)
      expect(drawIdCard(random, addYears(reference, -13), reference)).toBeNull();
  });

  it('issues cards between the 14th birthday and the reference date, consistent with their expiry', () => {
    const random = new SeededRandom(2);
    let cards = 0;
    for (let i = 0; i < 5000; i += 1) {
      const birth = reference - random.int(14 * 366, 95 * 365);
      const card = drawIdCard(random, birth, reference);
      if (!card) continue;
      cards += 1;
      const issued = dayOf(card.issuedOn);
      expect(issued).toBeGreaterThanOrEqual(addYears(birth, 14));
      expect(issued).toBeLessThanOrEqual(reference);
      if (card.chip) expect(card.issuedOn >= '2021-01-01').toBe(true);
      else expect(card.issuedOn >= '2016-01-01' && card.issuedOn < '2021-01-01').toBe(true);
      const expires = cardExpiryDay(birth, issued);
      expect(card.expiresOn).toBe(expires === null ? null : isoOf(expires));
      if (card.status === 'expired') expect(card.expiresOn! < '2023-09-15').toBe(true);
      else expect(card.expiresOn === null || card.expiresOn >= '2023-09-15').toBe(true);
    }
    expect(cards / 5000).toBeGreaterThan(0.95);
    expect(cards / 5000).toBeLessThan(0.98);
  });
});
