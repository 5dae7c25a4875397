/**
 * The small per-RHK breakdown of a reviewed day (issue 16 item 6): entries, credited minutes and volume
 * per activity unit for each RHK the entries name, in the order the day first names them, with the
 * entries naming none last. Volumes add up only within one unit ("2 Laporan, 1 Kegiatan").
 */
export interface RhkEntry {
  rhk: { id: string; text: string | null } | null;
  creditedMinutes: number;
  volume: number;
  activityUnit: string;
}

export interface RhkBreakdownRow {
  /** null: the entries that name no RHK. */
  rhkId: string | null;
  /** null for no RHK, or an RHK no longer found in the employee's SKP. */
  text: string | null;
  entries: number;
  minutes: number;
  volumes: { unit: string; volume: number }[];
}

export function rhkBreakdown(entries: readonly RhkEntry[]): RhkBreakdownRow[] {
  const rows = new Map<string | null, RhkBreakdownRow>();
  for (const e of entries) {
    const key = e.rhk?.id ?? null;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { rhkId: key, text: e.rhk?.text ?? null, entries: 0, minutes: 0, volumes: [] }));
    row.entries += 1;
    row.minutes += e.creditedMinutes;
    const v = row.volumes.find((x) => x.unit === e.activityUnit);
    // Two decimals at most (volumes are numeric(10,2)): no 0.1 + 0.2 artefacts.
    if (v) v.volume = Math.round((v.volume + e.volume) * 100) / 100;
    else row.volumes.push({ unit: e.activityUnit, volume: e.volume });
  }
  const none = rows.get(null);
  rows.delete(null);
  return [...rows.values(), ...(none ? [none] : [])];
}

/** Worth showing: some entry names an RHK. */
export function hasRhk(entries: readonly RhkEntry[]): boolean {
  return entries.some((e) => e.rhk !== null);
}
