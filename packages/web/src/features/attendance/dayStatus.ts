/**
 * A judged attendance day in words and colour: what a calendar cell, the day's detail, the team
 * list and the journal's line show. Plain logic over the fields core's daily status gives (the
 * server sends the day as core's `attendanceDays` judged it), tested in dayStatus.test.ts.
 */
import type { AttendanceText } from './text';

/** The fields of a judged day these helpers read (the API's AttendanceDayView; a TL/PSW band without its scan is the no-record band). */
export interface JudgedDay {
  date: string;
  kind: 'present' | 'tk' | 'leave' | 'holiday' | 'off' | 'pending';
  arrival: string | null;
  departure: string | null;
  minutesLate: number;
  minutesEarly: number;
  late: string | null;
  early: string | null;
  missingCheckPoints: readonly string[];
  leave: { code: string; name: string } | null;
  holiday: { name: string } | null;
  /** Every scan of the date ('HH:MM'), when the answer carries them (one employee's month). */
  scans?: readonly string[];
}

/** The colour family of a cell: on time, a lateness or early departure, TK, leave, no work, not yet. */
export type Tone = 'ok' | 'late' | 'tk' | 'leave' | 'rest' | 'open';

export function toneOf(d: Pick<JudgedDay, 'kind' | 'late' | 'early' | 'missingCheckPoints'>): Tone {
  switch (d.kind) {
    case 'tk':
      return 'tk';
    case 'leave':
      return 'leave';
    case 'holiday':
    case 'off':
      return 'rest';
    case 'pending':
      return d.late ? 'late' : 'open';
    case 'present':
      return d.late || d.early || d.missingCheckPoints.length ? 'late' : 'ok';
  }
}

/** The short code a calendar cell shows under the day's number: 'TL2', 'PSW1', 'TK', 'CUTI', 'LIBUR' or '' (on time). */
export function cellCode(d: Pick<JudgedDay, 'kind' | 'late' | 'early' | 'leave'>): string {
  switch (d.kind) {
    case 'tk':
      return 'TK';
    case 'leave':
      return leaveShort(d.leave?.code);
    case 'holiday':
      return 'LIBUR';
    case 'off':
      return '';
    case 'pending':
    case 'present':
      // One code fits a 50 px cell: lateness first (what the month is about), then early leaving.
      return d.late ?? d.early ?? '';
  }
}

/** 'cuti_tahunan' → 'CUTI', 'izin' → 'IZIN', 'dinas_luar' → 'DL', 'diklat' → 'DIKLAT', 'tugas_belajar' → 'TB'. */
export function leaveShort(code: string | undefined): string {
  if (!code) return 'CUTI';
  if (code.startsWith('cuti') || code === 'cltn') return 'CUTI';
  if (code === 'dinas_luar') return 'DL';
  if (code === 'tugas_belajar') return 'TB';
  if (code === 'tugas_kedinasan') return 'TD';
  if (code === 'wfa' || code === 'wfh') return code.toUpperCase();
  return code.split('_')[0]!.toUpperCase().slice(0, 6);
}

/** 'yyyy-mm-dd HH:MM' (core's wall-clock stamp) → 'HH.MM' in Indonesian, 'HH:MM' in English. */
export function clockOf(stamp: string | null, locale: string): string {
  if (!stamp) return '';
  const hm = stamp.length > 5 ? stamp.slice(-5) : stamp;
  return locale.startsWith('id') ? hm.replace(':', '.') : hm;
}

/**
 * The day in one line: "Hadir 07.28–16.05", "TL2, terlambat 45 menit", "Cuti tahunan", "TK, tidak
 * hadir tanpa keterangan", "Libur: Natal". Lateness and early leaving are both said, lateness first.
 */
export function dayLine(d: JudgedDay, x: AttendanceText, locale: string): string {
  switch (d.kind) {
    case 'tk':
      return x.status.tk;
    case 'leave':
      return d.leave?.name ?? x.status.leave;
    case 'holiday':
      return d.holiday ? x.day.holidayName(d.holiday.name) : x.status.holiday;
    case 'off':
      return x.status.off;
    case 'pending':
    case 'present': {
      const parts: string[] = [];
      if (d.late) parts.push(d.arrival ? x.status.late(d.late, d.minutesLate) : x.status.noArrival(d.late));
      // A departure band on a day still running is not known yet.
      if (d.early && (d.departure || d.kind === 'present')) parts.push(d.departure ? x.status.early(d.early, d.minutesEarly) : x.status.noDeparture(d.early));
      if (d.missingCheckPoints.length) parts.push(x.status.missingCheckPoint);
      if (parts.length) return parts.join('; ');
      if (d.arrival && d.departure) return x.journalLine.present(clockOf(d.arrival, locale), clockOf(d.departure, locale));
      if (d.arrival) return x.journalLine.arrivedOnly(clockOf(d.arrival, locale));
      return d.kind === 'pending' ? x.status.pending : x.status.onTime;
    }
  }
}

/** The days of a month laid out Monday first: `lead` empty cells before the 1st. */
export function monthLead(month: string): number {
  return (new Date(`${month}-01T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The groups of the supervisor's "Tim hari ini" (the API's team states), the ones needing a look first. */
export const TEAM_GROUPS = ['missing', 'late', 'not_yet', 'leave', 'in', 'holiday', 'off'] as const;
export type TeamGroup = (typeof TEAM_GROUPS)[number];

/** Today in the phone's own zone (an employee's phone is where they work), 'yyyy-mm-dd'. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** What fillMonth needs of an approved leave request. */
export interface KnownLeave {
  typeCode: string;
  typeName: string;
  counts: 'present' | 'absent_excused' | 'non_tpp';
  part: 'day' | 'arrival' | 'departure';
  from: string;
  to: string;
}

/** A day the server did not judge (it judges up to today): nothing known, or a whole day of approved leave. */
export type FilledDay<D> = D | (JudgedDay & { ahead: true; deductionPercent: number });

/**
 * Every day of the month, in order: the server's judged days as they are, and for the days it has
 * not judged yet (after today) an empty day, or the approved whole-day leave covering it.
 */
export function fillMonth<D extends JudgedDay>(month: string, days: readonly D[], leave: readonly KnownLeave[], length: number): FilledDay<D>[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const out: FilledDay<D>[] = [];
  for (let i = 1; i <= length; i++) {
    const date = `${month}-${String(i).padStart(2, '0')}`;
    const judged = byDate.get(date);
    if (judged) {
      out.push(judged);
      continue;
    }
    const l = leave.find((r) => r.part === 'day' && r.from <= date && date <= r.to);
    out.push({
      ahead: true,
      date,
      kind: l ? 'leave' : 'pending',
      arrival: null,
      departure: null,
      minutesLate: 0,
      minutesEarly: 0,
      late: null,
      early: null,
      missingCheckPoints: [],
      leave: l ? { code: l.typeCode, name: l.typeName } : null,
      holiday: null,
      deductionPercent: 0,
    });
  }
  return out;
}
