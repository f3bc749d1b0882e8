import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, request } from '../api/client';
import { frameworkFor, useFrameworks, type FrameworkNode } from '../api/frameworks';
import { useQuery } from '../api/use-query';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { EntryPeriodsQuery, EntryValuesQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { EntryFrameworkDocument, EntryUnitsDocument, EntryValuesDocument, SaveValuesDocument } from './documents';
import { StateChip } from './state-chip';
import { Corrections, SubmissionPanel } from './submission-panel';
import { Projection } from './projection';
import {
  API_FIELD,
  fieldOfApiPath,
  isEmptyRow,
  parseNumber,
  rowProblems,
  type DraftRow,
  type RowField,
  type RowProblem,
} from './row-checks';

export type EntryRole = 'admin' | 'editor' | 'viewer' | 'overseer';
export type Period = EntryPeriodsQuery['periods'][number];
type Values = EntryValuesQuery['assessmentValues'];
type StoredValue = Values[number];

const EMPTY: DraftRow = { value: '', url: '', note: '', reference: '' };

/** Problems shown on a field: the browser's own checks, or the API's answer. */
type FieldErrors = Record<string, { field: RowField; text: string }[]>;

function useValues(periodId: string, regionCode: string) {
  const [state, setState] = useState<{ data: EntryValuesQuery | null; error: ApiError | null }>({ data: null, error: null });
  const reload = useCallback(
    () =>
      request(EntryValuesDocument, { periodId, regionCode }).then(
        (data) => setState({ data, error: null }),
        (error: unknown) =>
          setState({
            data: null,
            error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR'),
          }),
      ),
    [periodId, regionCode],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}

/** A stored value as the person would type it ("81,5" in Indonesian). */
function typed(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '';
  return lang === 'id' ? String(value).replace('.', ',') : String(value);
}

function draftOf(v: StoredValue | undefined, lang: string): DraftRow {
  if (!v) return EMPTY;
  return {
    value: typed(v.value, lang),
    url: v.evidence.url ?? '',
    note: v.evidence.note ?? '',
    reference: v.evidence.reference ?? '',
  };
}

/** Whether the region may still change a value in this period and state. */
function editableState(periodState: string, valueState: string | undefined): boolean {
  if (periodState === 'OPEN') return valueState === undefined || valueState === 'DRAFT' || valueState === 'RETURNED';
  if (periodState === 'IN_REVIEW') return valueState === 'RETURNED';
  return false;
}

export function EntryForm({
  period,
  regionCode,
  role,
  regionName,
}: {
  period: Period;
  regionCode: string;
  role: EntryRole;
  regionName: string;
}) {
  const { t, lang, name, num } = useI18n();
  const frameworks = useFrameworks();
  const framework = frameworkFor(frameworks, period.frameworkCode, period.frameworkVersion);
  const help = useQuery(EntryFrameworkDocument, { code: period.frameworkCode, version: period.frameworkVersion });
  const values = useValues(period.id, regionCode);
  // Unit-level frameworks (IPP/PEKPPP) take values per service unit: one unit at a time.
  const unitLevel = help.status === 'ok' && help.data.framework.level === 'UNIT';
  const units = useQuery(EntryUnitsDocument, { regionCode }, !unitLevel);
  const [chosenUnit, setChosenUnit] = useState<string | null>(null);
  const unitList = units.status === 'ok' ? units.data.units : [];
  const unitId = unitLevel ? (chosenUnit ?? unitList[0]?.id ?? null) : null;
  const [drafts, setDrafts] = useState<Record<string, DraftRow>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ kind: 'saved' | 'problems' | 'error'; text: string } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const stored = useMemo(
    () => new Map((values.data?.assessmentValues ?? []).filter((v) => (v.unitId ?? null) === unitId).map((v) => [v.nodeCode, v])),
    [values.data, unitId],
  );
  // Stored values fill the form when they (re)load or another unit is chosen.
  useEffect(() => {
    setDrafts({});
    setErrors({});
  }, [values.data, unitId]);

  const leaves = useMemo(() => (framework?.nodes ?? []).filter((n) => n.isLeaf), [framework]);
  const areas = useMemo(() => {
    const nodes = framework?.nodes ?? [];
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    const areaOf = (n: FrameworkNode): string => {
      let cur = n;
      while (cur.parentCode && byCode.get(cur.parentCode)) cur = byCode.get(cur.parentCode)!;
      return cur.code;
    };
    return nodes
      .filter((n) => n.depth === 0)
      .map((area) => ({ area, leaves: leaves.filter((l) => l.code !== area.code && areaOf(l) === area.code) }))
      .filter((a) => a.leaves.length > 0);
  }, [framework, leaves]);
  const helpOf = useMemo(() => {
    const map = new Map<string, { notes: string[]; regulation: string }>();
    if (help.status === 'ok')
      for (const n of help.data.framework.nodes) map.set(n.code, { notes: n.notes, regulation: n.regulation });
    return map;
  }, [help]);

  const submission = values.data?.submissions[0] ?? null;
  const isTeamWriter = role === 'admin' || role === 'editor';
  const canEdit = (code: string) => isTeamWriter && editableState(period.state, stored.get(code)?.state);
  // A published period (opened from a notification) is shown read-only: nothing to save or project.
  const canSave = isTeamWriter && (period.state === 'OPEN' || period.state === 'IN_REVIEW');
  const rowOf = (code: string): DraftRow => drafts[code] ?? draftOf(stored.get(code), lang);
  const dirty = Object.keys(drafts).some(
    (code) => JSON.stringify(drafts[code]) !== JSON.stringify(draftOf(stored.get(code), lang)),
  );

  // The projection uses what is typed now (valid numbers only), on the team's own drafts.
  const changes = useMemo(() => {
    const list: { nodeCode: string; value: number }[] = [];
    for (const leaf of leaves) {
      const v = parseNumber((drafts[leaf.code] ?? draftOf(stored.get(leaf.code), lang)).value);
      if (typeof v === 'number' && v >= leaf.scale.min && v <= leaf.scale.max) list.push({ nodeCode: leaf.code, value: v });
    }
    return list;
  }, [drafts, leaves, stored, lang]);

  const problemText = (p: RowProblem) =>
    t(
      `entryProblem_${p.code}` as MessageKey,
      Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? num(v) : v])),
    );

  const update = (code: string, field: RowField, text: string) => {
    setDrafts((d) => ({ ...d, [code]: { ...(d[code] ?? draftOf(stored.get(code), lang)), [field]: text } }));
    // A field's problem goes once it is edited; the others stay until the next save.
    setErrors((e) => (e[code] ? { ...e, [code]: e[code].filter((x) => x.field !== field) } : e));
  };

  const focusFirst = (errs: FieldErrors) => {
    const first = leaves.find((l) => errs[l.code]?.length);
    if (first) document.getElementById(`f-${first.code}-${errs[first.code][0].field}`)?.focus();
  };

  const save = async () => {
    const rows: { code: string; row: DraftRow }[] = leaves
      .filter((l) => canEdit(l.code))
      .map((l) => ({ code: l.code, row: rowOf(l.code) }));
    const found: FieldErrors = {};
    let count = 0;
    for (const { code, row } of rows) {
      const leaf = leaves.find((l) => l.code === code)!;
      const problems = rowProblems(row, leaf.scale);
      if (problems.length) {
        found[code] = problems.map((p) => ({ field: p.field, text: problemText(p) }));
        count += problems.length;
      }
    }
    setErrors(found);
    if (count > 0) {
      setStatus({ kind: 'problems', text: t('entryProblems', { n: count }) });
      focusFirst(found);
      return;
    }
    const sent = rows.filter(({ row }) => !isEmptyRow(row));
    if (sent.length === 0) {
      setStatus({ kind: 'problems', text: t('entryNothingToSave') });
      return;
    }
    setSaving(true);
    try {
      await request(SaveValuesDocument, {
        input: {
          periodId: period.id,
          regionCode,
          rows: sent.map(({ code, row }) => ({
            nodeCode: code,
            unitId,
            value: parseNumber(row.value) as number,
            evidenceUrl: row.url.trim() || null,
            evidenceNote: row.note.trim() || null,
            evidenceRef: row.reference.trim() || null,
          })),
        },
      });
      await values.reload();
      setStatus({ kind: 'saved', text: t('entrySaved', { n: sent.length }) });
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      // The API names every offending row field: show each on its own input.
      const mapped: FieldErrors = {};
      for (const path of e.fields) {
        const at = fieldOfApiPath(path);
        const target = at ? sent[at.index] : undefined;
        if (at && target) (mapped[target.code] ??= []).push({ field: at.field, text: t('entryApiRejected') });
      }
      setErrors(mapped);
      setStatus({
        kind: 'error',
        text: Object.keys(mapped).length ? t('entryApiProblems', { message: e.message }) : t('error', { message: e.message }),
      });
      focusFirst(mapped);
    } finally {
      setSaving(false);
    }
  };

  useEffect(() => {
    if (status && status.kind !== 'saved') statusRef.current?.focus();
  }, [status]);

  if (values.error) return <ErrorBox error={values.error} />;
  if (!values.data || !framework || (unitLevel && units.status === 'loading')) return <Loading />;
  // The API shows a region's submission to its team and overseers only: nothing here means not yours.
  if (!submission) return <ErrorBox error={new ApiError('not available', 'NOT_FOUND')} />;
  const digits = framework.scale.precision;
  const corrected = values.data.assessmentValues.filter((v) => v.originalValue !== null && v.originalValue !== undefined);

  return (
    <>
      <SubmissionPanel
        period={period}
        regionCode={regionCode}
        role={role}
        submission={submission}
        values={values.data.assessmentValues}
        leaves={leaves}
        dirty={dirty}
        onSubmitted={() => void values.reload()}
      />
      {corrected.length ? <Corrections framework={framework} rows={corrected} regionName={regionName} /> : null}
      {canSave && !unitLevel ? (
        <Projection period={period} regionCode={regionCode} framework={framework} changes={changes} hasValues={stored.size > 0} />
      ) : null}
      <Section
        id="entry"
        title={`${name(framework.names.id, framework.names.en, framework.code)} ${period.year}`}
        actions={
          canSave ? (
            <button type="button" className="primary" onClick={() => void save()} disabled={saving} data-testid="save-draft">
              {saving ? t('entrySaving') : t('entrySaveDraft')}
            </button>
          ) : null
        }
      >
        {unitLevel ? (
          unitList.length === 0 ? (
            <p className="note">{t('entryNoUnits')}</p>
          ) : (
            <div className="pickers">
              <label>
                {t('entryUnit')}
                <select
                  value={unitId ?? ''}
                  disabled={dirty}
                  aria-describedby={dirty ? 'unit-dirty' : undefined}
                  onChange={(e) => setChosenUnit(e.target.value)}
                  data-testid="unit-picker"
                >
                  {unitList.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </label>
              {dirty ? (
                <span id="unit-dirty" className="muted small">
                  {t('entrySaveBeforeUnit')}
                </span>
              ) : null}
            </div>
          )
        ) : null}
        {!isTeamWriter ? (
          <p className="note">{role === 'viewer' ? t('entryReadOnlyViewer') : t('entryReadOnlyOverseer')}</p>
        ) : null}
        <p
          ref={statusRef}
          tabIndex={-1}
          className={status ? (status.kind === 'saved' ? 'note' : 'error') : 'visually-hidden'}
          role={status?.kind === 'saved' ? 'status' : 'alert'}
          data-testid="entry-status"
        >
          {status?.text ?? ''}
        </p>
        {areas.map(({ area, leaves: areaLeaves }) => (
          <fieldset key={area.code} className="entry-area">
            <legend>{name(area.names.id, area.names.en, area.code)}</legend>
            {areaLeaves.map((leaf) => (
              <EntryRow
                key={leaf.code}
                leaf={leaf}
                row={rowOf(leaf.code)}
                stored={stored.get(leaf.code)}
                editable={canEdit(leaf.code)}
                help={helpOf.get(leaf.code)}
                errors={errors[leaf.code] ?? []}
                onChange={(field, text) => update(leaf.code, field, text)}
                digits={Math.min(leaf.scale.precision, digits + 2)}
              />
            ))}
          </fieldset>
        ))}
        {canSave ? (
          <div className="entry-actions">
            <button type="button" className="primary" onClick={() => void save()} disabled={saving}>
              {saving ? t('entrySaving') : t('entrySaveDraft')}
            </button>
            {dirty ? <span className="muted small">{t('entryUnsaved')}</span> : null}
          </div>
        ) : null}
      </Section>
    </>
  );
}

