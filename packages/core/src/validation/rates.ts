/**
 * On-time validation rate per supervisor: of the entries that reached a supervisor, how many were
 * decided within the validation window. An entry still pending after its due day counts as late
 * (a region may cut the supervisor's TPP for it, DOMAIN.md §1.5 / issue 4); one still within its
 * window is pending and counts neither way yet.
 */
export type Timeliness = 'on_time' | 'late' | 'pending';

/** Decided on or before the due day is on time; comparing local days matches a deadline at 23:59:59.999. */
export function timeliness(dueOn: string, decidedOn: string | null, today: string): Timeliness {
  if (decidedOn !== null) return decidedOn <= dueOn ? 'on_time' : 'late';
  return today > dueOn ? 'late' : 'pending';
}

export interface RateItem {
  supervisorId: string;
  dueOn: string;
  decidedOn: string | null;
  /** How many entries share these values (the server groups them in SQL). */
  count: number;
}

export interface OnTimeRate {
  supervisorId: string;
  reached: number;
  onTime: number;
  late: number;
  pending: number;
  /** onTime / (onTime + late), or null while nothing is due yet. */
  rate: number | null;
}

export function emptyRate(supervisorId: string): OnTimeRate {
  return { supervisorId, reached: 0, onTime: 0, late: 0, pending: 0, rate: null };
}

export function onTimeRates(items: readonly RateItem[], today: string): OnTimeRate[] {
  const bySupervisor = new Map<string, OnTimeRate>();
  for (const item of items) {
    if (item.count <= 0) continue;
    let r = bySupervisor.get(item.supervisorId);
    if (!r) bySupervisor.set(item.supervisorId, (r = emptyRate(item.supervisorId)));
    r.reached += item.count;
    const t = timeliness(item.dueOn, item.decidedOn, today);
    if (t === 'on_time') r.onTime += item.count;
    else if (t === 'late') r.late += item.count;
    else r.pending += item.count;
  }
  for (const r of bySupervisor.values()) r.rate = r.onTime + r.late > 0 ? r.onTime / (r.onTime + r.late) : null;
  return [...bySupervisor.values()].sort((a, b) => (a.supervisorId < b.supervisorId ? -1 : a.supervisorId > b.supervisorId ? 1 : 0));
}
