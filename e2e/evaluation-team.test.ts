/**
 * The pejabat penilai's side on a 360 px phone: the demo Kepala Dinas Kesehatan opens "Penilaian tim"
 * from Beranda for this quarter (the Dinas's capaian Baik already set, the Kepala Bidang rated Baik so
 * the curve warns: 1 of 1 Baik is over 70 % and Baik needs someone Butuh Perbaikan or Kurang), gives
 * another subordinate umpan balik, rates hasil and perilaku, sees the predikat of the matrix and the
 * curve fit, finalises, and finds the team view updated.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

let e: E2E;
const contexts: BrowserContext[] = [];
let kadis: Page;

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await e?.close();
});

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who, 'day-progress');

async function phone(): Promise<Page> {
  const page = (await e.newPhone()).page;
  contexts.push(page.context());
  return page;
}

describe('the penilai’s team view and rating', () => {
  it('opens from Beranda with this quarter’s team, their predikat, and the curve warning', async () => {
    // The Kepala Dinas: the Kepala Bidang's supervisor, who is the Kepala Seksi's.
    const kasiAccount = e.demo.find((d) => /^Atasan langsung/.test(d.label))!;
    const kasi = await phone();
    await signIn(kasi, kasiAccount);
    const kabidNip = (await api<any>(kasi, 'GET', '/me')).body.supervisor.nip as string;
    const kabid = await phone();
    await signIn(kabid, { nip: kabidNip, password: kasiAccount.password });
    const kadisNip = (await api<any>(kabid, 'GET', '/me')).body.supervisor.nip as string;
    kadis = await phone();
    await signIn(kadis, { nip: kadisNip, password: kasiAccount.password });

    await kadis.goto(`${e.baseUrl}/#/beranda`);
    await kadis.getByTestId('team-evaluation-shortcut').click();
    await kadis.getByTestId('team-progress').waitFor();
    const members = kadis.getByTestId('team-member');
    expect(await members.count()).toBeGreaterThanOrEqual(2);
    const rated = kadis.locator('[data-testid=team-member][data-predikat=baik]');
    expect(await rated.count()).toBe(1);
    const curve = kadis.getByTestId('evaluation-curve');
    expect(await curve.getAttribute('data-breaches')).toBe('2');
    expect(await curve.locator('[data-testid=curve-row][data-predikat=baik]').getAttribute('data-count')).toBe('1');
    await curve.getByText('Kurva dilanggar. Penetapan masih bisa, dengan peringatan.').waitFor();
    await expectNoSideScroll(kadis);
    await expectReadable(kadis);
    await screen(kadis, 'evaluation-team');
    await screen(kadis, 'evaluation-team-list', '[data-testid=team-list]');
  });

  it('gives umpan balik, rates hasil and perilaku, and sees the predikat of the matrix and the curve fit', async () => {
    const unrated = kadis.locator('[data-testid=team-member][data-status=berjalan][data-predikat=""]').first();
    const employeeId = await unrated.getAttribute('data-employee');
    await unrated.getByTestId('team-member-open').click();
    await kadis.getByTestId('evaluation-rate').waitFor();

    const rhk = kadis.getByTestId('evaluation-rhk').first();
    const before = await rhk.getByTestId('evaluation-feedback').count();
    await rhk.getByTestId('feedback-composer').locator('summary').click();
    await rhk.getByTestId('feedback-preset').selectOption('perlu_ditingkatkan');
    await rhk.getByTestId('feedback-text').fill('Dua IKI belum tercapai; susun rencana perbaikan.');
    await rhk.getByTestId('feedback-send').click();
    await rhk.getByTestId('evaluation-feedback').filter({ hasText: 'Dua IKI belum tercapai; susun rencana perbaikan.' }).waitFor();
    expect(await rhk.getByTestId('evaluation-feedback').count()).toBe(before + 1);

    const form = kadis.getByTestId('evaluation-rate');
    await form.getByTestId('rate-hasil').getByText('Di Bawah Ekspektasi').click();
    await form.getByTestId('rate-perilaku').getByText('Sesuai Ekspektasi').click();
    expect(await form.getByTestId('rate-preview').textContent()).toBe('Butuh Perbaikan');
    await form.getByTestId('rate-note').fill('Perbaiki capaian IKI pada triwulan berikutnya.');
    await form.getByTestId('rate-save').click();
    await form.getByText('Rating tersimpan.').waitFor();
    expect(await kadis.getByTestId('evaluation-predikat').textContent()).toBe('Butuh Perbaikan');
    // With one Baik and one Butuh Perbaikan, the Dinas's curve fits.
    const curve = kadis.getByTestId('evaluation-curve');
    await curve.getByText('Pola distribusi terpenuhi.').waitFor();
    expect(await curve.getAttribute('data-breaches')).toBe('0');
    await expectNoSideScroll(kadis);
    await expectReadable(kadis);
    await screen(kadis, 'evaluation-rate', '[data-testid=evaluation-rate]');
    await screen(kadis, 'evaluation-rate-curve', '[data-testid=evaluation-curve]');

    await kadis.getByTestId('finalise').click();
    await kadis.getByText('Evaluasi ini sudah ditetapkan dan hanya dapat dibaca.').waitFor();
    expect(await kadis.getByTestId('evaluation-rate').count()).toBe(0);
    const [, agencyId, , evaluationId] = new URL(kadis.url()).hash.replace(/^#\//, '').split('?')[0]!.split('/');
    const detail = (await api<any>(kadis, 'GET', `/agencies/${agencyId}/evaluations/${evaluationId}`)).body;
    expect(detail.evaluation).toMatchObject({ status: 'final', predikat: 'butuh_perbaikan', employeeId });

    await kadis.getByTestId('evaluation-back').click();
    const member = kadis.locator(`[data-testid=team-member][data-employee="${employeeId}"]`);
    await member.and(kadis.locator('[data-status=final]')).waitFor();
    expect(await member.getAttribute('data-predikat')).toBe('butuh_perbaikan');
    expect(await kadis.getByTestId('evaluation-curve').getAttribute('data-breaches')).toBe('0');
    await expectNoSideScroll(kadis);
    await screen(kadis, 'evaluation-team-after');
  });
});
