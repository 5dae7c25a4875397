/**
 * Every table in the app on a 360 px phone: the validation recap's three tables (units, employees,
 * supervisors) become one card per row with the figures that matter (approved, waiting, achievement)
 * on screen, and the import's problem list does the same; nothing reaches past the right edge and the
 * page never scrolls sideways. On a wide screen the recap stays a table.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, screen } from './checks.js';
import { PHONE, startE2E, type E2E } from './harness.js';

let e: E2E;
let month: string;

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const staff = () => account(/^Pegawai \(pelaksana\)/);
const boss = () => account(/^Atasan langsung/);
const admin = () => account(/^Admin OPD Dinas Kesehatan/);

const signIn = (page: Page, who: { nip: string; password: string }, landing: string) => e.signIn(page, who, landing);

/** Where each of these elements is, left and right edges in CSS pixels of the viewport, with its text. */
async function edges(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: (el as HTMLElement).innerText.trim().slice(0, 30), left: r.left, right: r.right, width: r.width };
    }),
  );
}

/** Every element is drawn, fully inside the 360 px viewport. */
function expectOnScreen(boxes: { text: string; left: number; right: number; width: number }[]) {
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.width, b.text).toBeGreaterThan(0);
    expect(b.left, b.text).toBeGreaterThanOrEqual(0);
    expect(b.right, b.text).toBeLessThanOrEqual(PHONE.width);
  }
}

beforeAll(async () => {
  e = await startE2E();
  // Some figures to show: the pelaksana sends two entries of a recent working day, the supervisor
  // approves one, so the employee, unit and supervisor tables all have a row with numbers.
  const { context, page } = await e.newPhone();
  await signIn(page, staff(), 'day-progress');
  const today = (await api<{ today: string }>(page, 'GET', '/journal/context')).body.today;
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 20 * 86_400_000).toISOString().slice(0, 10);
  const { body } = await api<{ days: { date: string; isWorkingDay: boolean; windowOpen: boolean }[] }>(page, 'GET', `/journal/days?from=${from}&to=${today}`);
  const day = body.days.filter((d) => d.isWorkingDay && d.windowOpen && d.date < today).at(-1)!.date;
  month = day.slice(0, 7);
  const ids: string[] = [];
  for (const [start, end, code, description] of [
    ['07:30', '08:00', 'UMM-0001', 'Apel pagi di halaman kantor'],
    ['08:00', '09:30', 'UMM-0005', 'Rakor persiapan posyandu balita'],
  ] as const) {
    const id = await page.evaluate(() => crypto.randomUUID());
    const r = await api(page, 'PUT', `/journal/entries/${id}`, { workDate: day, startTime: start, endTime: end, activityCode: code, volume: 1, description });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ids.push(id);
  }
  expect((await api(page, 'POST', `/journal/days/${day}/submit`, {})).status).toBe(200);
  await context.close();

  const b = await e.newPhone();
  await signIn(b.page, boss(), 'header-user');
  const decided = await api(b.page, 'POST', `/validation/entries/${ids[0]}/decision`, { decision: 'approved' });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  await b.context.close();
});

afterAll(async () => {
  await e?.close();
});

