/**
 * Disputed selfie check-ins at 360 px in Indonesian (issue 18): a check-in outside the office area
 * and one whose face matches a colleague's approved reference better than the employee's own land
 * as disputed; the Dinkes admin opens "Presensi swafoto dipersoalkan" on their phone, sees each with
 * the photos, the reasons and the place, accepts the first with a note (it becomes a punch) and
 * confirms the second's rejection; both move to "Sudah diputus" with their notes.
 *
 * The check-ins are made through the API as the phone would send them (the selfie e2e test drives
 * the camera itself); the admin's side is the real screen.
 */
import { randomUUID } from 'node:crypto';
import { signIn as signInApi } from '@kinerja/server/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSideScroll, expectReadable, screen } from './checks.js';
import { PHONE, startE2E, type E2E } from './harness.js';

const OFFICE = { lat: -0.0263, lon: 109.3425 };
const FACE_OWN = Array.from({ length: 1024 }, (_, i) => Math.sin(i) / 10);
const FACE_PEER = FACE_OWN.map((x, i) => x + (5 * Math.cos(i * 7)) / 10);
let e: E2E;
let browser: Browser;
let agencyId = '';
const ids = { outside: '', proxy: '' };

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}

/** A face-coloured square standing in for a photo (the photos are shown, not judged, here). */
const photo = (r: number, g: number, b: number) => sharp({ create: { width: 240, height: 240, channels: 3, background: { r, g, b } } }).jpeg().toBuffer();

beforeAll(async () => {
  e = await startE2E();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const staff = account(/^Pegawai \(pelaksana\) di Dinas Kesehatan/);
  const peerAccount = account(/^Kepala Dinas Kesehatan/);
  const adminAccount = account(/^Admin OPD Dinas Kesehatan/);
  const admin = await signInApi(e.server.app, adminAccount.nip, adminAccount.password);
  agencyId = ((await admin.get('/api/v1/me')).json() as { agency: { id: string } }).agency.id;
  const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body.slice(0, 300)}`);
    return JSON.parse(r.body) as Record<string, unknown>;
  };
  await ok(admin.send('PUT', `/api/v1/agencies/${agencyId}/attendance/geofences/${randomUUID()}`, { name: 'Kantor Dinas Kesehatan', shape: { kind: 'radius', center: OFFICE, radiusMeters: 150 } }));
  const enrol = async (who: { nip: string; password: string }, descriptor: number[], colour: [number, number, number]) => {
    const client = await signInApi(e.server.app, who.nip, who.password);
    const requestId = randomUUID();
    await ok(client.send('POST', '/api/v1/attendance/selfie/enrolment', { requestId, photoSha256: await client.upload(await photo(...colour)), descriptor }));
    await ok(admin.send('POST', `/api/v1/agencies/${agencyId}/attendance/selfie/enrolments/${requestId}/decision`, { approve: true }));
    return { client, requestId };
  };
  const own = await enrol(staff, FACE_OWN, [214, 170, 140]);
  await enrol(peerAccount, FACE_PEER, [150, 110, 90]);
  const checkin = async (over: Record<string, unknown>, colour: [number, number, number]) => {
    const now = new Date().toISOString();
    const id = randomUUID();
    await ok(
      own.client.send('POST', '/api/v1/attendance/selfie/checkins', {
        id, deviceId: 'ponsel-pegawai', deviceTime: now, deviceNow: now, ...OFFICE, accuracyMeters: 14, photoSha256: await own.client.upload(await photo(...colour)),
        referenceId: own.requestId, match: 0.82, liveness: 0.9, antispoof: 0.88, descriptor: FACE_OWN, ...over,
      }),
    );
    return id;
  };
  ids.outside = await checkin({ lat: OFFICE.lat + 0.012 }, [200, 160, 130]);
  ids.proxy = await checkin({ descriptor: FACE_PEER }, [140, 105, 85]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await e?.close();
});

async function adminPhone(): Promise<Page> {
  const who = account(/^Admin OPD Dinas Kesehatan/);
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Pontianak' });
  const page = await context.newPage();
  await e.signIn(page, who);
  return page;
}

describe('disputed selfie check-ins', () => {
  it('the admin sees both with photos, reasons and place; accepts one with a note, confirms the other; both move to "Sudah diputus"', async () => {
    const page = await adminPhone();
    // From the agency's attendance page.
    await page.goto(`${e.baseUrl}/#/presensi/instansi`);
    await page.getByTestId('att-disputes-link').click();
    await page.getByRole('heading', { name: 'Presensi swafoto dipersoalkan' }).waitFor();
    const items = page.getByTestId('dispute-item');
    await expect.poll(() => items.count()).toBe(2);
    const outside = items.filter({ hasText: 'Di luar area kantor.' });
    const proxy = items.filter({ hasText: 'Wajah lebih cocok dengan foto acuan pegawai lain.' });
    expect(await outside.count()).toBe(1);
    expect(await proxy.count()).toBe(1);
    expect(await outside.innerText()).toMatch(/m dari Kantor Dinas Kesehatan/);
    expect(await proxy.innerText()).toMatch(/Wajah lebih cocok dengan .+ \(NIP \d{18}\), kecocokan 100%/);
    // Every photo loaded (the check-in's, the reference, the colleague's reference).
    await expect.poll(() => page.evaluate(() => Array.from(document.querySelectorAll<HTMLImageElement>('.selfie-dispute img')).every((i) => i.complete && i.naturalWidth > 0))).toBe(true);
    expect(await proxy.locator('img').count()).toBe(3);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'selfie-disputes-open', '[data-testid=dispute-item]');
    await screen(page, 'selfie-disputes-proxy', '[data-testid=dispute-item] >> nth=1');

    // A note is required.
    await outside.getByTestId('dispute-accept').click();
    await page.getByText('Tulis catatan keputusan dulu').waitFor();
    await outside.getByTestId('dispute-note').fill('Rapat di Kantor Gubernur, surat tugas ada');
    await outside.getByTestId('dispute-accept').click();
    await page.getByTestId('disputes-done').getByText(/diterima\.$/).waitFor();
    await expect.poll(() => items.count()).toBe(1);
    await proxy.getByTestId('dispute-note').fill('Foto wajah rekan kerja, bukan pegawai ini');
    await proxy.getByTestId('dispute-reject').click();
    await page.getByText('Tidak ada presensi yang dipersoalkan.').waitFor();

    await page.getByTestId('disputes-resolved').click();
    await expect.poll(() => items.count()).toBe(2);
    const verdicts = await page.getByTestId('dispute-verdict').allInnerTexts();
    expect(verdicts.join('\n')).toMatch(/Diterima sebagai presensi — .+: Rapat di Kantor Gubernur, surat tugas ada/);
    expect(verdicts.join('\n')).toMatch(/Ditetapkan ditolak — .+: Foto wajah rekan kerja, bukan pegawai ini/);
    await expectNoSideScroll(page);
    await screen(page, 'selfie-disputes-resolved', '[data-testid=dispute-item]');

    const rows = await e.server.handle.db.selectFrom('selfie_checkins').select(['id', 'accepted', 'resolution']).where('agency_id', '=', agencyId).where('id', 'in', [ids.outside, ids.proxy]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.accepted, r.resolution]]))).toEqual({ [ids.outside]: [true, 'accepted'], [ids.proxy]: [false, 'rejected'] });
    await page.context().close();
  });
});
