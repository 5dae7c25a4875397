import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import type { DataReadsAnswer } from '@kinerja/core/api';

/**
 * Who looked at my data: the supervisor opening my day under validation and an admin opening my
 * profile are listed for me, once per day however often; my own reads are not.
 */
let t: TestApp;
let staff: Client;
let boss: Client;
let admin: Client;
let auditor: Client;
let A: string;
let staffId: string;

const DAY = '2026-11-20';
const readsOf = async (c: Client, query = '') => {
  const res = await c.get(`/api/v1/me/data-reads${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DataReadsAnswer;
};

beforeAll(async () => {
  t = await createTestApp();
  const p = t.fixture.people;
  A = t.fixture.agencyIds.A;
  staffId = p.staff1!.id;
  staff = await signIn(t.app, p.staff1!.nip);
  boss = await signIn(t.app, p.kasubbag!.nip);
  admin = await signIn(t.app, p.adminA!.nip);
  auditor = await signIn(t.app, p.auditor!.nip);
  expect((await staff.send('PUT', '/api/v1/journal/entries/0190b7a0-0001-7000-8000-000000000001', { workDate: DAY, activityCode: 'ADM-002', volume: 1 })).statusCode).toBe(201);
  expect((await staff.send('POST', `/api/v1/journal/days/${DAY}/submit`)).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('who read my data', () => {
  it('starts empty, and my own reads are not listed', async () => {
    expect((await staff.get(`/api/v1/agencies/${A}/employees/${staffId}`)).statusCode).toBe(200);
    expect((await readsOf(staff)).reads).toEqual([]);
  });

  it('lists the supervisor reading my day under validation (inbox and the day) once a day, and an admin opening my profile', async () => {
    expect((await boss.get('/api/v1/validation/inbox')).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) expect((await boss.get(`/api/v1/validation/people/${staffId}/days/${DAY}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/agencies/${A}/employees/${staffId}`)).statusCode).toBe(200);

    const { reads } = await readsOf(staff);
    const shown = reads.map((r) => ({ kind: r.kind, name: r.reader.name, role: r.reader.role, date: r.date })).sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1));
    expect(shown).toEqual([
      { kind: 'profile', name: 'Rina Marlina', role: 'agency_admin', date: '2026-11-23' },
      { kind: 'validation', name: 'Budi Santoso', role: 'employee', date: '2026-11-23' },
    ]);
    expect(reads.find((r) => r.kind === 'profile')!.reader.nip).toBe(t.fixture.people.adminA!.nip);
    // Nobody else sees them: the supervisor's own list holds none of this.
    expect((await readsOf(boss)).reads).toEqual([]);
  });

  it('keeps each day apart, newest first', async () => {
    t.setNow(new Date('2026-11-24T03:00:00Z'));
    expect((await admin.get(`/api/v1/agencies/${A}/employees/${staffId}`)).statusCode).toBe(200);
    const { reads, from, to } = await readsOf(staff);
    expect(to).toBe('2026-11-24');
    expect(from).toBe('2026-08-27');
    expect(reads.map((r) => `${r.date} ${r.kind}`)).toEqual(['2026-11-24 profile', '2026-11-23 profile', '2026-11-23 validation']);
    expect((await readsOf(staff, '?from=2026-11-24&to=2026-11-24')).reads).toHaveLength(1);
  });

  it('refuses a reversed or over-long range, and answers 404 to an account without an employee record', async () => {
    const reversed = await staff.get('/api/v1/me/data-reads?from=2026-11-24&to=2026-11-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('VALIDATION');
    expect((await staff.get('/api/v1/me/data-reads?from=2024-01-01&to=2026-11-01')).statusCode).toBe(400);
    expect((await staff.get('/api/v1/me/data-reads?from=bukan-tanggal')).statusCode).toBe(400);
    expect((await auditor.get('/api/v1/me/data-reads')).statusCode).toBe(404);
  });
});
