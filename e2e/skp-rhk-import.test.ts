/**
 * RHK from Excel (issue 16 item 10) at 360 px: the demo Kepala Seksi starts an empty SKP, opens "Isi RHK
 * dari Excel", downloads the template (the Kepala Bidang's approved RHK listed as A1, A2, …), uploads a
 * file with mistakes and sees each one by row, column and cell, uploads it corrected, sees what each RHK
 * becomes, applies it, finds the RHK in the editor, and uploads the same file again to no change.
 */
import ExcelJS from 'exceljs';
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

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);

async function fileOf(wb: ExcelJS.Workbook, rows: string[][]): Promise<Buffer> {
  const ws = wb.getWorksheet('RHK')!;
  rows.forEach((r, i) => {
    ws.getRow(i + 2).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('RHK from Excel', () => {
  it('the Kepala Seksi fills an empty SKP from the template: mistakes listed by row, then applied once', async () => {
    const kasi = e.demo.find((d) => /^Atasan langsung/.test(d.label));
    if (!kasi) throw new Error('no demo Kepala Seksi');
    const { context, page } = await e.newPhone();
    await signIn(page, kasi);
    await page.goto(`${e.baseUrl}/#/skp`);
    await page.getByTestId('skp-start-kosong').click();
    await page.getByTestId('skp-rhk-import-link').click();
    await page.getByTestId('rhk-import-title').waitFor();
    const templateUrl = await page.getByTestId('rhk-import-template').getAttribute('href');
    expect(templateUrl).toMatch(/\/rhk-import\/template\.xlsx$/);

    const wb = await downloadWorkbook(page, templateUrl!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'RHK', 'RHK Atasan']);
    const atasan = wb.getWorksheet('RHK Atasan')!;
    const codes: string[] = [];
    atasan.eachRow((r, n) => {
      if (n > 1 && r.getCell(1).value) codes.push(String(r.getCell(1).value));
    });
    // The demo Kepala Bidang's SKP is approved: its RHK are there to intervene.
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(codes.slice(0, 2)).toEqual(['A1', 'A2']);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-rhk-import', '#main');

    // Two mistakes: an unknown jenis and a code the sheet does not list; a missing target.
    const bad = await fileOf(wb, [
      ['1', 'Pokok', 'Terlaksananya pembinaan gizi balita di puskesmas', 'A99', 'Tidak Langsung', 'Kuantitas', 'Jumlah puskesmas yang dibina', ''],
    ]);
    await page.getByTestId('rhk-import-file').setInputFiles({ name: 'rhk-seksi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await page.getByTestId('rhk-import-problems').waitFor();
    const problems = await page.getByTestId('rhk-import-problem').allInnerTexts();
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('Baris 2 · Jenis RHK (B2)');
    expect(problems[1]).toContain('Kode RHK atasan "A99" tidak ada');
    expect(problems[2]).toContain('Baris 2 · Target (H2)');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-rhk-import-problems', '[data-testid=rhk-import-problems]');

    const good = await fileOf(await downloadWorkbook(page, templateUrl!), [
      ['1', 'Utama', 'Terlaksananya pembinaan gizi balita di puskesmas', 'A1', 'Tidak Langsung', 'Kuantitas', 'Jumlah puskesmas yang dibina', '12 Puskesmas'],
      ['1', '', '', '', '', 'Waktu', 'Pembinaan selesai tepat waktu', '12 Bulan'],
      ['2', 'Utama', 'Tersusunnya laporan surveilans gizi bulanan', 'A2', 'Tidak Langsung', 'Kuantitas', 'Laporan surveilans gizi', '12 Laporan'],
    ]);
    await page.getByTestId('rhk-import-file').setInputFiles({ name: 'rhk-seksi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: good });
    await page.getByTestId('rhk-import-preview').waitFor();
    expect(await page.getByTestId('rhk-import-rhk').count()).toBe(2);
    expect(await page.getByTestId('rhk-import-change').allInnerTexts()).toEqual(['Baru', 'Baru']);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-rhk-import-preview', '[data-testid=rhk-import-preview]');

    await page.getByTestId('rhk-import-apply').click();
    await page.getByTestId('rhk-import-applied').waitFor();
    await screen(page, 'skp-rhk-import-applied', '[data-testid=rhk-import-applied]');
    await page.getByTestId('rhk-import-open').click();
    await page.getByTestId('skp-rhk').first().waitFor();
    expect(await page.getByTestId('skp-rhk-text').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))).toEqual([
      'Terlaksananya pembinaan gizi balita di puskesmas',
      'Tersusunnya laporan surveilans gizi bulanan',
    ]);
    expect(await page.getByTestId('skp-save-state').getAttribute('data-state')).toBe('saved');

    // The same file again: nothing changes.
    await page.getByTestId('skp-rhk-import-link').click();
    await page.getByTestId('rhk-import-file').setInputFiles({ name: 'rhk-seksi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: good });
    await page.getByTestId('rhk-import-unchanged').waitFor();
    await context.close();
  });

  it('the agency admin sets rencana aksi per month from a date, from the SKP overview', async () => {
    const admin = e.demo.find((d) => /^Admin OPD Dinas Kesehatan/.test(d.label));
    if (!admin) throw new Error('no demo Admin OPD Dinas Kesehatan');
    const { context, page } = await e.newPhone();
    await signIn(page, admin);
    await page.goto(`${e.baseUrl}/#/skp/ringkasan`);
    await page.getByTestId('skp-overview-ra-setting').click();
    await page.getByTestId('ra-setting-title').waitFor();
    // The demo plans per quarter.
    expect(await page.getByTestId('ra-setting-triwulanan').getAttribute('aria-pressed')).toBe('true');
    const next = new Date();
    next.setUTCMonth(next.getUTCMonth() + 1, 1);
    const from = next.toISOString().slice(0, 10);
    await page.getByTestId('ra-setting-bulanan').click();
    expect(await page.getByTestId('ra-setting-bulanan').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('ra-setting-from').fill(from);
    await page.getByTestId('ra-setting-save').click();
    await page.getByTestId('ra-setting-saved').waitFor();
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-rencana-aksi-setting', '#main');
    await context.close();
  });
});
