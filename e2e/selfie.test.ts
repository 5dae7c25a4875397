/**
 * Selfie check-in at 360 px (issue 18 item 3): the admin draws the office area; the employee takes a
 * face reference through Chromium's fake camera (--use-fake-device-for-media-stream) with the location
 * set on the browser context; the admin approves it on their phone; the employee checks in and the
 * check-in lands once, as a punch of the day.
 *
 * The fake camera shows Chromium's test pattern, not a face, so Human finds no face in it: this test
 * injects the face engine (`window.__kinerjaFaceEngine`, read by features/attendance/selfie/face.ts)
 * with the same two functions the real one has. Everything else is the app's real path: camera,
 * geolocation, the photo kept and uploaded as evidence, the server's judgement. The models themselves
 * are checked to be served from this server.
 */
import { signIn as signInApi } from '@kinerja/server/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSideScroll, screen } from './checks.js';
import { PHONE, startE2E, type E2E } from './harness.js';

const OFFICE = { latitude: -0.0263, longitude: 109.3425 };
let e: E2E;
let browser: Browser;
let agencyId = '';

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const staff = () => account(/^Pegawai \(pelaksana\) di Dinas Kesehatan/);
const admin = () => account(/^Admin OPD Dinas Kesehatan/);

/** A phone with the fake camera, the office location, and the injected face engine. */
async function phone(who: { nip: string; password: string }, injectFace = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Pontianak',
    geolocation: { ...OFFICE, accuracy: 15 },
    permissions: ['geolocation', 'camera'],
  });
  if (injectFace)
    await context.addInitScript(() => {
    const descriptor = Array.from({ length: 1024 }, (_, i) => Math.sin(i) / 10);
    (window as unknown as { __kinerjaFaceEngine: unknown }).__kinerjaFaceEngine = {
      async read(video: HTMLVideoElement) {
        // The real engine reads the video; this one needs a playing camera too.
        if (!(video.srcObject instanceof MediaStream) || video.videoWidth === 0) return null;
        return { descriptor, liveness: 0.92, antispoof: 0.88, faces: 1 };
      },
      similarity(a: number[], b: number[]) {
        let d = 0;
        for (let i = 0; i < a.length; i++) d += Math.abs(a[i]! - (b[i] ?? 0));
        return Math.max(0, 1 - d / a.length);
      },
    };
  });
  const page = await context.newPage();
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(who.nip);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user').waitFor();
  return { context, page };
}

beforeAll(async () => {
  e = await startE2E();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  const a = await signInApi(e.server.app, admin().nip, admin().password);
  agencyId = ((await a.get('/api/v1/me')).json() as { agency: { id: string } }).agency.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await e?.close();
});

