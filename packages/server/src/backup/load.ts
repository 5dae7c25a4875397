import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { listTables, type SequenceState } from './catalog.js';
import { ident } from './ident.js';
import { hashing } from './files.js';
import type { TableEntry } from './manifest.js';
import { MESSAGES } from './messages.js';
import type { CopySession } from './session.js';
import type { TarEntry } from './tar.js';

/**
 * Checks that the backup's tables exist and empties them in one statement (TRUNCATE fires no row
 * triggers, so the append-only tables' forbid_change() does not object; CASCADE reaches tables of
 * later migrations that refer to them). Only the backup's tables: another application's tables in
 * the same schema are never touched. User triggers are switched off for the load: restored rows are
 * history, not new events. All inside the caller's transaction: a failed restore changes nothing.
 */
export async function prepareTables(s: CopySession, tables: TableEntry[]): Promise<void> {
  const present = new Set((await listTables(s)).map((t) => t.name));
  for (const t of tables) if (!present.has(t.name)) throw new Error(MESSAGES.missingTable(t.name));
  if (tables.length) await s.query(`truncate ${tables.map((t) => ident(t.name)).join(', ')} cascade`);
  for (const t of tables) await s.query(`alter table ${ident(t.name)} disable trigger user`);
}

/** Streams one table's entry (gzip'd CSV) into COPY, checking its hash against the manifest. */
export async function loadTable(s: CopySession, table: TableEntry, entry: TarEntry): Promise<void> {
  const h = hashing();
  let streamError: Error | null = null;
  const csv = pipeline(Readable.from(entry), h, createGunzip(), (err) => {
    streamError = err ?? null;
  });
  try {
    await s.loadTable(table.name, table.columns, csv);
  } catch (error) {
    const why = streamError ?? error;
    throw new Error(MESSAGES.unreadableTable(table.name, why instanceof Error ? why.message : String(why)));
  }
  const d = h.digest();
  if (d.sha256 !== table.sha256) throw new Error(MESSAGES.checksumMismatch(table.file));
}

/** Triggers back on, sequences where they stood, and every table holding the manifest's row count. */
export async function finishTables(s: CopySession, tables: TableEntry[], sequences: SequenceState[]): Promise<void> {
  for (const t of tables) await s.query(`alter table ${ident(t.name)} enable trigger user`);
  for (const q of sequences) {
    await s.query('select setval(format($1, $2::text)::regclass, $3::bigint, $4::boolean)', ['%I', q.name, String(q.value), q.isCalled]);
  }
  for (const t of tables) {
    const [row] = await s.query<{ n: string }>(`select count(*)::text as n from ${ident(t.name)}`);
    const n = Number(row!.n);
    if (n !== t.rows) throw new Error(MESSAGES.rowCountMismatch(t.name, t.rows, n));
  }
}
