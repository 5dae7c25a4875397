import { sql } from 'kysely';
import type { AppContext } from '../context.js';

export type ExclusiveRun<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `work` unless another app process on the same database is running the job `name` right now,
 * so scheduled work (auto-submit, auto-approve, later the TPP run) is never done twice at once by two
 * processes behind a balancer. On PostgreSQL a session advisory lock, keyed by the schema and the
 * job's name, is held on one pooled connection for the run; it is released when the run ends or the
 * connection dies. PGlite's data folder belongs to one process (db/data-dir-lock.ts), so there the
 * work runs as it is (and holding its one connection for the run would starve the work itself).
 */
export async function runExclusively<T>(ctx: Pick<AppContext, 'db' | 'dbKind'>, name: string, work: () => Promise<T>): Promise<ExclusiveRun<T>> {
  if (ctx.dbKind === 'pglite') return { ran: true, value: await work() };
  return ctx.db.connection().execute(async (conn) => {
    const { rows } = await sql<{ got: boolean }>`select pg_try_advisory_lock(hashtext(current_schema()), hashtext(${name})) as got`.execute(conn);
    if (!rows[0]?.got) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      await sql`select pg_advisory_unlock(hashtext(current_schema()), hashtext(${name}))`.execute(conn);
    }
  });
}
