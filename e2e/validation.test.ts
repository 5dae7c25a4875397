/**
 * Supervisor validation in a real browser on a 360 px phone: the employee sends two days, the
 * supervisor sees them in "Validasi" with the photos, rejects one entry with a reason, approves the
 * rest of that day, approves everything except a flagged entry, and a second tab gets the conflict;
 * the employee then reads the decisions, the reason and the entry's history; the agency admin sees the
 * monthly recap and downloads it.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

const REASON = 'Foto tidak menunjukkan kegiatan rapat';
const RETURN_NOTE = 'Ganti foto dengan foto rapat pada hari itu';

let e: E2E;
/** Day A: three entries, one photo. Day B: two entries, one with a photo taken weeks earlier (flagged). */
let dayA: string;
let dayB: string;
const ids: { apel?: string; rakor?: string; notulen?: string; bahan?: string; staf?: string } = {};

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const staff = () => account(/^Pegawai \(pelaksana\)/);
const boss = () => account(/^Atasan langsung/);
const admin = () => account(/^Admin OPD Dinas Kesehatan/);

beforeAll(async () => {
  e = await startE2E();
});

afterAll(async () => {
  await e?.close();
});

const signIn = (page: Page, who: { nip: string; password: string }, landing = 'day-progress') => e.signIn(page, who, landing);

