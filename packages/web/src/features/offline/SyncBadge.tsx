/**
 * Always in the shell, one line: what waits on this phone, and whether the sync is sending, waiting
 * to try again (with a countdown and "Kirim sekarang") or has sent everything. It nags when nothing
 * has gone out for two days or more. Tapping it opens "Kiriman" with the details.
 */
import { useEffect, useState } from 'react';
import { Icon } from '../../components/Icon';
import { syncNow } from './engine';
import { useOfflineText } from './i18n';
import { useOutbox } from './outbox';
import { useSyncStatus } from './status';
import type { OutboxItem } from './types';
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

/**
 * Whole days nothing has gone out while changes wait (0 below two days): since the last success, or
 * (never synced on this phone) since the oldest unsent change.
 */
export function daysUnsent(items: readonly OutboxItem[], lastSuccessAt: string | null, now = Date.now()): number {
  const unsentItems = items.filter((i) => i.state !== 'sent');
  const since = lastSuccessAt ?? unsentItems[0]?.deviceTime ?? null;
  const age = unsentItems.length && since ? now - Date.parse(since) : 0;
  return age >= 2 * DAY_MS ? Math.floor(age / DAY_MS) : 0;
}

/** "0:45", "12:05": the time left until `at`. */
export function countdown(at: number, now: number): string {
  const s = Math.max(0, Math.ceil((at - now) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Re-renders every second while `active` (the countdown to the next try). */
function useTick(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [active]);
  return now;
}

export function SyncBadge() {
  const ot = useOfflineText();
  const items = useOutbox();
  const status = useSyncStatus();
  const online = useOnline();
  const waiting = items?.filter((i) => i.state === 'waiting' || i.state === 'sending').length ?? 0;
  const attention = items?.filter((i) => i.state === 'attention').length ?? 0;
  const count = waiting + attention;
  const retrying = online && !status.running && !status.needsSignIn && status.retryAt !== null && waiting > 0;
  const now = useTick(retrying);
  const nagDays = daysUnsent(items ?? [], status.lastSuccessAt);
  const kind = attention > 0 || nagDays > 0 || status.needsSignIn ? 'warn' : count > 0 ? 'wait' : 'ok';
  const counts = [waiting > 0 ? ot.badgeWaiting(waiting) : '', attention > 0 ? ot.badgeAttention(attention) : ''].filter(Boolean).join(' · ');
  // Short enough for one line at 360 px after "Tanpa internet".
  const shortCounts = [waiting > 0 ? ot.badgeWaitingShort(waiting) : '', attention > 0 ? ot.badgeAttention(attention) : ''].filter(Boolean).join(' · ');
  // One line, most urgent first. Nothing to send says only that (also on the first sign-in).
  const line =
    count === 0
      ? ot.badgeAllSent
      : status.needsSignIn
        ? ot.badgeSignIn
        : status.running && online
          ? `${ot.sending} ${counts}`
          : retrying
            ? ot.badgeRetry(countdown(status.retryAt!, now))
            : nagDays > 0
              ? shortCounts // the nag beside it says the rest (offline or not: tap for details)
              : !online
                ? `${ot.offline} · ${shortCounts}`
                : counts;
  return (
    <div className={`syncbadge syncbadge--${kind}`} data-testid="sync-badge" data-count={count} data-state={status.running ? 'running' : retrying ? 'retrying' : kind}>
      <a className="syncbadge__main" href="#/kiriman" aria-live="polite" aria-label={`${ot.title}: ${line}${nagDays > 0 ? `. ${ot.nag(nagDays)}` : ''}`}>
        <Icon name={kind === 'ok' ? 'check' : kind === 'warn' ? 'alert' : status.running ? 'send' : 'clock'} size={20} />
        <span className="syncbadge__line" data-testid="sync-count">
          {line}
        </span>
        {nagDays > 0 && !retrying && (
          <span className="syncbadge__nag" data-testid="sync-nag">
            {ot.nagShort(nagDays)}
          </span>
        )}
        {!retrying && nagDays === 0 && <Icon name="chevron" size={20} />}
      </a>
      {retrying && (
        <button type="button" className="syncbadge__now" aria-label={ot.sendNow} onClick={() => void syncNow()} data-testid="sync-badge-now">
          <Icon name="send" size={18} /> {ot.sendNowShort}
        </button>
      )}
    </div>
  );
}
