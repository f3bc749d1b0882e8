import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { downloadCsv, downloadXlsx, type ExportTable } from './export';

export interface Column<T> {
  key: string;
  header: string;
  /** What the cell shows. */
  render: (row: T) => ReactNode;
  /** What sorting and the downloads use (a number or text); omitted: not sortable. */
  value?: (row: T) => string | number | null | undefined;
  numeric?: boolean;
  /** Hidden on phone-width screens (still in the downloads). */
  secondary?: boolean;
}

interface Props<T> {
  title: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Rows drawn greyed (e.g. regions without a value). */
  muted?: (row: T) => boolean;
  notes?: string[];
  caption?: string;
  testId?: string;
}

/** CSV and XLSX downloads of a table, with its notes (e.g. the demo label) above it. */
export function DownloadButtons({ table }: { table: ExportTable }) {
  const { t } = useI18n();
  return (
    <div className="downloads">
      <button type="button" onClick={() => downloadCsv(table)}>
        {t('downloadCsv')}
      </button>
      <button type="button" onClick={() => void downloadXlsx(table)}>
        {t('downloadXlsx')}
      </button>
    </div>
  );
}

/**
 * A table with sortable column headers (buttons, with aria-sort) and CSV/XLSX downloads of
 * exactly its columns. Rows keep the API's order until a header is chosen; rows without a
 * value stay last whichever way a column is sorted.
 */
export function DataTable<T>({ title, columns, rows, rowKey, muted, notes = [], caption, testId }: Props<T>) {
  const { t } = useI18n();
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const col = columns.find((c) => c.key === sort.key);
    if (!col?.value) return rows;
    const get = col.value;
    return [...rows].sort((a, b) => {
      const va = get(a);
      const vb = get(b);
      if (va === null || va === undefined || va === '') return 1;
      if (vb === null || vb === undefined || vb === '') return -1;
      if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * sort.dir;
      return String(va).localeCompare(String(vb), 'id') * sort.dir;
    });
  }, [rows, columns, sort]);

  const table: ExportTable = {
    title,
    notes,
    columns: columns
      .filter((c) => c.value)
      .map((c) => ({ header: c.header, value: c.value as (row: unknown) => string | number | null | undefined })),
    rows: sorted as unknown[],
  };

  return (
    <div className="table-block" data-testid={testId}>
      <DownloadButtons table={table} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
        <table>
          {caption ? <caption>{caption}</caption> : null}
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={[c.numeric ? 'num' : '', c.secondary ? 'secondary' : ''].join(' ')}
                    aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
                  >
                    {c.value ? (
                      <button
                        type="button"
                        className="sort"
                        title={t('sortBy', { column: c.header })}
                        onClick={() => setSort(active && sort.dir === 1 ? { key: c.key, dir: -1 } : { key: c.key, dir: 1 })}
                      >
                        {c.header}
                        <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={rowKey(row)} className={muted?.(row) ? 'muted-row' : undefined}>
                {columns.map((c) => (
                  <td key={c.key} className={[c.numeric ? 'num' : '', c.secondary ? 'secondary' : ''].join(' ')}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
