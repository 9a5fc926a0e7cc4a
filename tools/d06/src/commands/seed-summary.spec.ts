import { plainProgressLine } from './seed-progress.reporter';
import { formatSeedSummary } from './seed-summary';

describe('seed summary and progress', () => {
  it('prints rows per table, the total, time and rates', () => {
    const text = formatSeedSummary({
      schema: 'population',
      provinceCode: '038',
      size: 1000,
      seed: 42,
      referenceDate: '2023-09-15',
      mode: 'copy',
      rows: { citizens: 1000, households: 283, idcards: 744, data_defects: 41 },
      seconds: 2.5,
      rowsPerSecond: 827.2,
      citizensPerSecond: 400,
    });
    expect(text).toContain('Seeded 1,000 citizens of Thanh Hóa (038) into schema "population" (seed 42');
    expect(text).toMatch(/households +283\n/);
    expect(text).toMatch(/total +2,068\n/);
    expect(text).toContain('2.5 s, 827 rows/s, 400 citizens/s');
  });

  it('writes plain progress lines with percent and rate', () => {
    expect(
      plainProgressLine({
        rows: { citizens: 250, households: 70, idcards: 180, data_defects: 10 },
        citizens: 250,
        totalCitizens: 1000,
        elapsedSeconds: 5.04,
        rowsPerSecond: 101.6,
        done: false,
      }),
    ).toBe('seeded 250/1000 citizens (25.0%), 102 rows/s, 5.0 s');
  });
});
