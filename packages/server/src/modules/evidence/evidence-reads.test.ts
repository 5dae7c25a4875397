/**
 * Who read my data, for evidence files (issue 20): a file opened through my journal by my supervisor,
 * an admin or an auditor is listed for me, once a day; the file's metadata counts as the file; my own
 * opening, and a file opened by the one who uploaded it, are not; a refused read records nothing.
 */
import type { DataReadsAnswer } from '@kinerja/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf } from './samples.js';

let t: TestApp;
let staff: Client;
let sha: string;
let shaOfBoss: string;

const readsOf = async (c: Client) => {
  const res = await c.get('/api/v1/me/data-reads');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as DataReadsAnswer).reads.filter((r) => r.kind === 'evidence');
};

beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
  sha = await staff.upload(samplePdf('Notulen rapat koordinasi'), 'application/pdf');
  const entryId = '0190b7a0-0077-7000-8000-000000000001';
  expect((await staff.send('PUT', `/api/v1/journal/entries/${entryId}`, { workDate: '2026-11-23', activityCode: 'ADM-001', volume: 1 })).statusCode).toBe(201);
  expect((await staff.send('POST', `/api/v1/journal/entries/${entryId}/evidence`, { sha256: sha, fileName: 'notulen.pdf' })).statusCode).toBe(200);
  // The supervisor's own upload, attached to nobody's entry.
  const boss = await signIn(t.app, t.fixture.people.kasubbag!.nip);
  shaOfBoss = await boss.upload(samplePdf('Surat tugas'), 'application/pdf');
});
afterAll(() => t.close());

describe('evidence reads in who-read-my-data', () => {
  it('my own opening of my file is not listed', async () => {
    expect((await staff.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/evidence/${sha}/meta`)).statusCode).toBe(200);
    expect(await readsOf(staff)).toEqual([]);
  });

  it('lists the supervisor, an admin and the province auditor who opened it, once a day each, and nobody for a refused read', async () => {
    const p = t.fixture.people;
    const boss = await signIn(t.app, p.kasubbag!.nip);
    const admin = await signIn(t.app, p.adminA!.nip);
    const auditor = await signIn(t.app, p.auditor!.nip);
    const peer = await signIn(t.app, p.staff2!.nip);
    for (let i = 0; i < 3; i++) expect((await boss.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/evidence/${sha}/meta`)).statusCode).toBe(200);
    expect((await auditor.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
    // A peer may not read it: 404, and no read of anyone is recorded.
    expect((await peer.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(404);
    // The supervisor opening a file they uploaded reads nobody's data.
    expect((await boss.get(`/api/v1/evidence/${shaOfBoss}`)).statusCode).toBe(200);

    const reads = await readsOf(staff);
    expect(reads.map((r) => `${r.date} ${r.reader.role} ${r.reader.nip}`).sort()).toEqual(
      [`2026-11-23 agency_admin ${p.adminA!.nip}`, `2026-11-23 auditor ${p.auditor!.nip}`, `2026-11-23 employee ${p.kasubbag!.nip}`].sort(),
    );
    const rows = await t.ctx.db.selectFrom('personal_data_reads').select(['employee_id', 'reader_account_id']).where('kind', '=', 'evidence').execute();
    expect(rows.every((r) => r.employee_id === p.staff1!.id)).toBe(true);
    expect(rows.map((r) => r.reader_account_id)).not.toContain(p.staff2!.accountId);
    expect(rows).toHaveLength(3);
  });
});
