import { dueDate, formatVietnamDate, vietnamInstant } from '@d06/domain';
import { startRun } from './linked-saga';
import { newRun, SETTINGS } from './saga-fixture';

const day = (date: Date | null) => (date ? formatVietnamDate(date) : null);

/** Group and step deadlines of linked runs (QĐ 296): working days, 15:00 cut-off, weekends and Tết. */
describe('linked-run deadlines', () => {
  it('counts a Friday 14:59 dossier from Friday and a 15:00:01 one from Monday (group: 3 working days)', () => {
    expect(day(newRun('birth', vietnamInstant(2023, 9, 15, 14, 59)).run.dueAt)).toBe('2023-09-20');
    expect(day(newRun('birth', vietnamInstant(2023, 9, 15, 15, 0, 1)).run.dueAt)).toBe('2023-09-21');
    expect(newRun('birth', vietnamInstant(2023, 9, 15, 14, 59)).run.dueAt.toISOString()).toBe(
      '2023-09-20T16:59:59.999Z',
    );
  });

  it('gives 5 working days when verification is needed', () => {
    expect(day(newRun('death', vietnamInstant(2023, 9, 15, 14, 59), 5).run.dueAt)).toBe('2023-09-22');
  });

  it('gives the residence step 2 working days from its request, across a weekend', () => {
    const friday = vietnamInstant(2023, 9, 15, 15, 30); // after 15:00: counts from Monday
    const { run, steps } = newRun('birth', friday);
    startRun(run, steps, friday, SETTINGS);
    expect(day(steps[1].dueAt)).toBe('2023-09-20');
    expect(day(steps[0].dueAt)).toBe('2023-09-18'); // the civil-status step: "within the (effective) day"
  });

  it('skips the Tết holidays (lunar calendar): 9-13 February 2024 and the weekend are not working days', () => {
    const beforeTet = vietnamInstant(2024, 2, 8, 10);
    const { run, steps } = newRun('birth', beforeTet);
    startRun(run, steps, beforeTet, SETTINGS);
    expect(day(steps[1].dueAt)).toBe('2024-02-15');
    expect(day(run.dueAt)).toBe('2024-02-16');
    // after 15:00 on the last day before Tết: counts from 14 February
    expect(day(dueDate(vietnamInstant(2024, 2, 8, 16), 3))).toBe('2024-02-19');
  });

  it("caps an attempt's deadline at the step's legal deadline", () => {
    const lateTuesday = vietnamInstant(2023, 9, 19, 22); // after 15:00: counts from Wednesday, due Friday
    const { run, steps } = newRun('death', lateTuesday);
    startRun(run, steps, lateTuesday, { attemptTimeoutMs: 10 * 24 * 3_600_000, maxAttempts: 3 });
    expect(steps[1].attemptDeadline).toEqual(steps[1].dueAt);
    expect(day(steps[1].dueAt)).toBe('2023-09-22');
  });
});
