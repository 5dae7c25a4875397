import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETENTION_DEFAULT_DAYS } from '../../config.js';
import { newId } from '../../db/ids.js';
import { serverKeyring } from '../../server-key.js';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';
import { cutChainBatch, describeReports, verifyAuditChains } from '../audit/index.js';
import { pathOf } from '../evidence/index.js';
import { purgeExpiredRecords } from './index.js';

/**
 * Journals, evidence and the audit trail past their (ten-year) periods are removed by the scheduled
 * step, in batches, never what a locked TPP month or a finalised evaluation still holds; files nothing
 * names any more leave the store; the audit trail's cut chain still verifies from its signed checkpoint.
 * The clock is moved: the app runs on 2026-11-23 with rows from 2014–2015.
 */
let t: TestApp;
let dataDir: string;
const NOW = new Date('2026-11-23T03:00:00Z');
const A = () => t.fixture.agencyIds.A;
const people = () => t.fixture.people;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-purge-'));
  // Holds longer than the journal period, so that a locked month and a finalised evaluation of 2015 still hold.
  t = await createTestApp({ dataDir, retentionDays: { ...RETENTION_DEFAULT_DAYS }, retentionHoldDays: { tpp: 5000, evaluation: 5000 } });
  t.setNow(NOW);
}, 120_000);
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const exists = (path: string) => stat(path).then(() => true, () => false);

async function entry(employeeId: string, workDate: string): Promise<string> {
  const id = randomUUID();
  await t.ctx.db
    .insertInto('journal_entries')
    .values({ agency_id: A(), id, employee_id: employeeId, work_date: workDate, duration_minutes: 60, activity_code: 'ADM-002', activity_version: 1, volume: 1, credited_minutes: 60, status: 'approved', submitted_at: new Date(`${workDate}T10:00:00Z`) })
    .execute();
  await t.ctx.db.insertInto('journal_entry_events').values({ agency_id: A(), entry_id: id, seq: 1, actor_account_id: null, action: 'created', data: JSON.stringify({}) }).execute();
  await t.ctx.db
    .insertInto('entry_decisions')
    .values({ agency_id: A(), id: randomUUID(), entry_id: id, decision: 'approved', decided_by_account_id: null, decided_by_employee_id: null, capacity: 'automatic', auto_reason: 'window', entry_version: 1, submitted_at: new Date(`${workDate}T10:00:00Z`) })
    .execute();
  return id;
}

async function file(seed: string): Promise<{ sha256: string; path: string }> {
  const sha256 = seed.repeat(64).slice(0, 64);
  await t.ctx.db.insertInto('evidence_files').values({ sha256, byte_size: 3, stored_size: 3, media_type: 'image/jpeg', width: 1, height: 1, captured_at: null, created_at: new Date('2015-03-10T00:00:00Z') }).execute();
  const path = pathOf(t.ctx, { sha256, media_type: 'image/jpeg' });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, 'jpg');
  return { sha256, path };
}

const attach = (entryId: string, sha256: string) => t.ctx.db.insertInto('journal_entry_evidence').values({ agency_id: A(), entry_id: entryId, sha256 }).execute();
const entryIds = async () => (await t.ctx.db.selectFrom('journal_entries').select('id').where('agency_id', '=', A()).execute()).map((r) => r.id);

