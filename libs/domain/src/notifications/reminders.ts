import { DomainError } from '../errors';

/** Deadline reminders a region's team gets while its submission is not in: 7 days and 1 day before. */
export type DeadlineReminder = 'DEADLINE_7' | 'DEADLINE_1';

const DAY_MS = 86_400_000;

/** Whole days from `today` to `deadline` (both ISO dates, YYYY-MM-DD); negative once it has passed. */
export function daysUntil(deadline: string, today: string): number {
  const parse = (label: string, iso: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new DomainError('INVALID_INPUT', `${label} must be a date (YYYY-MM-DD), got "${iso}"`);
    const t = Date.parse(`${iso}T00:00:00Z`);
    if (Number.isNaN(t)) throw new DomainError('INVALID_INPUT', `${label} is not a calendar date: "${iso}"`);
    return t;
  };
  return Math.round((parse('deadline', deadline) - parse('today', today)) / DAY_MS);
}

/**
 * The reminder due on `today` for a deadline, or null. A reminder that a stopped worker missed
 * on its exact day is still sent later within its window (the 7-day one up to 2 days before, the
 * 1-day one up to the deadline itself); a unique key per (period, region, reminder) makes each
 * go out once, however often this is asked.
 */
export function dueDeadlineReminder(deadline: string, today: string): DeadlineReminder | null {
  const days = daysUntil(deadline, today);
  if (days < 0) return null;
  if (days <= 1) return 'DEADLINE_1';
  if (days <= 7) return 'DEADLINE_7';
  return null;
}

/** Submission states whose team still has to submit (no submission row at all counts too). */
export function awaitsSubmission(state: string | null): boolean {
  return state === null || state === 'draft' || state === 'returned' || state === 'not_started';
}

/**
 * Seconds to wait before the next delivery attempt after `attempts` failed ones: 30 s doubling
 * each time, at most one hour. After `maxAttempts` the delivery is given up (null).
 */
export function retryDelaySeconds(attempts: number, maxAttempts: number): number | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new DomainError('INVALID_INPUT', `attempts must be a positive integer, got ${attempts}`);
  if (attempts >= maxAttempts) return null;
  return Math.min(3600, 30 * 2 ** (attempts - 1));
}
