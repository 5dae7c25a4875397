/**
 * The SKP cascade on a 360 px phone: a Kepala Seksi (the demo's "Atasan langsung (pengawas)") starts
 * a draft from the supervisor's RHK, adds an RHK utama that intervenes nothing and is refused with
 * the reason next to that RHK, links it and submits; the supervisor (a Kepala Bidang) returns it with
 * a note; the Kasi sees the note, revises and resubmits; the supervisor approves. The chain above the
 * Kasi (the Kabid's and the Kepala Dinas's SKP, approved by their own penilai up to the Sekda) ships
 * with the demo province; were it missing, it is made through the API first, as each of them.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

const NOTE = 'Target laporan dibuat bulanan, bukan tahunan.';
const YEAR = new Date().getFullYear();

let e: E2E;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await e?.close();
});

function demo(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const password = () => demo(/^Atasan langsung/).password;

/** A phone signed in through the API (the accounts above the Kasi only act through it). */
async function apiPhone(nip: string): Promise<Page> {
  const { context, page } = await e.newPhone();
  contexts.push(context);
  await page.goto(e.baseUrl);
  const status = await page.evaluate(
    async ({ nip, password }) => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ nip, password }) })).status,
    { nip, password: password() },
  );
  expect(status).toBe(200);
  return page;
}

async function ok<T = any>(r: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const res = await r;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
}

const newId = (page: Page) => page.evaluate(() => crypto.randomUUID());

/**
 * The employee's approved SKP of this year: the demo's own if it has one, else made now, their
 * penilai's first (recursively): a JPT from an RHK of each of two perspektif, a JA/JF from the
 * penilai's RHK.
 */
