/** Latency summary of one load run, in milliseconds. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of ascending `sorted` values (`p` in 0..100); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Summarises response times (any order). */
export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

/** Statement classes of a request as the query counter saw them. */
export interface StatementCount {
  total: number;
  /** Statements other than transaction control and the principal's settings. */
  data: number;
  transactions: number;
}

const CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|select set_config\()/i;

/** Counts a request's statements: all, data statements, and transactions opened. */
export function countStatements(statements: readonly string[]): StatementCount {
  return {
    total: statements.length,
    data: statements.filter((s) => !CONTROL.test(s)).length,
    transactions: statements.filter((s) => /^\s*(START TRANSACTION|BEGIN)/i.test(s)).length,
  };
}
