/**
 * RHK of many employees from one Excel file (issue 16 item 10) at 360 px: the demo Dinkes admin opens
 * the SKP overview, follows "Isi RHK banyak pegawai dari Excel", downloads the template (the agency's
 * draft and returned SKP of the year, rows by NIP), uploads it with a target changed and a row for an
 * unknown NIP: the problem is named by row, cell and NIP and nothing is stored; without that row the
 * dry run lists the SKP that change, "Terapkan" stores them, and the same file again changes nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';
import { downloadWorkbook } from './xlsx-download.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

async function signIn(page: Page, who: { nip: string; password: string }) {
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(who.nip);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user').waitFor();
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('RHK of many employees from Excel', () => {
  it('the Dinkes admin loads the drafts of the year from one file keyed by NIP', async () => {
    const admin = e.demo.find((d) => /^Admin OPD Dinas Kesehatan/.test(d.label));
    if (!admin) throw new Error('no demo Admin OPD Dinas Kesehatan');
    const { context, page } = await e.newPhone();
    await signIn(page, admin);
    await page.goto(`${e.baseUrl}/#/skp/ringkasan`);
    await page.getByTestId('skp-overview-rhk-bulk').click();
    await page.getByTestId('rhk-bulk-import-title').waitFor();
    const url = await page.getByTestId('rhk-bulk-import-template').getAttribute('href');
    expect(url).toMatch(/\/skp-rhk-import\/template\.xlsx\?year=\d{4}$/);

    const wb = await downloadWorkbook(page, url!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'RHK', 'RHK Atasan']);
    const ws = wb.getWorksheet('RHK')!;
    const nips = new Set<string>();
    ws.eachRow((r, n) => {
      if (n > 1) nips.add(String(r.getCell(1).value));
    });
    // The demo's Dinkes SKP in draft and the one returned with a note.
    expect(nips.size).toBeGreaterThanOrEqual(2);
    const first = ws.getRow(2);
    first.getCell(12).value = '999 Dokumen';
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    ws.addRow(['199101012016031999', 'Pegawai Tak Dikenal', '1', 'Utama', 'Tersusunnya laporan', '', '', '', '', 'Kuantitas', 'Jumlah laporan', '4 Laporan']);
    const badRow = ws.rowCount;
    const bad = Buffer.from(await wb.xlsx.writeBuffer());

    await page.getByTestId('rhk-bulk-import-file').setInputFiles({ name: 'rhk-dinkes.xlsx', mimeType: XLSX, buffer: bad });
    await page.getByTestId('rhk-bulk-import-problems').waitFor();
    const problems = await page.getByTestId('rhk-bulk-import-problem').allInnerTexts();
    expect(problems, problems.join("\n")).toHaveLength(1);
    expect(problems[0]).toContain(`Baris ${badRow} · NIP (A${badRow})\nNIP 199101012016031999 tidak terdaftar`);
    expect(problems[0]).toContain('tidak terdaftar sebagai pegawai');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-rhk-bulk-import-problems', '[data-testid="rhk-bulk-import-problems"]');

    await page.getByTestId('rhk-bulk-import-file').setInputFiles({ name: 'rhk-dinkes.xlsx', mimeType: XLSX, buffer: good });
    await page.getByTestId('rhk-bulk-import-preview').waitFor();
    const changing = await page.getByTestId('rhk-bulk-import-employee').allInnerTexts();
    expect(changing).toHaveLength(1);
    expect(changing[0]).toContain(`NIP ${String(first.getCell(1).value)}`);
    expect(changing[0]).toContain('1 diubah');
    await expectNoSideScroll(page);
    await screen(page, 'skp-rhk-bulk-import-preview', '[data-testid="rhk-bulk-import-preview"]');
    await page.getByTestId('rhk-bulk-import-apply').click();
    await page.getByTestId('rhk-bulk-import-applied').waitFor();
    await expectReadable(page);

    // The same file again: nothing changes.
    await page.getByTestId('rhk-bulk-import-file').setInputFiles({ name: 'rhk-dinkes.xlsx', mimeType: XLSX, buffer: good });
    await page.getByTestId('rhk-bulk-import-unchanged').waitFor();
    await context.close();
  });
});