describe('retention of journals and evidence', () => {
  it('removes entries past ten years with their history, decisions and files nothing else names; keeps what a locked TPP month or a finalised evaluation holds; reports first as a dry run', async () => {
    const p = people();
    const before = new Set(await entryIds());
    const F1 = await file('a1');
    const F2 = await file('b2');
    const old = await entry(p.staff1!.id, '2015-03-10'); // due; its file goes
    const shared = await entry(p.staff1!.id, '2015-03-11'); // due; its file is also on a recent entry
    const recent = await entry(p.staff1!.id, '2026-11-20');
    await attach(old, F1.sha256);
    await attach(shared, F2.sha256);
    await attach(recent, F2.sha256);
    // April 2015's TPP run is locked: its entries are held (hold 5000 days from 2015-04-01 runs to 2029).
    const locked = await entry(p.staff1!.id, '2015-04-10');
    await t.ctx.db
      .insertInto('tpp_runs')
      .values({ agency_id: A(), id: newId(), month: '2015-04', status: 'locked', rule_set_id: 'r', rule_set_version: 1, totals: JSON.stringify({}), not_final: JSON.stringify([]), computed_at: NOW, created_at: NOW, locked_at: NOW })
      .execute();
    // staff2's 2015 annual evaluation is final: the entries it covers are held.
    const evaluated = await entry(p.staff2!.id, '2015-06-15');
    const { position_id } = await t.ctx.db.selectFrom('position_assignments').select('position_id').where('agency_id', '=', A()).where('employee_id', '=', p.staff2!.id).executeTakeFirstOrThrow();
    const skpId = newId();
    await t.ctx.db.insertInto('skp').values({ agency_id: A(), id: skpId, employee_id: p.staff2!.id, position_id, period_from: '2015-01-01', period_to: '2015-12-31', form: 'ja', pendekatan: 'kuantitatif', status: 'disetujui', current_version: 1, version_in_force: 1 }).execute();
    await t.ctx.db
      .insertInto('evaluations')
      .values({ agency_id: A(), id: newId(), skp_id: skpId, kind: 'tahunan', label: 'Tahunan 2015', period_from: '2015-01-01', period_to: '2015-12-31', covered_from: '2015-01-01', covered_to: '2015-12-31', credited_months: 12, status: 'final', finalised_at: new Date('2016-01-10T00:00:00Z') })
      .execute();

    // The dry run: two due, two held, nothing changed.
    const bkd = await signIn(t.app, p.bkdAdmin!.nip);
    const report = await bkd.get('/api/v1/retention/report');
    expect(report.statusCode, report.body).toBe(200);
    const a = report.json().agencies.find((x: { agencyId: string }) => x.agencyId === A());
    expect(a).toMatchObject({ journalEntries: { total: 4, held: 2, due: 2 }, entriesWithEvidenceDue: 2 });
    expect(report.json()).toMatchObject({ before: { journals: '2016-11-22', evidence: '2016-11-22' }, holds: { tppLockedMonthsFrom: '2013-03' }, days: { journals: 3653, tppHold: 5000 } });
    await expect((await signIn(t.app, p.adminA!.nip)).get('/api/v1/retention/report').then((r) => r.statusCode)).resolves.toBe(403);
    expect(await exists(F1.path)).toBe(true);

    const result = await purgeExpiredRecords(t.ctx);
    expect(result).toMatchObject({ journalEntries: 2, evidenceLinks: 2, evidenceFiles: 1 });
    const left = await entryIds();
    expect(left).not.toContain(old);
    expect(left).not.toContain(shared);
    expect(left).toEqual(expect.arrayContaining([recent, locked, evaluated, ...before]));
    expect(await t.ctx.db.selectFrom('journal_entry_events').select('entry_id').where('entry_id', 'in', [old, shared]).execute()).toEqual([]);
    expect(await t.ctx.db.selectFrom('entry_decisions').select('entry_id').where('entry_id', 'in', [old, shared]).execute()).toEqual([]);
    expect(await exists(F1.path)).toBe(false);
    expect(await t.ctx.db.selectFrom('evidence_files').select('sha256').where('sha256', '=', F1.sha256).execute()).toEqual([]);
    expect(await exists(F2.path)).toBe(true);

    // Recorded once, with counts; a second pass finds nothing and records nothing.
    const rows = () => t.ctx.db.selectFrom('audit_log').select('data').where('action', '=', 'retention.purged').execute();
    expect((await rows()).map((r) => r.data)).toEqual([expect.objectContaining({ journalEntries: 2, evidenceLinks: 2, evidenceFiles: 1 })]);
    expect(await purgeExpiredRecords(t.ctx)).toEqual({ journalEntries: 0, evidenceLinks: 0, evidenceFiles: 0, auditRows: 0 });
    expect(await rows()).toHaveLength(1);

    // Still refused outside a retention pass: the append-only triggers stand.
    await expect(t.ctx.db.deleteFrom('journal_entries').where('id', '=', recent).execute()).rejects.toThrow(/never deleted/);
    await expect(t.ctx.db.deleteFrom('entry_decisions').where('entry_id', '=', recent).execute()).rejects.toThrow(/append-only/);
  });

  it('runs in batches: a pass stops at its budget and the next one goes on where it stopped', async () => {
    const p = people();
    for (let i = 0; i < 30; i++) await entry(p.staff3!.id, `2014-0${1 + (i % 9)}-${String(1 + Math.floor(i / 9)).padStart(2, '0')}`);
    const left = async () => (await t.ctx.db.selectFrom('journal_entries').select('id').where('employee_id', '=', p.staff3!.id).where('work_date', '<', '2016-01-01').execute()).length;
    // Batches of 4, three a pass: 12, 12, then the last 6.
    expect((await purgeExpiredRecords(t.ctx, { batch: 4, batches: 3 })).journalEntries).toBe(12);
    expect(await left()).toBe(18);
    expect((await purgeExpiredRecords(t.ctx, { batch: 4, batches: 3 })).journalEntries).toBe(12);
    expect((await purgeExpiredRecords(t.ctx, { batch: 4, batches: 3 })).journalEntries).toBe(6);
    expect(await left()).toBe(0);
  });
});

