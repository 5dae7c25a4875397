/** Calendar dates are plain yyyy-mm-dd strings in the agency's local time zone. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's date in an IANA time zone (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura).
 * The formatter is kept per zone: building one costs far more than formatting, and the deadline
 * rules ask for local days many times per synced entry.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone before anything is cached.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
