import type { LogConfig, LogEvent } from 'kysely';

/**
 * Counts queries and their time by SQL text when KINERJA_QUERY_STATS is set: a profiling aid that
 * answers "how many queries does this request make, and which cost the most?". Printed at exit.
 */
export function queryStatsLogger(): LogConfig | undefined {
  if (!process.env.KINERJA_QUERY_STATS) return undefined;
  const stats = new Map<string, { n: number; ms: number }>();
  process.once('exit', () => {
    const rows = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms);
    const total = rows.reduce((s, [, v]) => s + v.n, 0);
    console.error(`\n${total} queries`);
    for (const [q, v] of rows.slice(0, 40)) console.error(`${String(v.n).padStart(7)} ${v.ms.toFixed(0).padStart(8)} ms  ${q.replace(/\s+/g, ' ').slice(0, 200)}`);
  });
  return (event: LogEvent) => {
    const key = event.query.sql;
    const s = stats.get(key) ?? { n: 0, ms: 0 };
    s.n += 1;
    s.ms += event.queryDurationMillis;
    stats.set(key, s);
  };
}
