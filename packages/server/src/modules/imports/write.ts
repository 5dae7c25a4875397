import { sql, type Insertable, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Rows per statement: well under PostgreSQL's 65,535 parameters at ~15 columns, and a progress step. */
export const BATCH = 250;

type Trx = Transaction<Database>;

/**
 * PGlite answers through promise chains that never leave the microtask queue, so a long import would
 * hold the event loop from start to end: no request accepted, no progress visible. Each batch yields.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function chunks<T>(rows: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Multi-row INSERTs, one statement per batch; `done` is told how many rows each batch wrote. */
export async function insertBatched<T extends keyof Database & string>(
  trx: Trx,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  done: (n: number) => void,
): Promise<void> {
  for (const batch of chunks(rows)) {
    await trx.insertInto(table).values(batch as never).execute();
    done(batch.length);
    await yieldToEventLoop();
  }
}

/** PostgreSQL types of the columns an UPDATE … FROM (VALUES …) sets or matches on. */
export type ColumnTypes = Record<string, 'uuid' | 'text' | 'date' | 'smallint' | 'boolean' | 'timestamptz'>;

/**
 * One UPDATE per batch: `update t set c = v.c from (values …) as v(…) where t.key = v.key`.
 * Parameters arrive untyped inside VALUES, hence a cast on each. Table and column names come
 * from this module's code, never from the file.
 */
export async function updateBatched(
  trx: Trx,
  table: keyof Database & string,
  keys: ColumnTypes,
  set: ColumnTypes,
  rows: readonly Record<string, unknown>[],
  done: (n: number) => void,
  extraSet?: string,
): Promise<void> {
  const types = { ...keys, ...set };
  const names = Object.keys(types);
  for (const batch of chunks(rows)) {
    const values = sql.join(batch.map((r) => sql`(${sql.join(names.map((c) => sql`${r[c] ?? null}::${sql.raw(types[c]!)}`))})`));
    const assignments = Object.keys(set).map((c) => sql`${sql.ref(c)} = ${sql.ref(`v.${c}`)}`);
    if (extraSet) assignments.push(sql.raw(extraSet));
    const match = Object.keys(keys).map((k) => sql`${sql.ref(`t.${k}`)} = ${sql.ref(`v.${k}`)}`);
    await sql`update ${sql.table(table)} as t set ${sql.join(assignments)}
      from (values ${values}) as v(${sql.join(names.map((c) => sql.ref(c)))})
      where ${sql.join(match, sql` and `)}`.execute(trx);
    done(batch.length);
    await yieldToEventLoop();
  }
}

/**
 * Foreign-key checks run through plans the server caches per connection. Planned while a table was
 * small (a fresh install, the first agency), they scan it row by row, and every batch that follows
 * gets slower: 5,000 assignments went from 0.5 s to 3.5 s on PGlite, which never autovacuums to
 * refresh them. Dropping the cached plans after filling the referenced tables makes the next checks
 * plan again against their real size. Affects only this connection; costs nothing measurable.
 */
export async function replanForeignKeyChecks(trx: Trx): Promise<void> {
  await sql`discard plans`.execute(trx);
}
