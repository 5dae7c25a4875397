/**
 * "Jurnal": the employee's daily activity log. Routes:
 *   #/  or  #/jurnal                 today
 *   #/jurnal/2026-11-23              one day
 *   #/jurnal/2026-11-23/tambah       … with the "add activity" sheet over it
 *   #/jurnal/2026-11-23/kegiatan/ID  … with one activity open
 *   #/jurnal/minggu/2026-11-23       the week holding that day
 *   #/jurnal/bulan/2026-11           the month calendar
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { evidenceUrl, journalApi, type Day, type DayStatus, type Entry, type JournalContext, type RoutineSet } from '../../api/journal';
import { Icon, type IconName } from '../../components/Icon';
import { ErrorBox, LoadBoundary, Loading, Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { href, navigate, type Route } from '../../router';
import { useSession } from '../../session';
import {
  daysInMonth,
  formatInstant,
  isIsoDay,
  isIsoMonth,
  longDate,
  mondayOf,
  monthName,
  addDays,
  shiftMonth,
  shortDate,
  showHm,
  weekdayName,
} from '../../lib/dates';
import { claimJournalStore, loadDictionary, loadFavourites, loadSets, useJournalContext } from './store';
import { DAY_STATUS_ICON, EntryStatusChip, formatVolume } from './parts';
import { uuidv7 } from '../../lib/uuid';
import { DecisionNote } from './DecisionNote';
import { dayOnPhone, daysOnPhone, fetchDay, keptDay, loadDays } from '../offline/days';
import { withRules } from '../offline/rules';
import { mergeDay, type ShownEntry } from '../offline/merge';
import { onOutboxChange, useOutbox } from '../offline/outbox';
import { useLocalFileUrls } from '../offline/files';
import { queueSubmit } from '../offline/queue';
import { sendNow } from '../offline/engine';
import { isOfflineError } from '../offline/cache';
import { useOnline } from '../offline/SyncBadge';
import { useSyncStatus } from '../offline/status';
import { useToday } from './today';
import { EntrySyncState } from '../offline/EntrySyncState';
import { useOfflineText } from '../offline/i18n';

const sheetChunk = () => import('./EntrySheet');
const EntrySheet = lazy(sheetChunk);

type View =
  | { kind: 'day'; date: string; sheet?: { entryId?: string } }
  | { kind: 'week'; date: string }
  | { kind: 'month'; month: string };

function parseView(route: Route, today: string): View {
  const [section, a, b, c] = route.parts;
  if (section !== 'jurnal') return { kind: 'day', date: today };
  if (a === 'minggu') return { kind: 'week', date: isIsoDay(b) ? b : today };
  if (a === 'bulan') return { kind: 'month', month: isIsoMonth(b) ? b : today.slice(0, 7) };
  const date = isIsoDay(a) ? a : today;
  if (b === 'tambah') return { kind: 'day', date, sheet: {} };
  if (b === 'kegiatan' && c) return { kind: 'day', date, sheet: { entryId: c } };
  return { kind: 'day', date };
}

export const dayHref = (date: string) => href(['jurnal', date]);
const weekHref = (date: string) => href(['jurnal', 'minggu', date]);
const monthHref = (month: string) => href(['jurnal', 'bulan', month]);

/** The sheet was opened from the day page (so "close" is "back"), not from a link or a reload. */
let sheetOpenedHere = false;
function openSheet(to: string) {
  sheetOpenedHere = true;
  navigate(to);
}

export default function JournalScreen({ route }: { route: Route }) {
  const { t } = useI18n();
  const { me } = useSession();
  claimJournalStore(me.account.id);
  const kept = useJournalContext();
  // "Today" moves at midnight even with the app left open and no network (journal/today.ts).
  const today = useToday(kept.data);
  const data = useMemo(() => (kept.data && today ? { ...kept.data, today } : kept.data), [kept.data, today]);
  const ctx = { ...kept, data };

  if (!me.employee) return <Notice kind="info">{t.journal.notEmployee}</Notice>;
  if (ctx.error != null)
    return (
      <div className="stack">
        <PageTitle>{t.journal.title}</PageTitle>
        <ErrorBox error={ctx.error} onRetry={ctx.retry} />
      </div>
    );
  if (!ctx.data)
    return (
      <div className="stack">
        <PageTitle>{t.journal.title}</PageTitle>
        <Loading />
      </div>
    );
  const view = parseView(route, ctx.data.today);
  if (view.kind === 'week') return <WeekView date={view.date} ctx={ctx.data} />;
  if (view.kind === 'month') return <MonthView month={view.month} ctx={ctx.data} />;
  return <DayView date={view.date} sheet={view.sheet} ctx={ctx.data} />;
}

