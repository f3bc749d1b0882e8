import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, request } from '../api/client';
import { bandOf, frameworkFor, useFrameworks, type FrameworkVersion } from '../api/frameworks';
import { DataTable } from '../components/data-table';
import { ErrorBox, Loading, NotAvailable, Section } from '../components/ui';
import { useRegionRole } from '../entry/entry-page';
import type { RegionInnovationsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { id as MESSAGE_KEYS, type MessageKey } from '../i18n/messages';
import { Link } from '../router';
import { StageForm } from './stage-form';
import {
  CreateInnovationDocument,
  ForwardInnovationDocument,
  InnovationsDocument,
  SubmitInnovationDocument,
  UpdateInnovationDocument,
} from './documents';

type Innovation = RegionInnovationsQuery['innovations'][number];
type Unit = RegionInnovationsQuery['units'][number];

// The way an innovation goes: written in the OPD, handed to the Bagian Organisasi, then the
// national competition (KIPP), where it reaches a stage.
const STATUSES = ['DRAFT', 'SUBMITTED', 'FORWARDED'] as const;

interface FormState {
  title: string;
  year: string;
  description: string;
  unitId: string;
}

const TITLE = { min: 3, max: 300 };
const DESCRIPTION_MAX = 10000;

/** The API's checks of an innovation, shown on their fields before sending. */
function formProblems(f: FormState): Partial<Record<keyof FormState, MessageKey>> {
  const problems: Partial<Record<keyof FormState, MessageKey>> = {};
  const title = f.title.trim();
  if (title.length < TITLE.min || title.length > TITLE.max) problems.title = 'innoTitleLength';
  if (!/^\d{4}$/.test(f.year.trim())) problems.year = 'innoYearInvalid';
  if (f.description.length > DESCRIPTION_MAX) problems.description = 'innoDescriptionTooLong';
  return problems;
}

function useInnovations(regionCode: string, skip: boolean) {
  const [state, setState] = useState<{ data: RegionInnovationsQuery | null; error: ApiError | null }>({
    data: null,
    error: null,
  });
  const reload = useCallback(
    () =>
      request(InnovationsDocument, { regionCode }).then(
        (data) => setState({ data, error: null }),
        (error: unknown) =>
          setState({
            data: null,
            error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR'),
          }),
      ),
    [regionCode],
  );
  useEffect(() => {
    if (!skip) void reload();
  }, [reload, skip]);
  return { ...state, reload };
}

/** `/wilayah/35.78/inovasi`: the region's innovations by stage; its team creates, edits and submits them. */
export function InnovationsPage({ regionCode }: { regionCode: string }) {
  const i18n = useI18n();
  const { t, errorText } = i18n;
  const frameworks = useFrameworks();
  const { role, provinceCode } = useRegionRole(regionCode);
  const list = useInnovations(regionCode, role === null);
  const [editing, setEditing] = useState<Innovation | 'new' | null>(null);
  const [recording, setRecording] = useState<Innovation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [announce, setAnnounce] = useState('');

  if (role === null) return <NotAvailable />;
  if (list.error) return <ErrorBox error={list.error} />;
  if (!list.data) return <Loading />;
  const writer = role === 'admin' || role === 'editor';
  // The region's admin and its province's reviewers record the KIPP stage reached.
  const recorder = role === 'admin' || (role === 'overseer' && provinceCode !== null);
  const { innovations, units } = list.data;

  const act = async (label: string, run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      await list.reload();
      setAnnounce(label);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR'));
    }
  };

  return (
    <main id="main" className="page">
      <header className="page-head">
        <h1>
          {t('innovations')} — {list.data.region.name}
        </h1>
        <p className="muted">
          <Link to={`/wilayah/${regionCode}`}>{t('entryBackToRegion')}</Link> ·{' '}
          <Link to={`/wilayah/${regionCode}/isian`}>{t('entryTitle')}</Link>
        </p>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {error ? (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {writer && editing === null ? (
        <p>
          <button type="button" className="primary" onClick={() => setEditing('new')} data-testid="innovation-new">
            {t('innoNew')}
          </button>
        </p>
      ) : null}
      {writer && editing !== null ? (
        <InnovationForm
          key={editing === 'new' ? 'new' : editing.id}
          regionCode={regionCode}
          units={units}
          editing={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) void list.reload().then(() => setAnnounce(t('innoSaved')));
          }}
        />
      ) : null}
      {recorder && recording ? (
        <StageForm
          key={recording.id}
          innovation={recording}
          regionCode={regionCode}
          onDone={(saved) => {
            setRecording(null);
            if (saved) void list.reload().then(() => setAnnounce(t('innoStageRecorded')));
          }}
        />
      ) : null}
      <p className="muted small">{t('innoFlow')}</p>
      {STATUSES.map((status) => {
        const rows = innovations.filter((i) => i.status === status);
        return (
          <Section
            key={status}
            id={`innovations-${status.toLowerCase()}`}
            title={`${t(`stage_${status}` as MessageKey)} (${rows.length})`}
          >
            {rows.length === 0 ? (
              <p className="muted">{t('noInnovations')}</p>
            ) : (
              <DataTable<Innovation>
                title={`${t('innovations')} ${list.data?.region.name ?? ''} — ${t(`stage_${status}` as MessageKey)}`}
                testId={`innovations-${status.toLowerCase()}`}
                rowKey={(i) => i.id}
                rows={rows}
                columns={[
                  {
                    key: 'title',
                    header: t('innoTitle'),
                    render: (i) => (
                      <>
                        {i.title}
                        <span className="phone-only muted"> ({i.year})</span>
                      </>
                    ),
                    value: (i) => i.title,
                  },
                  { key: 'year', header: t('year'), numeric: true, secondary: true, render: (i) => i.year, value: (i) => i.year },
                  {
                    key: 'unit',
                    header: t('innoUnit'),
                    secondary: true,
                    render: (i) => i.unit?.name ?? '–',
                    value: (i) => i.unit?.name ?? '',
                  },
                  // Only forwarded innovations reach a KIPP stage.
                  ...(status === 'FORWARDED'
                    ? [
                        {
                          key: 'stage',
                          header: t('stage'),
                          render: (i: Innovation) => stageText(i, frameworks, i18n),
                          value: (i: Innovation) => stageText(i, frameworks, i18n),
                        },
                        ...(recorder
                          ? [
                              {
                                key: 'record',
                                header: t('innoActions'),
                                render: (i: Innovation) => (
                                  <button
                                    type="button"
                                    onClick={() => setRecording(i)}
                                    aria-label={t('innoRecordStageOf', { title: i.title })}
                                  >
                                    {t('innoRecordStage')}
                                  </button>
                                ),
                              },
                            ]
                          : []),
                      ]
                    : []),
                  ...(!(writer && status === 'DRAFT') && !(role === 'admin' && status === 'SUBMITTED')
                    ? []
                    : [
                        {
                          key: 'actions',
                          header: t('innoActions'),
                          render: (i: Innovation) => (
                            <span className="row-actions">
                              {writer && i.status === 'DRAFT' ? (
                                <>
                                  <button type="button" onClick={() => setEditing(i)} aria-label={`${t('innoEdit')}: ${i.title}`}>
                                    {t('innoEdit')}
                                  </button>
                                  <button
                                    type="button"
                                    onClick={() =>
                                      void act(t('innoSubmitted'), () =>
                                        request(SubmitInnovationDocument, { id: i.id, regionCode }),
                                      )
                                    }
                                    aria-label={`${t('innoSubmit')}: ${i.title}`}
                                  >
                                    {t('innoSubmit')}
                                  </button>
                                </>
                              ) : null}
                              {role === 'admin' && i.status === 'SUBMITTED' ? (
                                <button
                                  type="button"
                                  onClick={() =>
                                    void act(t('innoForwarded'), () =>
                                      request(ForwardInnovationDocument, { id: i.id, regionCode }),
                                    )
                                  }
                                  aria-label={`${t('innoForward')}: ${i.title}`}
                                >
                                  {t('innoForward')}
                                </button>
                              ) : null}
                            </span>
                          ),
                        },
                      ]),
                ]}
              />
            )}
          </Section>
        );
      })}
    </main>
  );
}

