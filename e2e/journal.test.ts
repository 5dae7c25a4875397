/**
 * The daily journal in a real browser on a 360 px phone: search, favourites, a photo, a full day,
 * "Salin kemarin", submitting, routine sets, the week and month views, closed and future dates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@kinerja/core';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';


const EMPLOYEE_NIP = '199905292024022005';
const COMPLETE = 'Memenuhi target (belum diajukan)';
const WAITING = 'Menunggu persetujuan';

let e: E2E;
let tmp: string;
let photo: string;
/** Working days still open for logging, oldest first; and a closed one. */
let openDays: string[] = [];
let closedDay: string;
let today: string;

interface DayLite {
  date: string;
  isWorkingDay: boolean;
  windowOpen: boolean;
  status: string;
  entryCount: number;
}

beforeAll(async () => {
  e = await startE2E();
  tmp = mkdtempSync(join(tmpdir(), 'kinerja-journal-e2e-'));
  // A 12 MP-ish phone photo with the capture time in its EXIF, as a camera writes it.
  photo = join(tmp, 'foto-rapat.jpg');
  await sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 214, g: 160, b: 90 } } })
    .composite([{ input: Buffer.from('<svg width="4000" height="3000"><rect x="600" y="500" width="2800" height="2000" rx="200" fill="#0b4f8a"/><circle cx="2000" cy="1500" r="600" fill="#ffd23f"/></svg>') }])
    .withExif({ IFD2: { DateTimeOriginal: '2026:11:20 08:05:00', OffsetTimeOriginal: '+07:00' } })
    .jpeg({ quality: 92 })
    .toFile(photo);
});

