import { useSession } from '../api/session';
import { useQuery } from '../api/use-query';
import { ErrorBox, Loading, NotAvailable } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { Link, setQuery, useLocation } from '../router';
import { Field, useLabels, type AdminPlace } from './admin-common';
import { ApiKeysPanel } from './api-keys-panel';
import { AuditPanel } from './audit-panel';
import { AdminPlacesDocument, ProvincesDocument } from './documents';
import { PeoplePanel } from './people-panel';
import { SavedReportsPanel } from './saved-reports-panel';
import { WebhooksPanel } from './webhooks-panel';
import './admin.css';

/** The administration pages: /admin/pengguna, /admin/kunci-api, /admin/laporan, /admin/audit, /admin/webhook. */
export const ADMIN_TABS: { path: string; label: MessageKey }[] = [
  { path: 'pengguna', label: 'adminPeople' },
  { path: 'kunci-api', label: 'adminApiKeys' },
  { path: 'laporan', label: 'adminReports' },
  { path: 'audit', label: 'adminAudit' },
  { path: 'webhook', label: 'adminWebhooks' },
];

const ADMIN_ROLES = ['OPERATOR', 'REVIEWER', 'REGION_ADMIN'] as const;
type AdminRole = (typeof ADMIN_ROLES)[number];

export function isAdminRole(role: string | null | undefined): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role ?? '');
}

/**
 * Administration of the active scope: a region admin's region, a reviewer's province (all of
 * it or one region, `?wilayah=`), an operator's platform (one province with `?provinsi=`).
 * Anything outside the scope is "not available" here, and refused by the API anyway.
 */
export function AdminPage({ tab }: { tab: string }) {
  const session = useSession();
  const { query } = useLocation();
  const me = session.state.status === 'signedIn' ? session.state.me : null;
  const role = me?.activeRole;
  const [kind, code] = (me?.activeScope ?? '').split(':');
  const asked = { province: query.get('provinsi'), region: query.get('wilayah') };
  if (!isAdminRole(role) || !ADMIN_TABS.some((x) => x.path === tab)) return <NotAvailable />;
  const provinceCode =
    role === 'OPERATOR' ? asked.province || asked.region?.slice(0, 2) || null : kind === 'region' ? code.slice(0, 2) : code;
  const regionCode = role === 'REGION_ADMIN' ? code : asked.region;
  // Only one's own region, or a region of one's own province.
  if (role === 'REGION_ADMIN' && asked.region && asked.region !== code) return <NotAvailable />;
  if (role === 'REVIEWER' && asked.region && asked.region.slice(0, 2) !== provinceCode) return <NotAvailable />;
  return (
    <AdminPlaceLoader
      key={`${role}-${provinceCode}-${regionCode}`}
      role={role}
      provinceCode={provinceCode}
      regionCode={regionCode}
      tab={tab}
    />
  );
}

function AdminPlaceLoader({
  role,
  provinceCode,
  regionCode,
  tab,
}: {
  role: AdminRole;
  provinceCode: string | null;
  regionCode: string | null;
  tab: string;
}) {
  const places = useQuery(AdminPlacesDocument, { provinceCode: provinceCode ?? '' }, !provinceCode);
  if (!provinceCode)
    return <AdminLayout place={{ role, provinceCode: null, provinceName: null, regionCode: null, regions: [] }} tab={tab} />;
  if (places.status === 'loading') return <Loading />;
  if (places.status === 'error') return <ErrorBox error={places.error} />;
  const { province } = places.data;
  if (regionCode && !province.regions.some((r) => r.code === regionCode)) return <NotAvailable />;
  return (
    <AdminLayout place={{ role, provinceCode, provinceName: province.name, regionCode, regions: province.regions }} tab={tab} />
  );
}

function ProvincePicker({ value }: { value: string | null }) {
  const { t } = useI18n();
  const provinces = useQuery(ProvincesDocument, {});
  return (
    <Field label={t('adminChooseProvince')}>
      <select value={value ?? ''} onChange={(e) => setQuery({ provinsi: e.target.value || null, wilayah: null })}>
        <option value="">{t('adminAllPlaces')}</option>
        {provinces.status === 'ok'
          ? provinces.data.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))
          : null}
      </select>
    </Field>
  );
}

function AdminLayout({ place, tab }: { place: AdminPlace; tab: string }) {
  const { t } = useI18n();
  const labels = useLabels();
  const { search } = window.location;
  const where =
    place.role === 'REGION_ADMIN' || place.regionCode
      ? labels.place(place, place.regionCode, null)
      : (place.provinceName ?? t('adminAllPlaces'));
  return (
    <main id="main" className="page admin">
      <header className="page-head">
        <div>
          <h1>{t('admin')}</h1>
          <p className="muted" data-testid="admin-place">
            {t('adminScopeOf', { place: where })}
          </p>
        </div>
        {place.role !== 'REGION_ADMIN' ? (
          <div className="filters">
            {place.role === 'OPERATOR' ? <ProvincePicker value={place.provinceCode} /> : null}
            {place.provinceCode ? (
              <Field label={t('adminFilterRegion')}>
                <select value={place.regionCode ?? ''} onChange={(e) => setQuery({ wilayah: e.target.value || null })}>
                  <option value="">{t('adminAllRegions')}</option>
                  {place.regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
          </div>
        ) : null}
      </header>
      <nav className="tabs" aria-label={t('admin')}>
        {ADMIN_TABS.map((x) => (
          <Link
            key={x.path}
            to={`/admin/${x.path}${search}`}
            className={x.path === tab ? 'tab active' : 'tab'}
            aria-current={x.path === tab ? 'page' : undefined}
          >
            {t(x.label)}
          </Link>
        ))}
      </nav>
      {tab === 'pengguna' ? <PeoplePanel place={place} /> : null}
      {tab === 'kunci-api' ? <ApiKeysPanel place={place} /> : null}
      {tab === 'laporan' ? <SavedReportsPanel place={place} /> : null}
      {tab === 'audit' ? <AuditPanel place={place} /> : null}
      {tab === 'webhook' ? <WebhooksPanel place={place} /> : null}
    </main>
  );
}
