import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { discardPlans, insertRows, updateRowsFromValues, type ColumnTypes } from './queries.js';

export type { ColumnTypes } from './queries.js';

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
    await insertRows(trx, table, batch as readonly Record<string, unknown>[]);
    done(batch.length);
    await yieldToEventLoop();
  }
}

export async function updateBatched(
  trx: Trx,
  table: keyof Database & string,
  keys: ColumnTypes,
  set: ColumnTypes,
  rows: readonly Record<string, unknown>[],
  done: (n: number) => void,
  extraSet?: string,
): Promise<void> {
  for (const batch of chunks(rows)) {
    await updateRowsFromValues(trx, table, keys, set, batch, extraSet);
    done(batch.length);
    await yieldToEventLoop();
  }
}

/** Drops the connection's cached plans after filling referenced tables (queries.ts discardPlans says why). */
export async function replanForeignKeyChecks(trx: Trx): Promise<void> {
  await discardPlans(trx);
}
