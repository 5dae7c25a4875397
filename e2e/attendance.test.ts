/**
 * Attendance at 360 px (issue 18, done-when): a machine pushes the demo employee's late arrival
 * (08:15 against 07:30: 45 minutes, TL2 in the Kementan table), the employee sees TL2 on their
 * month, on the day's detail and on the journal day; asks for a day of leave with a reason, which
 * their supervisor approves from the approvals list after seeing the late arrival on "Tim hari ini";
 * the agency admin sees the machine (scans today, last seen), accepts a waiting serial, and
 * downloads the month's recap as XLSX with the employee's 45 minutes and TL2 in it.
 *
 * The day is a Monday to Thursday ahead of the demo's punches, 10:00 in Pontianak (WIB), on the
 * server's and the phones' clocks, so the demo's own punches never decide the arrival.
 */
import ExcelJS from 'exceljs';
import { addDays, localDateOf, startOfLocalDay, weekdayOf } from '@kinerja/core';
import { signIn as signInApi } from '@kinerja/server/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

const TZ = 'Asia/Pontianak';
const SERIAL = 'E2EATT0001';
const MINI_PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

let e: E2E;
let day = '';
let agencyId = '';
const at = (date: string, hour: number, minute = 0) => new Date(startOfLocalDay(date, TZ).getTime() + (hour * 60 + minute) * 60_000);

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const staff = () => account(/^Pegawai \(pelaksana\) di Dinas Kesehatan/);
const boss = () => account(/^Atasan langsung/);
const admin = () => account(/^Admin OPD Dinas Kesehatan/);

/** What a ZKTeco machine sends (ADMS push): the handshake, then one ATTLOG batch. */
async function machinePush(serial: string, lines: string[]): Promise<{ status: number; body: string }> {
  const headers = { host: 'kinerja.local', 'user-agent': 'iClock Proxy/1.09', 'content-type': 'text/plain' };
  await e.server.app.inject({ method: 'GET', url: `/iclock/cdata?SN=${serial}&options=all&pushver=2.4.1&language=69`, headers });
  const res = await e.server.app.inject({ method: 'POST', url: `/iclock/cdata?SN=${serial}&table=ATTLOG&Stamp=${lines.length}`, headers, payload: lines.join('\n') + '\n' });
  return { status: res.statusCode, body: res.body };
}

