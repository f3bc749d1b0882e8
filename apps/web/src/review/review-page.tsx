import { useMemo, useState } from 'react';
import { ApiError, request } from '../api/client';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { DemoBanner, ErrorBox, Loading, NotAvailable, Section } from '../components/ui';
import { useFrameworks } from '../api/frameworks';
import type { RegionReviewQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import {
  AcceptSubmissionDocument,
  PreviousValuesDocument,
  RegionReviewDocument,
  ReturnSubmissionDocument,
  ReviewValueDocument,
} from './documents';
import { reviewPaths, useFrameworkName } from './periods-page';
import {
  asApiError,
  ConfirmAction,
  errorFor,
  ErrorLine,
  Field,
  formError,
  PageHead,
  requiredMissing,
  StatePill,
  useDates,
  useReviewerOf,
  useStateLabels,
} from './shared';

type Value = RegionReviewQuery['assessmentValues'][number];

/** One region's submission: every value with what a reviewer needs to decide, and the decisions. */
export function ReviewPage({
  provinceCode,
  periodId,
  regionCode,
}: {
  provinceCode: string;
  periodId: string;
  regionCode: string;
}) {
  const allowed = useReviewerOf(provinceCode);
  const [tick, setTick] = useState(0);
  if (!allowed) return <NotAvailable />;
  return (
    <ReviewView
      key={tick}
      provinceCode={provinceCode}
      periodId={periodId}
      regionCode={regionCode}
      reload={() => setTick((n) => n + 1)}
    />
  );
}

const valueKey = (v: { nodeCode: string; unitId?: string | null }) => `${v.nodeCode}|${v.unitId ?? ''}`;

function ReviewView({
  provinceCode,
  periodId,
  regionCode,
  reload,
}: {
  provinceCode: string;
  periodId: string;
  regionCode: string;
  reload: () => void;
}) {
  const { t, num, name, errorText } = useI18n();
  const data = useQuery(RegionReviewDocument, { periodId, regionCode, provinceCode });
  const frameworks = useFrameworks();
  const frameworkName = useFrameworkName(frameworks);
  const labels = useStateLabels();
  const { dateTime } = useDates();
  const [selected, setSelected] = useState<{ id: string; action: 'CORRECT' | 'RETURN' } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // The region's value of the previous year: the same framework's period one year earlier.
  const previousPeriod = useMemo(() => {
    if (data.status !== 'ok') return null;
    const { period, periods } = data.data;
    return periods.find((p) => p.frameworkCode === period.frameworkCode && p.year === period.year - 1) ?? null;
  }, [data]);
  const previous = useQuery(PreviousValuesDocument, { periodId: previousPeriod?.id ?? '', regionCode }, !previousPeriod);
  const previousByNode = useMemo(
    () => new Map(previous.status === 'ok' ? previous.data.assessmentValues.map((v) => [valueKey(v), v.value] as const) : []),
    [previous],
  );

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorBox error={data.error} />;
  const { period, assessmentValues } = data.data;
  const submission = data.data.submissions[0];
  if (period.provinceCode !== provinceCode || !submission) return <NotAvailable />;
  const submitted = assessmentValues.filter((v) => v.state === 'SUBMITTED');
  const reviewable = period.state === 'OPEN' || period.state === 'IN_REVIEW' || period.state === 'AMENDED';
  const current = selected ? assessmentValues.find((v) => v.id === selected.id) : undefined;

  const accept = async (v: Value) => {
    setNotice(null);
    try {
      await request(ReviewValueDocument, { input: { valueId: v.id, action: 'ACCEPT' } });
      reload();
    } catch (e) {
      setNotice(errorText(e));
    }
  };

  const columns: Column<Value>[] = [
    {
      key: 'indicator',
      header: t('indicator'),
      render: (v) => (
        <span>
          {name(v.nodeNameId, v.nodeNameEn, v.nodeCode)} <span className="muted small">{v.nodeCode}</span>
        </span>
      ),
      value: (v) => name(v.nodeNameId, v.nodeNameEn, v.nodeCode),
    },
    {
      key: 'value',
      header: t('value'),
      render: (v) => (
        <span>
          <strong>{num(v.value)}</strong>
          {v.scaleMax !== null ? <span className="muted small narrow-only"> / {num(v.scaleMax)}</span> : null}
          {v.originalValue !== null && v.originalValue !== undefined ? (
            <span className="small correction" data-testid="correction">
              <br />
              {t('correctedFrom', { from: num(v.originalValue) })}: {v.correctionReason}
            </span>
          ) : null}
        </span>
      ),
      value: (v) => v.value,
      numeric: true,
    },
    {
      key: 'max',
      header: t('maximum'),
      render: (v) => (v.scaleMax === null ? '–' : `${num(v.scaleMin)}–${num(v.scaleMax)}`),
      value: (v) => v.scaleMax,
      numeric: true,
      secondary: true,
    },
    {
      key: 'previous',
      header: t('previousYear', { year: period.year - 1 }),
      render: (v) => num(previousByNode.get(valueKey(v))),
      value: (v) => previousByNode.get(valueKey(v)),
      numeric: true,
    },
    {
      key: 'evidence',
      header: t('evidence'),
      render: (v) => (
        <span className="evidence">
          {v.evidence.url ? (
            <a href={v.evidence.url} target="_blank" rel="noopener noreferrer">
              {t('evidenceLink')}
            </a>
          ) : null}
          {v.evidence.reference ? <span> {v.evidence.reference}</span> : null}
          {v.evidence.note ? <span className="muted small"> {v.evidence.note}</span> : null}
          {!v.evidence.url && !v.evidence.reference && !v.evidence.note ? <span className="muted">–</span> : null}
          {v.sourceNote ? <span className="muted small"> {v.sourceNote}</span> : null}
        </span>
      ),
      value: (v) => [v.evidence.url, v.evidence.reference, v.evidence.note].filter(Boolean).join(' · '),
    },
    {
      key: 'state',
      header: t('valueStateHeader'),
      render: (v) => (
        <span>
          <StatePill state={v.state} label={labels.value(v.state)} />
          {v.reviewComment ? (
            <span className="small muted">
              <br />
              {v.reviewComment}
            </span>
          ) : null}
        </span>
      ),
      value: (v) => labels.value(v.state),
    },
    {
      key: 'actions',
      header: t('decision'),
      render: (v) =>
        v.state === 'SUBMITTED' && reviewable ? (
          <span className="row-actions">
            <button
              type="button"
              onClick={() => void accept(v)}
              aria-label={`${t('accept')}: ${name(v.nodeNameId, v.nodeNameEn, v.nodeCode)}`}
            >
              {t('accept')}
            </button>
            <button
              type="button"
              onClick={() => setSelected({ id: v.id, action: 'CORRECT' })}
              aria-label={`${t('correct')}: ${name(v.nodeNameId, v.nodeNameEn, v.nodeCode)}`}
            >
              {t('correct')}
            </button>
            <button
              type="button"
              onClick={() => setSelected({ id: v.id, action: 'RETURN' })}
              aria-label={`${t('returnValue')}: ${name(v.nodeNameId, v.nodeNameEn, v.nodeCode)}`}
            >
              {t('returnValue')}
            </button>
          </span>
        ) : null,
    },
  ];

  return (
    <main id="main" className="page review">
      <PageHead
        crumbs={[
          { to: reviewPaths.periods(provinceCode), label: t('periodsTitle') },
          { to: reviewPaths.period(provinceCode, period.id), label: `${frameworkName(period.frameworkCode)} ${period.year}` },
        ]}
        title={submission.regionName}
      >
        <dl className="facts" data-testid="submission-facts">
          <div>
            <dt>{t('submissionStateHeader')}</dt>
            <dd>
              <StatePill state={submission.state} label={labels.submission(submission.state)} />
            </dd>
          </div>
          <div>
            <dt>{t('completeness')}</dt>
            <dd>{t('filledOf', { filled: submission.indicatorsFilled, total: submission.indicatorsTotal })}</dd>
          </div>
          <div>
            <dt>{t('submittedAt')}</dt>
            <dd>{dateTime(submission.submittedAt)}</dd>
          </div>
        </dl>
      </PageHead>
      <DemoBanner show={period.isDemo} />
      {submission.returnComment ? <p className="note">{t('returnedWith', { comment: submission.returnComment })}</p> : null}
      <ErrorLine message={notice} />
      <Section
        id="review-values"
        title={t('reviewValues')}
        actions={
          submitted.length > 0 && reviewable ? (
            <span className="row-actions">
              <ConfirmAction
                label={t('acceptAll', { n: submitted.length })}
                title={t('acceptAllTitle')}
                explain={<p>{t('acceptAllExplain', { n: submitted.length, region: submission.regionName })}</p>}
                confirmLabel={t('acceptAllConfirm')}
                run={async () => {
                  await request(AcceptSubmissionDocument, { periodId: period.id, regionCode });
                  reload();
                }}
                testId="accept-all"
                primary
              />
              <ReturnSubmission periodId={period.id} regionCode={regionCode} regionName={submission.regionName} onDone={reload} />
            </span>
          ) : undefined
        }
      >
        {assessmentValues.length === 0 ? <p className="muted">{t('noValuesYet')}</p> : null}
        {submitted.length === 0 && assessmentValues.length > 0 ? <p className="muted">{t('nothingToReview')}</p> : null}
        {current && selected ? (
          <DecisionForm
            key={current.id}
            value={current}
            action={selected.action}
            onCancel={() => setSelected(null)}
            onDone={reload}
          />
        ) : null}
        <DataTable
          title={`${submission.regionName} — ${frameworkName(period.frameworkCode)} ${period.year}`}
          columns={columns}
          rows={assessmentValues}
          rowKey={(v) => v.id}
          notes={period.isDemo ? [t('demoLabel')] : []}
          testId="review-table"
        />
      </Section>
    </main>
  );
}

/** Correct (new value and reason) or return (comment) one value; the API's errors on their fields. */
function DecisionForm({
  value,
  action,
  onCancel,
  onDone,
}: {
  value: Value;
  action: 'CORRECT' | 'RETURN';
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t, num, name, errorText } = useI18n();
  const [newValue, setNewValue] = useState(value.value === null || value.value === undefined ? '' : String(value.value));
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const indicator = name(value.nodeNameId, value.nodeNameEn, value.nodeCode);
  const submit = async () => {
    // Indonesians write decimals with a comma: "81,5".
    const parsed = newValue.trim() === '' ? null : Number(newValue.trim().replace(',', '.'));
    // Said at once in the person's language; every other rule is the API's.
    const missing = requiredMissing(t('required'), action === 'CORRECT' ? { value: newValue, reason } : { comment });
    if (missing) {
      setError(missing);
      return;
    }
    if (action === 'CORRECT' && parsed !== null && Number.isNaN(parsed)) {
      setError(new ApiError(t('notANumber'), 'BAD_USER_INPUT', ['value']));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await request(ReviewValueDocument, {
        input:
          action === 'CORRECT' ? { valueId: value.id, action, value: parsed, reason } : { valueId: value.id, action, comment },
      });
      onDone();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };
  const general = formError(error, ['value', 'reason', 'comment'], errorText);
  return (
    <form
      className="decision"
      aria-label={action === 'CORRECT' ? t('correctTitle', { indicator }) : t('returnTitle', { indicator })}
      data-testid="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{action === 'CORRECT' ? t('correctTitle', { indicator }) : t('returnTitle', { indicator })}</h3>
      <p className="muted small">
        {t('submittedValue', { value: num(value.value) })}
        {value.scaleMax !== null ? ` · ${t('scaleRange', { min: num(value.scaleMin), max: num(value.scaleMax) })}` : ''}
      </p>
      {action === 'CORRECT' ? (
        <div className="form-grid">
          <Field label={t('newValue')} error={errorFor(error, 'value')}>
            {(p) => (
              <input {...p} type="text" inputMode="decimal" value={newValue} onChange={(e) => setNewValue(e.target.value)} />
            )}
          </Field>
          <Field label={t('correctionReason')} error={errorFor(error, 'reason')} hint={t('correctionReasonHint')}>
            {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </div>
      ) : (
        <Field label={t('returnComment')} error={errorFor(error, 'comment')} hint={t('returnCommentHint')}>
          {(p) => <textarea {...p} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
      )}
      <ErrorLine message={general} />
      <div className="confirm-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('working') : action === 'CORRECT' ? t('saveCorrection') : t('sendBack')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function ReturnSubmission({
  periodId,
  regionCode,
  regionName,
  onDone,
}: {
  periodId: string;
  regionCode: string;
  regionName: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  return (
    <ConfirmAction
      label={t('returnAll')}
      title={t('returnAllTitle', { region: regionName })}
      explain={<p>{t('returnAllExplain')}</p>}
      confirmLabel={t('sendBack')}
      fields={['comment']}
      run={async () => {
        const missing = requiredMissing(t('required'), { comment });
        if (missing) throw missing;
        await request(ReturnSubmissionDocument, { periodId, regionCode, comment });
        onDone();
      }}
      testId="return-all"
    >
      {(error) => (
        <Field label={t('returnComment')} error={errorFor(error, 'comment')} hint={t('returnCommentHint')}>
          {(p) => <textarea {...p} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
      )}
    </ConfirmAction>
  );
}
