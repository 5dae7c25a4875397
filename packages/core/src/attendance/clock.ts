/**
 * Wall clocks and zones for attendance. Machines stamp punches in their own local time with no
 * zone (ADMS ATTLOG, USB exports); phones give instants. Everything is compared on one axis:
 * absolute minutes (minutes since 1970-01-01 00:00 UTC), seconds dropped, so a punch at 07:30:59
 * is 07:30 — the minute the machine's display showed.
 *
 * Indonesian zones have had fixed offsets since 1988 and no DST, so the offsets are constants here
 * (no Intl lookup in the hot loop of a province's month).
 */
import { fromDayNumber, toDayNumber } from '../calendar/days.js';

/** Minutes in a day (Indonesian zones have no DST, so every day has them all). */
const MINUTES_PER_DAY = 1440;

/** The zone a machine or schedule is registered with (core/api's ATTENDANCE_ZONES). */
export type IndonesianZone = 'WIB' | 'WITA' | 'WIT';

/** Minutes east of UTC: WIB +7, WITA +8, WIT +9. */
export const ZONE_UTC_OFFSET_MINUTES: Readonly<Record<IndonesianZone, number>> = { WIB: 420, WITA: 480, WIT: 540 };

/** The IANA zone each abbreviation stands for (for the calendar's instant helpers). */
export const ZONE_IANA: Readonly<Record<IndonesianZone, string>> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };


const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:MM' (00:00–23:59) → minutes since midnight; throws on anything else. */
export function parseClock(hhmm: string): number {
  const m = CLOCK.exec(hhmm);
  if (!m) throw new RangeError(`Jam harus berformat HH:MM (00:00–23:59): ${String(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes from a day's midnight → 'HH:MM', with '+1' when the time lies on the next day (a night shift's end). */
export function formatClock(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`Menit harus bilangan bulat tidak negatif: ${minutes}`);
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const m = minutes % MINUTES_PER_DAY;
  const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return day === 0 ? hhmm : `${hhmm}+${day}`;
}

const STAMP = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * A wall-clock stamp 'yyyy-mm-dd HH:MM[:SS]' (a space or 'T') → local minutes (the day number ×
 * 1440 + the minute of the day), seconds dropped. Throws on an impossible date or time.
 */
export function parseLocalStamp(stamp: string): number {
  const m = typeof stamp === 'string' ? STAMP.exec(stamp) : null;
  const day = m ? toDayNumber(m[1]!) : Number.NaN;
  if (!m || Number.isNaN(day) || fromDayNumber(day) !== m[1]) {
    throw new RangeError(`Waktu presensi harus berformat yyyy-mm-dd HH:MM:SS: ${String(stamp)}`);
  }
  return day * MINUTES_PER_DAY + Number(m[2]) * 60 + Number(m[3]);
}

/** Local minutes → 'yyyy-mm-dd HH:MM'. */
export function formatLocalMinute(local: number): string {
  const day = Math.floor(local / MINUTES_PER_DAY);
  return `${fromDayNumber(day)} ${formatClock(local - day * MINUTES_PER_DAY)}`;
}

/** Absolute minutes (UTC) of a wall-clock minute in a zone. */
export function absoluteFromLocal(local: number, zone: IndonesianZone): number {
  return local - ZONE_UTC_OFFSET_MINUTES[zone];
}

/** The wall-clock minute in `zone` of an absolute minute. */
export function localFromAbsolute(absolute: number, zone: IndonesianZone): number {
  return absolute + ZONE_UTC_OFFSET_MINUTES[zone];
}

/**
 * One punch: a machine's stamp in the machine's zone (never guessed: the machine is registered
 * with its zone), or a phone check-in's instant (milliseconds since the epoch).
 */
export type Punch = { local: string; zone: IndonesianZone } | { instantMs: number };

/** The absolute minute of a punch, seconds dropped. */
export function punchMinute(p: Punch): number {
  if ('instantMs' in p) {
    if (!Number.isFinite(p.instantMs)) throw new RangeError(`Waktu presensi tidak valid: ${p.instantMs}`);
    // Drop seconds on the wall clock: every zone offset is whole minutes, so flooring the UTC minute is the same.
    return Math.floor(p.instantMs / 60_000);
  }
  return absoluteFromLocal(parseLocalStamp(p.local), p.zone);
}