async function phone(who: { nip: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const p = await e.newPhone();
  await p.context.clock.install({ time: at(day, 10) });
  await p.page.goto(e.baseUrl);
  await p.page.getByTestId('login-nip').fill(who.nip);
  await p.page.getByTestId('login-password').fill(who.password);
  await p.page.getByTestId('login-submit').click();
  await p.page.getByTestId('header-user').waitFor();
  return p;
}

beforeAll(async () => {
  e = await startE2E({ serverClock: true });
  // A working day (Monday to Thursday, not a holiday) at least two days ahead.
  const bkd = await signInApi(e.server.app, account(/^Admin BKD/).nip, account(/^Admin BKD/).password);
  day = addDays(localDateOf(new Date(), TZ), 2);
  for (;;) {
    const holidays = (await bkd.get(`/api/v1/holidays?year=${day.slice(0, 4)}`)).json() as { items: { date: string }[] };
    if (['mon', 'tue', 'wed', 'thu'].includes(weekdayOf(day)) && !holidays.items.some((h) => h.date === day)) break;
    day = addDays(day, 1);
  }
  const start = at(day, 10).getTime();
  const realStart = Date.now();
  e.setServerNow(() => new Date(start + (Date.now() - realStart)));

  const a = await signInApi(e.server.app, admin().nip, admin().password);
  agencyId = ((await a.get('/api/v1/me')).json() as { agency: { id: string } }).agency.id;
  const reg = await a.send('POST', `/api/v1/agencies/${agencyId}/attendance/machines`, { serialNumber: SERIAL, name: 'Mesin lobi utama', zone: 'WIB' });
  expect(reg.statusCode).toBe(201);
  // The employee scans in at 08:15 (PIN = NIP); a colleague's scan at 07:20 on the same machine.
  const pushed = await machinePush(SERIAL, [`${staff().nip}\t${day} 08:15:00\t0\t1\t0\t0`, `${boss().nip}\t${day} 07:20:00\t0\t1\t0\t0`]);
  expect(pushed).toEqual({ status: 200, body: 'OK: 2' });
  // A machine nobody registered yet waits for an admin.
  expect((await machinePush('E2EWAIT0001', [])).status).toBe(403);
});

afterAll(async () => {
  await e?.close();
});

describe('attendance', () => {
  let leaveReason = '';

  it('shows the employee their late arrival as TL2: on the journal day, the month and the day', async () => {
    const { context, page } = await phone(staff());
    await page.goto(`${e.baseUrl}/#/jurnal/${day}`);
    await expect.poll(() => page.getByTestId('day-attendance').innerText(), { timeout: 30_000 }).toContain('TL2, terlambat 45 menit');
    await screen(page, 'attendance-journal-day');

    await page.getByTestId('nav-presensi').click();
    await page.getByTestId('att-month-title').waitFor();
    const cell = page.locator(`[data-testid="att-day"][data-date="${day}"]`);
    await expect.poll(() => cell.getAttribute('data-code'), { timeout: 30_000 }).toBe('TL2');
    expect(await cell.innerText()).toContain('TL2');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'attendance-month');
    await cell.click();
    expect(await page.getByTestId('att-day-line').innerText()).toBe('TL2, terlambat 45 menit');
    expect(await page.getByTestId('att-day-arrival').innerText()).toBe('08.15');
    await screen(page, 'attendance-day', '[data-testid="att-day-detail"]');
    await screen(page, 'attendance-summary', '[data-testid="att-summary"]');

    // A day of leave the day after, with the reason in the employee's words.
    const tomorrow = addDays(day, 1);
    leaveReason = 'Mengantar orang tua berobat ke Pontianak';
    await page.getByTestId('att-ask-leave').click();
    await page.getByTestId('att-leave-form').waitFor();
    await page.getByTestId('att-leave-type').selectOption('cuti_tahunan');
    await page.getByTestId('att-leave-from').fill(tomorrow);
    await page.getByTestId('att-leave-to').fill(tomorrow);
    await page.getByTestId('att-leave-reason').fill(leaveReason);
    // The doctor's note as a PDF, through the journal's evidence upload.
    await page.getByTestId('att-attachment-file').setInputFiles({ name: 'surat-dokter.pdf', mimeType: 'application/pdf', buffer: Buffer.from(MINI_PDF, 'latin1') });
    await expect.poll(() => page.getByTestId('att-attachment').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'attendance-leave-form');
    await page.getByTestId('att-leave-submit').click();
    await expect.poll(() => page.getByTestId('att-leave-flash').innerText()).toContain('Pengajuan terkirim');
    const mine = page.locator('[data-testid="att-leave-item"]').first();
    expect(await mine.getAttribute('data-status')).toBe('pending');
    await screen(page, 'attendance-leave');
    await context.close();
  });

  it('shows the supervisor the late arrival on the team today, and lets them approve the leave', async () => {
    const { context, page } = await phone(boss());
    await page.goto(`${e.baseUrl}/#/presensi/tim`);
    await page.getByTestId('att-team-title').waitFor();
    const row = page.locator(`[data-testid="att-team-person"][data-nip="${staff().nip}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-code')).toBe('TL2');
    expect(await row.getByTestId('att-team-status').innerText()).toBe('TL2, terlambat 45 menit');
    expect(await page.getByTestId('att-team-late').locator(`[data-nip="${staff().nip}"]`).count()).toBe(1);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'attendance-team-today');

    await page.getByTestId('att-tab-approvals').click();
    await page.getByTestId('att-approvals-title').waitFor();
    const item = page.locator('[data-testid="att-leave-item"]', { hasText: leaveReason });
    await item.waitFor();
    expect(await item.getByTestId('att-leave-attachment').count()).toBe(1);
    await expectReadable(page);
    await screen(page, 'attendance-approvals');
    await item.getByTestId('att-approval-note').fill('Semoga lekas sembuh.');
    await item.getByTestId('att-approve').click();
    await expect.poll(() => page.getByTestId('att-approvals-flash').innerText()).toContain('disetujui');
    await context.close();

    // The employee's month now shows the approved day of leave.
    const s = await phone(staff());
    await s.page.goto(`${e.baseUrl}/#/presensi/bulan/${addDays(day, 1).slice(0, 7)}`);
    await expect.poll(() => s.page.locator(`[data-testid="att-day"][data-date="${addDays(day, 1)}"]`).getAttribute('data-code'), { timeout: 30_000 }).toBe('CUTI');
    await s.context.close();
  });

  it('shows the admin the machine and a waiting serial, and gives the month as XLSX with the late arrival in it', async () => {
    const { context, page } = await phone(admin());
    await page.goto(`${e.baseUrl}/#/presensi/instansi`);
    const machine = page.locator(`[data-testid="machine-item"][data-serial="${SERIAL}"]`);
    await machine.waitFor();
    expect(await machine.getByTestId('machine-punches').innerText()).toBe('2');
    expect(await machine.getByTestId('machine-last-seen').innerText()).not.toBe('belum pernah');
    const waiting = page.locator('[data-testid="pending-serial"][data-serial="E2EWAIT0001"]');
    await waiting.waitFor();
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'attendance-machines');
    await waiting.getByTestId('pending-name').fill('Mesin aula');
    await waiting.getByTestId('pending-accept').click();
    await page.locator('[data-testid="machine-item"][data-serial="E2EWAIT0001"]').waitFor();

    // The employee scans out at 16:05; the next morning the day is final and counts in the month.
    expect(await machinePush(SERIAL, [`${staff().nip}\t${day} 16:05:00\t1\t1\t0\t0`])).toEqual({ status: 200, body: 'OK: 1' });
    const next = at(addDays(day, 1), 10).getTime();
    const realNext = Date.now();
    e.setServerNow(() => new Date(next + (Date.now() - realNext)));
    const month = day.slice(0, 7);
    const own = await signInApi(e.server.app, staff().nip, staff().password);
    const summary = ((await own.get(`/api/v1/attendance/me/month?month=${month}`)).json() as { summary: { late: { TL2: number }; minutesLate: number; tk: number; present: number } }).summary;
    expect(summary.late.TL2).toBeGreaterThanOrEqual(1);
    expect(summary.minutesLate).toBeGreaterThanOrEqual(45);

    await page.goto(`${e.baseUrl}/#/presensi/instansi/${agencyId}/rekap?bulan=${month}`);
    await page.getByTestId('att-recap').waitFor();
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'attendance-recap', '[data-testid="att-recap"]');
    const href = await page.getByTestId('att-recap-xlsx').getAttribute('href');
    expect(href).toContain(`month=${month}`);
    const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url!)).arrayBuffer())), href);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? '')))));
    const header = rows.find((r) => r.includes('TL2'))!;
    const mine = rows.find((r) => r[0] === staff().nip)!;
    expect(header, 'a header row with the TL bands').toBeDefined();
    expect(mine, "the employee's row").toBeDefined();
    // The recap says what the employee's own month says, the late arrival included.
    expect(Number(mine[header.indexOf('TL2')])).toBe(summary.late.TL2);
    expect(Number(mine[header.indexOf('Menit terlambat')])).toBe(summary.minutesLate);
    expect(Number(mine[header.indexOf('TK')])).toBe(summary.tk);
    expect(Number(mine[header.indexOf('Hadir')])).toBe(summary.present);

    await page.getByTestId('att-tab-jadwal').click();
    await page.getByTestId('att-schedules').waitFor();
    await expectReadable(page);
    await screen(page, 'attendance-schedules');
    await context.close();
  });

  it("lets the admin choose the agency's lateness table, refuses a falling amount, and switches a leave type off", async () => {
    const { context, page } = await phone(admin());
    await page.goto(`${e.baseUrl}/#/presensi/instansi/${agencyId}/aturan`);
    await page.getByTestId('att-rules').waitFor();
    expect(await page.getByTestId('att-rules-in-force').innerText()).toContain('Kementerian Pertanian');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'attendance-rules');
    // Start from the TTU table; TL2 below TL1 is refused before anything is sent.
    await page.getByTestId('att-rules-preset').selectOption('ttu');
    const late = page.getByTestId('att-rules-late');
    await late.getByTestId('att-band-percent').nth(1).fill('0.5');
    await page.getByTestId('att-rules-save').click();
    expect(await page.getByTestId('att-rules-problems').innerText()).toContain('TL2: persen tidak boleh turun');
    await late.getByTestId('att-band-percent').nth(1).fill('2');
    await late.getByTestId('att-band-to').first().fill('20');
    expect(await late.getByTestId('att-band').nth(1).innerText()).toContain('21–30 menit');
    await expectNoSideScroll(page);
    await screen(page, 'attendance-rules-edit', '[data-testid="att-rules-late"]');
    await page.getByTestId('att-rules-save').click();
    await expect.poll(() => page.getByTestId('att-rules-in-force').innerText()).toContain('Timor Tengah Utara');
    const stored = (await (await signInApi(e.server.app, admin().nip, admin().password)).get(`/api/v1/agencies/${agencyId}/attendance/rules`)).json() as {
      inForce: { rules: { late: { bands: { code: string; from: number; to: number | null }[] } } };
    };
    expect(stored.inForce.rules.late.bands.map((b) => [b.code, b.from, b.to])).toEqual([
      ['TL1', 1, 20],
      ['TL2', 21, 30],
      ['TL3', 31, null],
    ]);
    // The leave types: switch "Izin" off; the employee is no longer offered it.
    const izin = page.locator('[data-testid="att-leave-type"][data-code="izin"]');
    await izin.getByRole('checkbox').uncheck();
    await page.getByTestId('att-leave-save').click();
    await page.getByText('Jenis cuti/izin disimpan.').waitFor();
    await screen(page, 'attendance-leave-types', '[data-testid="att-leave-types"]');
    const own = await signInApi(e.server.app, staff().nip, staff().password);
    const offered = ((await own.get('/api/v1/attendance/leave-types')).json() as { items: { code: string }[] }).items.map((i) => i.code);
    expect(offered).not.toContain('izin');
    expect(offered).toContain('cuti_tahunan');
    await context.close();
  });
});
