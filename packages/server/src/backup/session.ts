import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { DatabaseHandle } from '../db/connect.js';
import { ident } from './ident.js';
import { MESSAGES } from './messages.js';
import { dumpTablePglite, loadTablePglite } from './pglite-copy.js';

/**
 * One connection to either engine, with a table's rows out and in as CSV (a header line, then COPY's
 * CSV). On PGlite the connection is the only one there is: holding the Kysely pool's borrower keeps
 * the app's own queries out meanwhile.
 */
export interface CopySession {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** The table's rows as CSV into `dest`, which is ended. */
  dumpTable(table: string, columns: string[], dest: Writable): Promise<void>;
  /** CSV (with its header line) from `source` into the table's named columns. */
  loadTable(table: string, columns: string[], source: Readable): Promise<void>;
}

export async function withCopySession<T>(handle: DatabaseHandle, work: (s: CopySession) => Promise<T>): Promise<T> {
  const native = handle.native;
  if (!native) throw new Error(MESSAGES.noNative);
  if (native.kind === 'postgres') {
    const client = await native.pool.connect();
    try {
      return await work(postgresSession(client));
    } finally {
      client.release();
    }
  }
  const lite = native.pglite;
  // Borrow the pool's only connection so no request of an in-process app runs inside our snapshot.
  return handle.db.connection().execute(() =>
    work({
      async query<R>(sql: string, params: unknown[] = []) {
        return (await lite.query<R>(sql, params)).rows;
      },
      dumpTable: (table, columns, dest) => dumpTablePglite(lite, table, columns, dest),
      loadTable: (table, columns, source) => loadTablePglite(lite, table, columns, source),
    }),
  );
}

function postgresSession(client: pg.PoolClient): CopySession {
  const list = (columns: string[]) => columns.map(ident).join(', ');
  return {
    async query<R>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[];
    },
    async dumpTable(table, columns, dest) {
      await pipeline(client.query(copyTo(`copy (select ${list(columns)} from ${ident(table)}) to stdout with (format csv, header true)`)), dest);
    },
    async loadTable(table, columns, source) {
      // HEADER skips the first line; the named columns make the target's column order irrelevant.
      await pipeline(source, client.query(copyFrom(`copy ${ident(table)} (${list(columns)}) from stdin with (format csv, header true)`)));
    },
  };
}
