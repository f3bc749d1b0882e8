import { useEffect, useState } from 'react';
import './notifications.css';
import { ApiError, request } from '../api/client';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { NotificationKind, NotificationsPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { MarkNotificationsReadDocument, NotificationsPageDocument, SetNotificationPreferenceDocument } from './documents';
import { KIND_LABEL, notificationsChanged } from './kinds';

const PAGE = 20;
type Item = NotificationsPageQuery['notifications']['items'][number];
type Preference = NotificationsPageQuery['notificationPreferences'][number];

/** `/notifikasi`: my notifications (newest first, mark read, open the thing) and which kinds come by e-mail. */
export function NotificationsPage() {
  const { t, num, lang } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [items, setItems] = useState<Item[] | null>(null);
  const [prefs, setPrefs] = useState<Preference[]>([]);
  const [meta, setMeta] = useState({ unread: 0, hasMore: false });
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<NotificationKind | null>(null);

  const load = (offset: number, append: boolean) =>
    request(NotificationsPageDocument, { limit: PAGE, offset, unreadOnly }).then(
      (d) => {
        setItems((before) => (append && before ? [...before, ...d.notifications.items] : d.notifications.items));
        setMeta({ unread: d.notifications.unreadCount, hasMore: d.notifications.hasMore });
        setPrefs(d.notificationPreferences);
      },
      (e: unknown) => setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR')),
    );

  useEffect(() => {
    setItems(null);
    void load(0, false);
  }, [unreadOnly]);

  const markRead = async (ids: string[] | null) => {
    await request(MarkNotificationsReadDocument, { ids });
    const now = new Date().toISOString();
    setItems((list) => (list ?? []).map((i) => (ids === null || ids.includes(i.id) ? { ...i, readAt: i.readAt ?? now } : i)));
    setMeta((m) => ({ ...m, unread: ids === null ? 0 : Math.max(0, m.unread - ids.length) }));
    notificationsChanged();
  };

  const setEmail = async (kind: NotificationKind, email: boolean) => {
    setPrefs((list) => list.map((p) => (p.kind === kind ? { ...p, email } : p)));
    try {
      await request(SetNotificationPreferenceDocument, { kind, email });
      setSaved(kind);
    } catch (e) {
      setPrefs((list) => list.map((p) => (p.kind === kind ? { ...p, email: !email } : p)));
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR'));
    }
  };

  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  if (error) return <main id="main" className="page"><ErrorBox error={error} /></main>;
  return (
    <main id="main" className="page notifications">
      <div className="page-head">
        <h1>{t('notifications')}</h1>
        <p className="muted" data-testid="unread-summary">
          {t('notificationsUnread', { n: num(meta.unread, 0) })}
        </p>
      </div>
      <Section
        title={t('notificationsInbox')}
        id="notification-list"
        actions={
          <>
            <label className="check">
              <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
              {t('notificationsUnreadOnly')}
            </label>
            <button type="button" onClick={() => void markRead(null)} disabled={meta.unread === 0}>
              {t('notificationsMarkAllRead')}
            </button>
          </>
        }
      >
        {items === null ? (
          <Loading />
        ) : items.length === 0 ? (
          <p className="muted">{t('notificationsEmpty')}</p>
        ) : (
          <ul className="notification-list" data-testid="notification-list">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? 'notification' : 'notification unread'} data-testid="notification">
                <div className="notification-head">
                  <span className="badge">{t(KIND_LABEL[n.kind])}</span>
                  {n.readAt ? null : <span className="badge new">{t('notificationsNew')}</span>}
                  <time className="muted small" dateTime={n.createdAt}>
                    {when(n.createdAt)}
                  </time>
                </div>
                <h3>{n.title}</h3>
                <p>{n.body}</p>
                <div className="notification-actions">
                  <Link to={n.link} onClick={() => (n.readAt ? undefined : void markRead([n.id]))}>
                    {t('notificationsOpen')}
                    {n.regionName ? ` · ${n.regionName}` : ''}
                  </Link>
                  {n.readAt ? null : (
                    <button type="button" className="linkish" onClick={() => void markRead([n.id])} aria-label={`${t('notificationsMarkRead')}: ${n.title}`}>
                      {t('notificationsMarkRead')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {meta.hasMore && items ? (
          <button type="button" onClick={() => void load(items.length, true)}>
            {t('notificationsMore')}
          </button>
        ) : null}
      </Section>
      <Section title={t('notificationsPreferences')} id="notification-preferences">
        <p className="muted">{t('notificationsPreferencesNote')}</p>
        <fieldset className="preferences">
          <legend className="visually-hidden">{t('notificationsPreferences')}</legend>
          {prefs.map((p) => (
            <label key={p.kind} className="check">
              <input
                type="checkbox"
                checked={p.email}
                aria-label={t('notificationsEmailFor', { kind: t(KIND_LABEL[p.kind]) })}
                onChange={(e) => void setEmail(p.kind, e.target.checked)}
                data-testid={`pref-${p.kind}`}
              />
              {t(KIND_LABEL[p.kind])}
              {saved === p.kind ? (
                <span className="muted small" role="status">
                  {' '}
                  {t('notificationsSaved')}
                </span>
              ) : null}
            </label>
          ))}
        </fieldset>
      </Section>
    </main>
  );
}
