/**
 * "Jurnal": the employee's daily activity log. Routes:
 *   #/  or  #/jurnal                 today
 *   #/jurnal/2026-11-23              one day
 *   #/jurnal/2026-11-23/tambah       … with the "add activity" sheet over it
 *   #/jurnal/2026-11-23/kegiatan/ID  … with one activity open
 *   #/jurnal/minggu/2026-11-23       the week holding that day
 *   #/jurnal/bulan/2026-11           the month calendar
 */
// The journal's own stylesheet before its views' (calendar.css), as the rules were ordered in one file.
import './journal.css';
import { useMemo } from 'react';
import { ErrorBox, Loading, Notice, PageTitle } from '../../components/ui';
import { useI18n } from '../../i18n';
import { isIsoDay, isIsoMonth } from '../../lib/dates';
import type { Route } from '../../router';
import { useSession } from '../../session';
import { DayView } from './day/DayView';
import { MonthView } from './MonthView';
import { claimJournalStore, useJournalContext } from './store';
import { useToday } from './today';
import { WeekView } from './WeekView';

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

export default function JournalScreen({ route }: { route: Route }) {
  const { t } = useI18n();
  const { me } = useSession();
  claimJournalStore(me.account.id);
  const kept = useJournalContext();
  // "Today" moves at midnight even with the app left open and no network (features/journal/today.ts).
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