/** A camera-like JPEG whose EXIF says when it was taken (local time +07:00). */
async function photo(takenAt: string, colour: { r: number; g: number; b: number }): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } })
    .composite([{ input: Buffer.from('<svg width="1200" height="900"><rect x="200" y="150" width="800" height="600" rx="60" fill="#0b4f8a"/><circle cx="600" cy="450" r="180" fill="#ffd23f"/></svg>') }])
    .withExif({ IFD2: { DateTimeOriginal: takenAt, OffsetTimeOriginal: '+07:00' } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

async function uuid(page: Page): Promise<string> {
  return page.evaluate(() => crypto.randomUUID());
}

/** A small PDF (the server checks the header and the end marker only). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');

async function addEntry(page: Page, workDate: string, startTime: string, endTime: string, activityCode: string, description: string, file?: Buffer): Promise<string> {
  const id = await uuid(page);
  const r = await api<unknown>(page, 'PUT', `/journal/entries/${id}`, { workDate, startTime, endTime, activityCode, volume: 1, description });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  if (file) {
    const pdf = file === PDF;
    const sha = createHash('sha256').update(file).digest('hex');
    const up = await api<unknown>(page, 'PUT', `/evidence/${sha}`, undefined, { base64: file.toString('base64'), type: pdf ? 'application/pdf' : 'image/jpeg' });
    expect(up.status, JSON.stringify(up.body)).toBeLessThan(300);
    const at = await api<unknown>(page, 'POST', `/journal/entries/${id}/evidence`, { sha256: sha, fileName: `${pdf ? 'notulen' : 'foto'}-${activityCode}.${pdf ? 'pdf' : 'jpg'}` });
    expect(at.status, JSON.stringify(at.body)).toBe(200);
  }
  return id;
}

const entryCard = (page: Page, id: string) => page.locator(`[data-testid=review-entry][data-entry="${id}"]`);

describe('supervisor validation on a 360 px phone', () => {
  it('the employee logs two days with photos and sends them', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, staff());
    const ctx = await api<{ today: string }>(page, 'GET', '/journal/context');
    const today = ctx.body.today;
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 20 * 86_400_000).toISOString().slice(0, 10);
    const { body } = await api<{ days: { date: string; isWorkingDay: boolean; windowOpen: boolean }[] }>(page, 'GET', `/journal/days?from=${from}&to=${today}`);
    const open = body.days.filter((d) => d.isWorkingDay && d.windowOpen).map((d) => d.date);
    expect(open.length).toBeGreaterThanOrEqual(2);
    [dayA, dayB] = open.slice(-2) as [string, string];
    const exif = (date: string, hm: string) => `${date.replaceAll('-', ':')} ${hm}:00`;

    ids.apel = await addEntry(page, dayA, '07:30', '07:45', 'UMM-0001', 'Apel pagi di halaman kantor');
    ids.rakor = await addEntry(page, dayA, '08:00', '09:00', 'UMM-0005', 'Rakor persiapan posyandu balita', await photo(exif(dayA, '08:10'), { r: 214, g: 160, b: 90 }));
    ids.notulen = await addEntry(page, dayA, '09:00', '09:45', 'UMM-0017', 'Notulen rakor persiapan posyandu', PDF);
    ids.bahan = await addEntry(page, dayB, '08:00', '08:30', 'UMM-0016', 'Bahan rapat staf mingguan');
    // A photo taken three weeks before the day: the inbox flags it.
    const old = new Date(Date.parse(`${dayB}T00:00:00Z`) - 21 * 86_400_000).toISOString().slice(0, 10);
    ids.staf = await addEntry(page, dayB, '08:30', '09:30', 'UMM-0011', 'Rapat staf mingguan', await photo(exif(old, '09:00'), { r: 90, g: 160, b: 214 }));

    // "Kirim ke atasan" on both days.
    for (const day of [dayA, dayB]) {
      await page.goto(`${e.baseUrl}/#/jurnal/${day}`);
      await page.getByTestId('submit-day').click();
      await page.getByTestId('submit-yes').click();
      await expect.poll(() => page.getByTestId('day-status').innerText()).toBe('Menunggu persetujuan');
      // The phone may send it a moment later (its outbox): wait until the server has it.
      await expect.poll(async () => (await api<{ status: string }>(page, 'GET', `/journal/days/${day}`)).body.status, { timeout: 20_000 }).toBe('waiting');
    }
    await context.close();
  });

  it('the supervisor sees the inbox with photos, flags and deadlines', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, boss());
    // The menu shows "Validasi" with the number waiting.
    await expect.poll(() => page.getByTestId('nav-validasi-count').innerText()).toContain('5');
    await page.getByTestId('nav-validasi').click();
    await page.getByTestId('inbox-list').waitFor();
    expect(await page.getByTestId('inbox-count').innerText()).toBe('5 kegiatan dari 1 pegawai menunggu');
    expect(await page.getByTestId('review-person-name').innerText()).toContain(staff().name!.split(',')[0]!);
    // Oldest first: day A then day B.
    expect(await page.getByTestId('review-day').evaluateAll((els) => els.map((x) => x.getAttribute('data-date')))).toEqual([dayA, dayB].sort());
    const dayCard = page.locator(`[data-testid=review-day][data-date="${dayA}"]`);
    expect(await dayCard.getByTestId('review-entry').count()).toBe(3);
    expect(await dayCard.getByTestId('review-deadline').innerText()).toMatch(/Batas validasi: (\d hari lagi|hari ini)/);
    // The photo: a thumbnail that opens full size.
    const rakor = entryCard(page, ids.rakor!);
    const thumb = rakor.getByTestId('review-photo');
    await expect.poll(() => thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'validation-inbox-top', '#main');
    await screen(page, 'validation-inbox-entry', `[data-entry="${ids.rakor}"]`);
    await thumb.click();
    const full = page.getByTestId('photo-full');
    await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await screen(page, 'validation-photo');
    await page.getByTestId('photo-close').click();
    await page.getByTestId('photo-viewer').waitFor({ state: 'detached' });
    // The flagged entry says why, in words.
    const staf = entryCard(page, ids.staf!);
    expect(await staf.getAttribute('data-flagged')).toBe('true');
    expect(await staf.getByTestId('review-flags').innerText()).toMatch(/Foto bukti diambil .* di luar tanggal kegiatan/);
    await screen(page, 'validation-inbox-flag', `[data-entry="${ids.staf}"]`);
    // A PDF opens in a new tab (the phone's own viewer).
    const pdf = entryCard(page, ids.notulen!).getByTestId('review-pdf');
    expect(await pdf.getAttribute('target')).toBe('_blank');
    const served = await page.evaluate(async (url) => (await fetch(url!)).headers.get('content-type'), await pdf.getAttribute('href'));
    expect(served).toContain('application/pdf');
    // In English: the words are translated, flags too.
    await page.getByTestId('lang-en').click();
    expect(await page.getByTestId('inbox-title').innerText()).toBe('Review Activities');
    expect(await staf.getByTestId('review-flags').innerText()).toContain('The photo was taken far from the activity’s date.');
    expect(await dayCard.getByTestId('review-deadline').innerText()).toMatch(/Review by: (\d days? left|today)/);
    await page.getByTestId('lang-id').click();

    // One day a page: "Muat lagi" follows the cursor.
    const inboxUrls: URL[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('/validation/inbox')) inboxUrls.push(url);
    });
    await page.goto(`${e.baseUrl}/#/validasi?per=1`);
    await expect.poll(() => page.getByTestId('review-day').count()).toBe(1);
    expect(await page.getByText('1 hari lagi belum ditampilkan.').count()).toBe(1);
    // Day B is not loaded: approve-all counts it from the answer's page.rest (its flagged photo is not known yet).
    await page.getByTestId('approve-all').click();
    expect(await page.getByTestId('approve-all-what').innerText()).toBe('Paling banyak 5 kegiatan akan disetujui.');
    await page.getByTestId('approve-all-no').click();
    await page.getByTestId('inbox-more').click();
    await expect.poll(() => page.getByTestId('review-day').count()).toBe(2);
    expect(await page.getByTestId('inbox-more').count()).toBe(0);
    // Every page loaded (the last answer's rest is empty): the count is exact.
    await page.getByTestId('approve-all').click();
    expect(await page.getByTestId('approve-all-what').innerText()).toBe('4 kegiatan akan disetujui. 1 kegiatan bertanda tidak ikut dan tetap menunggu.');
    await page.getByTestId('approve-all-no').click();
    // The screen asks only for the people of each page (the small answer).
    expect(inboxUrls.length).toBeGreaterThanOrEqual(2);
    for (const url of inboxUrls) expect(url.searchParams.get('people'), url.href).toBe('page');
    await context.close();
  });

  it('rejects one entry with a reason, approves the rest of the day, then all except flagged; a stale tab gets the conflict', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, boss());
    await page.goto(`${e.baseUrl}/#/validasi`);
    await page.getByTestId('inbox-list').waitFor();
    // A second tab, opened now: it will still show everything as waiting.
    const stale = await context.newPage();
    await stale.goto(`${e.baseUrl}/#/validasi`);
    await stale.getByTestId('inbox-list').waitFor();

    // Reject: the reason is required (at least 5 letters).
    const rakor = entryCard(page, ids.rakor!);
    await rakor.getByTestId('reject-entry').click();
    const form = rakor.getByTestId('decision-form');
    await form.getByTestId('decision-note').fill('foto');
    await form.getByTestId('decision-confirm').click();
    expect(await form.getByTestId('decision-note-error').innerText()).toContain('minimal 5 huruf');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'validation-reject-form', `[data-entry="${ids.rakor}"]`);
    await form.getByTestId('decision-note').fill(REASON);
    await form.getByTestId('decision-confirm').click();
    await page.locator(`[data-testid=review-entry-done][data-entry="${ids.rakor}"][data-decision=rejected]`).waitFor();

    // The rest of day A in one tap.
    const dayCard = page.locator(`[data-testid=review-day][data-date="${dayA}"]`);
    expect(await dayCard.getByTestId('approve-day').innerText()).toContain('Setujui 2 kegiatan tanggal ini');
    await dayCard.getByTestId('approve-day').click();
    await expect.poll(() => page.getByTestId('inbox-flash').innerText()).toBe('2 kegiatan disetujui.');
    await expect.poll(() => page.getByTestId('inbox-count').innerText()).toBe('2 kegiatan dari 1 pegawai menunggu');

    // Everything except flagged: the confirmation says how many.
    await page.getByTestId('approve-all').click();
    expect(await page.getByTestId('approve-all-what').innerText()).toBe('1 kegiatan akan disetujui. 1 kegiatan bertanda tidak ikut dan tetap menunggu.');
    await expectReadable(page);
    await screen(page, 'validation-approve-all', '[data-testid=approve-all-confirm]');
    await page.getByTestId('approve-all-yes').click();
    await expect.poll(() => page.getByTestId('inbox-flash').innerText()).toBe('1 kegiatan disetujui.');
    // The flash shows before the list and its count are redrawn: wait for them, as a person would.
    await expect.poll(() => page.getByTestId('inbox-count').innerText()).toBe('1 kegiatan dari 1 pegawai menunggu');
    await expect.poll(() => page.getByTestId('review-entry').count()).toBe(1);
    await expect.poll(() => page.getByTestId('nav-validasi-count').innerText()).toContain('1');

    // The stale tab tries to approve what was already rejected: it is told who decided, and when.
    await entryCard(stale, ids.rakor!).getByTestId('approve-entry').click();
    await expect.poll(() => stale.getByTestId('inbox-flash').innerText()).toMatch(/sudah diputuskan oleh .+ pada .+ \(ditolak\)/);
    expect(await stale.getByTestId('inbox-flash').innerText()).toContain(boss().name!.split(',')[0]!);
    await expect.poll(() => stale.getByTestId('review-entry').count()).toBe(1);
    await screen(stale, 'validation-conflict');
    await expectNoSideScroll(stale);

    // The flagged one goes back to the employee with a note (required).
    const staf = entryCard(page, ids.staf!);
    await staf.getByTestId('return-entry').click();
    await staf.getByTestId('decision-confirm').click();
    expect(await staf.getByTestId('decision-note-error').innerText()).toBe('Tulis catatan perbaikan untuk pegawai.');
    await staf.getByTestId('decision-note').fill(RETURN_NOTE);
    await staf.getByTestId('decision-confirm').click();
    await page.locator(`[data-testid=review-entry-done][data-entry="${ids.staf}"][data-decision=returned]`).waitFor();
    await expect.poll(() => page.getByTestId('nav-validasi-count').count()).toBe(0);
    expect(await page.getByTestId('inbox-empty').innerText()).toContain('Tidak ada kegiatan yang menunggu');
    await screen(page, 'validation-all-done', '[data-testid=inbox-list]');
    await context.close();
  });

  it('the employee sees the approvals, the rejection with its reason, and the history', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, staff());
    await page.goto(`${e.baseUrl}/#/jurnal/${dayA}`);
    await page.getByTestId('entry-list').waitFor();
    const card = (status: string) => page.locator(`[data-testid=journal-entry][data-status=${status}]`);
    await expect.poll(() => card('approved').count()).toBe(2);
    expect(await card('rejected').count()).toBe(1);
    const bossName = boss().name!.split(',')[0]!;
    for (const by of await card('approved').getByTestId('entry-decision-by').allInnerTexts()) expect(by).toMatch(new RegExp(`^Disetujui oleh ${bossName}`));
    const rejected = card('rejected');
    expect(await rejected.getByTestId('entry-decision-by').innerText()).toMatch(new RegExp(`^Ditolak oleh ${bossName}`));
    expect(await rejected.getByTestId('entry-decision-note').innerText()).toBe(REASON);
    expect(await rejected.innerText()).toContain('Alasan:');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'validation-employee-day', '[data-testid=entry-list]');

    // The rejected entry's history: logged, photo, sent, rejected with the reason.
    const rejectedName = await rejected.locator('.entry__name').innerText();
    await rejected.click();
    await page.getByTestId('entry-readonly').waitFor();
    expect(await page.getByTestId('entry-sheet').getByTestId('entry-decision-note').innerText()).toBe(REASON);
    await page.getByTestId('entry-history-link').click();
    await page.getByTestId('history-list').waitFor();
    expect(await page.getByTestId('history-item').evaluateAll((els) => els.map((x) => x.getAttribute('data-action')))).toEqual(['created', 'evidence_added', 'submitted', 'rejected']);
    expect(await page.getByTestId('history-note').innerText()).toContain(REASON);
    expect(await page.getByTestId('history-status').innerText()).toContain('Ditolak');
    // It says which activity these steps belong to.
    expect(await page.getByTestId('history-entry').innerText()).toContain(rejectedName);
    await expectReadable(page);
    await screen(page, 'validation-history', '#main');

    // Day B: the returned entry says what to fix, and can be edited again.
    await page.goto(`${e.baseUrl}/#/jurnal/${dayB}`);
    const returned = page.locator('[data-testid=journal-entry][data-status=returned]');
    await returned.waitFor();
    expect(await returned.getByTestId('entry-decision-note').innerText()).toBe(RETURN_NOTE);
    expect(await returned.getByTestId('entry-returned').innerText()).toMatch(new RegExp(`Dikembalikan oleh ${bossName}`));
    expect(await page.getByTestId('day-status').innerText()).toBe('Perlu perbaikan');
    await context.close();
  });

  it('the agency admin reads the month’s recap and downloads it', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, admin(), 'header-user');
    await page.goto(`${e.baseUrl}/#/rekap?bulan=${dayA.slice(0, 7)}`);
    await page.getByTestId('recap-employees').waitFor();
    expect(page.url()).toMatch(/#\/rekap\/[0-9a-f-]+\?bulan=/);
    const row = page.locator(`[data-testid=recap-employee][data-nip="${staff().nip}"]`);
    const cells = await row.locator('td').allInnerTexts();
    // Submitted, approved, rejected, waiting (the returned one is neither; days A and B in one month, or day A's at least).
    if (dayA.slice(0, 7) === dayB.slice(0, 7)) expect(cells.slice(0, 4)).toEqual(['5', '3', '1', '0']);
    else expect(Number(cells[2])).toBe(1);
    expect(await page.getByTestId('recap-supervisor').count()).toBeGreaterThan(0);
    await expectNoSideScroll(page);
    await screen(page, 'validation-recap', '#main');
    await screen(page, 'validation-recap-table', '[data-testid=recap-employees]');
    const xlsx = await page.getByTestId('recap-xlsx').getAttribute('href');
    const got = await page.evaluate(async (url) => {
      const r = await fetch(url!);
      return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
    }, xlsx);
    expect(got.status).toBe(200);
    expect(got.type).toContain('spreadsheetml');
    expect(got.size).toBeGreaterThan(1000);

    // Tapping a unit narrows the recap to it (the download too); one tap goes back to the agency.
    const unitName = await page.getByTestId('recap-unit-link').first().innerText();
    await page.getByTestId('recap-unit-link').first().click();
    await page.getByTestId('recap-scope').waitFor();
    expect(page.url()).toMatch(/[?&]unit=[0-9a-f-]+/);
    await expect.poll(() => page.getByTestId('recap-scope').innerText()).toContain(unitName);
    expect(await page.getByTestId('recap-xlsx').getAttribute('href')).toMatch(/unitId=/);
    await expectNoSideScroll(page);
    await screen(page, 'validation-recap-unit', '#main');
    await page.getByTestId('recap-all-units').click();
    await page.getByTestId('recap-scope').waitFor({ state: 'detached' });
    expect(page.url()).not.toMatch(/unit=/);
    await context.close();
  });
});