function ViewTabs({ view, date }: { view: 'day' | 'week' | 'month'; date: string }) {
  const { t } = useI18n();
  const tabs: { key: typeof view; to: string; label: string; icon: IconName }[] = [
    { key: 'day', to: dayHref(date), label: t.journal.viewDay, icon: 'journal' },
    { key: 'week', to: weekHref(date), label: t.journal.viewWeek, icon: 'week' },
    { key: 'month', to: monthHref(date.slice(0, 7)), label: t.journal.viewMonth, icon: 'calendar' },
  ];
  return (
    <nav className="tabs tabs--journal" aria-label={t.journal.views}>
      {tabs.map((x) => (
        <a key={x.key} href={x.to} aria-current={view === x.key ? 'page' : undefined} data-testid={`view-${x.key}`}>
          <Icon name={x.icon} /> {x.label}
        </a>
      ))}
    </nav>
  );
}

function DayStatusChip({ status, testId }: { status: DayStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`daystatus daystatus--${status}`} data-status={status}>
      <Icon name={DAY_STATUS_ICON[status]} size={20} />
      <span data-testid={testId}>{t.journal.dayStatus[status]}</span>
    </span>
  );
}

// ---------- day ----------

interface Flash {
  kind: 'ok' | 'info' | 'warn' | 'error';
  text: string;
  lines?: string[];
  /** "… sent automatically when there is internet": gone once the connection is back. */
  untilOnline?: boolean;
}

