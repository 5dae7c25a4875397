/**
 * "Ekspor SIASN" at 360 px (issue 17 item 8): the Dinas Kesehatan admin opens it from the agency's
 * admin page, sees last year's records download as XLSX and JSON with SIASN's field names and codes,
 * the reference codes read-only and the push off; the BKD admin sets a koefisien code nobody had
 * confirmed, and the next JSON carries it. Both languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

let e: E2E;

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);

async function fetchFile(page: Page, testId: string) {
  const url = await page.getByTestId(testId).getAttribute('href');
  return page.evaluate(async (u) => {
    const r = await fetch(u!);
    const buf = await r.arrayBuffer();
    return { status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), size: buf.byteLength, text: new TextDecoder().decode(buf) };
  }, url);
}

interface ExportJson {
  tahun: number;
  skp22: Record<string, unknown>[];
  kinerjaPeriodik: Record<string, unknown>[];
  kodeBelumDiisi: { list: string; key: string }[];
}

let agencyId = '';
const lastYear = new Date().getFullYear() - 1;

describe('the SIASN export screen', () => {
  it('the admin downloads last year’s records as XLSX and JSON, sees the codes read-only and the push off', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, account(/^Admin OPD Dinas Kesehatan/));
    await page.goto(`${e.baseUrl}/#/instansi`);
    await page.getByTestId('agency-siasn-export').click();
    await page.getByTestId('siasn-codes').waitFor();
    agencyId = page.url().match(/#\/evaluasi\/siasn\/([0-9a-f-]+)/)![1]!;
    expect(await page.getByTestId('siasn-year').inputValue()).toBe(String(lastYear));
    const xlsx = await fetchFile(page, 'siasn-xlsx');
    expect(xlsx).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition: `attachment; filename="siasn-skp-${lastYear}.xlsx"` });
    expect(xlsx.size).toBeGreaterThan(5000);
    const json = await fetchFile(page, 'siasn-json');
    expect(json.status).toBe(200);
    const d = JSON.parse(json.text) as ExportJson;
    // The demo ships finished evaluations for last year: annual records with SIASN's codes beside the labels.
    expect(d.tahun).toBe(lastYear);
    expect(d.skp22.length).toBeGreaterThan(0);
    expect(d.skp22[0]).toMatchObject({ tahun: lastYear, hasilKinerja: expect.any(String), hasilKinerjaNilai: expect.stringMatching(/^\d+$/), kuadranKinerjaNilai: expect.stringMatching(/^\d+$/) });
    for (const r of d.kinerjaPeriodik) expect(Object.keys(r)).toEqual(expect.arrayContaining(['bulanMulaiPenilaian', 'bulanSelesaiPenilaian', 'tahunMulai', 'tahunSelesai', 'periodikId', 'koefisienId']));
    // Read-only for an agency admin; the push is off on this server.
    expect(await page.getByTestId('siasn-codes').locator('input').count()).toBe(0);
    await page.getByTestId('siasn-push-off').waitFor();
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'siasn-export', '#main');
    await screen(page, 'siasn-export-codes', '[data-testid="siasn-codes"]');
    await page.getByTestId('lang-en').click();
    await page.getByText('SIASN reference codes').waitFor();
    await expectNoSideScroll(page);
    await screen(page, 'siasn-export-en', '#main');
    await page.getByTestId('lang-id').click();
    await context.close();
  }, 120_000);

  it('the BKD admin sets a koefisien code, and the next export carries it', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, account(/^Admin BKD/));
    await page.goto(`${e.baseUrl}/#/evaluasi/siasn/${agencyId}`);
    await page.getByTestId('siasn-codes').waitFor();
    const list = page.getByTestId('siasn-list-koefisien');
    await list.locator('summary').click();
    const row = page.getByTestId('siasn-code-koefisien-ahli_pertama.sangat_baik');
    await row.locator('input').fill('11');
    await row.getByRole('button').click();
    await row.getByRole('button', { name: 'Tersimpan' }).waitFor();
    const codes = (await api<{ codes: { list: string; key: string; code: string; edited: boolean }[] }>(page, 'GET', '/siasn/reference-codes')).body.codes;
    expect(codes.find((c) => c.list === 'koefisien' && c.key === 'ahli_pertama.sangat_baik')).toMatchObject({ code: '11', edited: true });
    const d = JSON.parse((await fetchFile(page, 'siasn-json')).text) as ExportJson;
    expect(d.kodeBelumDiisi.find((g) => g.key === 'ahli_pertama.sangat_baik')).toBeUndefined();
    await expectNoSideScroll(page);
    await expectReadable(page);
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screen(page, 'siasn-codes-bkd');
    await context.close();
  }, 120_000);
});
