/**
 * A weak signal on a 360 px phone. The sync badge is one line and says the same thing on the first
 * sign-in; the offline notices go as soon as the connection is back; with a link that is "up" but
 * carries nothing (every API request hangs), the kept account and journal show at once and the
 * sync gives up on the stalled push, says it is waiting with a countdown, and tries again.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness.js';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

let e: E2E;

beforeAll(async () => {
  e = await startE2E();
});

afterAll(async () => {
  await e?.close();
});

const staff = () => {
  const a = e.demo.find((d) => /^Pegawai \(pelaksana\) di Dinas Kesehatan/.test(d.label));
  if (!a) throw new Error('no demo staff');
  return a;
};

async function search(page: Page, text: string) {
  const input = page.getByTestId('activity-search');
  await input.fill('');
  await input.pressSequentially(text, { delay: 30 });
  await page.locator(`[data-testid=activity-results][data-query="${text}"]`).waitFor();
}

async function addEntry(page: Page, description: string) {
  await page.getByTestId('add-entry').click();
  await search(page, 'rakor');
  await page.getByTestId('activity-results').getByTestId('activity-option').filter({ hasText: /rapat koordinasi/i }).first().click();
  await page.getByTestId('entry-description').fill(description);
  await page.getByTestId('entry-save').click();
  await page.getByTestId('entry-sheet').waitFor({ state: 'detached' });
}

const badgeCount = async (page: Page) => Number(await page.getByTestId('sync-badge').getAttribute('data-count'));

async function shot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

describe('a weak signal on a 360 px phone', () => {
  let context: BrowserContext;
  let page: Page;

  it('first sign-in: a one-line badge that says everything is sent, nothing else', async () => {
    ({ context, page } = await e.newPhone());
    await page.goto(e.baseUrl);
    await page.getByTestId('login-nip').fill(staff().nip);
    await page.getByTestId('login-password').fill(staff().password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('day-progress').waitFor();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
    const badge = page.getByTestId('sync-badge');
    await expect.poll(() => badge.innerText()).toBe('Semua terkirim');
    const box = (await badge.boundingBox())!;
    // One line at a touch target's height: about 6 % of a 740 px screen, not 15 %.
    expect(box.height).toBeLessThanOrEqual(50);
    expect(box.width).toBeLessThanOrEqual(360);
    await shot(page, 'sync-badge-first-sign-in');
  });

  it('the offline notices go as soon as the connection is back', async () => {
    await context.setOffline(true);
    await page.evaluate(() => (location.hash = '#/'));
    await page.getByTestId('day-offline').waitFor();
    await addEntry(page, 'Dicatat tanpa internet');
    await expect.poll(() => page.getByTestId('day-flash').innerText()).toContain('dikirim otomatis saat ada internet');
    await expect.poll(() => page.getByTestId('sync-badge').innerText()).toBe('Tanpa internet · 1 menunggu');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'sync-badge-offline');
    await context.setOffline(false);
    const back = Date.now();
    await expect.poll(() => page.getByTestId('day-offline').count(), { timeout: 2_000, interval: 100 }).toBe(0);
    await expect.poll(() => page.getByTestId('day-flash').count(), { timeout: 2_000, interval: 100 }).toBe(0);
    console.log(`weak-signal e2e: offline notices gone ${Date.now() - back} ms after the connection came back`);
    await expect.poll(() => badgeCount(page), { timeout: 30_000 }).toBe(0);
  });

  it('a link that carries nothing: the kept journal shows at once, the stalled push is retried with a countdown', async () => {
    await context.setOffline(true);
    await addEntry(page, 'Dicatat sebelum sinyal lemah');
    await expect.poll(() => badgeCount(page)).toBe(1);
    let pushes = 0;
    const hang = (route: Route) => {
      if (route.request().url().includes('/sync/push')) pushes++;
      // Never answered: the request waits until the app gives up on it.
    };
    await context.route('**/api/**', hang);
    await context.setOffline(false);
    const started = Date.now();
    await page.reload();
    // The entry sent earlier (kept day) and the one still in the outbox are both there.
    await expect.poll(() => page.getByTestId('journal-entry').count(), { timeout: 2_000, interval: 50 }).toBe(2);
    const shown = Date.now() - started;
    expect(await page.getByTestId('entry-sync').count()).toBe(1);
    expect(await page.getByTestId('login-nip').count()).toBe(0);
    console.log(`weak-signal e2e: kept journal on screen ${shown} ms after reload with every API request hanging`);
    // The push is given up and tried again; meanwhile the badge says it waits and when it tries next.
    await expect.poll(() => page.getByTestId('sync-badge').getAttribute('data-state'), { timeout: 30_000, interval: 200 }).toBe('retrying');
    expect(await page.getByTestId('sync-count').innerText()).toMatch(/^Menunggu, coba lagi \d+:\d\d$/);
    await page.getByTestId('sync-badge-now').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'sync-badge-retrying');
    await expect.poll(() => pushes, { timeout: 60_000, interval: 500 }).toBeGreaterThanOrEqual(2);
    // "Kirim sekarang" tries at once, without waiting for the countdown.
    await expect.poll(() => page.getByTestId('sync-badge').getAttribute('data-state'), { timeout: 30_000, interval: 200 }).toBe('retrying');
    const before = pushes;
    await page.getByTestId('sync-badge-now').click();
    await expect.poll(() => pushes, { timeout: 3_000, interval: 100 }).toBe(before + 1);
    // The network answers again: the next try sends it.
    await context.unroute('**/api/**', hang);
    await expect.poll(() => badgeCount(page), { timeout: 90_000, interval: 500 }).toBe(0);
    await context.close();
  }, 180_000);
});
