import { childPath, IssueList } from './definition-issue';
import { FrameworkDefinition, Scale, YearRange } from './framework.types';
import { isValidDecimals } from '../numbers';

/** Codes of frameworks, nodes and schemes: upper-case words joined by underscores. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/** What the checks of one definition share. */
export interface ValidationContext {
  readonly definition: FrameworkDefinition;
  readonly issues: IssueList;
  readonly citations: ReadonlySet<string>;
}

/** Reports `INVALID_CODE` unless `code` follows {@link CODE_PATTERN}. */
export function checkCode(code: string, path: string, issues: IssueList, pattern = CODE_PATTERN): void {
  if (!pattern.test(code)) issues.add(path, 'INVALID_CODE', `${path} "${code}" must match ${pattern}`);
}

/** Reports `UNKNOWN_REGULATION` unless `citation` is one of the definition's regulations. */
export function checkCitation(ctx: ValidationContext, citation: string, path: string): void {
  if (!ctx.citations.has(citation)) {
    ctx.issues.add(path, 'UNKNOWN_REGULATION', `${path} cites "${citation}", which is not in the definition's regulations`);
  }
}

/** Reports a scale whose min is not below its max, or whose precision is not an integer 0..6. */
export function checkScale(scale: Scale, path: string, issues: IssueList): void {
  if (scale.min >= scale.max) {
    issues.add(childPath(path, 'max'), 'INVALID_SCALE', `${path}: max (${scale.max}) must be greater than min (${scale.min})`);
  }
  if (!isValidDecimals(scale.precision)) {
    issues.add(
      childPath(path, 'precision'),
      'INVALID_PRECISION',
      `${path}.precision must be an integer in 0..6, got ${scale.precision}`,
    );
  }
}

/** Reports years that are not whole numbers or a start after the end. */
export function checkYears(range: YearRange, path: string, issues: IssueList): void {
  const ends = [range.from, range.to].filter((y): y is number => y !== null);
  if (ends.some((y) => !Number.isInteger(y))) {
    issues.add(path, 'INVALID_YEARS', `${path} must hold whole years`);
  } else if (range.from !== null && range.to !== null && range.from > range.to) {
    issues.add(path, 'INVALID_YEARS', `${path}: from (${range.from}) is after to (${range.to})`);
  }
}

/** Calls `report` for the second and later items that share a key. */
export function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  report: (item: T, index: number, key: string) => void,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) report(item, index, key);
    seen.add(key);
  });
}
