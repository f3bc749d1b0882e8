import { FrameworkVersionRef } from '../frameworks/framework.types';

/** Why two results should not be compared as if alike. */
export type ComparabilityReasonCode = 'DIFFERENT_FRAMEWORK' | 'DIFFERENT_VERSION' | 'DIFFERENT_UNITS';

/** One reason two results are not comparable. */
export interface ComparabilityReason {
  readonly code: ComparabilityReasonCode;
  readonly message: string;
  /** `DIFFERENT_UNITS`: units evaluated now but not before, sorted. */
  readonly unitsAdded?: readonly string[];
  /** `DIFFERENT_UNITS`: units evaluated before but not now, sorted. */
  readonly unitsDropped?: readonly string[];
}

/** Whether two results can be compared (rank movement, value change), and if not, why. */
export interface Comparability {
  readonly comparable: boolean;
  readonly reasons: readonly ComparabilityReason[];
}

/** Builds a {@link Comparability} from the reasons found (none = comparable). */
export function comparabilityOf(reasons: readonly ComparabilityReason[]): Comparability {
  return { comparable: reasons.length === 0, reasons };
}

/**
 * Whether results scored under two framework versions can be compared. Different frameworks or
 * different versions of one (RB 2022 vs RB 2023, Ombudsman 2021 zones vs 2022 grades) are
 * flagged, never silently compared.
 */
export function comparability(a: FrameworkVersionRef, b: FrameworkVersionRef): Comparability {
  if (a.code !== b.code) {
    return comparabilityOf([{ code: 'DIFFERENT_FRAMEWORK', message: `${a.code} and ${b.code} are different frameworks` }]);
  }
  if (a.version !== b.version) {
    return comparabilityOf([
      { code: 'DIFFERENT_VERSION', message: `${a.code} version ${a.version} and version ${b.version} score differently` },
    ]);
  }
  return comparabilityOf([]);
}
