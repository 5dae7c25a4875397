/**
 * The employee's evaluation page on a 360 px phone: the demo Kepala Bidang (this quarter's evaluation
 * in progress in the demo province, rated by the Kepala Dinas so far) opens it from "SKP saya", reads
 * the ratings and predikat, enters a realisasi with a link as bukti dukung, answers the umpan balik,
 * and downloads the Dokumen Evaluasi Kinerja Pegawai (PDF, a draft while the quarter runs).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

let e: E2E;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await e?.close();
});

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who, 'day-progress');

describe('the employee’s evaluation of this quarter', () => {
  let kabid: Page;

  it('opens from SKP saya, with the ratings and predikat given so far', async () => {
    const kasiAccount = e.demo.find((d) => /^Atasan langsung/.test(d.label))!;
    const kasi = (await e.newPhone()).page;
    contexts.push(kasi.context());
    await signIn(kasi, kasiAccount);
    const me = (await api<any>(kasi, 'GET', '/me')).body;
    kabid = (await e.newPhone()).page;
    contexts.push(kabid.context());
    await signIn(kabid, { nip: me.supervisor.nip, password: kasiAccount.password });

    await kabid.goto(`${e.baseUrl}/#/skp`);
    await kabid.getByTestId('skp-evaluation').first().click();
    const running = kabid.locator('[data-testid=evaluation-period][data-kind=periodik]', { has: kabid.locator('[data-status=berjalan]') });
    await running.first().waitFor();
    await expectNoSideScroll(kabid);
    await screen(kabid, 'evaluation-periods');
    // The year's result under the periods: this year's annual evaluation is not finalised yet.
    const annual = kabid.getByTestId('evaluation-annual').first();
    await annual.waitFor();
    expect(await annual.getAttribute('data-complete')).toBe('false');
    await screen(kabid, 'evaluation-annual', '[data-testid=evaluation-annual]');
    await running.first().getByTestId('evaluation-open').click();
    await kabid.getByTestId('evaluation-result').waitFor();
    expect(await kabid.getByTestId('evaluation-rating-hasil').textContent()).toBe('Sesuai Ekspektasi');
    expect(await kabid.getByTestId('evaluation-rating-perilaku').textContent()).toBe('Di Atas Ekspektasi');
    expect(await kabid.getByTestId('evaluation-predikat').textContent()).toBe('Baik');
    await expectNoSideScroll(kabid);
    await expectReadable(kabid);
    await screen(kabid, 'evaluation-employee');
  });

  it('takes a realisasi with a link as bukti dukung, refusing a link that is not one', async () => {
    const iki = kabid.getByTestId('evaluation-iki').first();
    await iki.getByTestId('evaluation-realisasi').fill('3 laporan surveilans triwulan');
    await iki.getByTestId('evaluation-link').fill('drive/laporan');
    await iki.getByTestId('evaluation-save').click();
    await iki.getByText('Tautan harus diawali http:// atau https://').waitFor();
    await iki.getByTestId('evaluation-link').fill('https://drive.kalbarprov.go.id/laporan-tw');
    await iki.getByTestId('evaluation-save').click();
    await iki.getByText('Realisasi tersimpan.').waitFor();
    const [, agencyId, , evaluationId] = new URL(kabid.url()).hash.replace(/^#\//, '').split('/');
    const detail = (await api<any>(kabid, 'GET', `/agencies/${agencyId}/evaluations/${evaluationId}`)).body;
    expect(detail.rhk[0].iki[0].realisasi).toMatchObject({ text: '3 laporan surveilans triwulan', bukti: [{ kind: 'link', url: 'https://drive.kalbarprov.go.id/laporan-tw' }] });
    await screen(kabid, 'evaluation-realisasi', '[data-testid=evaluation-iki]');
  });

  it('answers the penilai’s umpan balik', async () => {
    const open = kabid.getByTestId('evaluation-feedback').filter({ has: kabid.getByTestId('evaluation-answer-input') }).first();
    await open.getByTestId('evaluation-answer-input').fill('Siap, bukti dukung saya lengkapi minggu ini.');
    await open.getByTestId('evaluation-answer-send').click();
    await kabid.getByTestId('evaluation-answer').filter({ hasText: 'Siap, bukti dukung saya lengkapi minggu ini.' }).waitFor();
    await expectNoSideScroll(kabid);
    await expectReadable(kabid);
  });

  it('downloads the Dokumen Evaluasi PDF, marked DRAF while the quarter is in progress', async () => {
    const link = kabid.getByTestId('evaluation-document-pdf');
    expect(await link.textContent()).toContain('Unduh Dokumen Evaluasi (PDF)');
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    const [download] = await Promise.all([kabid.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^Evaluasi-Kinerja-\d{18}-\d{4}-triwulan-[iv]+-draf\.pdf$/);
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (process.env.KINERJA_PDF_OUT) await writeFile(join(process.env.KINERJA_PDF_OUT, 'evaluasi-demo.pdf'), bytes);
    await expectReadable(kabid);
    await screen(kabid, 'evaluation-document', '[data-testid=evaluation-document-pdf]');
  });

  it('downloads the Evaluasi Kinerja detail PDF; a quarter in progress takes no signed scan', async () => {
    const link = kabid.getByTestId('evaluation-detail-pdf');
    expect(await link.textContent()).toContain('Unduh Evaluasi Kinerja rinci (PDF)');
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const [download] = await Promise.all([kabid.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^Evaluasi-Kinerja-Rinci-\d{18}-\d{4}-triwulan-[iv]+-draf\.pdf$/);
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (process.env.KINERJA_PDF_OUT) await writeFile(join(process.env.KINERJA_PDF_OUT, 'evaluasi-rinci-demo.pdf'), bytes);
    expect(await kabid.getByTestId('evaluation-scans').count()).toBe(0);
  });

  it('keeps a signed scan with last year’s finalised annual evaluation', async () => {
    const [, agencyId] = new URL(kabid.url()).hash.replace(/^#\//, '').split('/');
    const me = (await api<any>(kabid, 'GET', '/me')).body;
    const year = new Date().getFullYear() - 1;
    const annual = (await api<any>(kabid, 'GET', `/agencies/${agencyId}/employees/${me.employee.id}/evaluation-annual?year=${year}`)).body;
    const done = annual.skps.find((x: { status: string }) => x.status === 'final');
    expect(done).toBeTruthy();
    await kabid.goto(`${e.baseUrl}/#/evaluasi/${agencyId}/${done.skpId}/${done.evaluationId}`);
    const scans = kabid.getByTestId('evaluation-scans');
    await scans.getByText('Belum ada dokumen bertanda tangan yang disimpan.').waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await kabid.getByTestId('evaluation-scan-input').setInputFiles({ name: 'dokumen-evaluasi-ttd.pdf', mimeType: 'application/pdf', buffer: pdf });
    await scans.getByText('Dokumen bertanda tangan tersimpan.').waitFor();
    // The list is read again after the upload's message: wait for it rather than count at once.
    await expect.poll(() => scans.getByTestId('evaluation-scans-list').locator('li').count(), { timeout: 15_000 }).toBe(1);
    await expectNoSideScroll(kabid);
    await expectReadable(kabid);
    await screen(kabid, 'evaluation-scans', '[data-testid=evaluation-scans]');
  });
});
