/**
 * Shipped schedules (DOMAIN.md §5.3, §8). Agencies copy and adjust them; the server stores its own.
 *
 * - Perpres 21/2023: 37.5 h net over five days, start 07:30. The day-by-day split is the one
 *   Keppres 68/1995 and MenPANRB 6/2018 give: Mon–Thu 07:30–16:00 with 12:00–13:00 break, Fri
 *   07:30–16:30 with 11:30–13:00 break (510/540 min gross, 450 net).
 * - Ramadan (the yearly MenPANRB circular, as Perpres 21/2023 frames it): 32.5 h over five days,
 *   start 08:00, breaks 30 min Mon–Thu and 60 min Fri: Mon–Thu 08:00–15:00 (break 12:00–12:30),
 *   Fri 08:00–15:30 (break 11:30–12:30), 390 min net a day. Assign it to the agency with a
 *   from/to for the month: a bounded assignment beats the open one.
 * - Six-day legacy week, the example of DOMAIN.md §5.3 (marked unverified there): Mon–Thu
 *   07:30–14:00, Fri 07:30–11:00, Sat 07:30–12:30, no breaks given.
 * - Hospital: three shifts (pagi 07:00–14:00, siang 14:00–21:00, malam 21:00–07:00) in an 8-day
 *   rotation P P S S M M L L; the ward sets its own anchor or roster.
 * - Fire service: 24 hours on (08:00–08:00), 48 hours off.
 * Shift work does not stop on holidays.
 */
import type { WorkSchedule } from './schedule.js';
import { shift } from './schedule.js';

const MON_THU = shift({ code: 'K', name: 'Jam kantor Senin–Kamis', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']] });
const FRI = shift({ code: 'K', name: 'Jam kantor Jumat', start: '07:30', end: '16:30', breaks: [['11:30', '13:00']] });

export const PERPRES_21_2023: WorkSchedule = {
  id: 'perpres-21-2023',
  name: 'Jam kerja Perpres 21/2023 (5 hari, 37,5 jam)',
  timeZone: 'WIB',
  observesHolidays: true,
  pattern: { kind: 'weekly', days: { mon: MON_THU, tue: MON_THU, wed: MON_THU, thu: MON_THU, fri: FRI } },
};

const RAMADAN_MON_THU = shift({ code: 'R', name: 'Jam kerja Ramadan Senin–Kamis', start: '08:00', end: '15:00', breaks: [['12:00', '12:30']] });
const RAMADAN_FRI = shift({ code: 'R', name: 'Jam kerja Ramadan Jumat', start: '08:00', end: '15:30', breaks: [['11:30', '12:30']] });

export const RAMADAN_HOURS: WorkSchedule = {
  id: 'ramadan',
  name: 'Jam kerja bulan Ramadan (32,5 jam)',
  timeZone: 'WIB',
  observesHolidays: true,
  pattern: { kind: 'weekly', days: { mon: RAMADAN_MON_THU, tue: RAMADAN_MON_THU, wed: RAMADAN_MON_THU, thu: RAMADAN_MON_THU, fri: RAMADAN_FRI } },
};

const SIX_MON_THU = shift({ code: 'K6', name: 'Enam hari kerja Senin–Kamis', start: '07:30', end: '14:00' });
const SIX_FRI = shift({ code: 'K6', name: 'Enam hari kerja Jumat', start: '07:30', end: '11:00' });
const SIX_SAT = shift({ code: 'K6', name: 'Enam hari kerja Sabtu', start: '07:30', end: '12:30' });

export const SIX_DAY_LEGACY: WorkSchedule = {
  id: 'six-day-legacy',
  name: 'Enam hari kerja (pola lama)',
  timeZone: 'WIB',
  observesHolidays: true,
  pattern: { kind: 'weekly', days: { mon: SIX_MON_THU, tue: SIX_MON_THU, wed: SIX_MON_THU, thu: SIX_MON_THU, fri: SIX_FRI, sat: SIX_SAT } },
};

export const HOSPITAL_PAGI = shift({ code: 'P', name: 'Shift pagi', start: '07:00', end: '14:00' });
export const HOSPITAL_SIANG = shift({ code: 'S', name: 'Shift siang', start: '14:00', end: '21:00' });
export const HOSPITAL_MALAM = shift({ code: 'M', name: 'Shift malam', start: '21:00', end: '07:00' });

export const HOSPITAL_ROTATION: WorkSchedule = {
  id: 'hospital-3-shift',
  name: 'Rumah sakit: pagi, siang, malam (P P S S M M L L)',
  timeZone: 'WIB',
  observesHolidays: false,
  pattern: { kind: 'rotation', anchor: '2026-01-01', cycle: [HOSPITAL_PAGI, HOSPITAL_PAGI, HOSPITAL_SIANG, HOSPITAL_SIANG, HOSPITAL_MALAM, HOSPITAL_MALAM, null, null] },
};

export const FIRE_WATCH = shift({ code: 'J', name: 'Jaga 24 jam', start: '08:00', end: '08:00' });

export const FIRE_SERVICE_ROTATION: WorkSchedule = {
  id: 'fire-24-48',
  name: 'Pemadam kebakaran: jaga 24 jam, libur 48 jam',
  timeZone: 'WIB',
  observesHolidays: false,
  pattern: { kind: 'rotation', anchor: '2026-01-01', cycle: [FIRE_WATCH, null, null] },
};

export const SHIPPED_SCHEDULES: readonly WorkSchedule[] = [PERPRES_21_2023, RAMADAN_HOURS, SIX_DAY_LEGACY, HOSPITAL_ROTATION, FIRE_SERVICE_ROTATION];
