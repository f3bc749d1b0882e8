import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { AdminAuditLogQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Field, useDateTime, useLabels, type AdminPlace } from './admin-common';
import { AuditLogDocument } from './documents';

type Entry = AdminAuditLogQuery['auditLog']['entries'][number];

const PAGE_SIZE = 25;

// The kinds of record the database audits (its tables), offered as the entity filter.
const ENTITIES = [
  'assessment_period',
  'region_submission',
  'assessment_value',
  'target',
  'innovation',
  'unit',
  'peer_group',
  'saved_report',
  'api_key',
  'app_user',
  'region_membership',
  'province_membership',
];

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function Who({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  const labels = useLabels();
  return (
    <>
      {entry.actor ? (
        <>
          <span className="block">{entry.actor.displayName}</span>
          <span className="muted small block">{entry.actor.email}</span>
        </>
      ) : (
        <span className="block">{entry.actorApiKeyId ? t('adminByApiKey') : t('adminSystem')}</span>
      )}
      {entry.actorRole ? (
        <span className="muted small block">{t('adminAsRole', { role: labels.role(entry.actorRole) })}</span>
      ) : null}
    </>
  );
}

/**
 * The changed fields of one entry as a small table: before → after for a change, the values
 * set for a creation, the values removed for a removal. Account ids read as name and email.
 */
function Changes({ place, entry }: { place: AdminPlace; entry: Entry }) {
  const { t, num } = useI18n();
  const labels = useLabels();
  const when = useDateTime();
  const before = parse(entry.before);
  const after = parse(entry.after);
  const show = (field: string, v: unknown) => {
    if (v === null || v === undefined) return '–';
    // Codes read as names: the region, the province, a region role.
    if (field.endsWith('region_id') && typeof v === 'string') return labels.place(place, v, null);
    if (field.endsWith('province_id') && typeof v === 'string') return labels.place(place, null, v);
    if (field === 'role' && entry.entity === 'region_membership' && typeof v === 'string') return labels.role(`region_${v}`);
    if (typeof v === 'number') return num(v, 4);
    if (typeof v === 'boolean') return v ? '✓' : '✗';
    if (typeof v === 'string') {
      const person = entry.people.find((p) => p.id === v);
      if (person) return `${person.displayName} (${person.email})`;
      return ISO_TIME.test(v) ? when(v) : v;
    }
    return JSON.stringify(v);
  };
  if (entry.changedFields.length === 0) return <span className="muted">–</span>;
  const sides = entry.action === 'INSERT' ? [after] : entry.action === 'DELETE' ? [before] : [before, after];
  const heads: ('adminBefore' | 'adminAfter')[] =
    entry.action === 'INSERT' ? ['adminAfter'] : entry.action === 'DELETE' ? ['adminBefore'] : ['adminBefore', 'adminAfter'];
  return (
    <table className="changes">
      <thead>
        <tr>
          <th scope="col">{t('adminField')}</th>
          {heads.map((h) => (
            <th key={h} scope="col">
              {t(h)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entry.changedFields.map((f) => (
          <tr key={f}>
            <th scope="row">{labels.byCode('field_', f)}</th>
            {sides.map((side, i) => (
              <td key={i}>{show(f, side[f])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AuditPage({
  place,
  entity,
  after,
  onNext,
}: {
  place: AdminPlace;
  entity: string | null;
  after: string | null;
  onNext: (cursor: string) => void;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const when = useDateTime();
  const log = useQuery(AuditLogDocument, { regionCode: place.regionCode, entity, first: PAGE_SIZE, after });
  if (log.status === 'loading') return <Loading />;
  if (log.status === 'error') return <ErrorBox error={log.error} />;
  const { entries, hasNextPage, endCursor } = log.data.auditLog;
  if (entries.length === 0) return <p>{t('adminNoEntries')}</p>;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('adminAudit')}>
        <table className="audit" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('adminWhen')}</th>
              <th scope="col">{t('adminWho')}</th>
              <th scope="col">{t('adminWhat')}</th>
              <th scope="col">{t('adminChanges')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{when(e.at)}</td>
                <td>
                  <Who entry={e} />
                </td>
                <td>
                  <span className="block">
                    {labels.byCode('entity_', e.entity)} {labels.byCode('action_', e.action)}
                  </span>
                  <span className="muted small block">{labels.place(place, e.regionCode, e.provinceCode)}</span>
                  {e.reason ? <span className="small block">{t('adminReason', { reason: e.reason })}</span> : null}
                </td>
                <td>
                  <Changes place={place} entry={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasNextPage && endCursor ? (
        <p>
          <button type="button" onClick={() => onNext(endCursor)}>
            {t('adminNextPage')} →
          </button>
        </p>
      ) : null}
    </>
  );
}

export function AuditPanel({ place }: { place: AdminPlace }) {
  const { t } = useI18n();
  const labels = useLabels();
  const [entity, setEntity] = useState<string | null>(null);
  // Cursors of the pages read so far: the last one is the page on screen.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  return (
    <Section
      id="audit"
      title={t('adminAudit')}
      actions={
        <div className="filters">
          <Field label={t('adminEntity')}>
            <select
              value={entity ?? ''}
              onChange={(e) => {
                setEntity(e.target.value || null);
                setCursors([null]);
              }}
            >
              <option value="">{t('adminAllEntities')}</option>
              {ENTITIES.map((x) => (
                <option key={x} value={x}>
                  {labels.byCode('entity_', x)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      }
    >
      {cursors.length > 1 ? (
        <p className="pager">
          <button type="button" onClick={() => setCursors([null])}>
            ← {t('adminFirstPage')}
          </button>{' '}
          <span className="muted">{t('adminPage', { n: cursors.length })}</span>
        </p>
      ) : null}
      <AuditPage place={place} entity={entity} after={after} onNext={(c) => setCursors([...cursors, c])} />
    </Section>
  );
}