describe('selfie check-in', () => {
  it('serves the face models from this server', async () => {
    for (const f of ['blazeface.json', 'faceres.json', 'antispoof.json', 'liveness.json', 'facemesh.bin']) {
      const res = await fetch(`${e.baseUrl}/models/human/${f}`);
      expect([f, res.status]).toEqual([f, 200]);
    }
    const json = (await (await fetch(`${e.baseUrl}/models/human/faceres.json`)).json()) as { weightsManifest: unknown[] };
    expect(json.weightsManifest.length).toBeGreaterThan(0);
  });

  it('the admin draws the office area on their phone', async () => {
    const { context, page } = await phone(admin());
    await page.goto(`${e.baseUrl}/#/presensi/swafoto/instansi`);
    await page.getByLabel('Nama area').fill('Kantor Dinas Kesehatan');
    await page.getByLabel('Lintang').fill(String(OFFICE.latitude));
    await page.getByLabel('Bujur').fill(String(OFFICE.longitude));
    await page.getByLabel('Radius (meter)').fill('150');
    await page.getByRole('button', { name: 'Simpan area' }).click();
    await page.getByText('Kantor Dinas Kesehatan (150 m)').waitFor();
    await expectNoSideScroll(page);
    await screen(page, 'selfie-admin-area');
    await context.close();
  });

  it('the employee takes a face reference, the admin approves it, the employee checks in: one accepted selfie punch', async () => {
    const emp = await phone(staff());
    await emp.page.goto(`${e.baseUrl}/#/presensi/swafoto`);
    await emp.page.getByRole('button', { name: 'Ambil foto acuan' }).click();
    await emp.page.getByText('Foto acuan terkirim').waitFor({ timeout: 60_000 });
    await expectNoSideScroll(emp.page);
    await screen(emp.page, 'selfie-enrolled');

    const adm = await phone(admin());
    await adm.page.goto(`${e.baseUrl}/#/presensi/swafoto/instansi`);
    await adm.page.getByRole('button', { name: 'Setujui' }).first().click();
    await adm.page.getByText('Foto acuan menunggu persetujuan').waitFor();
    await expect.poll(() => adm.page.getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    await adm.context.close();

    await emp.page.goto(`${e.baseUrl}/#/presensi`);
    await emp.page.getByTestId('att-tab-selfie').click();
    await emp.page.getByRole('button', { name: 'Mulai presensi' }).click();
    await emp.page.getByText(/Presensi tercatat pukul/).waitFor({ timeout: 60_000 });
    await expect(emp.page.getByText('Di dalam area kantor')).toBeTruthy();
    await expectNoSideScroll(emp.page);
    await screen(emp.page, 'selfie-checked-in');

    const rows = await e.server.handle.db.selectFrom('selfie_checkins').select(['accepted', 'place', 'face', 'accuracy_meters', 'photo_sha256']).where('agency_id', '=', agencyId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ accepted: true, place: 'inside', face: 'matched', accuracy_meters: 15 });
    await emp.context.close();
  });

  it('offline: the check-in waits in the shared outbox, survives a reload, and lands exactly once when the connection returns', async () => {
    const emp = await phone(staff());
    const rows = () => e.server.handle.db.selectFrom('selfie_checkins').select(['id', 'device_time', 'received_at', 'accepted']).where('agency_id', '=', agencyId).orderBy('received_at').execute();
    const before = (await rows()).length;
    await emp.page.goto(`${e.baseUrl}/#/presensi/swafoto`);
    await emp.page.getByRole('button', { name: 'Mulai presensi' }).waitFor();
    await expect.poll(() => emp.page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);

    await emp.context.setOffline(true);
    const clicked = Date.now();
    await emp.page.getByRole('button', { name: 'Mulai presensi' }).click();
    await emp.page.getByText('Tidak ada sambungan. Presensi disimpan di ponsel').waitFor({ timeout: 60_000 });
    await expect.poll(() => emp.page.getByTestId('sync-badge').innerText()).toBe('Tanpa internet · 1 menunggu');
    await expectNoSideScroll(emp.page);
    await screen(emp.page, 'selfie-offline-queued', '.selfie-frame');

    // Still offline: the app reloads from the service worker and the check-in is still waiting.
    await emp.page.reload();
    await emp.page.evaluate(() => (location.hash = '#/kiriman'));
    const queued = emp.page.locator('[data-testid=outbox-item][data-kind="attendance.checkin"]');
    await queued.waitFor();
    expect(await queued.getAttribute('data-state')).toBe('waiting');
    expect(await queued.innerText()).toContain('Presensi swafoto');
    await expectNoSideScroll(emp.page);
    await screen(emp.page, 'selfie-offline-outbox', '[data-testid=outbox-last]');
    // The photo is still on the phone (IndexedDB) while the check-in is not acknowledged.
    const keptPhotos = () =>
      emp.page.evaluate(async () => {
        const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('kinerja-') && n !== 'kinerja-device');
        let n = 0;
        for (const name of names) {
          const db = await new Promise<IDBDatabase>((res, rej) => {
            const r = indexedDB.open(name);
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(r.error);
          });
          if (db.objectStoreNames.contains('blobs'))
            n += await new Promise<number>((res) => {
              const r = db.transaction('blobs').objectStore('blobs').getAll();
              r.onsuccess = () => res((r.result as { mediaType: string; fileName: string }[]).filter((b) => b.fileName.startsWith('swafoto')).length);
            });
          db.close();
        }
        return n;
      });
    expect(await keptPhotos()).toBe(1);
    expect((await rows()).length).toBe(before);

    await emp.context.setOffline(false);
    await expect.poll(() => queued.getAttribute('data-state'), { timeout: 60_000 }).toBe('sent');
    await emp.page.getByTestId('outbox-checkin-answer').getByText(/Tercatat pukul/).waitFor();
    await screen(emp.page, 'selfie-offline-sent', '[data-testid=outbox-last]');
    // "Kirim sekarang" again sends nothing twice.
    await emp.page.getByTestId('sync-now').click();
    await expect.poll(() => emp.page.getByTestId('sync-badge').innerText()).toBe('Semua terkirim');
    const after = await rows();
    expect(after.length).toBe(before + 1);
    const landed = after.at(-1)!;
    expect(landed.accepted).toBe(true);
    // The claimed time is the phone's time of the photo (before it went offline-and-back), not the receipt.
    const deviceTime = new Date(landed.device_time).getTime();
    expect(deviceTime).toBeGreaterThanOrEqual(clicked - 1000);
    expect(deviceTime).toBeLessThan(new Date(landed.received_at).getTime());
    await expect.poll(keptPhotos).toBe(0);
    await emp.context.close();
  });

  it('the real face engine loads Human and its models from this server and reads the fake video (no face in it)', async () => {
    const emp = await phone(staff(), false);
    const models: string[] = [];
    emp.page.on('response', (r) => {
      if (r.url().includes('/models/human/')) models.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await emp.page.goto(`${e.baseUrl}/#/presensi/swafoto`);
    await emp.page.getByRole('button', { name: 'Mulai presensi' }).click();
    await emp.page.getByText(/Wajah tidak terlihat jelas|Kamera tidak dapat dibuka|Kesalahan/).waitFor({ timeout: 240_000 });
    expect(await emp.page.getByRole('alert').innerText()).toContain('Wajah tidak terlihat jelas');
    expect(models.filter((m) => m.startsWith('200 ')).length).toBeGreaterThanOrEqual(5);
    expect(models.every((m) => m.startsWith('200 ') || m.startsWith('304 '))).toBe(true);
    await screen(emp.page, 'selfie-no-face');
    await emp.context.close();
  }, 300_000);
});