async function approvedSkp(nip: string): Promise<any> {
  const page = await apiPhone(nip);
  const me = await ok<any>(api(page, 'GET', '/me'));
  const period = (await ok<any>(api(page, 'GET', `/skp/periods?year=${YEAR}`))).items[0];
  // The demo province ships the chain above its Kepala Seksi approved; made here only when it does not.
  if (period.skp?.status === 'disetujui') return ok(api(page, 'GET', `/agencies/${me.agency.id}/skp/${period.skp.id}`));
  const create = (start: string) => api(page, 'POST', `/agencies/${me.agency.id}/employees/${me.employee.id}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start });
  let skp: any;
  if (period.form === 'jpt') {
    skp = await ok(create('kosong'), 201);
    const rhk = async (text: string, perspektif: string) => ({
      id: await newId(page),
      jenis: 'utama',
      text,
      parentRhkId: null,
      cascadingType: null,
      perspektif,
      penugasanDari: null,
      iki: [{ id: await newId(page), aspek: null, text: `Persentase ${text.toLowerCase()}`, target: '95%' }],
    });
    const content = { rhk: [await rhk('Meningkatnya cakupan imunisasi', 'penerima_layanan'), await rhk('Terlaksananya reformasi birokrasi', 'proses_bisnis')], perilaku: [], lampiran: [] };
    await ok(api(page, 'PUT', `/agencies/${me.agency.id}/skp/${skp.skp.id}/draft`, { requestId: await newId(page), content }));
  } else {
    await approvedSkp(me.supervisor.nip);
    skp = await ok(create('rhk_atasan'), 201);
  }
  await ok(api(page, 'POST', `/agencies/${me.agency.id}/skp/${skp.skp.id}/submit`, {}));
  const penilai = skp.people.find((p: { role: string }) => p.role === 'pejabat_penilai');
  const boss = await apiPhone(penilai.nip);
  return ok(api(boss, 'POST', `/agencies/${me.agency.id}/skp/${skp.skp.id}/approve`, {}));
}

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who, 'day-progress');

async function check(page: Page, name: string, scrollTo?: string) {
  await expectNoSideScroll(page);
  await expectReadable(page);
  await screen(page, name, scrollTo);
}

describe('SKP from the Kepala Seksi to the Kepala Bidang and back', () => {
  let kasi: Page;
  let kabid: Page;
  let supervisorRhk: string[];

  it('has the supervisor’s SKP approved up the chain (setup through the API)', async () => {
    const kasiAccount = demo(/^Atasan langsung/);
    kasi = (await e.newPhone()).page;
    contexts.push(kasi.context());
    await signIn(kasi, kasiAccount);
    const me = await ok<any>(api(kasi, 'GET', '/me'));
    expect(me.position.kind).toBe('pengawas');
    const approved = await approvedSkp(me.supervisor.nip);
    expect(approved.skp.status).toBe('disetujui');
    supervisorRhk = approved.content.rhk.map((r: { text: string }) => r.text);
    kabid = (await e.newPhone()).page;
    contexts.push(kabid.context());
    await signIn(kabid, { nip: me.supervisor.nip, password: kasiAccount.password });
  });

  it('lets the Kasi find SKP from Beranda and start from the supervisor’s RHK in one tap', async () => {
    await kasi.goto(`${e.baseUrl}/#/beranda`);
    await kasi.getByTestId('skp-shortcut').click();
    await kasi.getByTestId('skp-period').first().waitFor();
    expect(await kasi.getByTestId('skp-status').first().getAttribute('data-status')).toBe('none');
    await check(kasi, 'skp-mine-empty');
    await kasi.getByTestId('skp-start-rhk_atasan').click();
    await kasi.getByTestId('skp-rhk').first().waitFor();
    expect(await kasi.getByTestId('skp-rhk-text').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))).toEqual(supervisorRhk);
    await expect.poll(() => kasi.getByTestId('skp-save-state').getAttribute('data-state')).toBe('saved');
    await check(kasi, 'skp-editor-top');
  });

  it('keeps an unsaved RHK on the phone, and refuses the submit next to the RHK that intervenes nothing', async () => {
    await kasi.getByTestId('skp-add-utama').click();
    const added = kasi.getByTestId('skp-rhk').last();
    await added.getByTestId('skp-rhk-text').fill('Tersusunnya laporan kepegawaian seksi');
    await added.getByTestId('skp-iki-text').fill('Jumlah laporan kepegawaian yang tersusun');
    await added.getByTestId('skp-iki-target').fill('1 Laporan');
    expect(await kasi.getByTestId('skp-save-state').getAttribute('data-state')).toBe('unsaved');
    // Reloading before any save loses nothing: the draft is on the phone.
    await kasi.reload();
    await kasi.getByTestId('skp-rhk').nth(supervisorRhk.length).waitFor();
    expect(await kasi.getByTestId('skp-save-state').getAttribute('data-state')).toBe('unsaved');
    expect(await kasi.getByTestId('skp-rhk-text').last().inputValue()).toBe('Tersusunnya laporan kepegawaian seksi');
    await check(kasi, 'skp-editor-unsaved', '[data-testid=skp-save-state]');

    await kasi.getByTestId('skp-submit').click();
    const problems = kasi.getByTestId('skp-rhk').last().getByTestId('skp-rhk-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/wajib mengintervensi/);
    expect(await kasi.getByTestId('skp-rhk-problems').count()).toBe(1);
    expect(await kasi.getByTestId('skp-save-state').getAttribute('data-state')).toBe('saved');
    await check(kasi, 'skp-editor-refused', '[data-testid=skp-rhk]:last-of-type');

    // Link it to the supervisor's second RHK, then submit.
    const parent = kasi.getByTestId('skp-rhk').last().getByTestId('skp-rhk-parent');
    await parent.selectOption({ label: supervisorRhk[1]! });
    expect(await kasi.getByTestId('skp-rhk-problems').count()).toBe(0);
    await kasi.getByTestId('skp-submit').click();
    await kasi.locator('[data-testid=skp-status][data-status=diajukan]').waitFor();
    await check(kasi, 'skp-submitted');
  });

  it('lets the Kepala Bidang find it waiting and return it with a required note', async () => {
    await kabid.goto(`${e.baseUrl}/#/skp`);
    await kabid.getByTestId('skp-waiting-link').click();
    await kabid.getByTestId('skp-waiting-item').first().waitFor();
    expect(await kabid.getByTestId('skp-waiting-item').count()).toBe(1);
    await check(kabid, 'skp-waiting');
    await kabid.getByTestId('skp-waiting-item').click();
    await kabid.getByTestId('skp-rhk-read').first().waitFor();
    expect(await kabid.getByTestId('skp-rhk-read').count()).toBe(supervisorRhk.length + 1);
    // The penilai reads which of their own RHK the Kasi's indirect RHK intervenes.
    expect(await kabid.getByTestId('skp-rhk-read').last().textContent()).toContain(supervisorRhk[1]);
    await check(kabid, 'skp-review-top');
    await kabid.getByTestId('skp-return').click();
    await kabid.getByTestId('skp-return-send').click();
    await kabid.getByText('Catatan wajib diisi.').waitFor();
    await kabid.getByTestId('skp-return-note-input').fill(NOTE);
    await check(kabid, 'skp-return-form', '[data-testid=skp-return-form]');
    await kabid.getByTestId('skp-return-send').click();
    await kabid.locator('[data-testid=skp-status][data-status=dikembalikan]').waitFor();
  });

  it('shows the Kasi the note in the list and the editor; revised and resubmitted, it is approved', async () => {
    await kasi.goto(`${e.baseUrl}/#/skp`);
    await kasi.locator('[data-testid=skp-status][data-status=dikembalikan]').waitFor();
    expect(await kasi.getByTestId('skp-return-note').textContent()).toBe(NOTE);
    await check(kasi, 'skp-mine-returned');
    await kasi.getByTestId('skp-open').click();
    await kasi.getByTestId('skp-rhk').first().waitFor();
    expect(await kasi.getByTestId('skp-return-note').textContent()).toBe(NOTE);
    // The save is lost to the connection: the screen says so, and it goes by itself once the phone is back online.
    await kasi.context().setOffline(true);
    const target = kasi.getByTestId('skp-rhk').last().getByTestId('skp-iki-target');
    await target.fill('12 Laporan bulanan');
    await kasi.getByTestId('skp-save').click();
    await kasi.locator('[data-testid=skp-save-state][data-state=failed]').waitFor();
    await check(kasi, 'skp-editor-offline', '[data-testid=skp-save-state]');
    await kasi.context().setOffline(false);
    await expect.poll(() => kasi.getByTestId('skp-save-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    await check(kasi, 'skp-editor-returned');
    await kasi.getByTestId('skp-submit').click();
    await kasi.locator('[data-testid=skp-status][data-status=diajukan]').waitFor();

    await kabid.goto(`${e.baseUrl}/#/skp/menunggu`);
    await kabid.getByTestId('skp-waiting-item').click();
    await kabid.getByText('12 Laporan bulanan').waitFor();
    await kabid.getByTestId('skp-approve').click();
    await kabid.locator('[data-testid=skp-status][data-status=disetujui]').waitFor();
    await check(kabid, 'skp-approved');

    await kasi.goto(`${e.baseUrl}/#/skp`);
    await kasi.locator('[data-testid=skp-status][data-status=disetujui]').waitFor();
    await kabid.goto(`${e.baseUrl}/#/skp/menunggu`);
    await kabid.getByTestId('skp-waiting-empty').waitFor();
  });
});

describe('the staff member’s journal linked to their approved SKP', () => {
  it('logs a journal entry against one RHK of their approved SKP at 360 px; the next entry of that activity is offered the same RHK', async () => {
    // The demo staff member under the Kasi: an SKP from the Kasi's (approved above) RHK, submitted, approved by the Kasi.
    const staffAccount = demo(/^Pegawai \(pelaksana\)/);
    const { context, page } = await e.newPhone();
    contexts.push(context);
    await signIn(page, staffAccount);
    const me = await ok<any>(api(page, 'GET', '/me'));
    const period = (await ok<any>(api(page, 'GET', `/skp/periods?year=${YEAR}`))).items[0];
    expect(period.skp).toBeFalsy();
    const skp = await ok<any>(
      api(page, 'POST', `/agencies/${me.agency.id}/employees/${me.employee.id}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start: 'rhk_atasan' }),
      201,
    );
    await ok(api(page, 'POST', `/agencies/${me.agency.id}/skp/${skp.skp.id}/submit`, {}));
    const kasiApi = await apiPhone(me.supervisor.nip);
    const approved = await ok<any>(api(kasiApi, 'POST', `/agencies/${me.agency.id}/skp/${skp.skp.id}/approve`, {}));
    const rhk = approved.content.rhk as { id: string; text: string }[];
    expect(rhk.length).toBeGreaterThanOrEqual(2);
    const chosen = rhk[1]!;

    // The journal context (kept on the phone) now offers them; the sheet lists them with "Tanpa RHK".
    await page.reload();
    await page.getByTestId('day-progress').waitFor();
    await page.getByTestId('add-entry').click();
    const input = page.getByTestId('activity-search');
    await input.pressSequentially('telaahan', { delay: 40 });
    await page.locator('[data-testid=activity-results][data-query="telaahan"]').waitFor();
    const option = page.getByTestId('activity-results').getByTestId('activity-option').first();
    const code = (await option.getAttribute('data-code'))!;
    await option.click();
    const picker = page.getByTestId('entry-rhk');
    await picker.waitFor();
    expect(await picker.getByTestId('entry-rhk-option').evaluateAll((els) => els.map((el) => el.getAttribute('data-rhk')))).toEqual(rhk.map((r) => r.id));
    expect(await picker.getByTestId('entry-rhk-none').isChecked()).toBe(true);
    await picker.locator('label').filter({ hasText: chosen.text }).click();
    expect(await picker.locator(`[data-rhk="${chosen.id}"]`).isChecked()).toBe(true);
    await check(page, 'journal-sheet-rhk', '[data-testid=entry-rhk]');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-sheet').waitFor({ state: 'detached' });

    const ctx = await ok<any>(api(page, 'GET', '/journal/context'));
    const day = await ok<any>(api(page, 'GET', `/journal/days/${ctx.today}`));
    const saved = day.entries.filter((x: { activityCode: string }) => x.activityCode === code);
    expect(saved.map((x: { rhkId: string | null }) => x.rhkId)).toEqual([chosen.id]);

    // The same activity again, offline: its last RHK is chosen already (the RHK list and the choice are kept on the phone).
    await context.setOffline(true);
    await page.getByTestId('add-entry').click();
    await page.getByTestId('activity-search').pressSequentially('telaahan', { delay: 40 });
    await page.locator('[data-testid=activity-results][data-query="telaahan"]').waitFor();
    await page.getByTestId('activity-results').getByTestId('activity-option').first().click();
    await expect.poll(() => page.getByTestId('entry-rhk').locator(`[data-rhk="${chosen.id}"]`).isChecked()).toBe(true);
    await page.getByTestId('sheet-close').click();
    await context.setOffline(false);

    // Sent to the Kasi: their inbox shows the day's minutes and volume per RHK.
    await ok(api(page, 'POST', `/journal/days/${ctx.today}/submit`, {}));
    const { context: kasiContext, page: kasi } = await e.newPhone();
    contexts.push(kasiContext);
    await signIn(kasi, demo(/^Atasan langsung/));
    await kasi.goto(`${e.baseUrl}/#/validasi?per=50`);
    const card = kasi.locator(`[data-testid=review-day][data-date="${ctx.today}"][data-employee="${me.employee.id}"]`);
    const row = card.locator(`[data-testid=review-rhk-row][data-rhk="${chosen.id}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(chosen.text);
    expect(await row.innerText()).toMatch(/1 kegiatan · \d+ menit · 1 /);
    await check(kasi, 'validation-rhk', `[data-testid=review-day][data-date="${ctx.today}"][data-employee="${me.employee.id}"] [data-testid=review-rhk]`);
  });
});