afterAll(async () => {
  await e?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function employee() {
  const a = e.demo.find((d) => d.nip === EMPLOYEE_NIP) ?? e.demo.find((d) => /pelaksana/i.test(d.label));
  if (!a) throw new Error('no demo employee');
  return a;
}

async function signIn(page: Page) {
  const who = employee();
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(who.nip);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  // Employees land on their journal.
  await page.getByTestId('day-progress').waitFor();
}

async function openDay(page: Page, date: string) {
  await page.goto(`${e.baseUrl}/#/jurnal/${date}`);
  await page.locator(`[data-testid=day-title]`).waitFor();
  await page.getByTestId('day-progress').waitFor();
}

/** Types like a person, key by key, then waits until the results for that text are on screen. */
async function search(page: Page, text: string) {
  const input = page.getByTestId('activity-search');
  await input.fill('');
  await input.pressSequentially(text, { delay: 60 });
  await page.locator(`[data-testid=activity-results][data-query="${text}"]`).waitFor();
}

async function remainingMinutes(page: Page): Promise<number> {
  const text = await page.getByTestId('day-remaining').innerText();
  const m = /Sisa (\d+) menit/.exec(text);
  return m ? Number(m[1]) : 0;
}

async function saveEntry(page: Page) {
  await page.getByTestId('entry-save').click();
  await page.getByTestId('entry-sheet').waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('day-flash').innerText()).toContain('Kegiatan disimpan');
}

describe('daily journal on a 360 px phone', () => {
  it('finds the open and closed days', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page);
    const ctx = await api<{ today: string; settings: { dailyTargetMinutes: Record<string, number> } }>(page, 'GET', '/journal/context');
    expect(ctx.status).toBe(200);
    today = ctx.body.today;
    const { body } = await api<{ days: DayLite[] }>(page, 'GET', `/journal/days?from=${addDays(today, -40)}&to=${today}`);
    openDays = body.days.filter((d) => d.isWorkingDay && d.windowOpen).map((d) => d.date);
    closedDay = body.days.filter((d) => d.isWorkingDay && !d.windowOpen).at(-1)!.date;
    expect(openDays.length).toBeGreaterThanOrEqual(2);
    expect(closedDay).toBeTruthy();
    await context.close();
  });

  it('logs a full day: search "rakor", a favourite, steppers, a photo; wrong times get the server’s message', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page);
    const day = openDays.at(-2)!; // the working day before the last open one
    await openDay(page, day);
    expect(await page.getByTestId('day-status').innerText()).toBe('Belum diisi');
    expect(await page.getByTestId('day-remaining').innerText()).toMatch(/Sisa 510 menit/);

    // 1. Search with an abbreviation, star the result, pick it, add a photo.
    await page.getByTestId('add-entry').click();
    await search(page, 'rakor');
    const rakor = page.getByTestId('activity-results').getByTestId('activity-option').filter({ hasText: /rapat koordinasi/i }).first();
    const rakorCode = (await rakor.getAttribute('data-code'))!;
    expect(rakorCode).toMatch(/^UMM-/);
    await screen(page, 'journal-sheet-search');
    await expectNoSideScroll(page);
    await expectReadable(page);
    const star = page.getByTestId('activity-results').locator(`li:has([data-code="${rakorCode}"]) [data-testid=activity-fav]`);
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    await rakor.click();
    expect(await page.getByTestId('entry-activity').getAttribute('data-code')).toBe(rakorCode);
    expect(await page.getByTestId('entry-start').inputValue()).toBe('07:30');
    const rakorMinutes = Number((await page.getByTestId('entry-credited').innerText()).replace(/\D/g, ''));
    expect(rakorMinutes).toBeGreaterThanOrEqual(60);
    expect(await page.getByTestId('entry-end').inputValue()).toBe(hm(7 * 60 + 30 + rakorMinutes));
    await page.getByTestId('entry-description').fill('Rakor persiapan pelayanan kesehatan keluarga');
    await page.getByTestId('evidence-input').setInputFiles(photo);
    await page.locator('[data-testid=evidence-item][data-phase=uploaded]').waitFor({ timeout: 30_000 });
    await expectReadable(page);
    await screen(page, 'journal-sheet-form', '[data-testid=evidence-list]');
    await saveEntry(page);
    const first = page.getByTestId('journal-entry').first();
    await first.getByTestId('entry-thumb').waitFor();
    expect(await first.innerText()).toMatch(/07\.30–/);
    // The photo was shrunk on the phone and kept its capture time.
    const src = (await first.getByTestId('entry-thumb').getAttribute('src'))!;
    const meta = await page.evaluate(async (url) => (await fetch(`${url}/meta`)).json(), src);
    expect(meta.width).toBeLessThanOrEqual(1280);
    expect(meta.height).toBeLessThanOrEqual(1280);
    expect(meta.byteSize).toBeLessThan(600_000);
    expect(meta.capturedAt).toBe('2026-11-20T01:05:00.000Z');
    expect(await page.getByTestId('day-status').innerText()).toBe('Belum memenuhi target');

    // 2. The favourite is offered before typing anything; two of them with the + stepper.
    await page.getByTestId('add-entry').click();
    await page.getByTestId('picker-favourites').waitFor();
    await page.getByTestId('picker-favourites').locator(`[data-code="${rakorCode}"]`).click();
    await page.getByTestId('volume-plus').click();
    expect(await page.getByTestId('entry-volume').inputValue()).toBe('2');
    expect(await page.getByTestId('entry-credited').innerText()).toBe(`${rakorMinutes * 2} menit`);
    expect(await page.getByTestId('entry-start').inputValue()).toBe(hm(7 * 60 + 30 + rakorMinutes));
    await saveEntry(page);

    // 3. A bad input: the end before the start. The server's own words appear next to the times.
    await page.getByTestId('add-entry').click();
    await search(page, 'telaahan staf');
    await page.getByTestId('activity-results').getByTestId('activity-option').filter({ hasText: /telaahan staf/i }).first().click();
    await page.getByTestId('entry-start').fill('14:00');
    await page.getByTestId('entry-end').fill('13:00');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-error-time').waitFor();
    expect(await page.getByTestId('entry-error-time').innerText()).toContain('Jam selesai harus setelah jam mulai');
    // An overlap names the activity it collides with.
    await page.getByTestId('entry-start').fill('07:45');
    await page.getByTestId('entry-end').fill('08:15');
    await page.getByTestId('entry-save').click();
    await expect.poll(() => page.getByTestId('entry-error-time').innerText()).toMatch(/bertabrakan dengan 'Mengikuti rapat koordinasi/);
    await screen(page, 'journal-sheet-error');
    await page.getByTestId('sheet-close').click();
    await page.getByTestId('entry-sheet').waitFor({ state: 'detached' });

    // 4. Fill the rest with one activity and the + stepper.
    const remaining = await remainingMinutes(page);
    expect(remaining).toBeGreaterThan(0);
    await page.getByTestId('add-entry').click();
    await search(page, 'telaahan staf');
    const telaahan = page.getByTestId('activity-results').getByTestId('activity-option').filter({ hasText: /telaahan staf/i }).first();
    const per = Number(/(\d+) menit/.exec(await telaahan.innerText())![1]);
    await telaahan.click();
    const times = Math.ceil(remaining / per);
    for (let i = 1; i < times; i++) await page.getByTestId('volume-plus').click();
    expect(await page.getByTestId('entry-volume').inputValue()).toBe(String(times));
    await saveEntry(page);

    // The day is complete: a full bar and the complete label.
    await expect.poll(() => page.getByTestId('day-status').innerText()).toBe(COMPLETE);
    expect(await page.getByTestId('day-progress').getAttribute('data-percent')).toBe('100');
    expect(await page.getByTestId('day-remaining').innerText()).toContain('Target tercapai');
    expect(await page.getByTestId('journal-entry').count()).toBe(3);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await page.waitForTimeout(400);
    await e.screenshot(page, 'journal-day');
    await screen(page, 'journal-day-top', '#main');
    await screen(page, 'journal-day-list', '[data-testid=entry-list]');

    // Editing: tap an entry, change the description, save.
    await page.getByTestId('journal-entry').nth(1).click();
    await page.getByTestId('entry-description').fill('Rakor lanjutan');
    await saveEntry(page);
    expect(await page.getByTestId('journal-entry').nth(1).getAttribute('data-status')).toBe('draft');
    await context.close();
  });

  it('"Salin kemarin" copies the previous working day, and "Kirim ke atasan" sends it', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page);
    const day = openDays.at(-1)!;
    const before = openDays.at(-2)!;
    await openDay(page, day);
    await page.getByTestId('copy-yesterday').click();
    await expect.poll(() => page.getByTestId('day-flash').innerText()).toMatch(/3 kegiatan disalin dari/);
    expect(await page.getByTestId('journal-entry').count()).toBe(3);
    expect(await page.getByTestId('day-status').innerText()).toBe(COMPLETE);
    // Copies carry no evidence: today's work needs today's proof.
    expect(await page.getByTestId('entry-thumb').count()).toBe(0);
    // A second tap copies nothing twice.
    await page.getByTestId('copy-yesterday').click();
    await expect.poll(() => page.getByTestId('day-flash').innerText()).toMatch(/Tidak ada kegiatan baru/);
    expect(await page.getByTestId('journal-entry').count()).toBe(3);

    await page.getByTestId('submit-day').click();
    const confirm = page.getByTestId('submit-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toMatch(/3 kegiatan .* akan dikirim ke .* untuk diperiksa/);
    expect(await confirm.innerText()).toMatch(/tidak bisa diubah/);
    await page.getByTestId('submit-yes').click();
    await expect.poll(() => page.getByTestId('day-status').innerText()).toBe(WAITING);
    // The status and the flash are two renders: wait for the flash too.
    await expect.poll(() => page.getByTestId('day-flash').innerText()).toMatch(/3 kegiatan terkirim/);
    expect(await page.getByTestId('submit-day').count()).toBe(0);
    for (const s of await page.getByTestId('entry-status').allInnerTexts()) expect(s).toContain('Diajukan');
    // A sent entry opens read-only.
    await page.getByTestId('journal-entry').first().click();
    await page.getByTestId('entry-readonly').waitFor();
    expect(await page.getByTestId('entry-save').count()).toBe(0);
    await page.getByTestId('sheet-close').click();

    // The week and the month show both days.
    await page.getByTestId('view-week').click();
    await page.locator(`[data-testid=week-day][data-date="${day}"]`).waitFor();
    expect(await page.locator(`[data-testid=week-day][data-date="${day}"]`).getAttribute('data-status')).toBe('waiting');
    await expectNoSideScroll(page);
    await screen(page, 'journal-week', '[data-testid=week-list]');
    await page.getByTestId('view-month').click();
    await page.getByTestId('month-calendar').waitFor();
    if (day.slice(0, 7) !== (await monthShown(page))) await page.goto(`${e.baseUrl}/#/jurnal/bulan/${day.slice(0, 7)}`);
    const cell = page.locator(`[data-testid=calendar-day][data-date="${day}"]`);
    await cell.waitFor();
    expect(await cell.getAttribute('data-status')).toBe('waiting');
    expect(await cell.getAttribute('aria-label')).toContain(WAITING);
    if (before.slice(0, 7) === day.slice(0, 7)) {
      expect(await page.locator(`[data-testid=calendar-day][data-date="${before}"]`).getAttribute('data-status')).toBe('complete');
    }
    // Not colour alone: a legend with words for each status.
    expect(await page.getByTestId('calendar-legend').innerText()).toContain(WAITING);
    await expectNoSideScroll(page);
    await expectReadable(page);
    const box = await cell.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(48);
    await screen(page, 'journal-month', '[data-testid=month-calendar]');
    await screen(page, 'journal-month-legend', '[data-testid=calendar-legend]');
    // Tapping a day opens it.
    await cell.click();
    await page.getByTestId('day-title').waitFor();
    expect(page.url()).toContain(`#/jurnal/${day}`);
    await context.close();
  });

  it('saves a day as a routine set and applies it to another day', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page);
    await openDay(page, openDays.at(-2)!);
    await page.getByTestId('apply-set').click();
    await page.getByTestId('sets-panel').waitFor();
    await page.getByTestId('set-name').fill('Hari kantor biasa');
    await page.getByTestId('save-set').click();
    await expect.poll(() => page.getByTestId('sets-message').innerText()).toContain('disimpan');
    expect(await page.getByTestId('set-item').count()).toBe(1);

    const target = openDays.length >= 3 ? openDays.at(-3)! : null;
    if (target) {
      await openDay(page, target);
      await page.getByTestId('apply-set').click();
      await page.getByTestId('set-apply').click();
      await expect.poll(() => page.getByTestId('day-flash').innerText()).toMatch(/3 kegiatan ditambahkan/);
      await expect.poll(() => page.getByTestId('journal-entry').count()).toBe(3);
      expect(await page.getByTestId('day-status').innerText()).toBe(COMPLETE);
    }
    await context.close();
  });

  it('a returned entry is highlighted and can be fixed and sent again', async () => {
    const day = openDays.at(-1)!;
    // No review screen yet: play the supervisor in the database.
    const [row] = await e.server.handle.db
      .selectFrom('journal_entries')
      .select('id')
      .where('work_date', '=', day)
      .where('status', '=', 'submitted')
      .orderBy('start_minute')
      .limit(1)
      .execute();
    await e.server.handle.db.updateTable('journal_entries').set({ status: 'returned' }).where('id', '=', row!.id).execute();
    const { context, page } = await e.newPhone();
    await signIn(page);
    await openDay(page, day);
    expect(await page.getByTestId('day-status').innerText()).toBe('Perlu perbaikan');
    const returned = page.locator('[data-testid=journal-entry][data-status=returned]');
    expect(await returned.getByTestId('entry-returned').innerText()).toContain('Dikembalikan atasan');
    await returned.click();
    await page.getByTestId('entry-description').fill('Diperbaiki: notulen dilampirkan');
    await saveEntry(page);
    await page.getByTestId('submit-day').click();
    await page.getByTestId('submit-yes').click();
    await expect.poll(() => page.getByTestId('day-status').innerText()).toBe(WAITING);
    await context.close();
  });

  it('a date past its deadline is read-only; a future date says it has not come yet', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page);
    await openDay(page, closedDay);
    await page.getByTestId('day-closed').waitFor();
    expect(await page.getByTestId('day-closed').innerText()).toMatch(/Batas waktu pengisian tanggal ini sudah lewat/);
    expect(await page.getByTestId('add-entry').count()).toBe(0);
    expect(await page.getByTestId('copy-yesterday').count()).toBe(0);
    expect(await page.getByTestId('submit-day').count()).toBe(0);
    // Saving there anyway (an old link, a stale tab) gets the server's refusal.
    const r = await api<{ error: { code: string; message: string } }>(page, 'PUT', '/journal/entries/01890a5d-ac96-774b-bcce-b302099a8057', {
      workDate: closedDay,
      activityCode: 'UMM-0005',
      volume: 1,
    });
    expect(r.body.error.code).toBe('WINDOW_CLOSED');

    await openDay(page, addDays(today, 3));
    await page.getByTestId('day-future').waitFor();
    expect(await page.getByTestId('add-entry').count()).toBe(0);

    // Beranda stays reachable from the menu.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('me-name').waitFor();
    await page.getByTestId('nav-jurnal').click();
    await page.getByTestId('day-progress').waitFor();
    await context.close();
  });
});

function hm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

async function monthShown(page: Page): Promise<string> {
  const first = await page.getByTestId('calendar-day').first().getAttribute('data-date');
  return first!.slice(0, 7);
}
