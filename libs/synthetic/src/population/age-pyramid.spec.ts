import { SeededRandom } from '@d06/domain';
import { AGES, cellShares, VIETNAM_2019_AGE_GROUPS } from './age-pyramid';
import { PopulationPool } from './population-pool';

describe('age pyramid', () => {
  const shares = cellShares();

  it('matches the 2019 census broad bands: under 15 = 24.3%, 65+ = 7.7%', () => {
    const band = (from: number, to: number) => {
      let sum = 0;
      for (let age = from; age <= to; age += 1) sum += shares[age] + shares[AGES + age];
      return sum;
    };
    expect(band(0, 100)).toBeCloseTo(1, 9);
    expect(band(0, 14)).toBeCloseTo(0.243, 2);
    expect(band(65, 100)).toBeCloseTo(0.076, 2);
  });

  it('has 111 boys per 100 girls at birth and far more old women than men', () => {
    expect(shares[0] / shares[AGES]).toBeCloseTo(1.11, 2);
    expect(shares[90] / shares[AGES + 90]).toBeCloseTo(0.48, 2);
    expect(VIETNAM_2019_AGE_GROUPS.at(-1)).toMatchObject({ from: 85, to: 100 });
  });
});

describe('PopulationPool', () => {
  it('takes people of the asked sex and age range only, while there are any', () => {
    const pool = new PopulationPool();
    const random = new SeededRandom(4);
    pool.draw(random, 2000);
    expect(pool.total).toBe(2000);
    const available = pool.count('female', 30, 34);
    for (let i = 0; i < available; i += 1) {
      const person = pool.take(random, 'female', 30, 34)!;
      expect(person.sex).toBe('female');
      expect(person.age).toBeGreaterThanOrEqual(30);
      expect(person.age).toBeLessThanOrEqual(34);
    }
    expect(pool.take(random, 'female', 30, 34)).toBeUndefined();
    expect(pool.total).toBe(2000 - available);
  });

  it('never picks a minor as head, and reports when no adult is left', () => {
    const pool = new PopulationPool();
    const random = new SeededRandom(5);
    pool.draw(random, 500);
    for (let head = pool.takeHead(random); head; head = pool.takeHead(random)) {
      expect(head.age).toBeGreaterThanOrEqual(18);
    }
    expect(pool.count('male', 18, 100) + pool.count('female', 18, 100)).toBe(0);
    expect(pool.kidPressure).toBeGreaterThan(1);
  });
});