function EntryRow({
  leaf,
  row,
  stored,
  editable,
  help,
  errors,
  onChange,
  digits,
}: {
  leaf: FrameworkNode;
  row: DraftRow;
  stored: StoredValue | undefined;
  editable: boolean;
  help: { notes: string[]; regulation: string } | undefined;
  errors: { field: RowField; text: string }[];
  onChange: (field: RowField, text: string) => void;
  digits: number;
}) {
  const { t, num, name } = useI18n();
  const base = `f-${leaf.code}`;
  const errorOf = (field: RowField) => errors.filter((e) => e.field === field);
  const describedBy = (field: RowField, extra: string[] = []) =>
    [...extra, ...(errorOf(field).length ? [`${base}-${field}-error`] : [])].join(' ') || undefined;
  const fieldError = (field: RowField) =>
    errorOf(field).length ? (
      <span id={`${base}-${field}-error`} className="field-error" data-field-error={`${leaf.code}.${API_FIELD[field]}`}>
        {errorOf(field)
          .map((e) => e.text)
          .join(' ')}
      </span>
    ) : null;
  const helpText = [...(help?.notes ?? []), help?.regulation ? `${t('entryRegulation')}: ${help.regulation}` : ''].filter(
    Boolean,
  );
  const scaleText = t('entryScale', { min: num(leaf.scale.min), max: num(leaf.scale.max) });

  return (
    <div className="entry-row" data-node={leaf.code} data-testid={`entry-row-${leaf.code}`}>
      <div className="entry-row-head">
        {editable ? (
          <label htmlFor={`${base}-value`} className="entry-name">
            {name(leaf.names.id, leaf.names.en, leaf.code)}
          </label>
        ) : (
          <span className="entry-name">{name(leaf.names.id, leaf.names.en, leaf.code)}</span>
        )}
        {stored ? <StateChip state={stored.state} /> : null}
      </div>
      <p className="muted small" id={`${base}-help`}>
        {scaleText}
        {leaf.weight === 0 ? ` · ${t('entryNotScored')}` : ''}
        {helpText.length ? ` · ${helpText.join(' ')}` : ''}
      </p>
      {stored?.reviewComment ? (
        <p className="note small" data-testid="review-comment">
          {t('entryReviewerSays')}: {stored.reviewComment}
        </p>
      ) : null}
      {editable ? (
        <div className="entry-fields">
          <div className="entry-field entry-value">
            <input
              id={`${base}-value`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={row.value}
              aria-invalid={errorOf('value').length > 0}
              aria-describedby={describedBy('value', [`${base}-help`])}
              onChange={(e) => onChange('value', e.target.value)}
            />
            <span className="muted small">/ {num(leaf.scale.max)}</span>
            {fieldError('value')}
          </div>
          <div className="entry-field">
            <label htmlFor={`${base}-url`}>{t('entryEvidenceUrl')}</label>
            <input
              id={`${base}-url`}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={row.url}
              aria-invalid={errorOf('url').length > 0}
              aria-describedby={describedBy('url')}
              onChange={(e) => onChange('url', e.target.value)}
            />
            {fieldError('url')}
          </div>
          <div className="entry-field">
            <label htmlFor={`${base}-reference`}>{t('entryEvidenceRef')}</label>
            <input
              id={`${base}-reference`}
              type="text"
              value={row.reference}
              aria-invalid={errorOf('reference').length > 0}
              aria-describedby={describedBy('reference')}
              onChange={(e) => onChange('reference', e.target.value)}
            />
            {fieldError('reference')}
          </div>
          <div className="entry-field entry-note">
            <label htmlFor={`${base}-note`}>{t('entryEvidenceNote')}</label>
            <textarea
              id={`${base}-note`}
              rows={2}
              value={row.note}
              aria-invalid={errorOf('note').length > 0}
              aria-describedby={describedBy('note')}
              onChange={(e) => onChange('note', e.target.value)}
            />
            {fieldError('note')}
          </div>
        </div>
      ) : (
        <dl className="entry-readonly">
          <dt>{t('value')}</dt>
          <dd data-testid="readonly-value">
            <strong>{num(stored?.value, digits)}</strong> / {num(leaf.scale.max)}
          </dd>
          {stored?.evidence.url ? (
            <>
              <dt>{t('entryEvidenceUrl')}</dt>
              <dd>
                <a href={stored.evidence.url} target="_blank" rel="noopener noreferrer">
                  {stored.evidence.url}
                </a>
              </dd>
            </>
          ) : null}
          {stored?.evidence.reference ? (
            <>
              <dt>{t('entryEvidenceRef')}</dt>
              <dd>{stored.evidence.reference}</dd>
            </>
          ) : null}
          {stored?.evidence.note ? (
            <>
              <dt>{t('entryEvidenceNote')}</dt>
              <dd>{stored.evidence.note}</dd>
            </>
          ) : null}
        </dl>
      )}
    </div>
  );
}
