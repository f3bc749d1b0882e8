import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { setQuery } from '../router';

/** Framework and year pickers (only those with data), kept in the page's query string. */
export function FrameworkYearPickers({
  codes,
  code,
  years,
  year,
  frameworkName,
  children,
}: {
  codes: string[];
  code: string;
  years: number[];
  year: number;
  frameworkName: (code: string) => string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="pickers" role="group" aria-label={t('framework')}>
      <label>
        {t('framework')}
        <select value={code} onChange={(e) => setQuery({ evaluasi: e.target.value, tahun: null })}>
          {codes.map((c) => (
            <option key={c} value={c}>
              {frameworkName(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('year')}
        <select value={year} onChange={(e) => setQuery({ tahun: e.target.value })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {children}
    </div>
  );
}
