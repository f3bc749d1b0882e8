import type { ReactElement } from 'react';
import { NotAvailable } from '../components/ui';
import { PeriodPage } from './period-page';
import { PeriodsPage } from './periods-page';
import { ReviewPage } from './review-page';
import { SetupPage } from './setup-page';

const ROUTE = /^\/provinsi\/(\d{2})\/(periode|target)(?:\/([0-9a-f-]{36})(?:\/wilayah\/(\d{2}\.\d{2}))?)?$/;

/** The reviewer's pages under /provinsi/:code/periode… and /provinsi/:code/target; null for other paths. */
export function reviewPage(path: string): ReactElement | null {
  const match = ROUTE.exec(path);
  if (!match) return null;
  const [, provinceCode, kind, periodId, regionCode] = match;
  if (kind === 'target') return periodId ? <NotAvailable /> : <SetupPage key={provinceCode} provinceCode={provinceCode} />;
  if (regionCode)
    return (
      <ReviewPage key={`${periodId}|${regionCode}`} provinceCode={provinceCode} periodId={periodId} regionCode={regionCode} />
    );
  if (periodId) return <PeriodPage key={periodId} provinceCode={provinceCode} periodId={periodId} />;
  return <PeriodsPage key={provinceCode} provinceCode={provinceCode} />;
}
