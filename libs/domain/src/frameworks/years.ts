import { YearRange } from './framework.types';

/** First year of a range; an open start is -Infinity. */
export function firstYear(range: YearRange): number {
  return range.from ?? -Infinity;
}

/** Last year of a range; an open end is +Infinity. */
export function lastYear(range: YearRange): number {
  return range.to ?? Infinity;
}

/** Whether an evaluation year falls within a range (both ends inclusive). */
export function coversYear(range: YearRange, year: number): boolean {
  return year >= firstYear(range) && year <= lastYear(range);
}

/** Whether two ranges share at least one year. */
export function yearsOverlap(a: YearRange, b: YearRange): boolean {
  return firstYear(a) <= lastYear(b) && firstYear(b) <= lastYear(a);
}

/** A range as people write it: "2020–2022", "2023–", "–2021". */
export function formatYears(range: YearRange): string {
  return `${range.from ?? ''}–${range.to ?? ''}`;
}
