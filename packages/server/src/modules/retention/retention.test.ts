import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { RETENTION_DEFAULT_DAYS } from '../../config.js';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';
import { applyRetention } from './index.js';

/**
 * The retention step removes what docs/data-inventory.md says is removed, when it says, keeps
 * everything else, and records each pass that removed something (counts only).
 */
let t: TestApp;
let dataDir: string;
const START = new Date('2026-11-23T03:00:00Z');

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-retention-'));
  t = await createTestApp({ dataDir, sessionIdleDays: 14, sessionMaxDays: 60, dataReadsRetentionDays: 730 });
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const exists = (path: string) => stat(path).then(() => true, () => false);
const retentionRows = () => t.ctx.db.selectFrom('audit_log').select(['agency_id', 'actor_account_id', 'data']).where('action', '=', 'retention.applied').orderBy('chain_seq').execute();

describe('retention', () => {
  it('removes idle and expired sessions, reads past 730 days and archives past their 7 days; keeps the rest; records the counts', async () => {
    const p = t.fixture.people;
    const A = t.fixture.agencyIds.A;
    t.setNow(START);
    const idle = await signIn(t.app, p.staff1!.nip);
    const reader = await signIn(t.app, p.kasubbag!.nip);

    // Reads: on the day of the pass (15 days on, 2026-12-08) one 731 days old goes, one 730 days old stays.
    const read = (readOn: string) => ({ agency_id: A, employee_id: p.staff1!.id, read_on: readOn, kind: 'profile' as const, first_at: START, reader_account_id: p.kasubbag!.accountId, reader_role: 'employee', reader_agency_id: A, reader_employee_id: p.kasubbag!.id });
    await t.ctx.db.insertInto('personal_data_reads').values([read('2024-12-07'), read('2024-12-08')]).execute();

    // An archive that expired, with its file, and one still within its days.
    const archive = async (expiresAt: Date) => {
      const id = newId();
      await t.ctx.db.insertInto('data_exports').values({ agency_id: A, id, employee_id: p.staff1!.id, requested_by_account_id: p.staff1!.accountId, reason: null, status: 'ready', created_at: START, expires_at: expiresAt, size_bytes: 3 }).execute();
      const path = join(dataDir, 'exports', A, `${id}.zip`);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, 'zip');
      return { id, path };
    };
    const expired = await archive(new Date(START.getTime() + 86_400_000));
    const fresh = await archive(new Date(START.getTime() + 20 * 86_400_000));

    // 15 days on: the staff's session has been idle past 14 days; the supervisor's was used on day 10.
    t.setNow(new Date(START.getTime() + 10 * 86_400_000));
    expect((await reader.get('/api/v1/me')).statusCode).toBe(200);
    t.setNow(new Date(START.getTime() + 15 * 86_400_000));
    const before = (await t.ctx.db.selectFrom('sessions').select('account_id').execute()).map((s) => s.account_id);
    expect(before).toContain(p.staff1!.accountId);

    const result = await applyRetention(t.ctx);
    expect(result).toEqual({ sessions: 1, dataReads: 1, archives: 1, punches: 0, selfies: 0 });
    const sessions = (await t.ctx.db.selectFrom('sessions').select('account_id').execute()).map((s) => s.account_id);
    expect(sessions).not.toContain(p.staff1!.accountId);
    expect(sessions).toContain(p.kasubbag!.accountId);
    expect((await idle.get('/api/v1/me')).statusCode).toBe(401);
    expect((await t.ctx.db.selectFrom('personal_data_reads').select('read_on').where('employee_id', '=', p.staff1!.id).execute()).map((r) => r.read_on)).toEqual(['2024-12-08']);
    expect(await exists(expired.path)).toBe(false);
    expect(await exists(fresh.path)).toBe(true);
    const rows = await t.ctx.db.selectFrom('data_exports').select(['id', 'status']).where('id', 'in', [expired.id, fresh.id]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [expired.id]: 'failed', [fresh.id]: 'ready' });
    expect(await retentionRows()).toEqual([{ agency_id: null, actor_account_id: null, data: { sessions: 1, dataReads: 1, archives: 1, punches: 0, selfies: 0, dataReadsRetentionDays: 730, sessionIdleDays: 14, periods: { sessions: 60, dataReads: 730, exports: 7, punches: 1827, selfies: 90, journals: 3653, evidence: 3653, audit: 3653 } } }]);

    // A pass with nothing to remove writes nothing.
    expect(await applyRetention(t.ctx)).toEqual({ sessions: 0, dataReads: 0, archives: 0, punches: 0, selfies: 0 });
    expect(await retentionRows()).toHaveLength(1);

    // The absolute lifetime: 60 days after sign-in even a session in daily use goes.
    for (let d = 20; d <= 61; d += 7) {
      t.setNow(new Date(START.getTime() + d * 86_400_000));
      await reader.get('/api/v1/me');
    }
    t.setNow(new Date(START.getTime() + 61 * 86_400_000));
    expect((await applyRetention(t.ctx)).sessions).toBe(1);
  });
});

