import { DomainError } from './errors';

/** The largest number of decimal places a scale or scheme may use. */
export const MAX_DECIMALS = 6;

/** Whether `decimals` is an integer in 0..{@link MAX_DECIMALS}. */
export function isValidDecimals(decimals: number): boolean {
  return Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_DECIMALS;
}

/** Throws `INVALID_INPUT` unless `decimals` is an integer in 0..6. */
export function assertDecimals(decimals: number): void {
  if (!isValidDecimals(decimals)) {
    throw new DomainError('INVALID_INPUT', `precision must be an integer in 0..${MAX_DECIMALS}, got ${decimals}`);
  }
}

/**
 * Drops binary floating-point noise (80.00000000000001 → 80), keeping 12 significant digits,
 * so sums of weights never cross a band bound by accident.
 */
export function cleanFloat(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Rounds half away from zero to `decimals` places, on the decimal value people read
 * (1.005 → 1.01, 64.985 → 64.99), not on its binary approximation.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = cleanFloat(Math.abs(value) * factor);
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** The smallest step at `decimals` places (2 → 0.01). */
export function stepOf(decimals: number): number {
  return 10 ** -decimals;
}

/** Arithmetic mean; `null` for an empty list. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Median of the values that are present (nulls are "no data" and left out); `null` when none is.
 * With an even count, the mean of the two middle values.
 */
export function median(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const middle = Math.floor(present.length / 2);
  return present.length % 2 === 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
}
