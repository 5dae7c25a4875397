/**
 * Two weeks offline on a 360 px phone. Signed in once, then no network while the phone's clock
 * moves day by day through fourteen days (two weekends and a holiday declared before going
 * offline). Every morning the phone must offer "Tambah kegiatan" on exactly the dates core's
 * deadline rules call open at that moment, including days it never fetched, and take an entry for
 * the day. Back online (the server's clock moved with the phone's), everything is sent once.
 */
import { addDays, canLogEntry, localDateOf, startOfLocalDay, weekdayOf, WorkCalendar, type Holiday, type JournalSettings } from '@kinerja/core';
import { signIn as signInApi } from '@kinerja/server/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness.js';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
const TZ = 'Asia/Pontianak';
const HOUR = 3_600_000;

let e: E2E;
/** The phone's and the server's clock start here: 09:00 agency time on the real date. */
let day0 = '';
let holiday = '';

const demo = (label: RegExp) => {
  const a = e.demo.find((d) => label.test(d.label));
  if (!a) throw new Error(`no demo account ${label}`);
  return a;
};
const staff = () => demo(/^Pegawai \(pelaksana\) di Dinas Kesehatan/);

const at = (date: string, hour: number) => new Date(startOfLocalDay(date, TZ).getTime() + hour * HOUR);

beforeAll(async () => {
  e = await startE2E({ serverClock: true });
  day0 = localDateOf(new Date(), TZ);
  const start = at(day0, 9).getTime();
  const realStart = Date.now();
  e.setServerNow(() => new Date(start + (Date.now() - realStart)));
  // A holiday in the middle of the walk, declared before the phone goes offline: the first
  // Tuesday-to-Thursday three days or more ahead.
  holiday = addDays(day0, 3);
  while (!['tue', 'wed', 'thu'].includes(weekdayOf(holiday))) holiday = addDays(holiday, 1);
  const bkd = demo(/^Admin BKD: mengelola seluruh OPD/);
  // Right after seeding the server may still say it is busy (503): try again for a while.
  let client: Awaited<ReturnType<typeof signInApi>> | undefined;
  for (let i = 0; !client; i++) {
    try {
      client = await signInApi(e.server.app, bkd.nip, bkd.password);
    } catch (err) {
      if (i >= 20 || !String(err).includes('503')) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const year = Number(holiday.slice(0, 4));
  const list = (await client.get(`/api/v1/holidays?year=${year}`)).json() as { items: Holiday[] };
  const items = [...list.items.filter((h) => h.date !== holiday), { date: holiday, name: 'Libur uji coba', kind: 'national' as const }];
  const res = await client.send('PUT', `/api/v1/holidays/${year}`, { holidays: items.map(({ date, name, kind }) => ({ date, name, kind })) });
  if (res.statusCode !== 204) throw new Error(`holidays: ${res.statusCode} ${res.body}`);
});

afterAll(async () => {
  await e?.close();
});

async function search(page: Page, text: string) {
  const input = page.getByTestId('activity-search');
  await input.fill('');
  await input.pressSequentially(text, { delay: 30 });
  await page.locator(`[data-testid=activity-results][data-query="${text}"]`).waitFor();
}

async function openDay(page: Page, date: string) {
  await page.evaluate((d) => (location.hash = `#/jurnal/${d}`), date);
  await expect.poll(async () => (await page.url()).includes(date)).toBe(true);
  // The day's own data is on screen (not the previous date's for a moment).
  await page.locator(`[data-day="${date}"] [data-testid=day-progress]`).waitFor();
}

async function screen(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

async function keptDayCount(page: Page, accountId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('days')) return resolve(0);
          const r = db.transaction('days').objectStore('days').count();
          r.onsuccess = () => (db.close(), resolve(r.result));
        };
        req.onerror = () => resolve(0);
      }),
    `kinerja-${accountId}`,
  );
}

