/**
 * The daily status of many employees at once (issue 18 item 6), set-based: one read of the staff,
 * units, punches, holidays and setup for the whole agency and range, then core's pure rules per
 * employee. Nothing derived is stored.
 */
import {
  AssignmentIndex,
  addDays,
  attendanceDays,
  holidayIndex,
  startOfLocalDay,
  localDateOf,
  ZONE_IANA,
  zoneAbbreviation,
  type AttendanceDay,
  type IndonesianZone,
  type Punch,
} from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { firstPunchAt, holidaysBetween, punchesBetween, staffWithUnits, unitParents } from './queries/month.js';
import { agencyZone } from './queries/zone.js';
import type { AttendanceSetup, SetupLoader } from './setup.js';
import { loadStoredSetup } from './stored-setup.js';

export interface StaffMember {
  id: string;
  nip: string;
  name: string;
  unitId: string | null;
  /** Own unit first, up to the root. */
  unitPath: string[];
}

export interface JudgedRange {
  zone: IndonesianZone;
  staff: StaffMember[];
  setup: AttendanceSetup;
  /** By employee id, each day from `from` to `to`. */
  days: Map<string, AttendanceDay[]>;
  /** By employee id, the punches read (the range and a few days either side), any order. */
  punches: ReadonlyMap<string, readonly Punch[]>;
}

export interface JudgeOptions {
  /** Only these employees (a team, one person); absent: the whole agency. */
  employeeIds?: readonly string[];
  /** Days whose windows are still open are 'pending'. Absent: every day is final. */
  asOfMs?: number;
  /** Where the setup comes from (tests, the default schedule). */
  setup?: SetupLoader;
  /** The agency's first punch when the caller has already read it (firstPunchAt), so it is not read again; null: none. */
  firstPunch?: Date | string | null;
  /** The agency's IANA time zone when the caller already holds it, so the agency row is not read again. */
  timeZone?: string;
}

/** The agency's zone as WIB/WITA/WIT (an agency outside them is judged in WIB). */
export function zoneOf(timeZone: string | undefined): IndonesianZone {
  const z = timeZone ? zoneAbbreviation(timeZone) : 'WIB';
  return z === 'WITA' || z === 'WIT' ? z : 'WIB';
}

/** The daily status of the agency's people (or some of them) from `requestedFrom` (or the agency's first punch) to `to`, inclusive. */
export async function judgeRange(ctx: AppContext, agencyId: string, requestedFrom: string, to: string, options: JudgeOptions = {}): Promise<JudgedRange> {
  const zone = zoneOf(options.timeZone ?? (await agencyZone(ctx.db, agencyId))?.time_zone);
  // Days before the agency's first punch are not judged: nobody is TK for the months before its
  // machines were connected. An agency with no punch at all has no judged day.
  const first = options.firstPunch !== undefined ? options.firstPunch : (await firstPunchAt(ctx.db, agencyId))?.first;
  const start = first ? localDateOf(new Date(first), ZONE_IANA[zone]) : null;
  const from = start && start > requestedFrom ? start : requestedFrom;
  const judged = start !== null && from <= to;
  const ids = options.employeeIds ?? null;
  const [staffRows, units, holidays, setup] = await Promise.all([
    staffWithUnits(ctx.db, agencyId, to, ids),
    unitParents(ctx.db, agencyId),
    holidaysBetween(ctx.db, addDays(from, -4), addDays(to, 4)),
    (options.setup ?? loadStoredSetup)(ctx, agencyId, zone, from, to, ids),
  ]);
  // Punches a night shift or a far zone can still claim: three days either side (core's PLAN_MARGIN_DAYS).
  const iana = ZONE_IANA[zone];
  const punchRows = await punchesBetween(ctx.db, agencyId, startOfLocalDay(addDays(from, -4), iana), startOfLocalDay(addDays(to, 5), iana), ids);

  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const staff: StaffMember[] = [];
  let previous: string | undefined;
  for (const r of staffRows) {
    if (r.id === previous) continue;
    previous = r.id;
    const unitPath: string[] = [];
    for (let u = r.unit_id; u && !unitPath.includes(u); u = parent.get(u) ?? null) unitPath.push(u);
    staff.push({ id: r.id, nip: r.nip, name: r.name, unitId: r.unit_id, unitPath });
  }

  const punches = new Map<string, Punch[]>();
  for (const p of punchRows) {
    let list = punches.get(p.employee_id!);
    if (!list) punches.set(p.employee_id!, (list = []));
    list.push({ instantMs: new Date(p.at).getTime() });
  }

  const index = new AssignmentIndex(setup.assignments);
  // A regional holiday (the deployment's own table, one province) stops office work like a national one.
  const holidayMap = holidayIndex(holidays.map((h) => ({ date: h.date, name: h.name, kind: h.kind === 'cuti_bersama' ? 'cuti_bersama' : 'national' })));
  const days = new Map<string, AttendanceDay[]>();
  for (const s of staff) {
    const input = {
      subject: { employeeId: s.id, unitPath: s.unitPath },
      assignments: index,
      schedules: setup.schedules,
      holidays: holidayMap,
      leaveTypes: setup.leaveTypes,
      leaves: setup.leaves.get(s.id) ?? [],
      punches: punches.get(s.id) ?? [],
      rules: setup.rulesOn,
      from,
      to,
      ...(options.asOfMs === undefined ? {} : { asOfMs: options.asOfMs }),
    };
    days.set(s.id, judged ? attendanceDays(input) : []);
  }
  return { zone, staff, setup, days, punches };
}
