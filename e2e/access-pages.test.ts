/**
 * Who is signed in, and what a page says when it cannot be shown, on a 360 px phone: the header names
 * every role's person (the province auditor has no employee record, yet a name); a page the account
 * may not open says so (from the route's role check or from the API's 403) with a way back, and only
 * an address or record that does not exist says "tidak ditemukan".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

let e: E2E;

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const staff = () => account(/^Pegawai \(pelaksana\)/);
const admin = () => account(/^Admin OPD Dinas Kesehatan/);
const auditor = () => account(/^Auditor provinsi/);

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);

async function agencyId(code: string): Promise<string> {
  const row = await e.server.handle.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

const FORBIDDEN = 'Akun Anda tidak berhak membuka halaman ini.';
const NOT_FOUND = 'Halaman tidak ditemukan.';

beforeAll(async () => {
  e = await startE2E();
});

afterAll(async () => {
  await e?.close();
});

describe('the header names the person', () => {
  it('shows the auditor’s name, not their NIP, in both languages', async () => {
    const who = auditor();
    expect(who.nip).toBe('197412261997081003');
    const { context, page } = await e.newPhone();
    await signIn(page, who);
    const header = page.getByTestId('header-user');
    await expect.poll(() => header.innerText()).toContain(who.name!);
    expect(await header.innerText()).not.toMatch(/\d{8}/);
    // Beranda greets them by name too; the NIP stays on its own line.
    await page.getByTestId('me-name').waitFor();
    expect(await page.getByTestId('me-name').innerText()).toBe(who.name);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => header.innerText()).toContain('Signed in as');
    expect(await header.innerText()).toContain(who.name!);
    await page.getByTestId('lang-id').click();
    await expectNoSideScroll(page);
    await screen(page, 'auditor-header');
    await context.close();
  });

  it('shows an employee’s and an admin’s name with titles', async () => {
    for (const who of [staff(), admin()]) {
      const { context, page } = await e.newPhone();
      await signIn(page, who);
      await expect.poll(() => page.getByTestId('header-user').innerText()).toContain(who.name!);
      await context.close();
    }
  });
});

describe('pages the account may not open', () => {
  it('an employee opening an admin page is told the account may not open it, and goes back', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, staff());
    await page.getByTestId('day-progress').waitFor();
    for (const route of ['#/instansi', '#/rekap', '#/impor']) {
      await page.goto(`${e.baseUrl}/${route}`);
      await page.getByTestId('page-forbidden').waitFor();
      expect(await page.locator('main h1').innerText(), route).toBe(FORBIDDEN);
      expect(await page.getByTestId('page-forbidden').innerText()).toContain('Anda masuk sebagai Pegawai');
      expect(await page.getByText(NOT_FOUND).count(), route).toBe(0);
    }
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'page-forbidden');
    // "Kembali" returns to where they were (the previous refused page, then the journal).
    await page.getByTestId('status-back').click();
    await expect.poll(() => page.url()).toMatch(/#\/rekap$/);
    await page.getByTestId('status-home').click();
    await page.getByTestId('day-progress').waitFor();

    // The English page says the same.
    await page.getByTestId('lang-en').click();
    await page.goto(`${e.baseUrl}/#/instansi`);
    await page.getByTestId('page-forbidden').waitFor();
    expect(await page.locator('main h1').innerText()).toBe('Your account may not open this page.');
    await page.getByTestId('lang-id').click();
    await context.close();
  });

  it('an agency admin opening another agency’s pages gets the API’s refusal as a page', async () => {
    const bkd = await agencyId('BKD');
    const { context, page } = await e.newPhone();
    await signIn(page, admin());
    for (const route of [`#/instansi/${bkd}`, `#/rekap/${bkd}`]) {
      await page.goto(`${e.baseUrl}/${route}`);
      await page.getByTestId('page-forbidden').waitFor();
      expect(await page.locator('main h1').innerText(), route).toBe(FORBIDDEN);
      expect(await page.getByTestId('page-forbidden').innerText()).toContain('Admin OPD');
      // No "Coba lagi": trying again cannot help.
      expect(await page.getByRole('button', { name: 'Coba lagi' }).count()).toBe(0);
    }
    await expectNoSideScroll(page);
    await screen(page, 'page-forbidden-api');
    // Their own agency still opens.
    await page.goto(`${e.baseUrl}/#/instansi/${await agencyId('DINKES')}`);
    await page.getByTestId('agency-name').waitFor();
    expect(await page.getByTestId('page-forbidden').count()).toBe(0);
    await context.close();
  });

  it('an address or record that does not exist still says "tidak ditemukan"', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, auditor());
    await page.goto(`${e.baseUrl}/#/tidak-ada-halaman-ini`);
    await page.getByTestId('page-not-found').waitFor();
    expect(await page.locator('main h1').innerText()).toBe(NOT_FOUND);
    // The auditor may read every agency: an agency id that does not exist is a 404, not a refusal.
    await page.goto(`${e.baseUrl}/#/instansi/00000000-0000-4000-8000-000000000000`);
    await page.getByTestId('page-not-found').waitFor();
    expect(await page.getByText(FORBIDDEN).count()).toBe(0);
    await screen(page, 'page-not-found');
    await context.close();
  });
});
