import { runReports, type RankingRow, type SpreadRow } from './reports';

// Example client of Rapor's report API: RAPOR_API_URL (default http://localhost:3000/graphql)
// and RAPOR_API_KEY (an rpk_ key); RAPOR_FRAMEWORK (default SAKIP), RAPOR_YEAR (default 2023),
// RAPOR_PROVINCES (e.g. "35,19"; default all), RAPOR_INCLUDE_DEMO=true to keep demo periods next to real data.
async function main(): Promise<void> {
  const apiKey = process.env['RAPOR_API_KEY'];
  if (!apiKey) throw new Error('Set RAPOR_API_KEY to a report API key (rpk_…); see the README, "Reports for GraphQL clients".');
  const framework = process.env['RAPOR_FRAMEWORK'] ?? 'SAKIP';
  const year = Number(process.env['RAPOR_YEAR'] ?? 2023);
  const { ranking, spread } = await runReports({
    apiUrl: process.env['RAPOR_API_URL'] ?? 'http://localhost:3000/graphql',
    apiKey,
    framework,
    year,
    provinces: process.env['RAPOR_PROVINCES'] ? process.env['RAPOR_PROVINCES'].split(',').map((p) => p.trim()) : null,
    includeDemo: process.env['RAPOR_INCLUDE_DEMO'] === 'true',
  });
  console.log(`${framework} ${year}: ranking (${ranking.length} regions)`);
  console.table(
    ranking.map((r: RankingRow) => ({
      rank: r.rank ?? '-',
      code: r.regionCode,
      region: r.regionName,
      value: r.value,
      category: r.category,
      demo: r.demo ? 'DEMO' : '',
    })),
  );
  console.log(`${framework} ${year}: categories by kind`);
  console.table(
    spread.map((s: SpreadRow) => ({ kind: s.kind, category: s.category, regions: s.count, mean: s.mean, median: s.median, demo: s.demo ? 'DEMO' : '' })),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
