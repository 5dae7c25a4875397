import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { DatabaseHandle } from '../db/connect.js';

/**
 * One connection to either engine, with COPY in both directions. On PGlite the connection is the
 * only one there is: holding the Kysely pool's borrower keeps the app's own queries out meanwhile.
 */
export interface CopySession {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** `COPY (…) TO STDOUT …` into `dest`. */
  copyOut(sql: string, dest: Writable): Promise<void>;
  /** `COPY … FROM STDIN …` from `source`. PGlite reads the whole input into memory first. */
  copyIn(sql: string, source: Readable): Promise<void>;
}

export async function withCopySession<T>(handle: DatabaseHandle, work: (s: CopySession) => Promise<T>): Promise<T> {
  const native = handle.native;
  if (!native) throw new Error('Koneksi basis data ini tidak mendukung COPY.');
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
      async copyOut(sql, dest) {
        const result = await lite.query(sql.replace(/\bto stdout\b/i, "TO '/dev/blob'"));
        const blob = result.blob ?? new Blob([]);
        await pipeline(Readable.from([Buffer.from(await blob.arrayBuffer())]), dest);
      },
      async copyIn(sql, source) {
        const chunks: Buffer[] = [];
        for await (const chunk of source) chunks.push(Buffer.from(chunk as Uint8Array));
        const all = Buffer.concat(chunks);
        const blob = new Blob([new Uint8Array(all.buffer as ArrayBuffer, all.byteOffset, all.length)]);
        await lite.query(sql.replace(/\bfrom stdin\b/i, "FROM '/dev/blob'"), [], { blob });
      },
    }),
  );
}

function postgresSession(client: pg.PoolClient): CopySession {
  return {
    async query<R>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[];
    },
    async copyOut(sql, dest) {
      await pipeline(client.query(copyTo(sql)), dest);
    },
    async copyIn(sql, source) {
      await pipeline(source, client.query(copyFrom(sql)));
    },
  };
}
