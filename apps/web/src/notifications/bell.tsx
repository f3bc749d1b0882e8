import { useEffect, useState } from 'react';
import './notifications.css';
import { request } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router';
import { UnreadNotificationCountDocument } from './documents';
import { onNotificationsChanged } from './kinds';

const POLL_MS = 60_000;

/** The header's bell: the unread count, re-read on navigation, every minute, and when marked read. */
export function NotificationBell() {
  const { t, num } = useI18n();
  const { path } = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => onNotificationsChanged(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    let current = true;
    const load = () =>
      request(UnreadNotificationCountDocument).then(
        (d) => current && setCount(d.unreadNotificationCount),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [path, tick]);
  const n = count ?? 0;
  return (
    <Link to="/notifikasi" className="bell" aria-label={t('notificationsBell', { n })} data-testid="notification-bell">
      <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {n > 0 ? (
        <span className="bell-count" aria-hidden="true" data-testid="notification-count">
          {n > 99 ? '99+' : num(n, 0)}
        </span>
      ) : null}
    </Link>
  );
}
