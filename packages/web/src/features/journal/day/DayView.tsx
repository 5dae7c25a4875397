/** "#/jurnal/<date>": one day's activities, its progress, its actions, and the entry sheet over it. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Day, Entry, JournalContext } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { ErrorBox, LoadBoundary, Loading, Notice } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { formatInstant } from '../../../lib/dates';
import { loadJournalDayLine } from '../../attendance';
import { useLocalFileUrls, useOfflineText, mergeDay, useOutbox } from '../../offline';
import { closeSheet as closeSheetOf } from '../links';
import { SetsPanel } from '../SetsPanel';
import { loadDictionary, loadFavourites } from '../store';
import { ViewTabs } from '../ViewTabs';
import { DayActions } from './DayActions';
import { DayHeader } from './DayHeader';
import { DayProgress } from './DayProgress';
import { DaySheet, sheetChunk } from './DaySheet';
import { EntryCard } from './EntryCard';
import type { Flash } from './flash';
import { SubmitBox } from './SubmitBox';
import { useDay } from './useDay';
import { useDayActions } from './useDayActions';

function sortEntries(list: readonly Entry[]): Entry[] {
  return [...list].sort(
    (a, b) => (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99') || a.receivedAt.localeCompare(b.receivedAt),
  );
}

const editable = (e: Entry) => e.status === 'draft' || e.status === 'returned';

// The day's attendance ("Hadir 07.28–16.05", "TL2, terlambat 45 menit"): its own chunk, loaded after the day.
const AttendanceLine = lazy(loadJournalDayLine);

export function DayView({ date, sheet, ctx }: { date: string; sheet?: { entryId?: string } | undefined; ctx: JournalContext }) {
  const { t } = useI18n();
  const ot = useOfflineText();
  const outbox = useOutbox();
  const fileUrl = useLocalFileUrls(outbox);
  const [flash, setFlash] = useState<Flash | null>(null);
  const [setsOpen, setSetsOpen] = useState(false);
  const flashRef = useRef<HTMLDivElement>(null);
  const clearOfflineFlash = useCallback(() => setFlash((f) => (f?.untilOnline ? null : f)), []);
  const { day, setDay, unreachable, online, error, reload } = useDay(date, ctx, clearOfflineFlash);

  useEffect(() => {
    setFlash(null);
    setSetsOpen(false);
  }, [date]);

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

  const future = date > ctx.today;
  const shownDay = useMemo(() => (day && outbox ? mergeDay(day, outbox, fileUrl) : null), [day, outbox, fileUrl]);
  const entries = useMemo(() => sortEntries(shownDay?.entries ?? []), [shownDay]);
  const toSend = entries.filter(editable);
  const closeText = day ? formatInstant(day.closesAt, ctx.timeZone, t.locale, t.journal.at) : '';
  const { busy, confirmSubmit, setConfirmSubmit, copyYesterday, submit } = useDayActions(date, toSend, setDay, show);

  const closeSheet = useCallback(() => closeSheetOf(date), [date]);

  const onSheetDone = useCallback(
    (next: Day | null, message: string) => {
      if (next) setDay(next);
      else reload();
      closeSheet();
      setFlash({ kind: 'ok', text: message, untilOnline: message === ot.savedLocal || message === ot.deletedLocal });
    },
    [closeSheet, reload, ot, setDay],
  );

  return (
    <div className="stack journal" data-day={day?.date === date ? date : undefined}>
      <ViewTabs view="day" date={date} />
      <DayHeader date={date} today={ctx.today} />
      {date <= ctx.today && (
        <LoadBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <AttendanceLine date={date} />
          </Suspense>
        </LoadBoundary>
      )}

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

          {day.windowOpen && <DayActions date={date} busy={busy} setsOpen={setsOpen} onCopy={() => void copyYesterday()} onToggleSets={() => setSetsOpen((o) => !o)} />}

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
            <SubmitBox date={date} day={day} toSend={toSend} busy={busy} confirmSubmit={confirmSubmit} setConfirmSubmit={setConfirmSubmit} onSubmit={() => void submit()} />
          )}

          {day.windowOpen && (
            <p className="muted deadline" data-testid="day-deadline">
              <Icon name="clock" size={20} /> {t.journal.closesAt(closeText)}
              {day.extendedByOutage && ` ${t.journal.extended}`}
            </p>
          )}
        </>
      )}

      {sheet && <DaySheet date={date} day={shownDay} entryId={sheet.entryId} ctx={ctx} onClose={closeSheet} onDone={onSheetDone} />}
    </div>
  );
}
