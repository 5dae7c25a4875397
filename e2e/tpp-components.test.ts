/**
 * TPP rule-set components at 360 px (issue 19 item 4): the BKD edits the used Kalbar version, removes
 * the component "Kelangkaan Profesi", adds one of its own ("Daerah Terpencil") with a share, and gives
 * kelas 15 its own shares. The sums are checked by core's rules through the server (named in Bahasa
 * Indonesia at the row they break), the diff names the removed and the added component, and the save
 * stores a new version with exactly those components and shares.
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

/** Waits until the server's check of the document as it is now has answered ("Memeriksa…" gone). */
const settled = (page: Page) => page.waitForFunction(() => !document.body.textContent!.includes('Memeriksa…'));

interface Doc {
  document: { version: number; components: { id: string; name: string }[]; componentShares: { default: Record<string, number>; byKelas?: Record<string, Record<string, number>> } };
}

describe('TPP rule-set components', () => {
  it('the BKD removes a component, adds one with its share and gives a kelas its own shares: sums named in Bahasa Indonesia, the diff, saved', async () => {
    const b = await e.newPhone();
    const bkd = e.demo.find((d) => d.label.startsWith('Admin BKD'));
    if (!bkd) throw new Error('no demo BKD admin');
    await e.signIn(b.page, bkd);
    const versions = (await api<{ items: { ruleSetId: string; version: number }[] }>(b.page, 'GET', '/tpp/rule-sets')).body.items.filter((v) => v.ruleSetId === 'kalbar-default');
    const next = Math.max(...versions.map((v) => v.version)) + 1;

    await b.page.goto(`${e.baseUrl}/#/tpp/aturan/kalbar-default/1`);
    await b.page.getByTestId('tpp-rules-edit').click();
    const components = b.page.getByTestId('tpp-edit-component');
    await components.first().waitFor();
    expect(await components.count()).toBe(5);

    // Remove "Kelangkaan Profesi" (0 %): the sum stays 100 %, and it is offered back as a one-tap addition.
    await b.page.getByTestId('tpp-edit-remove-component-kelangkaan_profesi').click();
    expect(await components.count()).toBe(4);
    await b.page.getByTestId('tpp-edit-add-component-kelangkaan_profesi').waitFor();

    // Add "Daerah Terpencil" and give it 10 %: the default row then sums to 110 %.
    await b.page.getByTestId('tpp-edit-new-component').fill('Daerah Terpencil');
    await b.page.getByTestId('tpp-edit-add-component').click();
    expect(await components.count()).toBe(5);
    expect(await b.page.getByTestId('tpp-edit-share-default-daerah_terpencil').inputValue()).toBe('0');
    await b.page.getByTestId('tpp-edit-share-default-daerah_terpencil').fill('10');
    await b.page.getByText('jumlah porsi komponen 110 %, harus 100 %').first().waitFor();
    expect(await b.page.getByTestId('tpp-edit-save').isDisabled()).toBe(true);
    await expectNoSideScroll(b.page);
    await screen(b.page, 'tpp-components-list', '[data-component="daerah_terpencil"]');
    await b.page.getByText('jumlah porsi komponen 110 %, harus 100 %').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screen(b.page, 'tpp-components-invalid');
    await b.page.getByTestId('tpp-edit-share-default-beban_kerja').fill('50');
    await b.page.waitForFunction(() => !document.querySelector('[data-testid="tpp-edit-issues"]') && !(document.querySelector('[data-testid="tpp-edit-save"]') as HTMLButtonElement).disabled);

    // Kelas 15 gets its own shares, starting from the default row; 90 % is named at that row.
    await b.page.getByTestId('tpp-edit-kelas-choice').selectOption('15');
    await b.page.getByTestId('tpp-edit-add-kelas').click();
    const row15 = b.page.locator('[data-testid="tpp-edit-kelas-shares"][data-kelas="15"]');
    await row15.waitFor();
    expect(await b.page.getByTestId('tpp-edit-share-15-daerah_terpencil').inputValue()).toBe('10');
    await b.page.getByTestId('tpp-edit-share-15-prestasi_kerja').fill('30');
    await row15.getByText('jumlah porsi komponen 90 %, harus 100 %').waitFor();
    expect(await b.page.getByTestId('tpp-edit-save').isDisabled()).toBe(true);
    await b.page.getByTestId('tpp-edit-share-15-beban_kerja').fill('60');
    await b.page.waitForFunction(() => !document.querySelector('[data-testid="tpp-edit-issues"]') && !(document.querySelector('[data-testid="tpp-edit-save"]') as HTMLButtonElement).disabled);
    await settled(b.page);
    await row15.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expectNoSideScroll(b.page);
    await expectReadable(b.page);
    await screen(b.page, 'tpp-components-kelas');

    // The diff names the removed and the added component by name.
    const changes = b.page.getByTestId('tpp-rule-change');
    const texts = await changes.allInnerTexts();
    const removed = await b.page.locator('[data-testid="tpp-rule-change"][data-change="removed"]').allInnerTexts();
    const added = await b.page.locator('[data-testid="tpp-rule-change"][data-change="added"]').allInnerTexts();
    expect(removed.some((t) => t.includes('komponen') && t.includes('Kelangkaan Profesi (kelangkaan_profesi)'))).toBe(true);
    expect(added.some((t) => t.includes('komponen') && t.includes('Daerah Terpencil (daerah_terpencil)'))).toBe(true);
    expect(added.some((t) => t.includes('per kelas') && t.includes('beban_kerja 60 %'))).toBe(true);
    expect(texts.some((t) => t.includes('beban_kerja') && t.includes('60') && t.includes('50'))).toBe(true);
    await b.page.getByTestId('tpp-edit-save').scrollIntoViewIfNeeded();
    await screen(b.page, 'tpp-components-diff', '[data-testid="tpp-rule-changes"]');
    await b.page.getByTestId('tpp-edit-save').click();
    await b.page.waitForURL(new RegExp(`#/tpp/aturan/kalbar-default/${next}$`));

    const saved = (await api<Doc>(b.page, 'GET', `/tpp/rule-sets/kalbar-default/versions/${next}`)).body.document;
    expect(saved.components.map((c) => c.id)).toEqual(['beban_kerja', 'prestasi_kerja', 'kondisi_kerja', 'tempat_bertugas', 'daerah_terpencil']);
    expect(saved.componentShares.default).toEqual({ beban_kerja: 50, prestasi_kerja: 40, kondisi_kerja: 0, tempat_bertugas: 0, daerah_terpencil: 10 });
    expect(saved.componentShares.byKelas).toEqual({ '15': { beban_kerja: 60, prestasi_kerja: 30, kondisi_kerja: 0, tempat_bertugas: 0, daerah_terpencil: 10 } });
    const first = (await api<Doc>(b.page, 'GET', '/tpp/rule-sets/kalbar-default/versions/1')).body.document;
    expect(first.components.map((c) => c.id)).toContain('kelangkaan_profesi');
    await b.context.close();
  });
});
