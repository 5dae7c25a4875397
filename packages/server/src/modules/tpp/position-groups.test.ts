/**
 * Rule sets per position group (issue 19 item 1): the BKD stores a rule set scoped to a group, the
 * agency's admin puts a post into it, and whoever holds the post is computed with it — in the run
 * (recorded per row, reproduced from the snapshot with identical rupiah), in the live estimate and
 * in the what-if (a group-scoped draft counts only that group's employees) — while everyone else
 * stays under the agency's or region's set.
 */
import { SHIPPED_TPP_RULE_SETS, type TppEmployeeResult, type TppRuleSet } from '@kinerja/core';
import type { TppEmployeeMonthAnswer, TppMyAnswer, TppPositionGroupsAnswer, TppRunDetail, TppWhatIfAnswer } from '@kinerja/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { reproduceRun } from './index.js';

let t: TestApp;
let bkd: Client;
let admin: Client;
let A: string;
const people = () => t.fixture.people;
const groupsPath = () => `/api/v1/agencies/${A}/tpp/position-groups`;

async function ok<T>(res: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<T> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body.slice(0, 400)}`);
  return r.json() as T;
}
async function resultOf(month: string, key: string): Promise<TppEmployeeResult> {
  const answer = await ok<TppEmployeeMonthAnswer>(admin.get(`/api/v1/agencies/${A}/tpp/employees/${people()[key]!.id}/months/${month}`));
  return answer.result as TppEmployeeResult;
}

/** The region's set with kelas 6 paid 4.000.000 instead of 3.000.000, for the "pelaksana" group only. */
const base = SHIPPED_TPP_RULE_SETS['kalbar-default'] as TppRuleSet;
const pelaksana = (version: number, kelas6: number): TppRuleSet => ({
  ...base,
  id: 'kalbar-pelaksana',
  version,
  name: 'TPP pelaksana (contoh kelompok jabatan)',
  scope: { positionGroups: ['pelaksana'] },
  basic: { kind: 'table', perKelas: { ...(base.basic as { perKelas: Record<string, number> }).perKelas, '6': kelas6 } },
});

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  bkd = await signIn(t.app, people().bkdAdmin!.nip);
  admin = await signIn(t.app, people().adminA!.nip);
  await ok(bkd.send('POST', '/api/v1/tpp/rule-sets', { document: base }));
  await ok(bkd.send('POST', '/api/v1/tpp/rule-sets', { document: pelaksana(1, 4_000_000) }));
  const p = people();
  for (const key of ['staff1', 'staff3']) {
    await ok(admin.send('PUT', `/api/v1/agencies/${A}/tpp/payroll/${p[key]!.id}`, { golongan: 'III/b', salary: 3_800_000, cpns: false, kelasOverride: null, objective: null, bankAccount: { bank: 'Bank Kalbar', number: `1002${key.length}0${key.at(-1)}`, holder: p[key]!.name } }));
  }
}, 120_000);
afterAll(() => t?.close());

describe('position groups', () => {
  it('lists the groups stored rule sets name and the agency\'s posts, none in a group yet', async () => {
    const a = await ok<TppPositionGroupsAnswer>(admin.get(groupsPath()));
    expect(a.groups).toEqual([{ code: 'pelaksana', ruleSets: [{ id: 'kalbar-pelaksana', version: 1, name: 'TPP pelaksana (contoh kelompok jabatan)' }] }]);
    const post = a.posts.find((x) => x.code === 'PENGADM')!;
    expect([post.name, post.kelas, post.group]).toEqual(['Pengadministrasi Perkantoran', 6, null]);
    expect(a.posts.some((x) => x.code === 'GURU')).toBe(false); // another agency's post
  });

  it('refuses a group no rule set names, another agency\'s post, and anyone without tpp.manage', async () => {
    const pengadm = t.fixture.positions.PENGADM!.id;
    const unknown = await admin.send('PUT', groupsPath(), { positionIds: [pengadm], group: 'guru' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'group' }] } });
    expect((await admin.send('PUT', groupsPath(), { positionIds: [t.fixture.positions.GURU!.id], group: 'pelaksana' })).statusCode).toBe(404);
    const staff = await signIn(t.app, people().staff1!.nip);
    expect((await staff.send('PUT', groupsPath(), { positionIds: [pengadm], group: 'pelaksana' })).statusCode).toBe(403);
    const adminB = await signIn(t.app, people().adminB!.nip);
    expect((await adminB.send('PUT', groupsPath(), { positionIds: [pengadm], group: 'pelaksana' })).statusCode).toBe(403);
    expect((await ok<TppPositionGroupsAnswer>(admin.get(groupsPath()))).posts.find((x) => x.code === 'PENGADM')!.group).toBeNull();
  });

  it('the holder of a post in the group is computed with the group\'s rule set; the others with the region\'s; reproduced identically', async () => {
    const a = await ok<TppPositionGroupsAnswer>(admin.send('PUT', groupsPath(), { positionIds: [t.fixture.positions.PENGADM!.id], group: 'pelaksana' }));
    expect(a.posts.find((x) => x.code === 'PENGADM')!.group).toBe('pelaksana');
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'data']).where('action', '=', 'tpp.position_groups.set').execute();
    expect(audit).toHaveLength(1);

    const detail = await ok<TppRunDetail>(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: '2026-10' }));
    expect(detail.run.ruleSet).toMatchObject({ id: 'kalbar-default', version: 1 });
    const s1 = await resultOf('2026-10', 'staff1'); // PENGADM, kelas 6
    expect(s1.ruleSet).toEqual({ id: 'kalbar-pelaksana', version: 1 });
    expect(s1.basic).toBe(4_000_000);
    const s3 = await resultOf('2026-10', 'staff3'); // EPID, kelas 9, no group
    expect(s3.ruleSet).toEqual({ id: 'kalbar-default', version: 1 });
    expect(s3.basic).toBe(4_500_000);
    // Both versions are now used: neither can be replaced.
    const used = await t.ctx.db.selectFrom('tpp_rule_sets').select(['rule_set_id', 'used_at']).execute();
    expect(used.every((r) => r.used_at !== null)).toBe(true);
    expect((await bkd.send('POST', '/api/v1/tpp/rule-sets', { document: pelaksana(1, 3_500_000) })).statusCode).toBe(409);

    // A later version of the group's set does not change the stored month: reproduced with the version each row used.
    await ok(bkd.send('POST', '/api/v1/tpp/rule-sets', { document: pelaksana(2, 3_500_000) }));
    const again = await reproduceRun(t.ctx, A, detail.run.id);
    expect(again.length).toBeGreaterThan(2);
    for (const r of again) expect(JSON.parse(JSON.stringify(r.recomputed))).toEqual(r.stored);
    const row = await t.ctx.db.selectFrom('tpp_run_employees').select(['position_group', 'rule_set_id', 'rule_set_version']).where('agency_id', '=', A).where('employee_id', '=', people().staff1!.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ position_group: 'pelaksana', rule_set_id: 'kalbar-pelaksana', rule_set_version: 1 });
  });

  it('the live estimate uses the group\'s set in force (the newest version)', async () => {
    const staff1 = await signIn(t.app, people().staff1!.nip);
    const mine = await ok<TppMyAnswer>(staff1.get('/api/v1/tpp/me?month=2026-09'));
    expect(mine.detail.month.source).toBe('estimate');
    expect((mine.detail.result as TppEmployeeResult).ruleSet).toEqual({ id: 'kalbar-pelaksana', version: 2 });
    expect((mine.detail.result as TppEmployeeResult).basic).toBe(3_500_000);
  });

  it('what-if: a draft scoped to the group counts only that group\'s employees', async () => {
    const r = await ok<TppRunDetail>(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs/${(await t.ctx.db.selectFrom('tpp_runs').select('id').where('agency_id', '=', A).where('month', '=', '2026-10').executeTakeFirstOrThrow()).id}/check`, {}));
    await ok(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs/${r.run.id}/lock`, { acceptNotFinal: true }));
    const rows = await t.ctx.db.selectFrom('tpp_run_employees').select(['position_group', 'input']).where('agency_id', '=', A).where('run_id', '=', r.run.id).execute();
    const inGroup = rows.filter((x) => x.position_group === 'pelaksana' && x.input !== null).length;
    expect(inGroup).toBeGreaterThanOrEqual(1);
    const scoped = await ok<TppWhatIfAnswer>(bkd.send('POST', '/api/v1/tpp/what-if', { month: '2026-10', document: pelaksana(3, 5_000_000), agencyIds: [A] }));
    expect(scoped.total.employees).toBe(inGroup);
    const wide = await ok<TppWhatIfAnswer>(bkd.send('POST', '/api/v1/tpp/what-if', { month: '2026-10', document: { ...base, version: 9 }, agencyIds: [A] }));
    expect(wide.total.employees).toBe(rows.filter((x) => x.input !== null).length);
  });

  it('a post taken out of the group goes back to the region\'s set', async () => {
    const a = await ok<TppPositionGroupsAnswer>(admin.send('PUT', groupsPath(), { positionIds: [t.fixture.positions.PENGADM!.id], group: null }));
    expect(a.posts.find((x) => x.code === 'PENGADM')!.group).toBeNull();
    const staff1 = await signIn(t.app, people().staff1!.nip);
    const mine = await ok<TppMyAnswer>(staff1.get('/api/v1/tpp/me?month=2026-09'));
    expect((mine.detail.result as TppEmployeeResult).ruleSet).toEqual({ id: 'kalbar-default', version: 1 });
  });
});