describe('retention periods as settings (KINERJA_RETENTION_<KIND>_DAYS)', () => {
  it('removes punches past their days once a day, dates archives by the exports setting, and shows the BKD admin every period', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-retention-settings-'));
    const s = await createTestApp({ dataDir: dir, retentionDays: { ...RETENTION_DEFAULT_DAYS, punches: 30, exports: 2 } });
    try {
      const A = s.fixture.agencyIds.A;
      const p = s.fixture.people;
      const now = new Date('2026-11-23T03:00:00Z');
      s.setNow(now);
      const machine = newId();
      await s.ctx.db.insertInto('attendance_machines').values({ agency_id: A, id: machine, serial_number: 'RET00001', name: 'Mesin', zone: 'WIB' }).execute();
      const punch = (pin: string, at: Date) =>
        s.ctx.db.insertInto('attendance_punches').values({ agency_id: A, machine_id: machine, pin, local_time: at.toISOString().slice(0, 19).replace('T', ' '), at, employee_id: p.staff1!.id, status: 0, verify: 1, source: 'push' }).execute();
      await punch('1', new Date(now.getTime() - 31 * 86_400_000));
      await punch('2', new Date(now.getTime() - 29 * 86_400_000));
      expect((await applyRetention(s.ctx)).punches).toBe(1);
      expect((await s.ctx.db.selectFrom('attendance_punches').select('pin').where('machine_id', '=', machine).execute()).map((r) => r.pin)).toEqual(['2']);
      // Later the same day the punches are not looked at again; the next day they are.
      s.setNow(new Date(now.getTime() + 2 * 86_400_000));
      expect((await applyRetention(s.ctx)).punches).toBe(1);

      // An archive is kept for the exports setting's days.
      const staff = await signIn(s.app, p.staff1!.nip);
      const asked = await staff.send('POST', `/api/v1/agencies/${A}/employees/${p.staff1!.id}/data-exports`, {});
      expect(asked.statusCode, asked.body).toBe(202);
      const id = asked.json().export.id as string;
      let row: { status: string; expires_at: Date | null } | undefined;
      for (let i = 0; i < 400; i++) {
        row = await s.ctx.db.selectFrom('data_exports').select(['status', 'expires_at']).where('id', '=', id).executeTakeFirst();
        if (row?.status === 'ready' || row?.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(row?.status).toBe('ready');
      expect(new Date(row!.expires_at!).getTime() - s.ctx.now().getTime()).toBe(2 * 86_400_000);

      // The BKD admin sees every period and whether it is applied; nobody else.
      const bkd = await signIn(s.app, p.bkdAdmin!.nip);
      const res = await bkd.get('/api/v1/retention');
      expect(res.statusCode, res.body).toBe(200);
      const periods = res.json().periods as { kind: string; days: number; applied: boolean; setting: string }[];
      expect(periods.map((x) => x.kind).sort()).toEqual(['audit', 'dataReads', 'evidence', 'exports', 'journals', 'punches', 'selfies', 'sessions']);
      expect(periods.find((x) => x.kind === 'punches')).toMatchObject({ days: 30, applied: true, setting: 'KINERJA_RETENTION_PUNCHES_DAYS' });
      expect(periods.find((x) => x.kind === 'journals')).toMatchObject({ days: 3653, applied: true });
      expect((await (await signIn(s.app, p.adminA!.nip)).get('/api/v1/retention')).statusCode).toBe(403);
      expect((await staff.get('/api/v1/retention')).statusCode).toBe(403);
    } finally {
      await s.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
