import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { MembershipRole } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { id as adminTexts } from './messages';

/** Where the administration pages act: the whole platform, a province, or one region. */
export interface AdminPlace {
  role: 'OPERATOR' | 'REVIEWER' | 'REGION_ADMIN';
  /** The province in view; null for an operator looking at the whole platform. */
  provinceCode: string | null;
  provinceName: string | null;
  /** A region admin's own region, or the region a reviewer or operator filtered on. */
  regionCode: string | null;
  /** The province's kabupaten/kota (empty for the whole platform). */
  regions: { code: string; name: string }[];
}

const ROLE_TEXT: Record<string, MessageKey> = {
  OPERATOR: 'operator',
  REVIEWER: 'reviewer',
  REGION_ADMIN: 'regionAdmin',
  REGION_EDITOR: 'regionEditor',
  REGION_VIEWER: 'regionViewer',
  API_KEY: 'adminByApiKey',
};

/** Texts that are looked up by a code from the API (entity_*, field_*, action_*), else the code itself. */
export function useLabels() {
  const { t } = useI18n();
  const known = (key: string): key is MessageKey => key in adminTexts;
  return {
    /** A role in words, from the API's enum ("REGION_ADMIN") or the log's role name ("region_admin"). */
    role: (role: MembershipRole | string) => (ROLE_TEXT[role.toUpperCase()] ? t(ROLE_TEXT[role.toUpperCase()]) : role),
    byCode: (prefix: 'entity_' | 'field_' | 'action_', code: string) =>
      known(prefix + code) ? t((prefix + code) as MessageKey) : code,
    /** A region's name when it is in view, else its code; a province's name likewise. */
    place: (place: AdminPlace, regionCode: string | null, provinceCode: string | null) => {
      if (regionCode) return place.regions.find((r) => r.code === regionCode)?.name ?? regionCode;
      if (provinceCode) return provinceCode === place.provinceCode && place.provinceName ? place.provinceName : provinceCode;
      return t('adminPlatformWide');
    },
  };
}

/** What went wrong, in words (the API's stable codes), with the offending fields. */
export function useErrorText() {
  const { t, errorText } = useI18n();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return errorText(error);
    switch (error.code) {
      case 'FORBIDDEN':
        return t('adminForbidden');
      case 'CONFLICT':
        return t('adminConflict');
      case 'NOT_FOUND':
        return t('adminNotFound');
      case 'BAD_USER_INPUT':
        return `${t('adminBadInput', { fields: error.fields.join(', ') || '–' })} ${error.message}`;
      default:
        return errorText(error);
    }
  };
}

/** Runs a change, keeps its error (shown in words, its fields marked) and tells when it is done. */
export function useAction() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; fields: string[] } | null>(null);
  const run = async <T,>(action: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (err) {
      setError({ text: errorText(err), fields: err instanceof ApiError ? err.fields : [] });
      return null;
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: string) => (error?.fields.includes(field) ? true : undefined);
  return { busy, error, run, invalid, clear: () => setError(null) };
}

export function ActionError({ error }: { error: { text: string } | null }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error.text}
    </p>
  );
}

/** A date and time in the reader's time zone, in the page's language. */
export function useDateTime() {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '–');
}

/**
 * A secret shown once (a temporary password, an API key): selectable text, a copy button,
 * and a button that closes it for good.
 */
export function SecretOnce({
  label,
  note,
  secret,
  onDone,
  testId,
}: {
  label: string;
  note: string;
  secret: string;
  onDone: () => void;
  testId: string;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  return (
    <div className="secret-once" role="region" aria-label={label} data-testid={testId}>
      <p>{note}</p>
      <p className="secret-line">
        <span className="secret-label">{label}</span>
        <code className="secret" data-testid={`${testId}-value`}>
          {secret}
        </code>
        <button type="button" onClick={() => void copy()}>
          {t('adminCopy')}
        </button>
      </p>
      <p className="muted small" role="status" aria-live="polite">
        {copied === 'yes' ? t('adminCopied') : copied === 'no' ? t('adminCopyFailed') : t('adminShownOnce')}
      </p>
      <button type="button" className="primary" onClick={onDone}>
        {t('adminDone')}
      </button>
    </div>
  );
}

/** A labelled form field in the admin forms. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="admin-field">
      <span>{label}</span>
      {children}
    </label>
  );
}
