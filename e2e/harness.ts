import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, createContext, isDatabaseEmpty, loadConfig, openDatabase, seedDemoProvince, startServer, type DemoAccount, type RunningServer } from '@kinerja/server';
import { E2E_TEMPLATE_ENV } from './demo-template.js';

export const PHONE = { width: 360, height: 740 };
const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

export interface E2E {
  server: RunningServer;
  browser: Browser;
  baseUrl: string;
  demo: DemoAccount[];
  newPhone(): Promise<{ context: BrowserContext; page: Page }>;
  screenshot(page: Page, name: string): Promise<void>;
  /** With `{ serverClock: true }`: the server's "now" from here on (null: the real clock again). */
  setServerNow(now: (() => Date) | null): void;
  /** Signs in on the sign-in page; waits for the test id the landing page shows (null: does not wait). */
  signIn(page: Page, who: { nip: string; password: string }, landing?: string | null): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real server (PGlite in a temporary folder, demo province, built web app) on a free port, and
 * Debian's Chromium driven by playwright-core. Nothing is downloaded.
 */
export async function startE2E(opts: { serverClock?: boolean } = {}): Promise<E2E> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-'));
  // The run's seeded demo province (demo-template.ts), copied: each file still writes only to its own.
  const template = process.env[E2E_TEMPLATE_ENV];
  const seeded = template !== undefined && existsSync(join(template, 'data'));
  if (seeded) cpSync(join(template, 'data'), dataDir, { recursive: true });
  // A test that moves the server's clock a day on would find the admins' sessions ended by the short
  // limits of the two-factor roles (30 minutes idle, 12 hours); those limits have their own tests
  // (auth/session-lifetimes.test.ts), so here they are as long as everyone's.
  const clockLimits = opts.serverClock ? { KINERJA_PRIVILEGED_SESSION_IDLE_MINUTES: String(14 * 24 * 60), KINERJA_PRIVILEGED_SESSION_MAX_HOURS: String(60 * 24) } : {};
  // The load guard is off unless asked for: here Chromium, the server and the test share two cores, so
  // the event loop's delay measures the machine, not the app (http/load-guard.test.ts tests the guard).
  const config = { ...loadConfig({ KINERJA_MAX_EVENT_LOOP_DELAY_MS: '0', ...process.env, ...clockLimits, KINERJA_DATA_DIR: dataDir }), port: 0, host: '127.0.0.1', dataDir, databaseUrl: undefined };
  const handle = await openDatabase(config);
  let demo: DemoAccount[] = [];
  if (await isDatabaseEmpty(handle.db)) demo = (await seedDemoProvince(handle.db)).demoAccounts;
  else if (seeded) demo = JSON.parse(readFileSync(join(template, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
  let fakeNow: (() => Date) | null = null;
  // A server whose clock the test moves (the phone's clock is moved by Playwright): built like
  // startServer but without its periodic jobs, which would run on the real clock's schedule.
  const server: RunningServer = opts.serverClock ? await clockedServer() : await startServer(config, handle, false);
  async function clockedServer(): Promise<RunningServer> {
    const ctx = { ...createContext(handle, config), now: () => (fakeNow ? fakeNow() : new Date()) };
    const app = await buildApp(ctx);
    const url = await app.listen({ host: config.host, port: config.port });
    return { app, handle, url, stop: () => app.close().then(() => handle.close()) };
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server,
    browser,
    baseUrl: server.url,
    demo,
    async newPhone() {
      const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Pontianak' });
      return { context, page: await context.newPage() };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async signIn(page, who, landing = 'header-user') {
      await page.goto(server.url);
      await page.getByTestId('login-nip').fill(who.nip);
      await page.getByTestId('login-password').fill(who.password);
      await page.getByTestId('login-submit').click();
      if (landing) await page.getByTestId(landing).waitFor();
    },
    setServerNow(now) {
      if (!opts.serverClock) throw new Error('startE2E({ serverClock: true }) to move the server clock');
      fakeNow = now;
    },
    async close() {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
