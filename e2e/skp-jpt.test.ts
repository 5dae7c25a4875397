/**
 * The JPT form on a 360 px phone: the demo Kepala Dinas revises their approved SKP, sets an RHK's
 * perspektif and penugasan, writes a Manual Indikator Kinerja for an IKI and a Lampiran item, and
 * submits; the Sekda (their pejabat penilai) writes an Ekspektasi Khusus Pimpinan and approves in one
 * step; the printed SKP carries the manual and the expectation (PNG pages in screenshots/ to look at).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
const HAVE_POPPLER = spawnSync('pdftoppm', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const FORMULA = '(Jumlah kematian ibu / jumlah kelahiran hidup) x 100.000';
const EKSPEKTASI = 'Laporan capaian kinerja disampaikan tepat waktu setiap triwulan.';
const KONSEKUENSI = 'Capaian di bawah target dibahas dalam dialog kinerja triwulanan.';

let e: E2E;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await e?.close();
});

async function phone(who: { nip: string; password: string }): Promise<Page> {
  const { context, page } = await e.newPhone();
  contexts.push(context);
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(who.nip);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('day-progress').waitFor();
  return page;
}

async function check(page: Page, name: string, scrollTo?: string) {
  await expectNoSideScroll(page);
  await expectReadable(page);
  await screen(page, name, scrollTo);
}

describe('the JPT form, perilaku and lampiran', () => {
  let kadis: Page;
  let skpPath: string;
  let password: string;

  it('lets the Kepala Dinas revise their SKP with perspektif, a manual per IKI and a lampiran, and submit it', async () => {
    const account = e.demo.find((d) => /^Kepala Dinas Kesehatan/.test(d.label));
    if (!account) throw new Error('no demo Kepala Dinas');
    password = account.password;
    kadis = await phone(account);
    await kadis.goto(`${e.baseUrl}/#/skp`);
    await kadis.locator('[data-testid=skp-status][data-status=disetujui]').waitFor();
    await kadis.getByTestId('skp-open').first().click();
    await kadis.getByTestId('skp-revise').click();

    const first = kadis.getByTestId('skp-rhk').first();
    await first.waitFor();
    expect(await kadis.getByTestId('skp-form-pendekatan').textContent()).toContain('Jabatan Pimpinan Tinggi');
    // No intervened RHK on a JPT form: perspektif instead, as four big buttons.
    expect(await first.getByTestId('skp-rhk-parent').count()).toBe(0);
    await first.getByTestId('skp-rhk-perspektif').locator('[data-value=penguatan_internal]').click();
    expect(await first.getByTestId('skp-rhk-perspektif').locator('[aria-checked=true]').getAttribute('data-value')).toBe('penguatan_internal');
    await first.getByTestId('skp-rhk-penugasan').fill('Gubernur Kalimantan Barat (Perjanjian Kinerja 2026)');
    await check(kadis, 'skp-jpt-editor', '[data-testid=skp-rhk]');

    const mik = first.getByTestId('skp-iki-mik').first();
    await mik.locator('summary').click();
    await mik.getByTestId('skp-mik-definisi').fill('Jumlah kematian ibu selama kehamilan, persalinan dan nifas per 100.000 kelahiran hidup');
    await mik.getByTestId('skp-mik-formula').fill(FORMULA);
    await mik.getByTestId('skp-mik-sumberData').fill('Laporan KIA kabupaten/kota');
    await mik.getByTestId('skp-mik-jenisIndikator').selectOption('outcome');
    await check(kadis, 'skp-jpt-mik', '[data-testid=skp-iki-mik]');

    await kadis.getByTestId('skp-lampiran-add-konsekuensi').click();
    await kadis.getByTestId('skp-lampiran-konsekuensi').getByTestId('skp-lampiran-text').last().fill(KONSEKUENSI);
    // An item added and left empty: the server's refusal shows under that item, not above the form.
    await kadis.getByTestId('skp-lampiran-add-dukungan_sumber_daya').click();
    await kadis.getByTestId('skp-save').click();
    const empty = kadis.getByTestId('skp-lampiran-dukungan_sumber_daya').getByTestId('skp-lampiran-item').last();
    await empty.getByTestId('skp-lampiran-problems').waitFor();
    expect(await empty.getByTestId('skp-lampiran-problems').textContent()).toContain('Tidak boleh kosong');
    expect(await empty.getByTestId('skp-lampiran-text').getAttribute('aria-invalid')).toBe('true');
    expect(await kadis.getByTestId('skp-general-issue').count()).toBe(0);
    await check(kadis, 'skp-lampiran-empty', '[data-testid=skp-lampiran-problems]');
    await empty.locator('button').click();
    await check(kadis, 'skp-jpt-lampiran', '[data-testid=skp-lampiran]');

    await kadis.getByTestId('skp-save').click();
    await expect.poll(() => kadis.getByTestId('skp-save-state').getAttribute('data-state')).toBe('saved');
    await kadis.getByTestId('skp-submit').click();
    await kadis.locator('[data-testid=skp-status][data-status=diajukan]').waitFor();
    skpPath = new URL(kadis.url()).hash.slice(1);
    // Read back as submitted: the manual and perspektif are on the server.
    const [, , agencyId, skpId] = skpPath.split('/');
    const detail = (await api<any>(kadis, 'GET', `/agencies/${agencyId}/skp/${skpId}`)).body;
    expect(detail.content.rhk[0]).toMatchObject({ perspektif: 'penguatan_internal', penugasanDari: 'Gubernur Kalimantan Barat (Perjanjian Kinerja 2026)' });
    expect(detail.content.rhk[0].iki[0].mik).toMatchObject({ formula: FORMULA, jenisIndikator: 'outcome', sumberData: 'Laporan KIA kabupaten/kota' });
    expect(detail.content.lampiran.map((l: { text: string }) => l.text)).toContain(KONSEKUENSI);
  });

  it('lets the Sekda write an Ekspektasi Khusus Pimpinan and approve in one step', async () => {
    const [, , agencyId, skpId] = skpPath.split('/');
    const detail = (await api<any>(kadis, 'GET', `/agencies/${agencyId}/skp/${skpId}`)).body;
    const penilai = detail.people.find((p: { role: string }) => p.role === 'pejabat_penilai');
    const sekda = await phone({ nip: penilai.nip, password });
    await sekda.goto(`${e.baseUrl}/#${skpPath}`);
    await sekda.getByTestId('skp-perilaku-editor').waitFor();
    // The read view shows the JPT's perspektif and the manual folded under its IKI.
    expect(await sekda.getByTestId('skp-rhk-perspektif-read').first().textContent()).toContain('Penguatan Internal');
    await sekda.getByTestId('skp-iki-mik-read').first().locator('summary').click();
    expect(await sekda.getByTestId('skp-iki-mik-read').first().textContent()).toContain(FORMULA);
    expect(await sekda.getByTestId('skp-perilaku').count()).toBe(7);
    await sekda.getByTestId('skp-ekspektasi-akuntabel').fill(EKSPEKTASI);
    await check(sekda, 'skp-jpt-ekspektasi', '[data-value=akuntabel]');
    expect(await sekda.getByTestId('skp-approve').textContent()).toContain('Simpan ekspektasi dan setujui');
    await sekda.getByTestId('skp-approve').click();
    await sekda.locator('[data-testid=skp-status][data-status=disetujui]').waitFor();
    expect(await sekda.getByTestId('skp-ekspektasi').first().textContent()).toBe(EKSPEKTASI);
    await check(sekda, 'skp-jpt-approved', '[data-testid=skp-perilaku]');
  });

  it('shows the Kepala Dinas what changed from the approved version to the revision, and who carries each RHK', async () => {
    await kadis.goto(`${e.baseUrl}/#${skpPath}`);
    await kadis.getByTestId('skp-versions-link').click();
    await kadis.getByTestId('skp-diff').waitFor();
    expect(await kadis.getByTestId('skp-version').count()).toBe(2);
    expect(await kadis.getByTestId('skp-diff-from').inputValue()).toBe('1');
    expect(await kadis.getByTestId('skp-diff-to').inputValue()).toBe('2');
    const changed = kadis.locator('[data-testid=skp-diff-item][data-kind=changed]').first();
    expect(await changed.locator('[data-field=perspektif] .skp-diff__after').textContent()).toContain('Penguatan Internal');
    // The IKI kept its indicator and target: the diff names the manual's fields that changed.
    expect(await changed.locator('[data-field=iki]').textContent()).toContain('Manual Indikator Kinerja: Definisi, Sumber data');
    const added = await kadis.locator('[data-testid=skp-diff-item][data-kind=added]').allTextContents();
    expect(added.join(' ')).toContain(KONSEKUENSI);
    expect(added.join(' ')).toContain(EKSPEKTASI);
    await check(kadis, 'skp-versions-diff', '[data-testid=skp-diff]');
    // Comparing a version with itself says nothing changed.
    await kadis.getByTestId('skp-diff-from').selectOption('2');
    await kadis.getByTestId('skp-diff-none').waitFor();

    await kadis.goto(`${e.baseUrl}/#${skpPath}`);
    await kadis.getByTestId('skp-matriks-link').click();
    await kadis.getByTestId('skp-matriks-row').first().waitFor();
    expect(await kadis.getByTestId('skp-matriks-row').count()).toBe(4);
    // The demo's Kepala Bidang intervene the Kepala Dinas's RHK.
    expect(await kadis.getByTestId('skp-matriks-carrier').count()).toBeGreaterThan(0);
    await check(kadis, 'skp-matriks', '[data-testid=skp-matriks-row]');
  });

  it('prints the manual, the perspektif and the expectation', async () => {
    const [, , agencyId, skpId] = skpPath.split('/');
    const got = await kadis.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return { status: res.status, base64: btoa(s) };
    }, `/api/v1/agencies/${agencyId}/skp/${skpId}/pdf`);
    expect(got.status).toBe(200);
    const pdf = Buffer.from(got.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!HAVE_POPPLER) {
      if (process.env.CI === 'true') throw new Error('poppler-utils missing (.ci/run installs them)');
      return;
    }
    const file = join(mkdtempSync(join(tmpdir(), 'skp-jpt-')), 'skp-jpt.pdf');
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of ['MANUAL INDIKATOR KINERJA', FORMULA, 'Jenis Indikator Outcome', 'Penguatan Internal', EKSPEKTASI, KONSEKUENSI]) expect(text).toContain(s);
    expect(text).not.toContain('DRAF');
    expect(spawnSync('pdftoppm', ['-png', '-r', '60', file, `${SCREENSHOTS}skp-jpt-pdf`]).status).toBe(0);
  });
});
