import { ident } from './ident.js';
import { MESSAGES } from './messages.js';
import type { CopySession } from './session.js';

export interface TableInfo {
  name: string;
  /** Columns that take values (generated columns are left out: the engine recomputes them). */
  columns: string[];
}

/** Kysely's bookkeeping: restore re-creates it by running the migrations. */
const SKIPPED = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * Every table of the current schema, parents before children (foreign keys), read from the catalog
 * so a table added by any later migration is backed up without a change here.
 */
export async function listTables(s: CopySession): Promise<TableInfo[]> {
  const tables = await s.query<{ name: string; columns: string[] }>(`
    select c.relname as name,
           array_agg(a.attname::text order by a.attnum) as columns
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
     group by c.relname`);
  const edges = await s.query<{ child: string; parent: string }>(`
    select distinct ch.relname as child, pa.relname as parent
      from pg_constraint k
      join pg_class ch on ch.oid = k.conrelid
      join pg_class pa on pa.oid = k.confrelid
      join pg_namespace n on n.oid = ch.relnamespace
     where k.contype = 'f' and n.nspname = current_schema() and ch.oid <> pa.oid`);
  const kept = tables.filter((t) => !SKIPPED.has(t.name));
  return orderByDependencies(kept, edges);
}

/** Kahn's algorithm, alphabetical among equals so two backups of one schema list tables alike. */
export function orderByDependencies<T extends { name: string }>(tables: T[], edges: { child: string; parent: string }[]): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) if (byName.has(e.child) && byName.has(e.parent)) parents.get(e.child)!.add(e.parent);
  const ordered: T[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = [...parents.entries()]
      .filter(([name, ps]) => !done.has(name) && [...ps].every((p) => done.has(p)))
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) {
      const stuck = [...parents.keys()].filter((n) => !done.has(n)).sort();
      throw new Error(MESSAGES.foreignKeyCycle(stuck));
    }
    for (const name of ready) {
      done.add(name);
      ordered.push(byName.get(name)!);
    }
  }
  return ordered;
}

export interface SequenceState {
  name: string;
  value: number | string;
  isCalled: boolean;
}

/** Every sequence of the schema (identity columns own one too) with where it stands. */
export async function readSequences(s: CopySession): Promise<SequenceState[]> {
  const names = await s.query<{ name: string }>(`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'S' and n.nspname = current_schema() order by 1`);
  const out: SequenceState[] = [];
  for (const { name } of names) {
    const [row] = await s.query<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from ${ident(name)}`);
    out.push({ name, value: row!.last_value, isCalled: row!.is_called });
  }
  return out;
}
