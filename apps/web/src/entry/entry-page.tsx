import { useSession } from '../api/session';
import './entry.css';
import { useQuery } from '../api/use-query';
import { ErrorBox, Loading, NotAvailable } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { Link, setQuery, useLocation } from '../router';
import { EntryPeriodsDocument, EntryRegionDocument } from './documents';
import { EntryForm, type EntryRole } from './entry-form';

// Periods a region team works in: open for entry, or in review (returned values are resubmitted).
const WORKING_STATES = new Set(['OPEN', 'IN_REVIEW']);

/** Who the signed-in person is for this region: its team (by role), its overseers (read-only), or nobody. */
export function useRegionRole(regionCode: string): { role: EntryRole | null; provinceCode: string | null } {
  const session = useSession();
  const me = session.state.status === 'signedIn' ? session.state.me : null;
  if (!me) return { role: null, provinceCode: null };
  if (me.activeScope === 'operator') return { role: 'overseer', provinceCode: null };
  if (me.activeScope === `region:${regionCode}`) {
    const role = me.activeRole === 'REGION_ADMIN' ? 'admin' : me.activeRole === 'REGION_EDITOR' ? 'editor' : 'viewer';
    return { role, provinceCode: regionCode.slice(0, 2) };
  }
  if (me.activeScope === `province:${regionCode.slice(0, 2)}`) return { role: 'overseer', provinceCode: regionCode.slice(0, 2) };
  return { role: null, provinceCode: null };
}

/** `/wilayah/35.78/isian`: the region's entry form for its open period(s). */
export function EntryPage({ regionCode }: { regionCode: string }) {
  const { t, name } = useI18n();
  const { query } = useLocation();
  const { role } = useRegionRole(regionCode);
  const region = useQuery(EntryRegionDocument, { code: regionCode }, role === null);
  const provinceCode = region.status === 'ok' ? region.data.region.provinceCode : '';
  const periods = useQuery(EntryPeriodsDocument, { provinceCode }, !provinceCode);

  // Another region's form is not reachable (the API refuses its values too).
  if (role === null) return <NotAvailable />;
  if (region.status === 'loading' || (region.status === 'ok' && periods.status === 'loading')) return <Loading />;
  if (region.status === 'error') return <ErrorBox error={region.error} />;
  if (periods.status === 'error') return <ErrorBox error={periods.error} />;
  if (periods.status !== 'ok') return <Loading />;
  const working = periods.data.periods
    .filter((p) => WORKING_STATES.has(p.state))
    .sort((a, b) => b.year - a.year || a.frameworkCode.localeCompare(b.frameworkCode));
  // A published period named in the address (a notification's link) is shown read-only, with its corrections.
  const published = periods.data.periods.find((p) => p.id === query.get('periode') && p.state === 'PUBLISHED');
  const shown = published ? [published, ...working] : working;
  const chosen = shown.find((p) => p.id === query.get('periode')) ?? shown[0];
  const r = region.data.region;

  return (
    <main id="main" className="page">
      <header className="page-head">
        <h1>
          {t('entryTitle')} — {r.name}
        </h1>
        <p className="muted">
          <Link to={`/wilayah/${regionCode}`}>{t('entryBackToRegion')}</Link> ·{' '}
          <Link to={`/wilayah/${regionCode}/inovasi`}>{t('innovations')}</Link>
        </p>
      </header>
      {shown.length === 0 ? (
        <p className="note" data-testid="no-open-period">
          {t('entryNoOpenPeriod')}
        </p>
      ) : (
        <>
          {shown.length > 1 ? (
            <div className="pickers">
              <label>
                {t('entryPeriod')}
                <select value={chosen.id} onChange={(e) => setQuery({ periode: e.target.value })} data-testid="period-picker">
                  {shown.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.frameworkCode} {p.year}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          ) : null}
          <EntryForm key={chosen.id} period={chosen} regionCode={regionCode} role={role} regionName={name(r.name, r.name)} />
        </>
      )}
    </main>
  );
}
