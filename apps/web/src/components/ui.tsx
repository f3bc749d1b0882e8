import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

export function NotAvailable() {
  const { t } = useI18n();
  return (
    <section className="not-available" data-testid="not-available">
      <h1>{t('notAvailableTitle')}</h1>
      <p>{t('notAvailableBody')}</p>
      <Link to="/">{t('backHome')}</Link>
    </section>
  );
}

/** An API error: hidden or forbidden data is "not available" (the API does not say which). */
export function ErrorBox({ error }: { error: ApiError }) {
  const { errorText } = useI18n();
  if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') return <NotAvailable />;
  return (
    <p className="error" role="alert">
      {errorText(error)}
    </p>
  );
}

export function DemoBanner({ show }: { show: boolean }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      {t('demoBanner')}
    </p>
  );
}

export function Section({
  title,
  actions,
  children,
  id,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <section className="card" aria-labelledby={id ? `${id}-title` : undefined} id={id}>
      <header className="card-head">
        <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
        {actions ? <div className="card-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/** Rank movement: an arrow and words (never the arrow alone). */
export function Movement({ change, comparable }: { change: number | null | undefined; comparable: boolean }) {
  const { t } = useI18n();
  if (change === null || change === undefined) return <span className="muted">–</span>;
  const cls = !comparable ? 'move muted' : change > 0 ? 'move up' : change < 0 ? 'move down' : 'move same';
  const text = change > 0 ? `▲ ${t('up', { n: change })}` : change < 0 ? `▼ ${t('down', { n: -change })}` : `● ${t('same')}`;
  return (
    <span className={cls} title={comparable ? undefined : t('comparabilityWarning', { note: '' })}>
      {text}
      {comparable ? '' : ' *'}
    </span>
  );
}
