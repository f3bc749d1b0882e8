/** Stable codes of the problems {@link DefinitionIssue} reports. */
export type DefinitionIssueCode =
  // Shape: the input is not the form of a definition.
  | 'MISSING_PROPERTY'
  | 'UNKNOWN_PROPERTY'
  | 'WRONG_TYPE'
  | 'EMPTY_TEXT'
  | 'INVALID_VALUE'
  | 'UNKNOWN_AGGREGATION'
  | 'UNKNOWN_BOUNDARY_RULE'
  // Identity and sources.
  | 'INVALID_CODE'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_CITATION'
  | 'NO_REGULATIONS'
  | 'UNKNOWN_REGULATION'
  | 'INVALID_YEARS'
  // Scales and the tree.
  | 'INVALID_SCALE'
  | 'INVALID_PRECISION'
  | 'ORDINAL_SCALE_NOT_INTEGER'
  | 'NO_NODES'
  | 'NEGATIVE_WEIGHT'
  | 'MISSING_AGGREGATION'
  | 'AGGREGATION_ON_LEAF'
  | 'WEIGHTS_DO_NOT_MATCH_SCALE'
  | 'ZERO_TOTAL_WEIGHT'
  | 'UNEQUAL_WEIGHTS_FOR_MEAN'
  | 'ZERO_WEIGHT_NEEDS_SCALE'
  // Grading schemes and bands.
  | 'SCHEME_KIND_MISMATCH'
  | 'INVALID_DECIMALS'
  | 'NO_BANDS'
  | 'DUPLICATE_BAND_CODE'
  | 'DUPLICATE_CATEGORY_NAME'
  | 'INVALID_BAND_BOUNDS'
  | 'BOUND_PRECISION'
  | 'BAND_OUTSIDE_SCALE'
  | 'BANDS_UNORDERED'
  | 'BANDS_OVERLAP'
  | 'BANDS_GAP'
  | 'BANDS_DO_NOT_COVER_SCALE'
  | 'INVALID_LEVEL'
  | 'SCHEME_YEARS_OUTSIDE_DEFINITION'
  | 'SCHEME_YEARS_OVERLAP'
  | 'SCHEME_YEARS_GAP'
  // Across the versions of a set.
  | 'DUPLICATE_VERSION'
  | 'VERSION_YEARS_OVERLAP';

/** One problem found in a framework definition. */
export interface DefinitionIssue {
  /** JSON path of the offending item, e.g. `nodes[0].children[2].weight` or `schemes[1].bands[3].min`. */
  readonly path: string;
  readonly code: DefinitionIssueCode;
  /** Human-readable explanation naming the values involved. */
  readonly message: string;
}

/** Collects issues while a definition is checked. */
export class IssueList {
  readonly issues: DefinitionIssue[] = [];

  /** Records an issue at `path`. */
  add(path: string, code: DefinitionIssueCode, message: string): void {
    this.issues.push({ path, code, message });
  }
}

/** `parent.key`, or `key` at the root. */
export function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}