describe('tables on a 360 px phone', () => {
  it('the recap shows each unit, employee and supervisor as a card with its key figures on screen', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, admin(), 'header-user');
    await page.goto(`${e.baseUrl}/#/rekap?bulan=${month}`);
    await page.getByTestId('recap-employee').first().waitFor();

    // The pelaksana's card: name and unit as its title, approved / waiting / achievement large.
    const row = page.locator(`[data-testid=recap-employee][data-nip="${staff().nip}"]`);
    expect(await row.locator('th').innerText()).toContain(staff().name!.split(',')[0]!);
    expect(await page.getByTestId('recap-supervisor').count()).toBeGreaterThan(0);

    for (const table of ['recap-units', 'recap-employees', 'recap-supervisors']) {
      // Every row's title and every figure, the key ones above all, lie inside the screen.
      expectOnScreen(await edges(page, `[data-testid=${table}] tbody th`));
      expectOnScreen(await edges(page, `[data-testid=${table}] tbody td`));
      expectOnScreen(await edges(page, `[data-testid=${table}] tbody td.recaptable__key`));
      // No table scrolls sideways inside its box either.
      const wrap = await page.getByTestId(table).evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
      expect(wrap.scroll, table).toBeLessThanOrEqual(wrap.client);
    }
    expect(await row.locator('td.recaptable__key').allInnerTexts()).toEqual(['1', '1', expect.stringMatching(/%$/)]);
    // Each card says which figure is which (the column's name beside its value).
    const label = await row.locator('td.recaptable__key').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Disetujui"');
    // With nothing hidden sideways there is nothing to hint at.
    expect(await page.getByText('Geser tabel ke samping').isVisible()).toBe(false);
    await expectNoSideScroll(page);
    // Nothing in the cards is smaller than 16 px (the column names beside the values included).
    const sizes = await page.locator('.recaptable tbody th, .recaptable tbody td').evaluateAll((els) =>
      els.flatMap((el) => [parseFloat(getComputedStyle(el).fontSize), parseFloat(getComputedStyle(el, '::before').fontSize)]),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
    await screen(page, 'recap-phone-units', '[data-testid=recap-units]');
    await screen(page, 'recap-phone-employees', '[data-testid=recap-employees]');
    await screen(page, 'recap-phone-supervisors', '[data-testid=recap-supervisors]');

    // Everyone (also those who sent nothing): a long list of cards, still inside the screen.
    await page.getByTestId('recap-everyone').check();
    await expect.poll(() => page.getByTestId('recap-employee').count()).toBeGreaterThan(5);
    expectOnScreen(await edges(page, '[data-testid=recap-employees] tbody td.recaptable__key'));
    await expectNoSideScroll(page);

    // The same in English: longer labels still fit.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('recap-title').innerText()).not.toBe('Rekap Validasi');
    for (const table of ['recap-units', 'recap-employees', 'recap-supervisors']) expectOnScreen(await edges(page, `[data-testid=${table}] tbody td`));
    await expectNoSideScroll(page);
    await page.getByTestId('lang-id').click();
    await context.close();
  });

  it('a wide screen keeps the recap as a table with its header row', async () => {
    const context = await e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Pontianak' });
    const page = await context.newPage();
    await signIn(page, admin(), 'header-user');
    await page.goto(`${e.baseUrl}/#/rekap?bulan=${month}`);
    await page.getByTestId('recap-employee').first().waitFor();
    const layout = await page.getByTestId('recap-employees').evaluate((t) => ({
      table: getComputedStyle(t).display,
      head: (t.querySelector('thead') as HTMLElement).getBoundingClientRect().height,
      cell: getComputedStyle(t.querySelector('tbody td')!).display,
    }));
    expect(layout).toEqual({ table: 'table', head: expect.any(Number), cell: 'table-cell' });
    expect(layout.head).toBeGreaterThan(20);
    await screen(page, 'recap-desktop', '[data-testid=recap-units]');
    await context.close();
  });

  it('no other admin page scrolls sideways at 360 px', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, admin(), 'header-user');
    const agency = (await api<{ items: { id: string }[] }>(page, 'GET', '/agencies')).body.items[0]!.id;
    const employees = (await api<{ items: { id: string }[] }>(page, 'GET', `/agencies/${agency}/employees?limit=1`)).body.items;
    for (const [route, ready] of [
      ['#/beranda', 'me-name'],
      [`#/instansi/${agency}/unit`, 'agency-name'],
      [`#/instansi/${agency}/pegawai`, 'agency-name'],
      [`#/pegawai/${agency}/${employees[0]!.id}`, 'employee-name'],
      ['#/impor', 'import-submit'],
    ] as const) {
      await page.goto(`${e.baseUrl}/${route}`);
      await page.getByTestId(ready).waitFor();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(PHONE.width);
    }
    await context.close();
  });

  it('the bottom menu’s labels stay inside their own quarter of the phone, in both languages', async () => {
    // The Dinkes admin is also an employee: Jurnal, Beranda, Presensi and Instansi share 360 px.
    const { context, page } = await e.newPhone();
    await signIn(page, admin(), 'header-user');
    await page.getByTestId('nav-presensi').waitFor();
    for (const lang of ['id', 'en'] as const) {
      await page.getByTestId(`lang-${lang}`).click();
      if (lang === 'en') await expect.poll(() => page.getByTestId('nav-presensi').innerText()).toMatch(/^Atten/);
      const places = await page.locator('.bottomnav li').evaluateAll((items) =>
        items.map((li) => {
          const place = li.getBoundingClientRect();
          const label = li.querySelector('.bottomnav__label')!;
          const text = label.getBoundingClientRect();
          return { text: (label as HTMLElement).innerText, left: text.left - place.left, right: place.right - text.right, fontSize: parseFloat(getComputedStyle(label).fontSize) };
        }),
      );
      expect(places.map((p) => p.text).length, lang).toBe(4);
      for (const p of places) {
        expect(p.left, `${lang} ${p.text}`).toBeGreaterThanOrEqual(0);
        expect(p.right, `${lang} ${p.text}`).toBeGreaterThanOrEqual(0);
        expect(p.fontSize, `${lang} ${p.text}`).toBeGreaterThanOrEqual(16);
      }
      await expectNoSideScroll(page);
      await screen(page, `bottom-menu-${lang}`, '.bottomnav');
    }
    await page.getByTestId('lang-id').click();
    await context.close();
  });

  it('the import’s problem list is one card per problem, inside the screen', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, admin(), 'header-user');
    await page.goto(`${e.baseUrl}/#/impor`);
    const file = join(tmpdir(), `impor-lebar-${process.pid}.csv`);
    writeFileSync(
      file,
      [
        'kode_opd;nip;nama;kode_jabatan;tmt_jabatan',
        'DINKES;1985041220100310;Nama Terlalu Pendek NIP;TIDAK-ADA-JABATAN-DENGAN-KODE-PANJANG-SEKALI;2020-01-01',
        'DINKES;198504122010031999;Tanggal Salah;TIDAK-ADA;2020-13-45',
      ].join('\n'),
    );
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-problems').waitFor({ timeout: 60_000 });
    expectOnScreen(await edges(page, '[data-testid=import-problems] tbody td'));
    await expectNoSideScroll(page);
    await screen(page, 'import-problems-phone', '[data-testid=import-problems]');
    await context.close();
  });
});
