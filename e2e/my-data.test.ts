/**
 * "Data saya" at 360 px: the employee sees that their supervisor opened their profile, asks for the
 * archive of everything held about them, watches it being prepared and downloads the ZIP.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

let e: E2E;

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const staff = () => account(/^Pegawai \(pelaksana\)/);
const boss = () => account(/^Atasan langsung/);

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who, 'day-progress');

describe('my data', () => {
  it('lists who opened my data, prepares my archive and downloads it', async () => {
    const { page } = await e.newPhone();
    await signIn(page, staff());
    const me = (await api<{ agency: { id: string }; employee: { id: string } }>(page, 'GET', '/me')).body;

    // The supervisor opens my profile from another phone.
    const other = await e.newPhone();
    await signIn(other.page, boss());
    expect((await api(other.page, 'GET', `/agencies/${me.agency.id}/employees/${me.employee.id}`)).status).toBe(200);
    await other.context.close();

    await page.goto(`${e.baseUrl}/#/beranda`);
    await page.getByTestId('my-data-shortcut').click();
    await page.getByTestId('my-data-title').waitFor();
    const read = page.getByTestId('read-item').first();
    await read.waitFor();
    expect(await read.innerText()).toContain('membuka data diri Anda');
    expect(await read.innerText()).toContain(boss().name ?? '');

    await page.getByTestId('archive-start').click();
    await page.getByTestId('archive-ready').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('archive-ready').innerText()).toMatch(/^Arsip siap \(\d+(,\d)? (KB|MB)\)\. Dapat diunduh sampai \d{1,2} \w+ \d{4}\.$/);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'my-data');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('archive-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^arsip-data-kinerja-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