/** The stage a forwarded innovation reached, by its label in the KIPP scheme of its year. */
function stageText(
  i: Innovation,
  frameworks: FrameworkVersion[] | null,
  { t, name }: Pick<ReturnType<typeof useI18n>, 't' | 'name'>,
): string {
  if (!i.stage) return i.status === 'FORWARDED' ? t('innoStageUnknown') : '–';
  const band = bandOf(frameworkFor(frameworks, 'KIPP', i.year), i.stage);
  if (band) return name(band.labelId, band.labelEn, band.code);
  const key = `stage_${i.stage.toUpperCase()}`;
  return key in MESSAGE_KEYS ? t(key as MessageKey) : i.stage;
}

function InnovationForm({
  regionCode,
  units,
  editing,
  onDone,
}: {
  regionCode: string;
  units: Unit[];
  editing: Innovation | null;
  onDone: (saved: boolean) => void;
}) {
  const { t, errorText } = useI18n();
  const [form, setForm] = useState<FormState>({
    title: editing?.title ?? '',
    year: String(editing?.year ?? new Date().getFullYear()),
    description: editing?.description ?? '',
    unitId: editing?.unitId ?? '',
  });
  const [problems, setProblems] = useState<Partial<Record<keyof FormState, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = formProblems(form);
    const texts = Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(v)]));
    setProblems(texts);
    if (Object.keys(found).length) {
      document.getElementById(`inno-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const fields = {
      title: form.title.trim(),
      year: Number(form.year),
      description: form.description.trim() || null,
      unitId: form.unitId || null,
    };
    try {
      if (editing) await request(UpdateInnovationDocument, { input: { id: editing.id, regionCode, ...fields } });
      else await request(CreateInnovationDocument, { input: { regionCode, ...fields } });
      onDone(true);
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(String(err), 'INTERNAL_SERVER_ERROR');
      // The API names the offending field ("input.title"): show it there.
      const named = apiError.fields.map((f) => f.replace(/^input\./, '')).filter((f): f is keyof FormState => f in form);
      setProblems(Object.fromEntries(named.map((f) => [f, apiError.message])));
      setError(named.length ? null : errorText(apiError));
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof FormState) => ({
    id: `inno-${key}`,
    'aria-invalid': problems[key] ? true : undefined,
    'aria-describedby': problems[key] ? `inno-${key}-error` : undefined,
  });
  const problem = (key: keyof FormState) =>
    problems[key] ? (
      <span className="field-error" id={`inno-${key}-error`}>
        {problems[key]}
      </span>
    ) : null;

  return (
    <Section id="innovation-form" title={editing ? t('innoEditTitle') : t('innoNew')}>
      <form className="inno-form" onSubmit={(e) => void submit(e)} noValidate data-testid="innovation-form">
        <label htmlFor="inno-title">{t('innoTitle')}</label>
        <input
          type="text"
          {...field('title')}
          value={form.title}
          maxLength={TITLE.max + 50}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        {problem('title')}
        <label htmlFor="inno-year">{t('innoYear')}</label>
        <input
          type="text"
          inputMode="numeric"
          {...field('year')}
          value={form.year}
          onChange={(e) => setForm({ ...form, year: e.target.value })}
        />
        {problem('year')}
        <label htmlFor="inno-unitId">{t('innoUnit')}</label>
        <select {...field('unitId')} value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })}>
          <option value="">{t('innoNoUnit')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        {problem('unitId')}
        <label htmlFor="inno-description">{t('innoDescription')}</label>
        <textarea
          rows={4}
          {...field('description')}
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
        {problem('description')}
        {error ? (
          <p className="error" role="alert">
            {t('error', { message: error })}
          </p>
        ) : null}
        <div className="entry-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('innoSave')}
          </button>
          <button type="button" onClick={() => onDone(false)} disabled={busy}>
            {t('entryCancel')}
          </button>
        </div>
      </form>
    </Section>
  );
}
