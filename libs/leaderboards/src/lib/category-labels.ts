import { categoryLabel, DomainError, schemeForYear, type FrameworkDefinition, type GradingScheme } from '@rapor/domain';
import type { CategoryLabel } from './models/leaderboard.model';

/** The grading scheme of a framework version for a year; null when it has none (or does not cover the year). */
export function schemeOf(definition: FrameworkDefinition, year: number): GradingScheme | null {
  try {
    return schemeForYear(definition, year);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** A category's code with its Indonesian and English labels, for the API; null without a category or for one the scheme does not know. */
export function labelOf(scheme: GradingScheme | null, code: string | null): CategoryLabel | null {
  const found = categoryLabel(scheme, code);
  return found ? { code: found.code, nameId: found.id, nameEn: found.en } : null;
}
