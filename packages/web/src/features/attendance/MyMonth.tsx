/**
 * "Presensi saya": my month as a calendar, each day with its status (hadir, TL1–TL4 with minutes
 * late, PSW, TK, cuti/izin, libur); tapping a day shows its scans and the reason; the month's
 * summary with minutes late, TK days and any PP 94/2021 alert. #/presensi[/bulan/:month][?hari=]
 */
import { useMemo } from 'react';
import { attendanceApi, type LeaveRequest } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, PageTitle, useLoad } from '../../components/ui';
import { useI18n } from '../../i18n';
import { daysInMonth, isIsoDay, isIsoMonth, monthName, shiftMonth } from '../../lib/dates';
import { navigate } from '../../router';
import { DayDetail } from './DayDetail';
import { leaveHref, monthHref } from './links';
import { Legend, MonthCalendar } from './MonthCalendar';
import { MonthSummary } from './MonthSummary';
import { PersonalTabs } from './PersonalTabs';
import { fillMonth, localToday } from './dayStatus';
import { useAttendanceText } from './text';

export function MyMonth({ month: raw, day: rawDay }: { month: string | undefined; day: string | null }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const today = localToday();
  const month = isIsoMonth(raw) ? raw : today.slice(0, 7);
  const answer = useLoad((signal) => attendanceApi.myMonth(month, signal), [month], true);
  // The reasons written in my requests, and the PP 94/2021 alerts addressed to me.
  const leave = useLoad((signal) => attendanceApi.leaveRequests('mine', 'approved', signal), []);
  const alerts = useLoad((signal) => attendanceApi.myAlerts(signal), []);
  const data = answer.data?.month === month ? answer.data : undefined;
  // The server judges up to today; the rest of the month shows what is known ahead (approved leave).
  const days = useMemo(() => (data ? fillMonth(month, data.days, leave.data?.items ?? [], daysInMonth(month)) : []), [data, month, leave.data]);
  const day = isIsoDay(rawDay ?? undefined) && rawDay!.startsWith(month) ? rawDay : null;
  const picked = days.find((d) => d.date === day) ?? null;
  const reason = useMemo(() => (picked ? reasonOn(picked.date, leave.data?.items ?? []) : null), [picked, leave.data]);
  const year = Number(month.slice(0, 4));
  const myAlerts = (alerts.data?.items ?? []).filter((a) => a.recipient === 'employee' && a.year === year);
  const refused = refusedPage(answer.error);
  if (refused) return refused;
  const pick = (date: string) => navigate(monthHref(month, date === day ? null : date), { replace: true });
  return (
    <div className="stack att">
      <PersonalTabs current="month" />
      <p className="eyebrow">{x.title}</p>
      <PageTitle testId="att-month-title">{monthName(month, t.locale)}</PageTitle>
      <div className="datenav">
        <a className="btn btn--secondary datenav__step" href={monthHref(shiftMonth(month, -1))} aria-label={x.prevMonth} title={x.prevMonth} data-testid="att-prev">
          <Icon name="back" size={28} />
        </a>
        <a className="btn btn--secondary datenav__today" href={monthHref()}>
          {x.thisMonth}
        </a>
        <a className="btn btn--secondary datenav__step" href={monthHref(shiftMonth(month, 1))} aria-label={x.nextMonth} title={x.nextMonth} data-testid="att-next">
          <Icon name="chevron" size={28} />
        </a>
      </div>
      {answer.error != null && <ErrorBox error={answer.error} onRetry={answer.retry} />}
      {answer.loading && !data && <Loading />}
      {data && (
        <div className={answer.loading ? 'stack is-stale' : 'stack'}>
          <MonthCalendar month={month} days={days} today={today} selected={day} onPick={pick} />
          {picked && <DayDetail day={picked} reason={reason} future={picked.date > today} onClose={() => pick(picked.date)} />}
          <MonthSummary answer={data} alerts={myAlerts} />
          <a className="btn btn--secondary btn--block" href={leaveHref(true)} data-testid="att-ask-leave">
            <Icon name="plus" /> {x.leave.new}
          </a>
          <Legend />
        </div>
      )}
    </div>
  );
}

/** The reason I gave for the approved leave covering the date (the latest, if two do). */
function reasonOn(date: string, requests: readonly LeaveRequest[]): string | null {
  const covering = requests.filter((r) => r.status === 'approved' && r.from <= date && date <= r.to);
  return covering[covering.length - 1]?.reason ?? null;
}