describe('retention of the audit trail', () => {
  it('cuts a chain’s old end behind a signed checkpoint; verify starts there, and finds a forged checkpoint or a missing row', async () => {
    // A chain of its own: five rows of 2014, two of today.
    const X = newId();
    await t.ctx.db.insertInto('agencies').values({ id: X, code: 'ARSIP', name: 'Dinas Arsip', short_name: 'Arsip', time_zone: 'Asia/Pontianak' }).execute();
    for (let i = 1; i <= 5; i++) {
      await t.ctx.db.insertInto('audit_log').values({ agency_id: X, at: new Date(`2014-01-0${i}T01:00:00Z`), actor_account_id: null, action: 'old.event', entity: 'x', entity_id: String(i), data: JSON.stringify({ i }) }).execute();
    }
    for (let i = 6; i <= 7; i++) await t.ctx.db.insertInto('audit_log').values({ agency_id: X, actor_account_id: null, action: 'new.event', entity: 'x', entity_id: String(i), data: JSON.stringify({ i }) }).execute();
    const ring = await serverKeyring(t.ctx.config.totpKeyFile);

    // The database refuses to cut rows younger than 365 days, whatever the caller asks.
    await expect(cutChainBatch(t.ctx.db, t.ctx.config.totpKeyFile, X, new Date('2100-01-01T00:00:00Z'), 6)).rejects.toThrow(/younger than 365 days/);

    // The next day's pass cuts the five (the audit step runs once a day).
    t.setNow(new Date(NOW.getTime() + 86_400_000));
    const result = await purgeExpiredRecords(t.ctx);
    expect(result.auditRows).toBe(5);
    const chain = await t.ctx.db.selectFrom('audit_log').select(['chain_seq', 'action', 'data']).where('agency_id', '=', X).orderBy('chain_seq').execute();
    expect(chain.map((r) => [Number(r.chain_seq), r.action])).toEqual([
      [6, 'new.event'],
      [7, 'new.event'],
      [8, 'retention.audit_cut'],
    ]);
    expect(chain[2]!.data).toMatchObject({ rows: 5, throughSeq: 5 });

    const [report] = await verifyAuditChains(t.ctx.db, { agencyId: X }, ring);
    expect(report).toMatchObject({ rows: 3, broken: null, head: { seq: 8 }, cut: { seq: 5, rows: 5, signature: 'ok' } });
    expect(describeReports([report!]).lines[0]).toMatch(/^OK {5}OPD ARSIP: 3 catatan.*dipotong masa simpan sampai no\. 5 .*tanda tangan sah/);
    // Without the key file the chain still verifies; the signature is not checked.
    expect((await verifyAuditChains(t.ctx.db, { agencyId: X }, null))[0]).toMatchObject({ broken: null, cut: { signature: 'no-key' } });
    // The whole trail verifies (other chains untouched).
    expect(describeReports(await verifyAuditChains(t.ctx.db, undefined, ring)).ok).toBe(true);

    // A forged checkpoint (someone who can write the database but lacks the key moves it on) is found.
    await t.ctx.db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger audit_log_no_update`.execute(trx);
      await sql`delete from audit_log where agency_id = ${X} and chain_seq = 6`.execute(trx);
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(trx);
    });
    const gap = (await verifyAuditChains(t.ctx.db, { agencyId: X }, ring))[0]!;
    expect(gap.broken).toMatchObject({ seq: 7, problem: { kind: 'missing', expectedSeq: 6, foundSeq: 7 } });
    const hash6 = (await t.ctx.db.selectFrom('audit_log').select('prev_hash').where('agency_id', '=', X).where('chain_seq', '=', 7).executeTakeFirstOrThrow()).prev_hash;
    await sql`insert into audit_checkpoints (agency_id, through_seq, through_hash, through_at, rows_cut, key_id, signature) values (${X}, 6, ${hash6}, now(), 1, ${ring.current.id}, ${'0'.repeat(64)})`.execute(t.ctx.db);
    const forged = (await verifyAuditChains(t.ctx.db, { agencyId: X }, ring))[0]!;
    expect(forged.broken).toMatchObject({ seq: 6, problem: { kind: 'checkpoint' } });
    expect(describeReports([forged]).ok).toBe(false);
  });
});
