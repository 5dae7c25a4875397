/**
 * Start-up of the PWA in Chromium on a 360 px phone with the CPU slowed down 4× (the DevTools
 * "low-end mobile" setting):
 *  1. offline start: after one sign-in (service worker installed, journal kept in IndexedDB), the
 *     network is cut and the app is reloaded; measured until the day view is usable ("Tambah kegiatan"
 *     on screen and the main thread free again);
 *  2. first visit on "Slow 3G" (DevTools preset: 2 s round trip, 400 kbit/s each way) with nothing
 *     cached: until the sign-in form is usable, then from the sign-in tap until the day view is usable.
 * Also prints the journal route's JavaScript (packages/web/scripts/check-budget.mjs).
 *
 *   npm run build -w @kinerja/web && npx tsx bench/offline-start.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { startE2E } from '../e2e/harness.js';
import { machineLine, writeSection } from './lib/report.js';
import { summarise } from './lib/stats.js';

const CPU_SLOWDOWN = 4;
const RUNS = 7;
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

const webDist = new URL('../packages/web/dist/index.html', import.meta.url).pathname;
if (!existsSync(webDist)) {
  console.error('Build the web app first: npm run build -w @kinerja/web');
  process.exit(1);
}
const budget = JSON.parse(execFileSync('node', [new URL('../packages/web/scripts/check-budget.mjs', import.meta.url).pathname, '--json'], { encoding: 'utf8' })) as {
  totalKB: number;
  budgetKB: number;
  files: { file: string; why: string; gzipKB: number }[];
};

/** In the page: performance.now() when `selector` first appears and a frame and a task have passed. */
const USABLE_PROBE = `
  window.__usable = {};
  window.__watch = (name, selector) => {
    const done = () => requestAnimationFrame(() => setTimeout(() => { window.__usable[name] ??= performance.now(); }, 0));
    if (document.querySelector(selector)) return done();
    const mo = new MutationObserver(() => { if (document.querySelector(selector)) { mo.disconnect(); done(); } });
    mo.observe(document, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', () => {
    window.__watch('day', '[data-testid=add-entry]');
  });
`;

async function usableAt(page: Page, name: string): Promise<number> {
  type Probe = { __usable?: Record<string, number> };
  await page.waitForFunction((n) => (globalThis as unknown as Probe).__usable?.[n] !== undefined, name, { timeout: 180_000, polling: 100 });
  return page.evaluate((n) => (globalThis as unknown as Probe).__usable![n]!, name);
}

const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(' ');
const e = await startE2E();
try {
  const account = e.demo.find((d) => /^Pegawai \(pelaksana\) di Dinas Kesehatan/.test(d.label))!;

  // ---- 1. offline start ----
  const { context, page } = await e.newPhone();
  await context.addInitScript(USABLE_PROBE);
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(account.nip);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('add-entry').waitFor();
  await page.waitForFunction(() => !!(globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } }).navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
  // Let the first sync and the 45-day warm-up finish.
  await page.waitForTimeout(8000);
  const cdp = await context.newCDPSession(page);
  await context.setOffline(true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const offline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    offline.push(await usableAt(page, 'day'));
    if ((await page.getByTestId('day-offline').count()) === 0) throw new Error('the day view did not come from the phone');
  }
  await context.setOffline(false);
  const online: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    online.push(await usableAt(page, 'day'));
  }
  await context.close();

  // ---- 2. first visit on Slow 3G ----
  const first: { signin: number; day: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const phone = await e.newPhone();
    const c = await phone.context.newCDPSession(phone.page);
    await c.send('Network.enable');
    await c.send('Network.emulateNetworkConditions', SLOW_3G);
    await c.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await phone.page.goto(e.baseUrl, { timeout: 180_000 });
    await phone.page.getByTestId('login-submit').waitFor({ timeout: 180_000 });
    const signin = await phone.page.evaluate(() => performance.now());
    await phone.page.getByTestId('login-nip').fill(account.nip);
    await phone.page.getByTestId('login-password').fill(account.password);
    // Measured from here by the clock of this process (Playwright's polling adds a few tens of ms).
    const tap = Date.now();
    await phone.page.getByTestId('login-submit').click();
    await phone.page.getByTestId('add-entry').waitFor({ timeout: 180_000 });
    const day = Date.now() - tap;
    first.push({ signin, day });
    await phone.context.close();
  }

  const off = summarise(offline);
  const on = summarise(online);
  const si = summarise(first.map((f) => f.signin));
  const dy = summarise(first.map((f) => f.day));
  const fmt = (n: number) => Math.round(n).toString();
  console.log(`offline start p50 ${fmt(off.p50)} ms, online reload p50 ${fmt(on.p50)} ms, slow 3G sign-in form p50 ${fmt(si.p50)} ms, sign-in → day p50 ${fmt(dy.p50)} ms`);
  const section = [
    `Machine: ${machineLine()}. Chromium ${e.browser.version()} (headless), 360 × 740 phone screen, CPU slowed ${CPU_SLOWDOWN}× via CDP. Times are from the start of navigation (\`performance.now()\`) until the element is on screen and a frame and a task have passed.`,
    '',
    '| measure | n | p50 ms | p95 ms | max ms |',
    '|---|---|---|---|---|',
    `| offline start: reload with no network → day view usable (app shell from the service worker, day from IndexedDB) | ${off.n} | ${fmt(off.p50)} | ${fmt(off.p95)} | ${fmt(off.max)} |`,
    `| the same reload online (shell from the service worker, \`GET /me\` and the day from the server) | ${on.n} | ${fmt(on.p50)} | ${fmt(on.p95)} | ${fmt(on.max)} |`,
    `| first visit on Slow 3G (2 s RTT, 400 kbit/s), nothing cached → sign-in form on screen (Playwright wait) | ${si.n} | ${fmt(si.p50)} | ${fmt(si.p95)} | ${fmt(si.max)} |`,
    `| … then sign-in tap → day view with "Tambah kegiatan" on screen, same line (Node clock) | ${dy.n} | ${fmt(dy.p50)} | ${fmt(dy.p95)} | ${fmt(dy.max)} |`,
    '',
    `Journal route JavaScript (\`packages/web/scripts/check-budget.mjs\`, run by \`npm run build -w @kinerja/web\`): **${budget.totalKB} KB gzip** of a ${budget.budgetKB} KB budget — ${budget.files.map((f) => `${f.file.replace(/^assets\//, '')} ${f.gzipKB}`).join(', ')}.`,
    '',
    `Load average before / after: ${loadBefore} / ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (${os.cpus().length} cores, shared with other work). On the first visit the service worker also downloads the whole app shell for offline use while the user signs in, on the same slow line.`,
  ].join('\n');
  console.log(section);
  writeSection('offline-start', section);
} finally {
  await e.close();
}
