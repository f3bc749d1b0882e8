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
      <span aria-hidden="true">🔔</span>
      {n > 0 ? (
        <span className="bell-count" aria-hidden="true" data-testid="notification-count">
          {n > 99 ? '99+' : num(n, 0)}
        </span>
      ) : null}
    </Link>
  );
}
