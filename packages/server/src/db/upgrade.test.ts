import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.js';
import { connectDatabase, type DatabaseHandle } from './connect.js';
import { applyDistribution, DISTRIBUTION, isCitus } from './distribution.js';
import { migrateTo, migrateToLatest } from './migrate.js';
import { migrationProvider } from './migrations/index.js';

// An installation upgraded in stages ends with the schema a fresh one gets (issue 21: on a Citus
// cluster already laid out, every later migration must run: its new tables are placed before their
// foreign keys to distributed tables exist, one statement per call; db/migration-ddl.ts). On Citus the
// database is migrated to an older migration, the layout applied, then the rest migrated; on PostgreSQL
// and PGlite it is a plain staged upgrade. The stages: after the first migration (so every later one
// runs on a laid-out database) and after 0029 (the cluster trial's cut, where 0030 used to fail).
const STAGES = ['0001_organisation', '0029_sync_watermark'];

let fresh: DatabaseHandle;
beforeAll(async () => {
  fresh = await createTestDatabase();
});
afterAll(async () => {
  await fresh.close();
});

/** A new empty database: a schema of TEST_DATABASE_URL, or an in-memory PGlite. */
async function emptyDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return connectDatabase({});
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await connectDatabase({ url, schema, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db).catch(() => undefined);
      await handle.close();
    },
  };
}

/** What a schema is: its columns, constraints, indexes and triggers (schema names left out). */
async function shape(db: Kysely<any>) {
  const columns = await sql<{ line: string }>`
    select c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end
           || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') as line
      from pg_attribute a join pg_class c on c.oid = a.attrelid left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
     order by 1`.execute(db);
  const constraints = await sql<{ line: string }>`
    select cl.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) as line
      from pg_constraint k join pg_class cl on cl.oid = k.conrelid
     where cl.relnamespace = current_schema()::regnamespace order by 1`.execute(db);
  const indexes = await sql<{ line: string }>`
    select replace(pg_get_indexdef(i.indexrelid), quote_ident(current_schema()) || '.', '') as line
      from pg_index i join pg_class c on c.oid = i.indrelid
     where c.relnamespace = current_schema()::regnamespace order by 1`.execute(db);
  const triggers = await sql<{ line: string }>`
    select replace(pg_get_triggerdef(t.oid), quote_ident(current_schema()) || '.', '') as line
      from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where c.relnamespace = current_schema()::regnamespace and not t.tgisinternal order by 1`.execute(db);
  const lines = (r: { rows: { line: string }[] }) => r.rows.map((x) => x.line);
  return { columns: lines(columns), constraints: lines(constraints), indexes: lines(indexes), triggers: lines(triggers) };
}

/** On Citus: each table's placement, tenant tables all in one co-location group. */
async function placements(db: Kysely<any>): Promise<Record<string, string>> {
  const { rows } = await sql<{ name: string; method: string; column: string | null; coloc: number }>`
    select c.relname as name, p.partmethod::text || p.repmodel::text as method, column_to_column_name(p.logicalrelid, p.partkey) as column, p.colocationid as coloc
      from pg_dist_partition p join pg_class c on c.oid = p.logicalrelid
     where c.relnamespace = current_schema()::regnamespace order by c.relname`.execute(db);
  const tenantGroup = rows.find((r) => r.name === 'units')?.coloc;
  return Object.fromEntries(rows.map((r) => [r.name, `${r.method} ${r.column ?? ''}${r.coloc === tenantGroup && r.method.startsWith('h') ? ' co-located' : ''}`]));
}

describe('an installation upgraded in stages', () => {
  for (const stage of STAGES) {
    it(`migrated to ${stage}, laid out on Citus, then to the latest: the schema a fresh installation gets`, async () => {
      const names = Object.keys(await migrationProvider.getMigrations()).sort();
      expect(names).toContain(stage);
      const h = await emptyDatabase();
      try {
        await migrateTo(h.db, stage, h.schema);
        const citus = await isCitus(h.db);
        if (citus) {
          const laidOut = await applyDistribution(h.db);
          expect(laidOut.placed).toContain('units');
        }
        const { applied } = await migrateToLatest(h.db, h.schema);
        expect(applied).toEqual(names.slice(names.indexOf(stage) + 1));
        expect(await shape(h.db)).toEqual(await shape(fresh.db));
        if (citus) {
          const placed = await placements(h.db);
          expect(placed).toEqual(await placements(fresh.db));
          // Every tenant table the later migrations made is distributed by agency and co-located.
          const later = Object.entries(DISTRIBUTION).filter(([t, p]) => p.kind === 'tenant' && placed[t] !== undefined);
          expect(later.filter(([t]) => placed[t] !== 'hs agency_id co-located')).toEqual([]);
          expect(placed.skp_rencana_aksi).toBe('hs agency_id co-located');
        }
      } finally {
        await h.close();
      }
      // Every migration on a laid-out cluster: over a minute on Citus at load (sequential DDL on each shard).
    }, 300_000);
  }
});

describe('every migration', () => {
  it('runs its SQL through ddl() (db/migration-ddl.ts), which a laid-out Citus cluster needs', async () => {
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    // DDL sent straight to the database; reading or writing rows with parameters is theirs to do directly.
    const direct = names.filter((n) => /sql`\s*(create|alter|drop|comment)\b[^`]*`\.execute\(/i.test(readFileSync(new URL(`./migrations/${n}.ts`, import.meta.url), 'utf8')));
    expect(direct).toEqual([]);
  });
});
