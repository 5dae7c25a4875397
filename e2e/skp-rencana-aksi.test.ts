/**
 * Rencana aksi (issue 16 item 5) at 360 px: the demo Kepala Dinas opens the approved SKP (whose first RHK
 * already has the demo's rencana aksi, one per quarter), goes to
 * "Rencana aksi per periode", is refused an empty action field by field, adds one for the first RHK in
 * the quarter of today with its target, changes it, and then enters its realisasi in this quarter's
 * evaluation (which the demo has open).
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

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);

interface RencanaAksi {
  periode: string;
  periods: { key: string; periodFrom: string; periodTo: string }[];
  rhk: { id: string; text: string }[];
  items: { id: string; rhkId: string; periode: string; text: string; target: string }[];
}

describe('rencana aksi', () => {
  it('the Kepala Dinas plans an action for this quarter with its target, then enters its realisasi in the evaluation', async () => {
    const kadis = e.demo.find((d) => /^Kepala Dinas Kesehatan/.test(d.label));
    if (!kadis) throw new Error('no demo Kepala Dinas');
    const { context, page } = await e.newPhone();
    await signIn(page, kadis);
    await page.goto(`${e.baseUrl}/#/skp`);
    await page.locator('[data-testid=skp-status][data-status=disetujui]').waitFor();
    await page.getByTestId('skp-open').first().click();
    await page.getByTestId('skp-rencana-aksi-link').click();
    await page.getByTestId('skp-rencana-aksi-title').waitFor();
    const [, agencyId, skpId] = page.url().match(/#\/skp\/([0-9a-f-]+)\/([0-9a-f-]+)\/rencana-aksi/)!;
    const before = (await api<RencanaAksi>(page, 'GET', `/agencies/${agencyId}/skp/${skpId}/rencana-aksi`)).body;
    expect(before.periode).toBe('triwulanan');
    expect(await page.getByTestId('ra-rhk').count()).toBe(before.rhk.length);
    // The quarter of today is the one pressed.
    const today = new Date().toISOString().slice(0, 10);
    const quarter = before.periods.find((p) => p.periodFrom <= today && today <= p.periodTo)!;
    expect(await page.locator('[data-testid=ra-period][aria-pressed=true]').innerText()).toContain(`Triwulan ${['I', 'II', 'III', 'IV'][Number(quarter.key.slice(-1)) - 1]}`);

    const first = page.getByTestId('ra-rhk').first();
    await first.getByTestId('ra-add').click();
    await first.getByTestId('ra-save').click();
    // Nothing typed: both fields say so under themselves, nothing is sent.
    expect(await first.locator('[aria-invalid=true]').count()).toBe(2);
    await first.getByTestId('ra-text').fill('Rapat koordinasi percepatan penurunan stunting dengan puskesmas');
    await first.getByTestId('ra-target').fill('1 kali');
    await first.getByTestId('ra-save').click();
    // The demo's own rencana aksi for this RHK are listed beside it.
    const added = first.getByTestId('ra-item').filter({ hasText: 'Rapat koordinasi percepatan' });
    await added.waitFor();
    expect(await added.getByTestId('ra-item-target').innerText()).toBe('Target: 1 kali');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-rencana-aksi', '#main');

    // Changed in place; what the server holds is what the screen shows.
    await added.getByTestId('ra-edit').click();
    await first.getByTestId('ra-target').fill('2 kali');
    await first.getByTestId('ra-save').click();
    await first.getByText('Target: 2 kali').waitFor();
    const after = (await api<RencanaAksi>(page, 'GET', `/agencies/${agencyId}/skp/${skpId}/rencana-aksi`)).body;
    const mine = after.items.filter((i) => !before.items.some((b) => b.id === i.id));
    expect(mine).toEqual([expect.objectContaining({ rhkId: before.rhk[0]!.id, periode: quarter.key, target: '2 kali' })]);

    // This quarter's evaluation lists it under the RHK and takes its realisasi.
    const periods = (await api<{ items: { kind: string; periodFrom: string; periodTo: string; evaluation: { id: string } | null }[] }>(page, 'GET', `/agencies/${agencyId}/skp/${skpId}/evaluations`)).body;
    const evaluation = periods.items.find((p) => p.kind === 'periodik' && p.periodFrom <= today && today <= p.periodTo)!;
    const evaluationId =
      evaluation.evaluation?.id ?? (await api<{ evaluation: { id: string } }>(page, 'POST', `/agencies/${agencyId}/skp/${skpId}/evaluations`, { kind: 'periodik', periodFrom: evaluation.periodFrom })).body.evaluation.id;
    await page.goto(`${e.baseUrl}/#/evaluasi/${agencyId}/${skpId}/${evaluationId}`);
    const aksi = page.getByTestId('evaluation-aksi').filter({ hasText: 'Rapat koordinasi percepatan' });
    await aksi.waitFor();
    await aksi.getByTestId('evaluation-aksi-realisasi').fill('Rapat dilaksanakan 2 kali, 24 puskesmas hadir');
    await aksi.getByTestId('evaluation-aksi-save').click();
    await aksi.getByText('Realisasi tersimpan.').waitFor();
    await expectNoSideScroll(page);
    await screen(page, 'evaluation-rencana-aksi', '[data-testid=evaluation-rencana-aksi]');
    const detail = (await api<{ rhk: { rencanaAksi: { id: string; realisasi: { text: string } | null }[] }[] }>(page, 'GET', `/agencies/${agencyId}/evaluations/${evaluationId}`)).body;
    expect(detail.rhk.flatMap((r) => r.rencanaAksi).find((a) => a.id === mine[0]!.id)?.realisasi?.text).toBe('Rapat dilaksanakan 2 kali, 24 puskesmas hadir');
    await context.close();
  });
});
