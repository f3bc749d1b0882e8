// Test helper (not exported from the library): a shipped grading scheme by framework and year.
import { shippedDefinition } from '../frameworks/definitions';
import { GradingScheme } from '../frameworks/framework.types';
import { schemeForYear } from '../frameworks/select';

/** The scheme a shipped framework version uses in an evaluation year; throws when it has none. */
export function shippedScheme(code: string, version: string, year: number): GradingScheme {
  const scheme = schemeForYear(shippedDefinition(code, version), year);
  if (!scheme) throw new Error(`${code} ${version} has no scheme for ${year}`);
  return scheme;
}
