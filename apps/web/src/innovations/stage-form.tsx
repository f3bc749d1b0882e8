import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, request } from '../api/client';
import { frameworkFor, useFrameworks } from '../api/frameworks';
import { Loading, Section } from '../components/ui';
import type { RegionInnovationsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { RecordInnovationStageDocument } from './documents';

type Innovation = RegionInnovationsQuery['innovations'][number];

/** The stages of the KIPP scheme of a year, furthest first (the framework's bands). */
function useKippStages(year: number) {
  const frameworks = useFrameworks();
  if (!frameworks) return null;
  const kipp = frameworkFor(frameworks, 'KIPP', year);
  // The scheme changes over the years (the top tier was Top 40 in 2017–2018, Top 45 later).
  const scheme = kipp?.schemes.find(
    (x) => (x.years.from ?? 0) <= year && (x.years.to === null || x.years.to === undefined || year <= x.years.to),
  );
  return (scheme?.bands ?? []).map((b) => ({
    code: b.code,
    labelId: b.labels.id,
    labelEn: b.labels.en,
  }));
}

/**
 * Records the KIPP stage a forwarded innovation reached (region admin or the province's
 * reviewers), with where it was announced; the API keeps the source in the audit log.
 */
export function StageForm({
  innovation,
  regionCode,
  onDone,
}: {
  innovation: Innovation;
  regionCode: string;
  onDone: (saved: boolean) => void;
}) {
  const { t, name, errorText } = useI18n();
  const stages = useKippStages(innovation.year);
  const [stage, setStage] = useState(innovation.stage ?? '');
  const [source, setSource] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const ready = stages !== null;
  // The form opens above the tables: bring it to the person who asked for it.
  useEffect(() => {
    if (ready) select.current?.focus();
  }, [ready]);
  if (!stages) return <Loading />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await request(RecordInnovationStageDocument, { id: innovation.id, regionCode, stage, source: source.trim() || null });
      onDone(true);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(String(err), 'INTERNAL_SERVER_ERROR'));
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: string) => (error?.fields.includes(field) ? true : undefined);
  return (
    <Section id="innovation-stage" title={t('innoRecordStageOf', { title: innovation.title })}>
      {stages.length === 0 ? (
        <p className="muted">{t('innoStageNoScheme')}</p>
      ) : (
        <form className="inno-form" onSubmit={(e) => void submit(e)} data-testid="innovation-stage-form">
          <label htmlFor="inno-stage">{t('innoStageReached')}</label>
          <select
            id="inno-stage"
            required
            value={stage}
            onChange={(e) => setStage(e.target.value)}
            aria-invalid={invalid('stage')}
          >
            <option value="" disabled>
              –
            </option>
            {stages.map((s) => (
              <option key={s.code} value={s.code}>
                {name(s.labelId, s.labelEn, s.code)}
              </option>
            ))}
          </select>
          <label htmlFor="inno-stage-source">{t('innoStageSource')}</label>
          <input
            id="inno-stage-source"
            type="text"
            maxLength={500}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            aria-invalid={invalid('source')}
          />
          {error ? (
            <p className="error" role="alert">
              {errorText(error)}
            </p>
          ) : null}
          <p className="row-actions">
            <button type="submit" className="primary" disabled={busy || !stage}>
              {t('innoStageSave')}
            </button>
            <button type="button" onClick={() => onDone(false)}>
              {t('innoStageCancel')}
            </button>
          </p>
        </form>
      )}
    </Section>
  );
}
