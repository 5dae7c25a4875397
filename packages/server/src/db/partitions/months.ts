/**
 * Months of UUIDv7 ids. A v7 id begins with its 48-bit Unix time in milliseconds, so the ids made in
 * one calendar month (UTC) form one contiguous range of uuid values: the journal tables are
 * range-partitioned on those ranges (docs/scaling.md, "Monthly partitioning").
 */

/** A month as 'YYYY-MM'. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parts(month: Month): { year: number; month: number } {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function monthOf(date: Date): Month {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function addMonths(month: Month, n: number): Month {
  const p = parts(month);
  return monthOf(new Date(Date.UTC(p.year, p.month - 1 + n, 1)));
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

function startMs(month: Month): number {
  const p = parts(month);
  return Date.UTC(p.year, p.month - 1, 1);
}

/** The smallest uuid whose first 48 bits are `ms`. */
function uuidAt(ms: number): string {
  const hex = ms.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/** The id range of a month: from (inclusive) and to (exclusive), as PostgreSQL range bounds. */
export function monthBounds(month: Month): { from: string; to: string } {
  return { from: uuidAt(startMs(month)), to: uuidAt(startMs(addMonths(month, 1))) };
}

/** The month a v7 id was made in, or null for ids of other versions (v4 test ids, old v5 copies). */
export function monthOfId(id: string): Month | null {
  const hex = id.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex) || hex[12] !== '7') return null;
  const made = new Date(parseInt(hex.slice(0, 12), 16));
  return made.getUTCFullYear() <= 9999 ? monthOf(made) : null;
}

/** journal_entries_p202612: the partition of one table for one month. */
export function partitionName(table: string, month: Month): string {
  return `${table}_p${month.replace('-', '')}`;
}

export function defaultPartitionName(table: string): string {
  return `${table}_default`;
}
