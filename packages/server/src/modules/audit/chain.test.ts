import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantAppRole } from '../../db/app-role.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { migrationProvider } from '../../db/migrations/index.js';
import type { Database } from '../../db/schema.js';
import { createTestDatabase, testDatabaseKind } from '../../testing/database.js';
import { CHAIN_START } from './chain.js';
import { recordAudit } from './record.js';
import { describeReports, verifyAuditChains } from './verify.js';

let handle: DatabaseHandle;
let db: Kysely<Database>;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
}, 120_000);
afterAll(() => handle.close());

/** The migration just before `name`, whatever number the others take meanwhile. */
async function migrationBefore(name: string): Promise<string> {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  return names[names.indexOf(name) - 1]!;
}

const write = (agencyId: string | null, n: number, data: Record<string, unknown> = {}) =>
  Promise.all(Array.from({ length: n }, (_, i) => db.transaction().execute((trx) => recordAudit(trx, { agencyId, actorAccountId: null, action: 'test.write', entity: 'test', entityId: String(i), data }))));

const chainOf = (agencyId: string) =>
  db.selectFrom('audit_log').select(['id', 'chain_seq', 'prev_hash', 'hash']).where('agency_id', '=', agencyId).orderBy('chain_seq').execute();

/** What a superuser can do despite the append-only trigger. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(trx);
  });
}

const reportFor = async (agencyId: string | null) => (await verifyAuditChains(db, { agencyId }))[0]!;

describe(`audit hash chain (${testDatabaseKind()})`, () => {
  it('chains every write per agency, the province (no agency) as its own chain, with hashes verify recomputes', async () => {
    const agency = randomUUID();
    // Text that JSON escapes differently in careless hands: quotes, backslash, a control character, non-ASCII.
    await recordAudit(db, { agencyId: agency, actorAccountId: randomUUID(), action: 'a"\n\\\u0001é😀', entity: 'e', entityId: null, data: { zz: 1.5, a: [1, 'x\ty'], b: null } });
    await write(agency, 2);
    await write(null, 2);
    const rows = await chainOf(agency);
    expect(rows.map((r) => r.chain_seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prev_hash).toBe(CHAIN_START);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    const report = await reportFor(agency);
    expect(report).toMatchObject({ rows: 3, broken: null, head: { seq: 3, hash: rows[2]!.hash } });
    const all = await verifyAuditChains(db);
    expect(all[0]!.agencyId).toBeNull();
    expect(all.every((r) => r.broken === null)).toBe(true);
    expect(describeReports(all).ok).toBe(true);
  });

  it('keeps one gapless chain under concurrent writers', async () => {
    const agency = randomUUID();
    await write(agency, 40);
    const rows = await chainOf(agency);
    expect(rows.map((r) => r.chain_seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await reportFor(agency)).broken).toBeNull();
  });

  it('ignores a chain position or hash the writer supplies', async () => {
    const agency = randomUUID();
    await write(agency, 1);
    await db.insertInto('audit_log').values({ agency_id: agency, action: 'x', entity: 'y', entity_id: null, actor_account_id: null, data: '{}', chain_seq: 99, prev_hash: 'f'.repeat(64), hash: 'f'.repeat(64) }).execute();
    expect((await chainOf(agency)).map((r) => r.chain_seq)).toEqual([1, 2]);
    expect((await reportFor(agency)).broken).toBeNull();
  });

  it('finds a row whose content was changed directly in the database, at its place in the chain', async () => {
    const agency = randomUUID();
    await write(agency, 5, { ip: '10.0.0.1' });
    const third = (await chainOf(agency))[2]!;
    await tamper(sql`update audit_log set data = '{"ip": "10.9.9.9"}' where id = ${third.id}`);
    const report = await reportFor(agency);
    expect(report.broken).toMatchObject({ seq: 3, id: String(third.id), problem: { kind: 'content', stored: third.hash } });
    expect(report.rows).toBe(5);
    const { ok, lines } = describeReports([report]);
    expect(ok).toBe(false);
    expect(lines[0]).toContain('catatan no. 3');
  });

  it('finds a changed row even when its hash was recomputed: the next row no longer links to it', async () => {
    const agency = randomUUID();
    await write(agency, 4);
    const second = (await chainOf(agency))[1]!;
    await tamper(sql`update audit_log set action = 'x' where id = ${second.id}`);
    await tamper(sql`update audit_log set hash = encode(sha256(convert_to(audit_log_canonical(audit_log), 'UTF8')), 'hex') where id = ${second.id}`);
    // The forged row itself is consistent: the break shows at the row after it.
    expect((await reportFor(agency)).broken).toMatchObject({ seq: 3, problem: { kind: 'link' } });
  });

  it('finds a deleted row', async () => {
    const agency = randomUUID();
    await write(agency, 4);
    const rows = await chainOf(agency);
    await tamper(sql`delete from audit_log where id = ${rows[1]!.id}`);
    expect((await reportFor(agency)).broken).toEqual({ seq: 3, id: String(rows[2]!.id), problem: { kind: 'missing', expectedSeq: 2, foundSeq: 3 } });
  });

  it('chains the rows written before the migration, in the order they were written', async () => {
    const own = await createTestDatabase();
    try {
      await migrateTo(own.db, await migrationBefore('0010_audit_chain'), own.schema);
      const agency = randomUUID();
      for (const [i, a] of [agency, null, agency, agency].entries()) {
        await sql`insert into audit_log (agency_id, action, entity, entity_id) values (${a}, 'old', 'test', ${String(i)})`.execute(own.db);
      }
      await migrateToLatest(own.db, own.schema);
      const rows = await own.db.selectFrom('audit_log').select(['entity_id', 'chain_seq']).where('agency_id', '=', agency).orderBy('chain_seq').execute();
      expect(rows).toEqual([{ entity_id: '0', chain_seq: 1 }, { entity_id: '2', chain_seq: 2 }, { entity_id: '3', chain_seq: 3 }]);
      await recordAudit(own.db, { agencyId: agency, actorAccountId: null, action: 'new', entity: 'test' });
      const reports = await verifyAuditChains(own.db);
      expect(reports.map((r) => [r.agencyId, r.rows, r.broken])).toEqual([[null, 1, null], [agency, 4, null]]);
    } finally {
      await own.close();
    }
  }, 120_000);

  it.skipIf(testDatabaseKind() === 'pglite')('lets the application role add to the trail but never change or remove it', async () => {
    const role = `kinerja_app_${randomUUID().slice(0, 8)}`;
    await sql`create role ${sql.id(role)}`.execute(db);
    try {
      await grantAppRole(db, role);
      const agency = randomUUID();
      await db.transaction().execute(async (trx) => {
        await sql`set local role ${sql.id(role)}`.execute(trx);
        await recordAudit(trx, { agencyId: agency, actorAccountId: null, action: 'as.app', entity: 'test' });
        await trx.updateTable('holidays').set({ name: sql`name` }).where('date', '=', '1900-01-01').execute();
      });
      expect((await chainOf(agency)).map((r) => r.chain_seq)).toEqual([1]);
      for (const statement of [sql`update audit_log set action = 'x'`, sql`delete from audit_log`, sql`truncate audit_log`]) {
        await expect(
          db.transaction().execute(async (trx) => {
            await sql`set local role ${sql.id(role)}`.execute(trx);
            await statement.execute(trx);
          }),
        ).rejects.toThrow(/permission denied/);
      }
    } finally {
      await sql`drop owned by ${sql.id(role)}`.execute(db);
      await sql`drop role ${sql.id(role)}`.execute(db);
    }
  });
});
