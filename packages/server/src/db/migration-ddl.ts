import { sql, type Kysely, type RawBuilder } from 'kysely';
import { FOREIGN_KEYS_DROPPED_ON_CITUS, isCitus, placeTables } from './distribution.js';

/**
 * How every migration runs its SQL (issue 21, the upgrade of a cluster already distributed):
 * `await ddl(db, sql\`…\`)` instead of `await sql\`…\`.execute(db)`.
 *
 * - On PostgreSQL and PGlite, and on a Citus database whose tables are not placed yet (a fresh cluster:
 *   the layout is applied after the last migration), it is exactly `query.execute(db)`.
 * - On a Citus database already laid out (db/distribution.ts applied: an installation being upgraded,
 *   or a test migrating down and up again), the string is sent one statement at a time (Citus refuses
 *   several DDL commands in one call inside a transaction), in sequential mode (DDL over reference and
 *   distributed tables in one transaction), with the append-only guards allowed onto the shards, and
 *   each `create table` is placed before its foreign keys exist: created with DDL propagation off (so
 *   Citus does not refuse a local table referencing a distributed one), its foreign keys read back and
 *   dropped, the table placed as DISTRIBUTION says, then the keys added again (but those Citus cannot
 *   keep, FOREIGN_KEYS_DROPPED_ON_CITUS). The schema that results is the one a fresh cluster gets.
 *
 * A migration's SQL must therefore take no parameters (DDL takes none anyway).
 */
export async function ddl(db: Kysely<any>, query: RawBuilder<unknown>): Promise<void> {
  if (!(await isLaidOut(db))) {
    await query.execute(db);
    return;
  }
  const compiled = query.compile(db);
  if (compiled.parameters.length) throw new Error('ddl(): a migration statement takes no parameters');
  await sql`set local citus.multi_shard_modify_mode to 'sequential'`.execute(db);
  await sql`set local citus.enable_unsafe_triggers to on`.execute(db);
  for (const statement of splitStatements(compiled.sql)) {
    const created = /^create\s+table\s+(?:if\s+not\s+exists\s+)?("?)([a-z_][a-z0-9_]*)\1[\s(]/i.exec(withoutLeadingComments(statement));
    try {
      if (created) await createPlaced(db, statement, created[2]!.toLowerCase());
      else await sql.raw(statement).execute(db);
    } catch (error) {
      // Which of the string's statements Citus refused: the driver's message names none.
      if (error instanceof Error) error.message += `\n  in: ${statement.split('\n')[0]!.slice(0, 200)}`;
      throw error;
    }
  }
}

/** Citus, and at least one table of the current schema already placed. */
async function isLaidOut(db: Kysely<any>): Promise<boolean> {
  if (!(await isCitus(db))) return false;
  const { rows } = await sql<{ placed: boolean }>`
    select exists (select 1 from pg_dist_partition p join pg_class c on c.oid = p.logicalrelid
                    where c.relnamespace = current_schema()::regnamespace) as placed`.execute(db);
  return rows[0]!.placed;
}

async function createPlaced(db: Kysely<any>, statement: string, table: string): Promise<void> {
  await sql`set local citus.enable_ddl_propagation to off`.execute(db);
  await sql.raw(statement).execute(db);
  const { rows: keys } = await sql<{ name: string; def: string }>`
    select k.conname as name, pg_get_constraintdef(k.oid) as def from pg_constraint k
     where k.contype = 'f' and k.conrelid = (quote_ident(current_schema()) || '.' || quote_ident(${table}))::regclass
     order by k.oid`.execute(db);
  for (const k of keys) await sql`alter table ${sql.id(table)} drop constraint ${sql.id(k.name)}`.execute(db);
  await sql`set local citus.enable_ddl_propagation to on`.execute(db);
  await placeTables(db, [table]);
  for (const k of keys) {
    if (!FOREIGN_KEYS_DROPPED_ON_CITUS.includes(k.name)) {
      await sql`alter table ${sql.id(table)} add constraint ${sql.id(k.name)} ${sql.raw(k.def)}`.execute(db);
    }
  }
}

function withoutLeadingComments(statement: string): string {
  let s = statement.trimStart();
  for (;;) {
    if (s.startsWith('--')) s = s.slice(s.indexOf('\n') === -1 ? s.length : s.indexOf('\n') + 1).trimStart();
    else if (s.startsWith('/*')) s = s.slice(s.indexOf('*/') + 2).trimStart();
    else return s;
  }
}

/**
 * Splits SQL text at the semicolons that end statements: not inside '…' strings, "…" names,
 * $tag$…$tag$ bodies, -- or /* comments. Statements with nothing but comments are left out.
 */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  const skipTo = (end: string, from: number) => {
    const at = text.indexOf(end, from);
    return at === -1 ? n : at + end.length;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === "'") {
      i++;
      while (i < n) {
        if (text[i] === "'" && text[i + 1] === "'") i += 2;
        else if (text[i] === "'") break;
        else i++;
      }
      i++;
    } else if (c === '"') i = skipTo('"', i + 1);
    else if (c === '-' && text[i + 1] === '-') i = skipTo('\n', i + 2);
    else if (c === '/' && text[i + 1] === '*') i = skipTo('*/', i + 2);
    else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i))?.[0];
      i = tag ? skipTo(tag, i + tag.length) : i + 1;
    } else if (c === ';') {
      out.push(text.slice(start, i));
      i++;
      start = i;
    } else i++;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => withoutLeadingComments(s) !== '');
}
