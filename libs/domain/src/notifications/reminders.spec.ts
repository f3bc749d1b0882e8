import { DomainError } from '../errors';
import { awaitsSubmission, daysUntil, dueDeadlineReminder, retryDelaySeconds } from './reminders';

describe('deadline reminders', () => {
  it.each([
    ['2025-03-31', '2025-03-20', null],
    ['2025-03-31', '2025-03-23', null],
    ['2025-03-31', '2025-03-24', 'DEADLINE_7'],
    ['2025-03-31', '2025-03-29', 'DEADLINE_7'],
    ['2025-03-31', '2025-03-30', 'DEADLINE_1'],
    ['2025-03-31', '2025-03-31', 'DEADLINE_1'],
    ['2025-03-31', '2025-04-01', null],
    // Across a month and a leap day.
    ['2024-03-01', '2024-02-23', 'DEADLINE_7'],
    ['2024-03-01', '2024-02-22', null],
  ])('deadline %s, today %s: %s', (deadline, today, expected) => {
    expect(dueDeadlineReminder(deadline, today)).toBe(expected);
  });

  it('counts whole days, negative once passed', () => {
    expect(daysUntil('2025-01-08', '2025-01-01')).toBe(7);
    expect(daysUntil('2025-01-01', '2025-01-03')).toBe(-2);
  });

  it('refuses what is not a date', () => {
    expect(() => daysUntil('31/03/2025', '2025-03-01')).toThrow(DomainError);
    expect(() => daysUntil('2025-03-01', '2025-13-45')).toThrow(/today/);
  });

  it('reminds teams that have not submitted', () => {
    expect([null, 'not_started', 'draft', 'returned', 'submitted', 'verified'].map(awaitsSubmission)).toEqual([true, true, true, true, false, false]);
  });
});

describe('retry backoff', () => {
  it('doubles from 30 seconds up to an hour, then gives up', () => {
    expect([1, 2, 3, 4, 8, 9].map((a) => retryDelaySeconds(a, 10))).toEqual([30, 60, 120, 240, 3600, 3600]);
    expect(retryDelaySeconds(10, 10)).toBeNull();
    expect(() => retryDelaySeconds(0, 10)).toThrow(DomainError);
  });
});
