/**
 * The cost of one audit insert (`recordAudit` in its own transaction) without and with the hash chain
 * (migration 0010): a database at 0009 and then the same database migrated, on PGlite and, with
 * BENCH_DATABASE_URL, on PostgreSQL. Sequential writers, and on PostgreSQL 8 concurrent writers on one
 * agency's chain (they queue on its advisory lock) and on 8 agencies' chains. Prints to stdout.
 *
 * `npx tsx bench/audit-insert.bench.ts` (BENCH_DATABASE_URL=postgres://… for PostgreSQL, BENCH_N)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../packages/server/src/db/connect.js';
import { migrateTo, migrateToLatest } from '../packages/server/src/db/migrate.js';
import { migrationProvider } from '../packages/server/src/db/migrations/index.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { recordAudit } from '../packages/server/src/modules/audit/record.js';
import { machineLine } from './lib/report.js';

const N = Number(process.env.BENCH_N ?? 2000);
const url = process.env.BENCH_DATABASE_URL;

async function open(): Promise<DatabaseHandle> {
  if (!url) return connectDatabase({});
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await connectDatabase({ url, schema, poolSize: 10 });
  return { ...handle, schema, close: async () => { await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db); await handle.close(); } };
}

const one = (db: Kysely<Database>, agencyId: string) =>
  db.transaction().execute((trx) => recordAudit(trx, { agencyId, actorAccountId: agencyId, action: 'auth.login', entity: 'account', entityId: agencyId, data: { ip: '10.1.2.3' } }));

/** µs per insert, and inserts per second, for `writers` concurrent loops sharing N inserts. */
async function measure(db: Kysely<Database>, writers: number, agencies: string[]): Promise<string> {
  const each = Math.floor(N / writers);
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: writers }, async (_, w) => {
    for (let i = 0; i < each; i++) await one(db, agencies[w % agencies.length]!);
  }));
  const us = Number(process.hrtime.bigint() - start) / 1000 / (each * writers);
  return `${Math.round(us * writers)} µs/insert, ${Math.round(1e6 / us)}/s`;
}

/** The migration just before `name`, whatever number the others take meanwhile. */
async function migrationBefore(name: string): Promise<string> {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  return names[names.indexOf(name) - 1]!;
}

const handle = await open();
try {
  await migrateTo(handle.db, await migrationBefore('0010_audit_chain'), handle.schema);
  const kind = url ? 'postgres' : 'pglite';
  const agency = randomUUID();
  const eight = Array.from({ length: 8 }, () => randomUUID());
  const cases: Array<[string, number, string[]]> = [['1 writer', 1, [agency]]];
  if (url) cases.push(['8 writers, one agency', 8, [agency]], ['8 writers, 8 agencies', 8, eight]);
  console.log(`${machineLine()}. ${kind}, ${N} inserts per case, each its own transaction.`);
  for (const [state, migrate] of [['without chain (0009)', async () => undefined], ['with chain (0010)', () => migrateToLatest(handle.db, handle.schema)]] as const) {
    await migrate();
    await measure(handle.db, 1, [agency]); // warm-up
    for (const [name, writers, agencies] of cases) console.log(`${state} | ${name} | ${await measure(handle.db, writers, agencies)}`);
  }
} finally {
  await handle.close();
}
