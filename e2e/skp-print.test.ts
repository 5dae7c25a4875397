/**
 * Printing the SKP on a 360 px phone: the demo Kepala Dinas opens their approved SKP, taps "Cetak PDF"
 * (the link's PDF is read back: its text names them, and pdftoppm turns its first page into
 * screenshots/skp-print-pdf-1.png for a person to look at), then keeps a signed scan with it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
const HAVE_POPPLER = spawnSync('pdftoppm', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

let e: E2E;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await e?.close();
});

describe('the printed SKP', () => {
  it('prints the approved SKP from its screen and keeps the signed scan with it', async () => {
    const kadis = e.demo.find((d) => /^Kepala Dinas Kesehatan/.test(d.label));
    if (!kadis) throw new Error('no demo Kepala Dinas');
    const { context, page } = await e.newPhone();
    contexts.push(context);
    await page.goto(e.baseUrl);
    await page.getByTestId('login-nip').fill(kadis.nip);
    await page.getByTestId('login-password').fill(kadis.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('day-progress').waitFor();

    await page.goto(`${e.baseUrl}/#/skp`);
    await page.locator('[data-testid=skp-status][data-status=disetujui]').waitFor();
    await page.getByTestId('skp-open').first().click();
    const print = page.getByTestId('skp-print-pdf');
    await print.waitFor();
    expect(await print.textContent()).toContain('Cetak PDF');
    expect(await print.getAttribute('target')).toBe('_blank');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-print');

    // What the link opens, fetched with the page's own session.
    const href = (await print.getAttribute('href'))!;
    const got = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return { status: res.status, type: res.headers.get('content-type'), base64: btoa(s) };
    }, href);
    expect(got.status).toBe(200);
    expect(got.type).toBe('application/pdf');
    const pdf = Buffer.from(got.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (HAVE_POPPLER) {
      const file = `${SCREENSHOTS}skp-print.pdf`;
      writeFileSync(file, pdf);
      const text = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain('SASARAN KINERJA PEGAWAI');
      expect(text).toContain(kadis.nip);
      expect(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, `${SCREENSHOTS}skp-print-pdf`]).status).toBe(0);
    } else if (process.env.CI === 'true') {
      throw new Error('poppler-utils missing (.ci/run installs them)');
    }

    // The signed paper, kept with the approved SKP: here the PDF itself stands in for the scan.
    await page.getByTestId('skp-scans-none').waitFor();
    await page.getByTestId('skp-scan-input').setInputFiles({ name: 'skp-ttd.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByTestId('skp-scans').locator('li').first().waitFor();
    expect(await page.getByTestId('skp-scans').locator('li').count()).toBe(1);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-signed-scan', '[data-testid=skp-scans]');
  });
});
