// Table downloads, built in the browser from the rows on screen: CSV (UTF-8 with BOM, so
// spreadsheet programs read the names right) and XLSX (loaded only when asked for).

export interface ExportTable {
  title: string;
  /** Written above the table in both formats, e.g. the demo-data label. */
  notes: string[];
  columns: { header: string; value: (row: unknown) => string | number | null | undefined }[];
  rows: unknown[];
}

// A cell that a spreadsheet would run as a formula is written as text.
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = safeText(value);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: ExportTable): string {
  const lines = [
    ...table.notes.map((n) => csvCell(n)),
    table.columns.map((c) => csvCell(c.header)).join(','),
    ...table.rows.map((r) => table.columns.map((c) => csvCell(c.value(r))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function fileName(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base || 'rapor'}.${ext}`;
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(table: ExportTable): void {
  saveBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName(table.title, 'csv'));
}

interface ExcelJs {
  Workbook: new () => {
    addWorksheet(name: string): {
      addRow(values: unknown[]): { font: unknown };
      columns: { width?: number }[];
    };
    xlsx: { writeBuffer(): Promise<ArrayBuffer> };
  };
}

export async function downloadXlsx(table: ExportTable): Promise<void> {
  // The browser build of ExcelJS, the library the API's own exports use.
  const module = (await import('exceljs/dist/exceljs.min.js')) as unknown as { default?: ExcelJs } & ExcelJs;
  const ExcelJS = module.default ?? module;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  for (const note of table.notes) sheet.addRow([note]).font = { bold: true, color: { argb: 'FF9A3412' } };
  sheet.addRow(table.columns.map((c) => c.header)).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(table.columns.map((c) => {
      const v = c.value(row);
      return typeof v === 'string' ? safeText(v) : (v ?? null);
    }));
  }
  sheet.columns = table.columns.map((c) => ({ width: Math.max(10, Math.min(40, c.header.length + 4)) }));
  const buffer = await workbook.xlsx.writeBuffer();
  saveBlob(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName(table.title, 'xlsx'),
  );
}
