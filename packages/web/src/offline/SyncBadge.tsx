/**
 * Always in the shell: how many changes wait on this phone and when the last sync succeeded.
 * It nags when nothing has gone out for two days or more. Tapping it opens "Kiriman".
 */
import { useEffect, useState } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n';
import { useOfflineText } from './i18n';
import { useOutbox } from './outbox';
import { useSyncStatus } from './status';
import './offline.css';

const DAY_MS = 86_400_000;

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(navigator.onLine);
    window.addEventListener('online', on);
    window.addEventListener('offline', on);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', on);
    };
  }, []);
  return online;
}

export function formatWhen(iso: string, locale: string): string {
  const d = new Date(iso);
  const sameDay = new Date().toDateString() === d.toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(d);
}

export function SyncBadge() {
  const { t } = useI18n();
  const ot = useOfflineText();
  const items = useOutbox();
  const status = useSyncStatus();
  const online = useOnline();
  const waiting = items?.filter((i) => i.state === 'waiting' || i.state === 'sending').length ?? 0;
  const attention = items?.filter((i) => i.state === 'attention').length ?? 0;
  const count = waiting + attention;
  const last = status.lastSuccessAt;
  const age = last ? Date.now() - Date.parse(last) : Infinity;
  const nagDays = count > 0 && age >= 2 * DAY_MS ? (Number.isFinite(age) ? Math.floor(age / DAY_MS) : 2) : 0;
  const kind = attention > 0 || nagDays > 0 ? 'warn' : count > 0 ? 'wait' : 'ok';
  return (
    <a className={`syncbadge syncbadge--${kind}`} href="#/kiriman" data-testid="sync-badge" data-count={count} data-state={status.running ? 'running' : kind} aria-live="polite">
      <Icon name={kind === 'ok' ? 'check' : kind === 'warn' ? 'alert' : 'clock'} size={22} />
      <span className="syncbadge__text">
        <strong data-testid="sync-count">
          {count === 0 ? ot.badgeAllSent : [waiting > 0 ? ot.badgeWaiting(waiting) : '', attention > 0 ? ot.badgeAttention(attention) : ''].filter(Boolean).join(' · ')}
        </strong>
        <span className="syncbadge__sub">
          {!online && `${ot.offline} · `}
          {status.running ? ot.sending : last ? ot.lastSync(formatWhen(last, t.locale)) : ot.neverSynced}
        </span>
        {nagDays > 0 && (
          <span className="syncbadge__nag" data-testid="sync-nag">
            {ot.nag(nagDays)}
          </span>
        )}
      </span>
      <Icon name="chevron" size={22} />
    </a>
  );
}
