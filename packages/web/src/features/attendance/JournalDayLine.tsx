/**
 * The journal day's attendance, one small line at the top of the day: "Hadir 07.28–16.05",
 * "Cuti tahunan", "TL2, terlambat 45 menit". Read from my month (one call per month, kept a minute),
 * so moving day by day asks once; offline or refused, the line is simply not shown. A lazy chunk of
 * its own: the journal's first load does not grow.
 */
import { useEffect, useState } from 'react';
import { attendanceApi, type AttendanceDayView, type AttendanceMonthAnswer } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { dayLine, toneOf } from './dayStatus';
import { monthHref } from './links';
import { useAttendanceText } from './text';
import './journal-line.css';

const KEEP_MS = 60_000;
const months = new Map<string, { at: number; answer: Promise<AttendanceMonthAnswer> }>();

function monthOf(month: string): Promise<AttendanceMonthAnswer> {
  const kept = months.get(month);
  if (kept && Date.now() - kept.at < KEEP_MS) return kept.answer;
  const answer = attendanceApi.myMonth(month);
  months.set(month, { at: Date.now(), answer });
  answer.catch(() => months.delete(month));
  return answer;
}

export default function JournalDayLine({ date }: { date: string }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const [day, setDay] = useState<AttendanceDayView | null>(null);
  useEffect(() => {
    let live = true;
    setDay(null);
    monthOf(date.slice(0, 7)).then(
      (m) => live && setDay(m.days.find((d) => d.date === date) ?? null),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [date]);
  // Nothing worth a line: no schedule that day, or a day still running without a scan.
  if (!day || day.kind === 'off' || (day.kind === 'pending' && !day.arrival)) return null;
  return (
    <a className={`att-jline att-jline--${toneOf(day)}`} href={monthHref(date.slice(0, 7), date)} data-testid="day-attendance">
      <Icon name="clock" size={20} />
      <span>
        <span className="visually-hidden">{x.journalLine.label}: </span>
        {dayLine(day, x, t.locale)}
      </span>
    </a>
  );
}