function sortEntries(list: readonly Entry[]): Entry[] {
  return [...list].sort(
    (a, b) => (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99') || a.receivedAt.localeCompare(b.receivedAt),
  );
}

const editable = (e: Entry) => e.status === 'draft' || e.status === 'returned';

function DayView({ date, sheet, ctx }: { date: string; sheet?: { entryId?: string } | undefined; ctx: JournalContext }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const [day, setDay] = useState<Day | null>(null);
  // Showing the phone's copy because the server did not answer (not merely before it answers).
  const [unreachable, setUnreachable] = useState(false);
  const online = useOnline();
  const { lastSuccessAt } = useSyncStatus();
  const ot = useOfflineText();
  const outbox = useOutbox();
  const fileUrl = useLocalFileUrls(outbox);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [flash, setFlash] = useState<Flash | null>(null);
  const [busy, setBusy] = useState<null | 'copy' | 'submit'>(null);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [setsOpen, setSetsOpen] = useState(false);
  const flashRef = useRef<HTMLDivElement>(null);

  // One day's data never shows under another date, not even for a moment. The phone's copy shows at
  // once (a stalled network must not hide it); the server's replaces it when it answers.
  useEffect(() => {
    const ctrl = new AbortController();
    let answered = false;
    setDay((d) => (d?.date === date ? d : null));
    setError(null);
    void dayOnPhone(date, ctx).then(
      (k) => k && !answered && !ctrl.signal.aborted && setDay(k),
      () => {},
    );
    fetchDay(date, ctrl.signal).then(
      (d) => {
        answered = true;
        if (ctrl.signal.aborted) return;
        setDay(d);
        setUnreachable(false);
      },
      async (e: unknown) => {
        answered = true;
        if (ctrl.signal.aborted) return;
        const k = isOfflineError(e) ? await dayOnPhone(date, ctx).catch(() => undefined) : undefined;
        if (ctrl.signal.aborted) return;
        if (k) {
          setDay(k);
          setUnreachable(true);
        } else setError(e);
      },
    );
    return () => ctrl.abort();
  }, [date, attempt, ctx]);

  // Sent changes land in the kept copy of the day (offline/engine): show it as it is now. Only a
  // kept copy: a day made up from the rules must never replace one the server sent (its entries
  // would vanish and the next entry's default time would overlap them).
  useEffect(() => {
    let live = true;
    const off = onOutboxChange(() => {
      void keptDay(date).then((k) => live && k && setDay(withRules(k, ctx)), () => {});
    });
    return () => {
      live = false;
      off();
    };
  }, [date, ctx]);

  // The connection is back (or a sync just got through): the offline notices go at once, and the
  // day is read again from the server.
  const wasOnline = useRef(online);
  useEffect(() => {
    const back = online && !wasOnline.current;
    wasOnline.current = online;
    if (!back) return;
    setUnreachable(false);
    setFlash((f) => (f?.untilOnline ? null : f));
    setAttempt((a) => a + 1);
  }, [online]);
  const lastSync = useRef(lastSuccessAt);
  useEffect(() => {
    if (lastSuccessAt === lastSync.current) return;
    lastSync.current = lastSuccessAt;
    setUnreachable(false);
    setFlash((f) => (f?.untilOnline ? null : f));
  }, [lastSuccessAt]);

  useEffect(() => {
    setFlash(null);
    setConfirmSubmit(false);
    setSetsOpen(false);
  }, [date]);

  // Back to the app after a while (the supervisor may have acted, the deadline may have passed): fetch again.
  useEffect(() => {
    let hiddenAt = 0;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hiddenAt = Date.now();
      else if (hiddenAt && Date.now() - hiddenAt > 60_000) setAttempt((a) => a + 1);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const show = useCallback((f: Flash | null) => {
    setFlash(f);
    if (f) requestAnimationFrame(() => flashRef.current?.scrollIntoView({ block: 'nearest' }));
  }, []);

  // Once the day is on screen, fetch what "Tambah kegiatan" needs while the user reads.
  const open = day?.windowOpen ?? false;
  useEffect(() => {
    if (!open) return;
    const run = () => {
      void sheetChunk().catch(() => {});
      void loadDictionary().catch(() => {});
      void loadFavourites().catch(() => {});
    };
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
    if (w.requestIdleCallback) {
      const id = w.requestIdleCallback(run, { timeout: 3000 });
      return () => w.cancelIdleCallback?.(id);
    }
    const id = setTimeout(run, 1200);
    return () => clearTimeout(id);
  }, [open]);

  const isToday = date === ctx.today;
  const future = date > ctx.today;
  const shownDay = useMemo(() => (day && outbox ? mergeDay(day, outbox, fileUrl) : null), [day, outbox, fileUrl]);
  const entries = useMemo(() => sortEntries(shownDay?.entries ?? []), [shownDay]);
  const toSend = entries.filter(editable);
  const closeText = day ? formatInstant(day.closesAt, ctx.timeZone, t.locale, t.journal.at) : '';

  async function copyYesterday() {
    setBusy('copy');
    show(null);
    try {
      const { days } = await journalApi.days(addDays(date, -14), addDays(date, -1));
      const source = [...days].reverse().find((d) => d.isWorkingDay && d.entryCount > 0);
      if (!source) {
        show({ kind: 'info', text: t.journal.nothingToCopy });
        return;
      }
      const r = await journalApi.copyDay(date, source.date);
      setDay(r.day);
      const lines = r.skipped > 0 ? [t.journal.copySkipped(r.skipped)] : undefined;
      show({ kind: r.copied > 0 ? 'ok' : 'info', text: t.journal.copied(r.copied, longDate(source.date, t.locale)), ...(lines ? { lines } : {}) });
    } catch (err) {
      show({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    setBusy('submit');
    try {
      const count = toSend.length;
      const item = await queueSubmit(date);
      const out = await sendNow(item.itemId);
      setConfirmSubmit(false);
      if (out.kind === 'sent') show({ kind: 'ok', text: t.journal.submitted(count) });
      else if (out.kind === 'queued') show({ kind: 'info', text: ot.submitQueued, untilOnline: true });
      else show({ kind: 'error', text: out.result.message || ot.state.attention });
    } catch (err) {
      setConfirmSubmit(false);
      show({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  const closeSheet = useCallback(() => {
    if (sheetOpenedHere) {
      sheetOpenedHere = false;
      history.back();
    } else navigate(dayHref(date), { replace: true });
  }, [date]);

  const onSheetDone = useCallback(
    (next: Day | null, message: string) => {
      if (next) setDay(next);
      else reload();
      closeSheet();
      setFlash({ kind: 'ok', text: message, untilOnline: message === ot.savedLocal || message === ot.deletedLocal });
    },
    [closeSheet, reload, ot],
  );

  return (
    <div className="stack journal" data-day={day?.date === date ? date : undefined}>
      <ViewTabs view="day" date={date} />
      <div className="dayhead">
        <p className="eyebrow">
          {t.journal.title}
          {isToday && <span className="badge badge--info dayhead__today">{t.journal.today}</span>}
        </p>
        <PageTitle testId="day-title">{longDate(date, t.locale)}</PageTitle>
        <div className="datenav">
          <button
            type="button"
            className="btn btn--secondary datenav__step"
            aria-label={t.journal.prevDay}
            title={t.journal.prevDay}
            onClick={() => navigate(dayHref(addDays(date, -1)), { replace: true })}
            data-testid="day-prev"
          >
            <Icon name="back" size={28} />
          </button>
          <input
            type="date"
            className="datenav__picker"
            value={date}
            aria-label={t.journal.pickDate}
            onChange={(e) => isIsoDay(e.target.value) && navigate(dayHref(e.target.value), { replace: true })}
            data-testid="day-picker"
          />
          <button
            type="button"
            className="btn btn--secondary datenav__step"
            aria-label={t.journal.nextDay}
            title={t.journal.nextDay}
            onClick={() => navigate(dayHref(addDays(date, 1)), { replace: true })}
            data-testid="day-next"
          >
            <Icon name="chevron" size={28} />
          </button>
        </div>
        {!isToday && (
          <a className="backlink" href={dayHref(ctx.today)} data-testid="day-today">
            <Icon name="journal" /> {t.journal.toToday}
          </a>
        )}
      </div>

      {error != null && <ErrorBox error={error} onRetry={reload} />}
      {!day && error == null && <Loading />}

      {day && shownDay && (
        <>
          {(unreachable || !online) && (
            <Notice kind="info">
              <p data-testid="day-offline">{ot.fromCache}</p>
            </Notice>
          )}
          {future ? (
            <Notice kind="info">
              <p data-testid="day-future">{t.journal.future}</p>
            </Notice>
          ) : !day.windowOpen ? (
            <Notice kind="warn">
              <p data-testid="day-closed">{t.journal.closed(closeText)}</p>
            </Notice>
          ) : null}
          <DayProgress day={shownDay} />

          {!day.isWorkingDay && <Notice kind="info">{day.holiday ? t.journal.holiday(day.holiday.name) : t.journal.weekend}</Notice>}

          <div ref={flashRef} className="form-error-slot" aria-live="polite">
            {flash && (
              <Notice kind={flash.kind}>
                <p data-testid="day-flash">{flash.text}</p>
                {flash.lines?.map((l, i) => (
                  <p key={i}>{l}</p>
                ))}
              </Notice>
            )}
          </div>

          {day.windowOpen && (
            <div className="dayactions">
              <button
                type="button"
                className="btn btn--primary btn--big btn--block"
                onClick={() => openSheet(href(['jurnal', date, 'tambah']))}
                onPointerEnter={() => void sheetChunk().catch(() => {})}
                data-testid="add-entry"
              >
                <Icon name="plus" size={28} /> {t.journal.add}
              </button>
              <div className="dayactions__row">
                <button type="button" className="btn btn--secondary" disabled={busy !== null} onClick={() => void copyYesterday()} data-testid="copy-yesterday">
                  <Icon name="copy" /> {busy === 'copy' ? t.journal.copying : t.journal.copyYesterday}
                </button>
                <button
                  type="button"
                  className="btn btn--secondary"
                  aria-expanded={setsOpen}
                  aria-controls="sets-panel"
                  onClick={() => setSetsOpen((o) => !o)}
                  data-testid="apply-set"
                >
                  <Icon name="repeat" /> {t.journal.sets.open}
                </button>
              </div>
            </div>
          )}

          {setsOpen && day.windowOpen && (
            <SetsPanel
              date={date}
              entries={entries}
              onApplied={(text, lines) => {
                reload();
                setSetsOpen(false);
                show({ kind: lines.length ? 'warn' : 'ok', text, lines });
              }}
              onClose={() => setSetsOpen(false)}
            />
          )}

          <section className="entries" aria-labelledby="entries-title">
            <h2 id="entries-title">
              {t.journal.entries} <span className="count">{t.journal.entryCount(entries.length)}</span>
            </h2>
            {entries.length === 0 ? (
              <p className="empty" data-testid="entries-empty">
                {day.windowOpen ? t.journal.noEntries : t.journal.noEntriesClosed}
              </p>
            ) : (
              <ul className="plain-list entry-list" data-testid="entry-list">
                {entries.map((e) => (
                  <li key={e.id}>
                    <EntryCard entry={e} date={date} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {day.windowOpen && toSend.length > 0 && (
            <section className="card submitbox" aria-labelledby="submit-title">
              <h2 id="submit-title">
                <Icon name="send" /> {t.journal.submit}
              </h2>
              <p className="muted">{t.journal.submitCount(toSend.length)}</p>
              {!confirmSubmit ? (
                <button type="button" className="btn btn--primary btn--big btn--block" onClick={() => setConfirmSubmit(true)} data-testid="submit-day">
                  <Icon name="send" /> {t.journal.submit}
                </button>
              ) : (
                <div className="stack" role="group" aria-labelledby="submit-confirm-title" data-testid="submit-confirm">
                  <p id="submit-confirm-title" className="submitbox__q">
                    {t.journal.submitTitle}
                  </p>
                  <p>
                    {t.journal.submitWhat(
                      toSend.length,
                      toSend.reduce((s, e) => s + e.creditedMinutes, 0),
                      longDate(date, t.locale),
                      me.supervisor?.name ?? t.journal.yourSupervisor,
                    )}
                  </p>
                  <p>{t.journal.submitAfter}</p>
                  {day.isWorkingDay && day.remainingMinutes > 0 && (
                    <Notice kind="warn">
                      <p>{t.journal.submitShort(day.remainingMinutes)}</p>
                    </Notice>
                  )}
                  <button type="button" className="btn btn--primary btn--big btn--block" disabled={busy !== null} onClick={() => void submit()} data-testid="submit-yes">
                    <Icon name="send" /> {busy === 'submit' ? t.journal.submitting : t.journal.submitYes}
                  </button>
                  <button type="button" className="btn btn--ghost btn--block" disabled={busy !== null} onClick={() => setConfirmSubmit(false)} data-testid="submit-no">
                    {t.journal.submitNo}
                  </button>
                </div>
              )}
              <p className="muted">{t.journal.autoSubmit}</p>
            </section>
          )}

          {day.windowOpen && (
            <p className="muted deadline" data-testid="day-deadline">
              <Icon name="clock" size={20} /> {t.journal.closesAt(closeText)}
              {day.extendedByOutage && ` ${t.journal.extended}`}
            </p>
          )}
        </>
      )}

      {sheet && (
        <LoadBoundary fallback={(retry) => <ErrorBox error={new ApiError('NETWORK', '', 0)} onRetry={retry} />}>
          <Suspense fallback={<SheetLoading onClose={closeSheet} />}>
            <EntrySheet
              key={sheet.entryId ?? 'new'}
              date={date}
              day={shownDay}
              entryId={sheet.entryId}
              ctx={ctx}
              onClose={closeSheet}
              onDone={onSheetDone}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}

function SheetLoading({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="sheet" role="dialog" aria-modal="true" aria-label={t.app.loading}>
      <div className="sheet__bar">
        <button type="button" className="btn btn--ghost sheet__close" onClick={onClose}>
          <Icon name="back" /> {t.sheet.cancel}
        </button>
      </div>
      <div className="sheet__body">
        <Loading />
      </div>
    </div>
  );
}

function DayProgress({ day }: { day: Day }) {
  const { t } = useI18n();
  const target = day.targetMinutes;
  const pct = target > 0 ? Math.min(100, Math.floor((day.creditedMinutes / target) * 100)) : day.creditedMinutes > 0 ? 100 : 0;
  const over = target > 0 ? day.creditedMinutes - target : 0;
  const ready = day.status === 'complete';
  return (
    <section className={`card dayprogress dayprogress--${day.status}`} aria-label={t.journal.progressLabel}>
      <div className="dayprogress__top">
        <p className="dayprogress__figure">
          {target > 0 ? t.journal.progress(day.creditedMinutes, target) : t.journal.noTarget(day.creditedMinutes)}
        </p>
        <DayStatusChip status={day.status} testId="day-status" />
      </div>
      <div
        className="meter"
        role="progressbar"
        aria-label={t.journal.progressLabel}
        aria-valuemin={0}
        aria-valuemax={Math.max(target, 1)}
        aria-valuenow={Math.min(day.creditedMinutes, Math.max(target, 1))}
        aria-valuetext={target > 0 ? t.journal.progress(day.creditedMinutes, target) : t.journal.noTarget(day.creditedMinutes)}
        data-percent={pct}
        data-testid="day-progress"
      >
        <div className="meter__bar" style={{ width: `${pct}%` }} />
      </div>
      {target > 0 && (
        <p className="dayprogress__remaining" data-testid="day-remaining">
          {day.remainingMinutes > 0 ? (
            t.journal.remaining(day.remainingMinutes)
          ) : (
            <>
              <Icon name="check" size={22} /> {over > 0 ? `${t.journal.reached} · ${t.journal.over(over)}` : t.journal.reached}
            </>
          )}
        </p>
      )}
      {ready && day.windowOpen && <p className="dayprogress__hint">{t.journal.readyToSend}</p>}
    </section>
  );
}

function EntryCard({ entry: e, date }: { entry: ShownEntry; date: string }) {
  const { t } = useI18n();
  const time = e.startTime && e.endTime ? `${showHm(e.startTime, t.locale)}–${showHm(e.endTime, t.locale)}` : t.journal.noTime;
  return (
    <a
      className={`entry entry--${e.status}`}
      href={href(['jurnal', date, 'kegiatan', e.id])}
      onClick={(ev) => {
        ev.preventDefault();
        openSheet(href(['jurnal', date, 'kegiatan', e.id]));
      }}
      data-testid="journal-entry"
      data-status={e.status}
      data-code={e.activityCode}
    >
      <span className="entry__top">
        <span className="entry__time">{time}</span>
        <EntryStatusChip status={e.status} />
      </span>
      {e.local && <EntrySyncState mark={e.local} />}
      <span className="entry__name">{e.activityName}</span>
      <span className="entry__meta">
        <span>
          {formatVolume(e.volume, t.locale)} {e.activityUnit}
        </span>
        <span aria-hidden="true">·</span>
        <strong className={e.status === 'rejected' ? 'entry__minutes--void' : undefined} data-testid="entry-minutes">
          {t.journal.minutes(e.creditedMinutes)}
        </strong>
      </span>
      <DecisionNote entry={e} />
      {e.evidence.length > 0 && (
        <span className="entry__evidence" data-testid="entry-evidence">
          {e.evidence.map((ev) =>
            ev.mediaType === 'application/pdf' ? (
              <span key={ev.sha256} className="thumb thumb--pdf" title={ev.fileName}>
                <Icon name="file" /> PDF
              </span>
            ) : (
              <img key={ev.sha256} className="thumb" src={ev.localUrl ?? evidenceUrl(ev.sha256)} alt={ev.fileName} loading="lazy" width={56} height={56} data-testid="entry-thumb" />
            ),
          )}
        </span>
      )}
    </a>
  );
}


// ---------- routine sets ----------

function SetsPanel({
  date,
  entries,
  onApplied,
  onClose,
}: {
  date: string;
  entries: Entry[];
  onApplied: (text: string, lines: string[]) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [sets, setSets] = useState<RoutineSet[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [message, setMessage] = useState<Flash | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    loadSets().then(
      (s) => live && setSets(s),
      (e: unknown) => live && setError(e),
    );
    headingRef.current?.focus();
    return () => {
      live = false;
    };
  }, []);

  const savable = entries.filter((e) => e.status !== 'rejected').slice(0, 30);

  async function apply(set: RoutineSet) {
    setBusy(set.id);
    setMessage(null);
    try {
      const r = await journalApi.applySet(date, set.id);
      onApplied(
        t.journal.sets.applied(r.created, set.name),
        r.problems.length ? [t.journal.sets.problems, ...r.problems.map((p) => t.journal.sets.problem(p.item, p.message))] : [],
      );
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  async function remove(set: RoutineSet) {
    setBusy(set.id);
    try {
      await journalApi.deleteSet(set.id);
      setSets(await loadSets(true));
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  async function save(ev: FormEvent) {
    ev.preventDefault();
    const n = name.trim();
    if (!n) {
      setNameError(t.journal.sets.nameRequired);
      return;
    }
    setNameError(undefined);
    setBusy('save');
    setMessage(null);
    try {
      const existing = sets?.find((s) => s.name.toLowerCase() === n.toLowerCase());
      await journalApi.saveSet(
        existing?.id ?? uuidv7(),
        n.slice(0, 80),
        savable.map((e) => ({
          activityCode: e.activityCode,
          volume: e.volume,
          ...(e.startTime && e.endTime ? { startTime: e.startTime, endTime: e.endTime } : {}),
          ...(e.description ? { description: e.description } : {}),
        })),
      );
      setSets(await loadSets(true));
      setName('');
      setMessage({ kind: 'ok', text: t.journal.sets.saved(n) });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section id="sets-panel" className="card stack setspanel" aria-labelledby="sets-title" data-testid="sets-panel">
      <h2 id="sets-title" ref={headingRef} tabIndex={-1}>
        <Icon name="repeat" /> {t.journal.sets.title}
      </h2>
      <p className="muted">{t.journal.sets.intro}</p>
      {error != null && <ErrorBox error={error} />}
      {!sets && error == null && <Loading />}
      {sets && sets.length === 0 && <p className="empty">{t.journal.sets.empty}</p>}
      {sets && sets.length > 0 && (
        <ul className="plain-list setlist">
          {sets.map((s) => (
            <li key={s.id} className="setlist__item" data-testid="set-item">
              <div className="setlist__text">
                <strong>{s.name}</strong>
                <span className="muted">{t.journal.sets.items(s.items.length)}</span>
              </div>
              <button
                type="button"
                className="btn btn--primary"
                disabled={busy !== null}
                aria-label={t.journal.sets.applyLabel(s.name)}
                onClick={() => void apply(s)}
                data-testid="set-apply"
              >
                {busy === s.id ? t.journal.sets.applying : t.journal.sets.apply}
              </button>
              <button
                type="button"
                className="btn btn--ghost setlist__remove"
                disabled={busy !== null}
                aria-label={t.journal.sets.removeLabel(s.name)}
                onClick={() => void remove(s)}
              >
                <Icon name="trash" /> {t.journal.sets.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <Notice kind={message.kind} live>
          <p data-testid="sets-message">{message.text}</p>
        </Notice>
      )}
      <form className="setsave" onSubmit={(e) => void save(e)} noValidate>
        <h3>{t.journal.sets.saveTitle}</h3>
        {savable.length === 0 ? (
          <p className="muted">{t.journal.sets.nothingToSave}</p>
        ) : (
          <>
            <p className="muted">{t.journal.sets.saveHint}</p>
            <label className="field__label" htmlFor="set-name">
              {t.journal.sets.name}
            </label>
            <div className="search__row">
              <input
                id="set-name"
                type="text"
                maxLength={80}
                value={name}
                placeholder={t.journal.sets.namePlaceholder}
                aria-invalid={nameError ? true : undefined}
                onChange={(e) => setName(e.target.value)}
                data-testid="set-name"
              />
              <button type="submit" className="btn btn--secondary" disabled={busy !== null} data-testid="save-set">
                {busy === 'save' ? t.journal.sets.saving : t.journal.sets.save}
              </button>
            </div>
            {nameError && (
              <p className="field__error">
                <Icon name="alert" size={20} /> {nameError}
              </p>
            )}
          </>
        )}
      </form>
      <button type="button" className="btn btn--ghost btn--block" onClick={onClose}>
        {t.journal.sets.close}
      </button>
    </section>
  );
}

// ---------- week ----------

function useDays(from: string, to: string, ctx: JournalContext) {
  const [state, setState] = useState<{ days?: Day[]; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ctrl = new AbortController();
    let answered = false;
    setState({});
    // What the phone knows shows at once; the server's answer replaces it.
    void daysOnPhone(from, to, ctx).then(
      (days) => days && !answered && !ctrl.signal.aborted && setState({ days }),
      () => {},
    );
    loadDays(from, to, ctx, ctrl.signal).then(
      (days) => {
        answered = true;
        if (!ctrl.signal.aborted) setState({ days });
      },
      (error: unknown) => {
        answered = true;
        if (!ctrl.signal.aborted) setState({ error });
      },
    );
    return () => ctrl.abort();
  }, [from, to, attempt, ctx]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

function WeekView({ date, ctx }: { date: string; ctx: JournalContext }) {
  const { t } = useI18n();
  const from = mondayOf(date);
  const to = addDays(from, 6);
  const { days, error, retry } = useDays(from, to, ctx);
  const credited = days?.reduce((s, d) => s + d.creditedMinutes, 0) ?? 0;
  const target = days?.reduce((s, d) => s + d.targetMinutes, 0) ?? 0;
  return (
    <div className="stack journal">
      <ViewTabs view="week" date={date} />
      <p className="eyebrow">{t.journal.title}</p>
      <PageTitle>{t.journal.weekTitle(shortDate(from, t.locale), dayMonthYearShort(to, t.locale))}</PageTitle>
      <div className="datenav">
        <a className="btn btn--secondary datenav__step" href={weekHref(addDays(from, -7))} aria-label={t.journal.prevWeek} title={t.journal.prevWeek} data-testid="week-prev">
          <Icon name="back" size={28} />
        </a>
        <a className="btn btn--secondary datenav__today" href={weekHref(ctx.today)}>
          {t.journal.today}
        </a>
        <a className="btn btn--secondary datenav__step" href={weekHref(addDays(from, 7))} aria-label={t.journal.nextWeek} title={t.journal.nextWeek} data-testid="week-next">
          <Icon name="chevron" size={28} />
        </a>
      </div>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {!days && error == null && <Loading />}
      {days && (
        <>
          <p className="weektotal">{t.journal.weekTotal(credited, target)}</p>
          <ul className="plain-list week" data-testid="week-list">
            {days.map((d) => {
              const pct = d.targetMinutes > 0 ? Math.min(100, Math.floor((d.creditedMinutes / d.targetMinutes) * 100)) : 0;
              const future = d.date > ctx.today;
              return (
                <li key={d.date}>
                  <a
                    className={`weekday weekday--${d.status}${d.date === ctx.today ? ' is-today' : ''}`}
                    href={dayHref(d.date)}
                    data-testid="week-day"
                    data-date={d.date}
                    data-status={d.status}
                  >
                    <span className="weekday__top">
                      <span className="weekday__name">
                        <strong>{weekdayName(d.date, t.locale)}</strong> <span>{shortDate(d.date, t.locale)}</span>
                      </span>
                      <span className={`daystatus daystatus--${future && d.status === 'empty' ? 'future' : d.status}`}>
                        <Icon name={DAY_STATUS_ICON[d.status]} size={20} />
                        {future && d.status === 'empty' ? t.journal.futureDay : t.journal.dayStatus[d.status]}
                      </span>
                    </span>
                    {d.targetMinutes > 0 ? (
                      <>
                        <span className="meter meter--small" aria-hidden="true">
                          <span className="meter__bar" style={{ width: `${pct}%` }} />
                        </span>
                        <span className="weekday__figure">{t.journal.progress(d.creditedMinutes, d.targetMinutes)}</span>
                      </>
                    ) : (
                      <span className="weekday__figure">{d.holiday?.name ?? t.journal.noTarget(d.creditedMinutes)}</span>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function dayMonthYearShort(date: string, locale: string): string {
  return `${shortDate(date, locale)} ${date.slice(0, 4)}`;
}

// ---------- month ----------

const LEGEND: DayStatus[] = ['approved', 'waiting', 'complete', 'incomplete', 'returned', 'empty', 'non_working'];

function MonthView({ month, ctx }: { month: string; ctx: JournalContext }) {
  const { t } = useI18n();
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  const { days, error, retry } = useDays(first, last, ctx);
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday first
  const weekdays = Array.from({ length: 7 }, (_, i) => weekdayName(addDays('2024-01-01', i), t.locale, 'short')); // 2024-01-01 is a Monday
  const credited = days?.reduce((s, d) => s + d.creditedMinutes, 0) ?? 0;
  const target = days?.filter((d) => d.date <= ctx.today).reduce((s, d) => s + d.targetMinutes, 0) ?? 0;
  const anchor = ctx.today.startsWith(month) ? ctx.today : first;
  return (
    <div className="stack journal">
      <ViewTabs view="month" date={anchor} />
      <p className="eyebrow">{t.journal.title}</p>
      <PageTitle>{monthName(month, t.locale)}</PageTitle>
      <div className="datenav">
        <a className="btn btn--secondary datenav__step" href={monthHref(shiftMonth(month, -1))} aria-label={t.journal.prevMonth} title={t.journal.prevMonth} data-testid="month-prev">
          <Icon name="back" size={28} />
        </a>
        <a className="btn btn--secondary datenav__today" href={monthHref(ctx.today.slice(0, 7))}>
          {t.journal.today}
        </a>
        <a className="btn btn--secondary datenav__step" href={monthHref(shiftMonth(month, 1))} aria-label={t.journal.nextMonth} title={t.journal.nextMonth} data-testid="month-next">
          <Icon name="chevron" size={28} />
        </a>
      </div>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {!days && error == null && <Loading />}
      {days && (
        <>
          <p className="weektotal">{t.journal.monthTotal(credited, target)}</p>
          <div className="calendar" data-testid="month-calendar">
            <div className="calendar__head" aria-hidden="true">
              {weekdays.map((w) => (
                <span key={w}>{w}</span>
              ))}
            </div>
            <ol className="calendar__grid">
              {Array.from({ length: lead }, (_, i) => (
                <li key={`lead-${i}`} aria-hidden="true" />
              ))}
              {days.map((d) => {
                const future = d.date > ctx.today;
                const label = future && d.status === 'empty' ? t.journal.futureDay : t.journal.dayStatus[d.status];
                return (
                  <li key={d.date}>
                    <a
                      className={`calday calday--${d.status}${future ? ' is-future' : ''}${d.date === ctx.today ? ' is-today' : ''}`}
                      href={dayHref(d.date)}
                      aria-label={t.journal.dayLink(longDate(d.date, t.locale), label)}
                      aria-current={d.date === ctx.today ? 'date' : undefined}
                      data-testid="calendar-day"
                      data-date={d.date}
                      data-status={d.status}
                    >
                      <span className="calday__num">{Number(d.date.slice(8))}</span>
                      {!(future && d.status === 'empty') && <Icon name={DAY_STATUS_ICON[d.status]} size={18} />}
                    </a>
                  </li>
                );
              })}
            </ol>
          </div>
          <section className="card" aria-labelledby="legend-title">
            <h2 id="legend-title">{t.journal.legend}</h2>
            <ul className="plain-list legend" data-testid="calendar-legend">
              {LEGEND.map((s) => (
                <li key={s}>
                  <span className={`calday calday--${s} legend__swatch`} aria-hidden="true">
                    <Icon name={DAY_STATUS_ICON[s]} size={18} />
                  </span>
                  {t.journal.dayStatus[s]}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
