import { useState } from 'react';
import { ApiError, request } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { RemindRegionsDocument } from './documents';

/**
 * A reviewer's "remind" button for a period: notifies the teams of `regionCodes`, or of every
 * region of the province that has not submitted. The API limits reminders per period; the
 * answer (or the wait) is announced next to the button.
 */
export function RemindButton({ periodId, regionCodes }: { periodId: string; regionCodes?: string[] }) {
  const { t, num, errorText } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const remind = async () => {
    if (!window.confirm(t('remindConfirm'))) return;
    setBusy(true);
    setMessage(null);
    try {
      const { remindRegions } = await request(RemindRegionsDocument, { periodId, regionCodes: regionCodes ?? null });
      const text =
        remindRegions.regionCodes.length === 0
          ? t('remindNone')
          : t('remindDone', { regions: num(remindRegions.regionCodes.length, 0), people: num(remindRegions.people, 0) });
      setMessage({ text, error: false });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR');
      // The wait comes from the message; the API also gives it as extensions.retryAfter.
      const seconds = Number(/(\d+) seconds/.exec(error.message)?.[1] ?? 60);
      const text = error.code === 'RATE_LIMITED' ? t('remindWait', { minutes: num(Math.ceil(seconds / 60), 0) }) : errorText(error);
      setMessage({ text, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="remind">
      <button type="button" onClick={() => void remind()} disabled={busy} aria-busy={busy} data-testid="remind-button">
        {t('remind')}
      </button>
      {message ? (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error small' : 'muted small'}>
          {' '}
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
