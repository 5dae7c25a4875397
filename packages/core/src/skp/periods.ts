/**
 * SKP periods: an SKP belongs to one employee, one post and one period, by default the calendar
 * year (PermenPANRB 6/2022). A mid-year move to another post closes one SKP and opens another: the
 * new post has a new penilai and new expected results, and e-Kinerja likewise keeps a "Periode SKP"
 * with its own start and end per post.
 *
 * Plt and Plh: PermenPANRB 6/2022, as far as its text and summaries are public, does not say
 * whether acting in a post opens an SKP of its own. Chosen: it does not. A Plt/Plh keeps their
 * definitive post and so their SKP; the acting assignments overlapping an SKP are listed with it
 * so that the work done in the acting post can be planned as hasil kerja tambahan. An employee with only acting assignments
 * (no definitive post) gets no SKP for those days.
 *
 * Two definitive assignments that overlap are a data error; as in OrgChart the later start wins,
 * and on equal starts the larger position id, so that the answer never depends on row order.
 */
import { addDays, calendarYear, type Period } from '../calendar/index.js';
import type { OrgAssignment } from '../org/supervisor.js';

export interface SkpPeriod {
  employeeId: string;
  positionId: string;
  period: Period;
  /** Plt/Plh assignments of the employee that overlap the period, clipped to it. */
  acting: readonly OrgAssignment[];
}

/** The SKP periods of one employee within `window` (default: the calendar year), in date order. */
export function skpPeriodsOf(employeeId: string, assignments: readonly OrgAssignment[], window: Period | number): SkpPeriod[] {
  const range = typeof window === 'number' ? calendarYear(window) : window;
  if (range.from > range.to) throw new RangeError(`Periode SKP tidak valid: ${range.from} s.d. ${range.to}`);
  const own = assignments.filter((a) => a.employeeId === employeeId && overlaps(a, range));
  const definitive = own.filter((a) => a.role === 'definitive');

  // Every day on which the set of active definitive assignments can change.
  const cuts = new Set<string>();
  for (const a of definitive) {
    const clipped = clip(a, range);
    cuts.add(clipped.from);
    cuts.add(addDays(clipped.to, 1));
  }
  const days = [...cuts].sort();

  const periods: { positionId: string; period: Period }[] = [];
  for (let i = 0; i + 1 < days.length; i++) {
    const from = days[i]!;
    const to = addDays(days[i + 1]!, -1);
    const winner = definitiveOn(definitive, from);
    if (!winner) continue;
    const last = periods[periods.length - 1];
    if (last && last.positionId === winner.positionId && addDays(last.period.to, 1) === from) {
      last.period = { from: last.period.from, to };
    } else {
      periods.push({ positionId: winner.positionId, period: { from, to } });
    }
  }

  const acting = own.filter((a) => a.role !== 'definitive');
  return periods.map((p) => ({
    employeeId,
    positionId: p.positionId,
    period: p.period,
    acting: acting.filter((a) => overlaps(a, p.period)).map((a) => {
      const c = clip(a, p.period);
      return { ...a, startsOn: c.from, endsOn: c.to };
    }),
  }));
}

/** The definitive assignment in force on `date`: the latest start, then the larger position id. */
export function definitiveOn(assignments: readonly OrgAssignment[], date: string): OrgAssignment | undefined {
  let best: OrgAssignment | undefined;
  for (const a of assignments) {
    if (a.role !== 'definitive' || a.startsOn > date || (a.endsOn !== null && a.endsOn < date)) continue;
    if (!best || a.startsOn > best.startsOn || (a.startsOn === best.startsOn && a.positionId > best.positionId)) best = a;
  }
  return best;
}

function overlaps(a: { startsOn: string; endsOn: string | null }, p: Period): boolean {
  return a.startsOn <= p.to && (a.endsOn === null || a.endsOn >= p.from) && (a.endsOn === null || a.endsOn >= a.startsOn);
}

function clip(a: { startsOn: string; endsOn: string | null }, p: Period): Period {
  return { from: a.startsOn > p.from ? a.startsOn : p.from, to: a.endsOn === null || a.endsOn > p.to ? p.to : a.endsOn };
}
