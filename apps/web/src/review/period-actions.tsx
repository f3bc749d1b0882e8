import { useState } from 'react';
import { request } from '../api/client';
import { Section } from '../components/ui';
import type { PeriodMonitorQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { AmendPeriodDocument, ClosePeriodEntryDocument, PublishPeriodDocument } from './documents';
import { ConfirmAction, errorFor, Field } from './shared';

type Period = PeriodMonitorQuery['period'];
type Submission = PeriodMonitorQuery['submissions'][number];

/** The period's next step, with what it does spelled out and a confirmation. */
export function PeriodActions({
  period,
  submissions,
  onDone,
}: {
  period: Period;
  submissions: Submission[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const count = (state: string) => submissions.filter((s) => s.state === state).length;
  const verified = count('VERIFIED');
  const pending = submissions.filter((s) => s.state === 'SUBMITTED');
  const unverified = submissions.length - verified;

  return (
    <Section id="period-actions" title={t('periodActions')}>
      {period.state === 'OPEN' ? (
        <>
          <p>{t('closeEntryIntro')}</p>
          <ConfirmAction
            label={t('closeEntry')}
            title={t('closeEntryConfirmTitle')}
            explain={
              <ul>
                <li>{t('closeEntryExplain1')}</li>
                <li>{t('closeEntryExplain2')}</li>
                <li>{t('closeEntryExplain3', { draft: count('DRAFT') + count('NOT_STARTED') })}</li>
              </ul>
            }
            confirmLabel={t('closeEntryConfirm')}
            run={async () => {
              await request(ClosePeriodEntryDocument, { periodId: period.id });
              onDone();
            }}
            testId="close-entry"
            primary
          />
        </>
      ) : null}
      {period.state === 'IN_REVIEW' || period.state === 'AMENDED' ? (
        <>
          <p>{t('publishIntro')}</p>
          {pending.length > 0 ? (
            <p className="note" data-testid="pending-review">
              {t('publishPending', { n: pending.length, regions: pending.map((s) => s.regionName).join(', ') })}
            </p>
          ) : null}
          <ConfirmAction
            label={t('publish')}
            title={t('publishConfirmTitle', { revision: period.publishedRevision + 1 })}
            explain={
              <ul>
                <li>{t('publishExplain1', { n: verified })}</li>
                <li>{t('publishExplain2')}</li>
                <li>{t('publishExplain3', { n: unverified })}</li>
                <li>{t('publishExplain4')}</li>
              </ul>
            }
            confirmLabel={t('publishConfirm')}
            run={async () => {
              await request(PublishPeriodDocument, { periodId: period.id });
              onDone();
            }}
            testId="publish"
            primary
          />
        </>
      ) : null}
      {period.state === 'PUBLISHED' ? (
        <>
          <p>{t('amendIntro', { revision: period.publishedRevision })}</p>
          <ConfirmAction
            label={t('amend')}
            title={t('amendConfirmTitle')}
            explain={
              <ul>
                <li>{t('amendExplain1', { revision: period.publishedRevision })}</li>
                <li>{t('amendExplain2')}</li>
                <li>{t('amendExplain3')}</li>
              </ul>
            }
            confirmLabel={t('amendConfirm')}
            fields={['reason']}
            run={async () => {
              await request(AmendPeriodDocument, { periodId: period.id, reason });
              onDone();
            }}
            testId="amend"
          >
            {(error) => (
              <Field label={t('amendReason')} error={errorFor(error, 'reason')} hint={t('amendReasonHint')}>
                {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
            )}
          </ConfirmAction>
        </>
      ) : null}
    </Section>
  );
}
