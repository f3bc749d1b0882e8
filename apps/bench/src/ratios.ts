// Issue 15's head-to-head targets: the ratios of one round's loads and whether each is met.
import type { LoadResult } from './load';

/** One round's loads (null: that server could not be measured; see HeadToHead.skipped). */
export interface BoardRound {
  api: LoadResult | null;
  apiUncached: LoadResult | null;
  postgraphile: LoadResult | null;
  floor: LoadResult | null;
  revalidation: LoadResult | null;
  national: LoadResult | null;
  nationalFloor: LoadResult | null;
}

export type RoundPart = keyof BoardRound;

export interface HeadToHead {
  rounds: BoardRound[];
  /** Why a part was not measured. */
  skipped: Partial<Record<RoundPart, string>>;
  /** The floor's statement is the one the API sent for the board. */
  sameStatement: boolean | null;
}

/** Ratios of one round against the targets (null when a side is missing). */
export interface RoundRatios {
  keptVsPeer: number | null;
  uncachedVsPeer: number | null;
  keptVsFloor: number | null;
  p99VsPeer: number | null;
  nationalVsFloor: number | null;
  revalidationVsFloor: number | null;
  rssVsPeer: number | null;
}

/** The targets for each ratio: at least (≥) or at most (≤). */
export const ROUND_TARGETS: Record<keyof RoundRatios, { label: string; target: number; atMost: boolean }> = {
  keptVsPeer: { label: 'kept published board / PostGraphile (req/s)', target: 1.5, atMost: false },
  uncachedVsPeer: { label: 'uncached board (`LEADERBOARD_CACHE_SIZE=0`) / PostGraphile (req/s)', target: 0.8, atMost: false },
  keptVsFloor: { label: 'kept published board / floor (req/s)', target: 2, atMost: false },
  p99VsPeer: { label: "p99 of the kept board / PostGraphile's p99", target: 1, atMost: true },
  nationalVsFloor: { label: 'national board / its own floor (req/s)', target: 0.5, atMost: false },
  revalidationVsFloor: { label: '304 revalidation of an unchanged board / floor (req/s)', target: 3, atMost: false },
  rssVsPeer: { label: "API peak RSS during the kept board / PostGraphile's", target: 1.2, atMost: true },
};

const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b != null && b > 0 ? a / b : null);

export function roundRatios(r: BoardRound): RoundRatios {
  const rps = (l: LoadResult | null) => l?.requestsPerSecond ?? null;
  return {
    keptVsPeer: ratio(rps(r.api), rps(r.postgraphile)),
    uncachedVsPeer: ratio(rps(r.apiUncached), rps(r.postgraphile)),
    keptVsFloor: ratio(rps(r.api), rps(r.floor)),
    p99VsPeer: ratio(r.api?.latency.p99, r.postgraphile?.latency.p99),
    nationalVsFloor: ratio(rps(r.national), rps(r.nationalFloor)),
    revalidationVsFloor: ratio(rps(r.revalidation), rps(r.floor)),
    rssVsPeer: ratio(r.api?.peakRss, r.postgraphile?.peakRss),
  };
}

/** Whether a ratio meets its target (null: not measured). */
export function ratioMet(key: keyof RoundRatios, value: number | null): boolean | null {
  if (value === null) return null;
  const t = ROUND_TARGETS[key];
  return t.atMost ? value <= t.target : value >= t.target;
}
