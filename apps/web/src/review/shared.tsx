import { useId, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import type { MessageKey } from '../i18n/messages';
import './review.css';

/** The province's reviewers and operators work on its periods; everyone else sees "not available". */
export function useReviewerOf(provinceCode: string): boolean {
  const session = useSession();
  if (session.state.status !== 'signedIn') return false;
  const me = session.state.me;
  return me.activeRole === 'OPERATOR' || (me.activeRole === 'REVIEWER' && me.activeScope === `province:${provinceCode}`);
}

/** An unknown thrown value as the API's error shape. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
}

/** The API's message for a field (`reason`, `input.reason`…), when the error names it. */
export function errorFor(error: ApiError | null, field: string): string | null {
  if (!error) return null;
  return error.fields.some((f) => f === field || f.endsWith(`.${field}`)) ? error.message : null;
}

/** An error no field of the form shows. */
export function formError(error: ApiError | null, fields: string[], describe: (error: ApiError) => string): string | null {
  if (!error) return null;
  return fields.some((f) => errorFor(error, f)) ? null : describe(error);
}

/** A labelled form control with its error underneath (aria-invalid, aria-describedby). */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error: string | null;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': described })}
      {hint ? (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A button that first spells out what the action does and asks to confirm it. The action's
 * error stays in the box: on the field of the box's own form that it names (`fields`, given to
 * `children`), else above the buttons; success closes the box.
 */
export function ConfirmAction({
  label,
  title,
  explain,
  confirmLabel,
  run,
  children,
  fields = [],
  disabled,
  testId,
  primary,
}: {
  label: string;
  title: string;
  explain: ReactNode;
  confirmLabel: string;
  run: () => Promise<void>;
  children?: (error: ApiError | null) => ReactNode;
  fields?: string[];
  disabled?: boolean;
  testId?: string;
  primary?: boolean;
}) {
  const { t, errorText } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = useId();
  if (!open) {
    return (
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        disabled={disabled}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  const general = formError(error, fields, errorText);
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-title`} data-testid={testId ? `${testId}-confirm` : undefined}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="confirm-explain">{explain}</div>
      {children?.(error)}
      <ErrorLine message={general} />
      <div className="confirm-buttons">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            run().then(
              () => {
                setBusy(false);
                setOpen(false);
              },
              (e: unknown) => {
                setBusy(false);
                setError(asApiError(e));
              },
            );
          }}
        >
          {busy ? t('working') : confirmLabel}
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

const PERIOD_STATE: Record<string, MessageKey> = {
  OPEN: 'periodState_OPEN',
  IN_REVIEW: 'periodState_IN_REVIEW',
  PUBLISHED: 'periodState_PUBLISHED',
  AMENDED: 'periodState_AMENDED',
};
const SUBMISSION_STATE: Record<string, MessageKey> = {
  NOT_STARTED: 'submissionState_NOT_STARTED',
  DRAFT: 'submissionState_DRAFT',
  SUBMITTED: 'submissionState_SUBMITTED',
  RETURNED: 'submissionState_RETURNED',
  VERIFIED: 'submissionState_VERIFIED',
};
const VALUE_STATE: Record<string, MessageKey> = {
  DRAFT: 'valueState_DRAFT',
  SUBMITTED: 'valueState_SUBMITTED',
  RETURNED: 'valueState_RETURNED',
  VERIFIED: 'valueState_VERIFIED',
};

/** Labels (never codes) of the period, submission and value states. */
export function useStateLabels() {
  const { t } = useI18n();
  return {
    period: (s: string) => (PERIOD_STATE[s] ? t(PERIOD_STATE[s]) : s),
    submission: (s: string) => (SUBMISSION_STATE[s] ? t(SUBMISSION_STATE[s]) : s),
    value: (s: string) => (VALUE_STATE[s] ? t(VALUE_STATE[s]) : s),
  };
}

export const SUBMISSION_STATES = Object.keys(SUBMISSION_STATE);

/** A state as a coloured pill with its words. */
export function StatePill({ state, label }: { state: string; label: string }) {
  return <span className={`pill pill-${state.toLowerCase()}`}>{label}</span>;
}

/** Dates and times as Indonesians write them (1 Des 2026, 08.15). */
export function useDates() {
  const { lang } = useI18n();
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  return {
    date: (iso: string | null | undefined) =>
      iso
        ? new Date(iso.length === 10 ? `${iso}T00:00:00` : iso).toLocaleDateString(locale, {
            day: 'numeric',
            month: 'short',
            year: 'numeric',
          })
        : '–',
    dateTime: (iso: string | null | undefined) =>
      iso
        ? new Date(iso).toLocaleString(locale, {
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
          })
        : '–',
  };
}

/** Whole days from today to an ISO date (negative once passed). */
export function daysUntil(isoDate: string): number {
  const today = new Date();
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
}

/** A reviewer page's head: the way back (crumbs), the title, and facts or links beside it. */
export function PageHead({
  crumbs,
  title,
  children,
}: {
  crumbs: { to: string; label: string }[];
  title: string;
  children?: ReactNode;
}) {
  return (
    <header className="page-head">
      <div>
        <p className="crumbs">
          {crumbs.map((c, i) => (
            <span key={c.to}>
              {i > 0 ? ' › ' : ''}
              <Link to={c.to}>{c.label}</Link>
            </span>
          ))}
        </p>
        <h1>{title}</h1>
      </div>
      {children}
    </header>
  );
}

/** An error message (announced), or nothing. */
export function ErrorLine({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/** The first empty one of required text fields, as the API would name it; null when all are filled. */
export function requiredMissing(message: string, fields: Record<string, string>): ApiError | null {
  const empty = Object.entries(fields).find(([, v]) => !v.trim());
  return empty ? new ApiError(message, 'BAD_USER_INPUT', [empty[0]]) : null;
}
