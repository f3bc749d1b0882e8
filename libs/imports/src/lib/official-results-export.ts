import { COMPOSITE } from '@rapor/domain';
import { formulaSafe } from '@rapor/platform';
import { stringify } from 'csv-stringify/sync';

/** One region's official result as exported: the shape the import reads back. */
export interface OfficialExportRow {
  regionCode: string;
  regionName: string;
  value: number | null;
  category: string | null;
  source: string | null;
}

/** Column headers of the export (all of them aliases the import knows; the name is for people). */
export const EXPORT_COLUMNS = ['kode_wilayah', 'nama_wilayah', 'nilai', 'kategori', 'sumber'] as const;

interface ValueLike {
  regionCode: string;
  nodeCode: string;
  unitId: string | null;
  state: string;
  value: number | null;
  publishedCategory: string | null;
  sourceNote: string | null;
}

/** A published result, as `AssessmentsService.publishedResults` returns it. */
export interface PublishedResultLike {
  regionCode: string;
  nodeCode: string;
  value: number | null;
  publishedCategory: string | null;
  computedCategory: string | null;
  source: string;
  revision: number;
}

/**
 * The rows of an export, one per region, by code: its verified composite value (an official
 * import, with its source) where the caller may see it, else — for a published period — its
 * published composite result. Importing the export again therefore changes nothing.
 */
export function officialExportRows(
  values: readonly ValueLike[],
  published: readonly PublishedResultLike[],
  regionNames: ReadonlyMap<string, string>,
): OfficialExportRow[] {
  const rows = new Map<string, OfficialExportRow>();
  for (const v of values) {
    if (v.nodeCode !== COMPOSITE || v.unitId !== null || v.state !== 'verified') continue;
    rows.set(v.regionCode, { regionCode: v.regionCode, regionName: '', value: v.value, category: v.publishedCategory, source: v.sourceNote });
  }
  for (const p of published) {
    if (p.nodeCode !== COMPOSITE || rows.has(p.regionCode) || (p.value === null && !p.publishedCategory && !p.computedCategory)) continue;
    const how = p.source === 'official' ? 'official result' : 'computed from verified indicator values';
    rows.set(p.regionCode, {
      regionCode: p.regionCode,
      regionName: '',
      value: p.value,
      category: p.publishedCategory ?? p.computedCategory,
      source: `Rapor: ${how}, published revision ${p.revision}`,
    });
  }
  return [...rows.values()]
    .map((r) => ({ ...r, regionName: regionNames.get(r.regionCode) ?? r.regionCode }))
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
}

/** The media type of an XLSX workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), `,` separated, `.` decimals. */
export function officialResultsCsv(rows: readonly OfficialExportRow[]): Buffer {
  const text = stringify(
    rows.map((r) => [r.regionCode, formulaSafe(r.regionName), r.value ?? '', r.category ?? '', r.source === null ? '' : formulaSafe(r.source)]),
    { header: true, columns: [...EXPORT_COLUMNS], bom: true, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}

/** XLSX: one worksheet, codes as text (so Excel keeps "19.10"), values as numbers. */
export async function officialResultsXlsx(rows: readonly OfficialExportRow[], sheetName: string): Promise<Buffer> {
  // Loaded by the first export, not at start (see readXlsx).
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Rapor';
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Hasil', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((header, i) => ({ header, key: header, width: [14, 32, 10, 10, 40][i] }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow([r.regionCode, r.regionName, r.value, r.category, r.source]);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}
