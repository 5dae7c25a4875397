/**
 * A leave request's attachment (issue 18 item 5): read through the evidence path by the employee,
 * the supervisor who decides the leave (here the Plt Kabid over staff3's vacant Seksi head) and the
 * agency's admins; the read is listed in the employee's who-read-my-data. A colleague, a supervisor
 * of someone else and another agency's admin get the same 404 as for a file that does not exist.
 */
import { randomUUID } from 'node:crypto';
import type { DataReadsAnswer, LeaveRequest } from '@kinerja/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf } from '../evidence/samples.js';

let t: TestApp;
let staff3: Client;
let sha: string;
let req: LeaveRequest;

const evidenceReadsOf = async (c: Client) => {
  const res = await c.get('/api/v1/me/data-reads');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as DataReadsAnswer).reads.filter((r) => r.kind === 'evidence');
};

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-12-01T03:00:00Z'));
  staff3 = await signIn(t.app, t.fixture.people.staff3!.nip);
  sha = await staff3.upload(samplePdf('Surat keterangan dokter'), 'application/pdf');
  const created = await staff3.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode: 'cuti_sakit', from: '2026-11-25', to: '2026-11-26', reason: 'Sakit demam', attachmentSha256: sha });
  expect(created.statusCode, created.body).toBe(201);
  req = created.json() as LeaveRequest;
});
afterAll(() => t.close());

describe("a leave request's attachment", () => {
  it('is read by the supervisor who decides it (a Plt) and the agency admin, and each read is recorded', async () => {
    const p = t.fixture.people;
    expect(req.approver?.id).toBe(p.sekretaris!.id);
    expect(req.attachmentSha256).toBe(sha);
    const plt = await signIn(t.app, p.sekretaris!.nip);
    const admin = await signIn(t.app, p.adminA!.nip);
    expect(await evidenceReadsOf(staff3)).toEqual([]);
    const read = await plt.get(`/api/v1/evidence/${sha}`);
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await plt.get(`/api/v1/evidence/${sha}/meta`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
    // The employee's own opening is not a read of anyone else's data.
    expect((await staff3.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
    const reads = await evidenceReadsOf(staff3);
    expect(reads.map((r) => `${r.reader.role} ${r.reader.nip}`).sort()).toEqual([`agency_admin ${p.adminA!.nip}`, `employee ${p.sekretaris!.nip}`].sort());
    // Still readable once decided: the attachment stays with the request.
    expect((await plt.send('POST', `/api/v1/attendance/leave-requests/${req.id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await plt.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
  });

  it('is refused to a colleague, a supervisor of someone else and another agency admin, as if it did not exist', async () => {
    const p = t.fixture.people;
    const missing = await staff3.get(`/api/v1/evidence/${'0'.repeat(64)}`);
    expect(missing.statusCode).toBe(404);
    for (const nip of [p.staff1!.nip, p.staff2!.nip, p.kasubbag!.nip, p.adminB!.nip]) {
      const c = await signIn(t.app, nip);
      for (const url of [`/api/v1/evidence/${sha}`, `/api/v1/evidence/${sha}/meta`]) {
        const res = await c.get(url);
        expect(res.statusCode, `${nip} ${url}`).toBe(404);
        expect(res.json()).toEqual(missing.json());
      }
    }
    // Refused reads record nothing.
    const readers = (await evidenceReadsOf(staff3)).map((r) => r.reader.nip);
    for (const nip of [p.staff1!.nip, p.staff2!.nip, p.kasubbag!.nip, p.adminB!.nip]) expect(readers).not.toContain(nip);
  });
});
