import { FrameworkDefinition, GradingScheme } from './framework.types';
import { coversYear, formatYears } from './years';
import { DomainError } from '../errors';

/**
 * The version of a framework that applies to an evaluation year (e.g. OMBUDSMAN in 2023 → the
 * 2022–2024 version). Throws `NO_DEFINITION_FOR_YEAR` when no version covers the year.
 */
export function definitionForYear(definitions: readonly FrameworkDefinition[], code: string, year: number): FrameworkDefinition {
  const found = definitions.find((definition) => definition.code === code && coversYear(definition.years, year));
  if (!found) throw new DomainError('NO_DEFINITION_FOR_YEAR', `No version of framework ${code} covers evaluation year ${year}`);
  return found;
}

/**
 * The grading scheme of a definition for an evaluation year (e.g. KIPP 2018 → the Top 40 ladder),
 * or `null` when the definition has no scheme for it. Throws `YEAR_NOT_COVERED` when the year is
 * outside the definition's own years.
 */
export function schemeForYear(definition: FrameworkDefinition, year: number): GradingScheme | null {
  if (!coversYear(definition.years, year)) {
    throw new DomainError(
      'YEAR_NOT_COVERED',
      `${definition.code} ${definition.version} covers ${formatYears(definition.years)}, not evaluation year ${year}`,
    );
  }
  return definition.schemes.find((scheme) => coversYear(scheme.years, year)) ?? null;
}
