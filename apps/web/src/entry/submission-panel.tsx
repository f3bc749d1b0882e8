import { useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../api/client';
import type { FrameworkNode, FrameworkVersion } from '../api/frameworks';
import { DataTable } from '../components/data-table';
import { Section } from '../components/ui';
import type { EntryValuesQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { SubmitValuesDocument } from './documents';
import type { EntryRole, Period } from './entry-form';
import { StateChip } from './state-chip';

type Submission = EntryValuesQuery['submissions'][number];
type Value = EntryValuesQuery['assessmentValues'][number];

function when(iso: string | null | undefined, lang: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/**
 * The state of the region's submission and, for its admin, submitting it: what will lock is
 * spelled out and confirmed first. Editors are told why they cannot.
 */
export function SubmissionPanel({
  period,
  regionCode,
  role,
  submission,
  values,
  leaves,
  dirty,
  onSubmitted,
}: {
  period: Period;
  regionCode: string;
  role: EntryRole;
  submission: Submission;
  values: Value[];
  leaves: FrameworkNode[];
  dirty: boolean;
  onSubmitted: () => void;
}) {
  const { t, lang, name, errorText } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const toLock = values.filter((v) => v.state === 'DRAFT' || v.state === 'RETURNED');
  const filled = new Set(values.map((v) => v.nodeCode));
  const empty = leaves.filter((l) => l.weight > 0 && !filled.has(l.code));
  const submittable = period.state === 'OPEN' || (period.state === 'IN_REVIEW' && submission.state === 'RETURNED');

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(SubmitValuesDocument, { periodId: period.id, regionCode });
      setConfirming(false);
      onSubmitted();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR'));
    } finally {
      setBusy(false);
    }
  };

  let action = null;
  if (role === 'admin' && submittable && toLock.length > 0) {
    action = confirming ? (
      <div
        className="confirm"
        role="alertdialog"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        tabIndex={-1}
        ref={confirmRef}
        data-testid="submit-confirm"
      >
        <h3 id="confirm-title">{t('entrySubmitConfirmTitle')}</h3>
        <div id="confirm-body">
          <p>{t('entryWillLock', { n: toLock.length })}</p>
          <ul className="small">
            <li>{t('entryLockValues')}</li>
            <li>{t('entryLockReview')}</li>
            {empty.length ? (
              <li data-testid="submit-empty">
                {t('entryStillEmpty', { n: empty.length })}: {empty.map((l) => name(l.names.id, l.names.en, l.code)).join(', ')}
              </li>
            ) : null}
          </ul>
          {dirty ? <p className="error">{t('entrySaveFirst')}</p> : null}
        </div>
        <div className="entry-actions">
          <button
            type="button"
            className="primary"
            disabled={busy || dirty}
            onClick={() => void submit()}
            data-testid="submit-confirm-button"
          >
            {t('entrySubmitYes', { n: toLock.length })}
          </button>
          <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
            {t('entryCancel')}
          </button>
        </div>
      </div>
    ) : (
      <button type="button" className="primary" onClick={() => setConfirming(true)} data-testid="submit-open">
        {t('entrySubmit')}
      </button>
    );
  } else if (role === 'editor' && submittable && toLock.length > 0) {
    action = (
      <p className="note" data-testid="editor-cannot-submit">
        {t('entryEditorCannotSubmit')}
      </p>
    );
  }

  return (
    <Section id="submission" title={t('entrySubmission')}>
      <dl className="entry-status" data-testid="submission-state">
        <dt>{t('entryStateLabel')}</dt>
        <dd>
          <StateChip state={submission.state} />
        </dd>
        <dt>{t('entryCompleteness')}</dt>
        <dd>{t('entryFilled', { filled: submission.indicatorsFilled, total: submission.indicatorsTotal })}</dd>
        {period.deadline ? (
          <>
            <dt>{t('entryDeadline')}</dt>
            <dd>
              {new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long' }).format(
                new Date(period.deadline),
              )}
            </dd>
          </>
        ) : null}
        {submission.submittedAt ? (
          <>
            <dt>{t('entrySubmittedAt')}</dt>
            <dd>{when(submission.submittedAt, lang)}</dd>
          </>
        ) : null}
        {submission.verifiedAt ? (
          <>
            <dt>{t('entryVerifiedAt')}</dt>
            <dd>{when(submission.verifiedAt, lang)}</dd>
          </>
        ) : null}
      </dl>
      {submission.state === 'RETURNED' && submission.returnComment ? (
        <p className="note returned-note" data-testid="return-comment">
          <strong>{t('entryReturnedBecause')}:</strong> {submission.returnComment}
        </p>
      ) : null}
      {submission.state === 'SUBMITTED' ? <p className="muted small">{t('entrySubmittedHelp')}</p> : null}
      {error ? (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {action}
    </Section>
  );
}

/** What the reviewer changed: the region's value, the new one and why. */
export function Corrections({ framework, rows, regionName }: { framework: FrameworkVersion; rows: Value[]; regionName: string }) {
  const { t, num, name } = useI18n();
  const nameOf = (code: string) => {
    const n = framework.nodes.find((x) => x.code === code);
    return n ? name(n.names.id, n.names.en, code) : code;
  };
  return (
    <Section id="corrections" title={t('entryCorrections')}>
      <DataTable<Value>
        title={`${t('entryCorrections')} ${regionName}`}
        testId="corrections-table"
        rowKey={(v) => v.id}
        rows={rows}
        columns={[
          { key: 'indicator', header: t('entryIndicator'), render: (v) => nameOf(v.nodeCode), value: (v) => nameOf(v.nodeCode) },
          {
            key: 'original',
            header: t('entryOriginal'),
            numeric: true,
            render: (v) => num(v.originalValue, 4),
            value: (v) => v.originalValue,
          },
          { key: 'new', header: t('entryNew'), numeric: true, render: (v) => num(v.value, 4), value: (v) => v.value },
          {
            key: 'reason',
            header: t('entryReason'),
            render: (v) => v.correctionReason ?? '',
            value: (v) => v.correctionReason ?? '',
          },
        ]}
      />
    </Section>
  );
}