async function api<T>(page: Page, method: string, path: string): Promise<T> {
  return page.evaluate(
    async ({ method, path }) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1${path}`, { method, headers: { 'X-CSRF-Token': me.csrfToken } });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
      return res.json();
    },
    { method, path },
  ) as Promise<T>;
}

describe('two weeks offline: the phone judges every date from the rules it keeps', () => {
  let context: BrowserContext;
  let page: Page;
  let rules: { settings: JournalSettings; calendar: WorkCalendar; outages: { id: string; startsAt: Date; endsAt: Date; reason: string }[] };
  const logged: { date: string; description: string }[] = [];

  it('signs in online and keeps the journal and its rules', async () => {
    ({ context, page } = await e.newPhone());
    await context.clock.install({ time: at(day0, 9) });
    await page.goto(e.baseUrl);
    await page.getByTestId('login-nip').fill(staff().nip);
    await page.getByTestId('login-password').fill(staff().password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('day-progress').waitFor();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
    const me = await api<{ account: { id: string } }>(page, 'GET', '/me');
    await expect.poll(() => keptDayCount(page, me.account.id), { timeout: 60_000 }).toBeGreaterThanOrEqual(45);
    const ctx = await api<{ today: string; settings: JournalSettings; holidays: Holiday[]; outages: { id: string; startsAt: string; endsAt: string; reason: string }[] }>(
      page,
      'GET',
      '/journal/context',
    );
    expect(ctx.today).toBe(day0);
    expect(ctx.holidays.map((h) => h.date)).toContain(holiday);
    rules = {
      settings: ctx.settings,
      calendar: new WorkCalendar(ctx.holidays, ctx.settings),
      outages: ctx.outages.map((o) => ({ ...o, startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) })),
    };
    // Let the first sync and the warm-up finish before the network goes.
    await expect.poll(() => page.getByTestId('sync-badge').getAttribute('data-state')).toBe('ok');
    await context.setOffline(true);
  });

  it('offers "Tambah kegiatan" each morning exactly where core’s rules say, and takes the day’s entry', async () => {
    const open = (date: string, now: Date) => canLogEntry(date, now, rules.settings, rules.calendar, rules.outages, TZ).ok;
    const seen = { closed: 0, future: 0, open: 0, neverFetched: 0 };
    for (let i = 1; i <= 14; i++) {
      const today = addDays(day0, i);
      const morning = at(today, 8);
      if (i % 2 === 1) {
        // The phone was put away overnight: the app is opened again in the morning.
        await page.clock.setSystemTime(morning);
        await page.evaluate(() => history.replaceState(null, '', '#/'));
        await page.reload();
      } else {
        // The app stayed open across midnight.
        const now = await page.evaluate(() => Date.now());
        await page.clock.fastForward(morning.getTime() - now);
        await page.evaluate(() => (location.hash = '#/'));
      }
      await page.getByTestId('day-progress').waitFor({ timeout: 30_000 });
      await expect.poll(() => page.getByTestId('day-title').innerText()).toMatch(new RegExp(String(Number(today.slice(8)))));
      await expect.poll(() => page.getByTestId('day-today').count()).toBe(0);

      for (let d = addDays(today, -7); d <= addDays(today, 1); d = addDays(d, 1)) {
        await openDay(page, d);
        const expected = open(d, morning);
        await expect.poll(() => page.getByTestId('add-entry').count(), { message: `${d} seen on ${today}` }).toBe(expected ? 1 : 0);
        if (d > today) {
          await page.getByTestId('day-future').waitFor();
          seen.future++;
        } else if (!expected) {
          await page.getByTestId('day-closed').waitFor();
          seen.closed++;
        } else seen.open++;
        if (d > addDays(day0, 7)) seen.neverFetched++;
        if (d === holiday) expect(await page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Libur uji coba')]));
      }

      // The day's own entry.
      await openDay(page, today);
      expect(open(today, morning)).toBe(true);
      const description = `Laporan harian offline hari ke-${i}`;
      await page.getByTestId('add-entry').click();
      await search(page, 'rakor');
      await page.getByTestId('activity-results').getByTestId('activity-option').filter({ hasText: /rapat koordinasi/i }).first().click();
      await page.getByTestId('entry-description').fill(description);
      await page.getByTestId('entry-save').click();
      await page.getByTestId('entry-sheet').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('day-flash').innerText()).toContain('Disimpan di ponsel');
      logged.push({ date: today, description });
      if (today === holiday) await screen(page, 'offline-calendar-holiday');
      if (i === 14) {
        // A week back is closed by now; the phone says so with the deadline the rules give.
        await openDay(page, addDays(today, -7));
        await page.getByTestId('day-closed').waitFor();
        await screen(page, 'offline-calendar-closed');
      }
    }
    console.log(`offline calendar e2e: ${seen.open} open, ${seen.closed} closed, ${seen.future} future dates checked; ${seen.neverFetched} never fetched`);
    expect(seen.closed).toBeGreaterThan(0);
    expect(seen.neverFetched).toBeGreaterThan(0);
    expect(await page.getByTestId('sync-badge').getAttribute('data-count')).toBe(String(logged.length));
  }, 600_000);

  it('back online, every entry reaches the server once', async () => {
    const phoneNow = await page.evaluate(() => Date.now());
    const realAt = Date.now();
    e.setServerNow(() => new Date(phoneNow + (Date.now() - realAt)));
    await context.setOffline(false);
    await expect.poll(async () => Number(await page.getByTestId('sync-badge').getAttribute('data-count')), { timeout: 120_000, interval: 1000 }).toBe(0);
    for (const l of logged) {
      const day = await api<{ entries: { description: string }[] }>(page, 'GET', `/journal/days/${l.date}`);
      expect(day.entries.filter((x) => x.description === l.description).length, l.date).toBe(1);
    }
    // The offline notice is gone with the connection.
    expect(await page.getByTestId('day-offline').count()).toBe(0);
    await context.close();
  }, 180_000);
});
