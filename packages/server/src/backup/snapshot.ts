import { join } from 'node:path';
import type { DatabaseHandle } from '../db/connect.js';
import type { StoredMediaType } from '../modules/evidence/storage.js';
import { listTables, readSequences, type SequenceState } from './catalog.js';
import { ident } from './ident.js';
import { gzipFile } from './files.js';
import type { TableEntry } from './manifest.js';
import { withCopySession } from './session.js';

export interface Snapshot {
  migration: string;
  tables: TableEntry[];
  sequences: SequenceState[];
  evidence: { sha256: string; media_type: StoredMediaType }[];
}

/** Settings that make COPY's text the same whatever the server or session was configured with. */
export const NEUTRAL_SETTINGS = [
  "set local time zone 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  'set local extra_float_digits = 3',
  "set local bytea_output = 'hex'",
];

/**
 * Dumps every table to `<dir>/NNN-<table>.csv.gz` inside one REPEATABLE READ, read-only transaction:
 * all tables, the evidence list and the sequences are of the same instant. Writers are not blocked
 * (PostgreSQL); on PGlite the app waits only while the tables are copied, not while files stream.
 */
export async function dumpSnapshot(handle: DatabaseHandle, dir: string): Promise<Snapshot> {
  return withCopySession(handle, async (s) => {
    await s.query('begin isolation level repeatable read read only');
    try {
      for (const statement of NEUTRAL_SETTINGS) await s.query(statement);
      const [migration] = await s.query<{ name: string | null }>('select max(name) as name from kysely_migration');
      const tables: TableEntry[] = [];
      for (const [i, t] of (await listTables(s)).entries()) {
        const file = `db/${String(i + 1).padStart(3, '0')}-${t.name.replace(/[^A-Za-z0-9_]/g, '_')}.csv.gz`;
        const [count] = await s.query<{ n: string }>(`select count(*)::text as n from ${ident(t.name)}`);
        const out = gzipFile(join(dir, file.slice('db/'.length)));
        await s.dumpTable(t.name, t.columns, out.input);
        const digest = await out.done;
        tables.push({ name: t.name, columns: t.columns, rows: Number(count!.n), file, sha256: digest.sha256, bytes: digest.bytes });
      }
      const sequences = await readSequences(s);
      const evidence = await s.query<{ sha256: string; media_type: StoredMediaType }>('select sha256, media_type from evidence_files order by sha256');
      await s.query('commit');
      return { migration: migration?.name ?? '', tables, sequences, evidence };
    } catch (error) {
      await s.query('rollback').catch(() => undefined);
      throw error;
    }
  });
}
