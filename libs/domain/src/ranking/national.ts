import { DomainError } from '../errors';
import { MAX_DECIMALS, roundTo } from '../numbers';
import { competitionRanks } from './ranks';

/** The default share of a province's kab/kota that must have a value for it to be ranked nationally. */
export const DEFAULT_MIN_COVERAGE_PERCENT = 80;

/** Why a province of a national board has no rank. */
export type NationalUnrankedReason = 'NO_DATA' | 'LOW_COVERAGE';

/** A province's published composites for one framework and year, as counted and aggregated. */
export interface ProvinceAggregate {
  /** Its kab/kota with a published composite value. */
  readonly regionsWithValue: number;
  /** All its kab/kota. */
  readonly regionsInProvince: number;
  /** Mean of the values (already rounded for display), null without values. */
  readonly mean: number | null;
  /** Median of the values (already rounded for display), null without values. */
  readonly median: number | null;
}

/** Where a province stands nationally. */
export interface ProvinceStanding {
  /** Share of its kab/kota with a value, percent, one decimal. */
  readonly coveragePercent: number;
  /** Competition rank by mean among the ranked provinces; null when unranked. */
  readonly rankByMean: number | null;
  /** Competition rank by median among the ranked provinces; null when unranked. */
  readonly rankByMedian: number | null;
  /** Why unranked; null when ranked. */
  readonly unrankedReason: NationalUnrankedReason | null;
}

/** Decimals of a mean or median: one more than the framework's published precision, at most 6. */
export function statisticDecimals(precision: number): number {
  return Math.min(precision + 1, MAX_DECIMALS);
}

/**
 * Ranks provinces by the mean and by the median of their regions' composites — only those
 * whose coverage (kab/kota with a value ÷ kab/kota) reaches `minCoveragePercent`: a province
 * that reported only its best regions must not top the board. The others are unranked with
 * the reason (`NO_DATA`, `LOW_COVERAGE`). Means and medians compare at one decimal more than
 * the framework's `precision`.
 *
 * @throws DomainError `INVALID_INPUT` for a threshold outside 0..100 or counts that do not add up
 */
export function nationalProvinceStandings(
  provinces: readonly ProvinceAggregate[],
  precision: number,
  higherIsBetter: boolean,
  minCoveragePercent: number = DEFAULT_MIN_COVERAGE_PERCENT,
): ProvinceStanding[] {
  if (!(minCoveragePercent >= 0 && minCoveragePercent <= 100)) {
    throw new DomainError('INVALID_INPUT', `minCoveragePercent must be within 0..100, got ${minCoveragePercent}`);
  }
  const decimals = statisticDecimals(precision);
  const coverage = provinces.map((p) => {
    if (p.regionsWithValue < 0 || p.regionsWithValue > p.regionsInProvince) {
      throw new DomainError('INVALID_INPUT', `${p.regionsWithValue} of ${p.regionsInProvince} regions cannot have a value`);
    }
    return p.regionsInProvince === 0 ? 0 : (100 * p.regionsWithValue) / p.regionsInProvince;
  });
  const reasons = provinces.map((p): NationalUnrankedReason | null =>
    p.regionsWithValue === 0 || p.mean === null || p.median === null ? 'NO_DATA' : 100 * p.regionsWithValue < minCoveragePercent * p.regionsInProvince ? 'LOW_COVERAGE' : null,
  );
  const byMean = competitionRanks(provinces.map((p, i) => (reasons[i] ? null : p.mean)), decimals, higherIsBetter);
  const byMedian = competitionRanks(provinces.map((p, i) => (reasons[i] ? null : p.median)), decimals, higherIsBetter);
  return provinces.map((_, i) => ({
    coveragePercent: roundTo(coverage[i], 1),
    rankByMean: byMean[i],
    rankByMedian: byMedian[i],
    unrankedReason: reasons[i],
  }));
}
