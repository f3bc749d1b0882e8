import { stringify } from 'csv-stringify/sync';
import { formulaSafe } from '@rapor/platform';
import { demoNote, type Table } from './report-table';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return formulaSafe(text);
}

/**
 * CSV of a report table: a header row of column names, UTF-8 with a byte-order mark (Excel
 * then reads it as UTF-8), `,` separated, `.` decimals, CRLF line ends; empty cells for nulls.
 */
export function reportCsv(table: Table): Buffer {
  const text = stringify(
    table.rows.map((row) => row.map(csvCell)),
    { header: true, columns: table.columns, bom: true, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}

/**
 * XLSX of a report table: one worksheet, a bold frozen header row, numbers as numbers. A table
 * built from demo data also says so in the sheet name and the workbook's title.
 */
export async function reportXlsx(table: Table, sheetName: string): Promise<Buffer> {
  // Loaded by the first workbook, not at start (about 28 MB resident once loaded).
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Rapor';
  if (table.demoData.length) {
    workbook.title = demoNote(table.demoData);
    workbook.subject = 'DEMO';
  }
  const sheet = workbook.addWorksheet(
    `${table.demoData.length ? 'DEMO ' : ''}${sheetName}`
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Report',
    { views: [{ state: 'frozen', ySplit: 1 }] },
  );
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((v) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : v)));
  }
  table.columns.forEach((column, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, column.length + 2))));
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}
