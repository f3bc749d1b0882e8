import { useEffect } from 'react';
import { AdminPage, isAdminRole } from './admin/admin-page';
import { homeOf, useSession, type Membership } from './api/session';
import { ChangePasswordPage, SignInPage } from './auth/sign-in-page';
import { EntryPage } from './entry/entry-page';
import { InnovationsPage } from './innovations/innovations-page';
import { Loading, NotAvailable } from './components/ui';
import { useI18n } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { NationalPage } from './national/national-page';
import { NotificationBell } from './notifications/bell';
import { NotificationsPage } from './notifications/notifications-page';
import { ProvincePage } from './province/province-page';
import { RegionPage } from './region/region-page';
import { reviewPage } from './review/routes';
import { Link, navigate, useLocation } from './router';

const ROLE_LABEL: Record<string, MessageKey> = {
  OPERATOR: 'operator',
  REVIEWER: 'reviewer',
  REGION_ADMIN: 'regionAdmin',
  REGION_EDITOR: 'regionEditor',
  REGION_VIEWER: 'regionViewer',
};

function membershipLabel(m: Membership, t: (k: MessageKey) => string): string {
  const where = m.regionCode ?? m.provinceCode ?? '';
  return `${t(ROLE_LABEL[m.role] ?? 'scope')}${where ? ` ${where}` : ''}`;
}

function Header() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const me = session.state.status === 'signedIn' ? session.state.me : null;
  return (
    <header className="topbar">
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <Link to="/" className="brand">
        Rapor
      </Link>
      <nav aria-label={t('home')} className="topnav">
        {me ? <Link to={homeOf(me.activeScope)}>{t('home')}</Link> : null}
        {me?.activeRole === 'OPERATOR' ? <Link to="/nasional">{t('national')}</Link> : null}
        {isAdminRole(me?.activeRole) ? <Link to="/admin/pengguna">{t('admin')}</Link> : null}
      </nav>
      <div className="topbar-end">
        {me && me.memberships.length > 1 ? (
          <label className="compact">
            <span className="visually-hidden">{t('chooseScope')}</span>
            <select
              aria-label={t('chooseScope')}
              value={me.activeScope ?? ''}
              onChange={(e) => {
                void session.switchScope(e.target.value).then(() => navigate(homeOf(e.target.value)));
              }}
            >
              {me.memberships.map((m) => (
                <option key={m.scope} value={m.scope}>
                  {membershipLabel(m, t)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" className="lang" aria-label={t('language')} onClick={() => setLang(lang === 'id' ? 'en' : 'id')} data-testid="lang-switch">
          {lang === 'id' ? 'EN' : 'ID'}
        </button>
        {me ? <NotificationBell /> : null}
        {me ? (
          <>
            <span className="who" title={me.user.email}>
              {me.user.displayName}
            </span>
            <a href="/explorer" className="small">
              {t('explorer')}
            </a>
            <button type="button" onClick={() => void session.signOut().then(() => navigate('/masuk'))} data-testid="sign-out">
              {t('signOut')}
            </button>
          </>
        ) : null}
      </div>
    </header>
  );
}

function Routes() {
  const { path } = useLocation();
  const session = useSession();
  const signedIn = session.state.status === 'signedIn' ? session.state.me : null;

  useEffect(() => {
    if (session.state.status === 'signedOut' && path !== '/masuk') navigate('/masuk', true);
    if (signedIn && (path === '/' || path === '/masuk')) navigate(homeOf(signedIn.activeScope), true);
  }, [session.state.status, signedIn, path]);

  if (session.state.status === 'loading') return <Loading />;
  if (session.state.status === 'signedOut') return <SignInPage />;
  if (session.state.me.user.mustChangePassword) return <ChangePasswordPage />;
  const province = /^\/provinsi\/(\d{2})$/.exec(path);
  if (province) return <ProvincePage key={province[1]} provinceCode={province[1]} />;
  const entry = /^\/wilayah\/(\d{2}\.\d{2})\/isian$/.exec(path);
  if (entry) return <EntryPage key={entry[1]} regionCode={entry[1]} />;
  const innovations = /^\/wilayah\/(\d{2}\.\d{2})\/inovasi$/.exec(path);
  if (innovations) return <InnovationsPage key={innovations[1]} regionCode={innovations[1]} />;
  const review = reviewPage(path);
  if (review) return review;
  const region = /^\/wilayah\/(\d{2}\.\d{2})$/.exec(path);
  if (region) return <RegionPage key={region[1]} regionCode={region[1]} />;
  if (path === '/nasional') return <NationalPage />;
  const admin = /^\/admin(?:\/([a-z-]+))?$/.exec(path);
  if (admin) return <AdminPage tab={admin[1] ?? 'pengguna'} />;
  if (path === '/notifikasi') return <NotificationsPage />;
  if (path === '/' || path === '/masuk') return <Loading />;
  return <NotAvailable />;
}

export function App() {
  return (
    <>
      <Header />
      <Routes />
      <footer className="footer muted small">Rapor · {new Date().getFullYear()}</footer>
    </>
  );
}
