/**
 * Two-factor sign-in in the browser (issue 20): an agency admin without an authenticator is sent to
 * enrolment after the password, scans (reads) the secret, confirms with a code, keeps the recovery codes,
 * and signs in again with a code; "Perangkat saya" lists the devices and signs another one out; a demo
 * admin sees why it is exempt. Codes are made here with otpauth, the library the server checks with.
 * All at 360 px, under the app's CSP.
 */
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSideScroll, expectReadable, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
}, 300_000);
afterAll(async () => {
  await e?.close();
});

const codeFor = (secret: string, when = Date.now()) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: when });

function admins() {
  const list = e.demo.filter((d) => d.role === 'agency_admin');
  if (list.length < 2) throw new Error('the demo has fewer than two agency admins');
  return list;
}

async function passwordStep(page: Page, nip: string, password: string) {
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(nip);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** CSP violations reported on the page (the QR code is a blob: image; nothing inline). */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /content security policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

describe('two-factor sign-in in the browser', () => {
  let secret = '';
  let recovery: string[] = [];

  it('sends an admin without an authenticator to enrolment, and enrols with the QR code and a first code', async () => {
    const admin = admins()[0]!;
    await e.server.handle.db.updateTable('accounts').set({ two_factor_exempt: false }).where('nip', '=', admin.nip).execute();
    const { context, page } = await e.newPhone();
    const violations = await watchCsp(page);
    await passwordStep(page, admin.nip, admin.password);

    await expect.poll(() => page.getByTestId('enrol-start').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Aktifkan verifikasi dua langkah');
    // Nothing else of the app: no menu, no name in the header.
    expect(await page.locator('.bottomnav').count()).toBe(0);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, '2fa-1-enrol-required');

    await page.getByTestId('enrol-begin').click();
    await expect.poll(() => page.getByTestId('enrol-secret').isVisible(), { timeout: 10_000 }).toBe(true);
    const qrWidth = await page.getByTestId('enrol-qr').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return img.naturalWidth;
    });
    expect(qrWidth).toBeGreaterThan(0);
    secret = (await page.getByTestId('enrol-secret').textContent())!.replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, '2fa-2-enrol-qr');

    await page.getByTestId('enrol-code').fill('000000' === codeFor(secret) ? '111111' : '000000');
    await page.getByTestId('enrol-submit').click();
    await expect.poll(() => page.locator('.field__error').textContent()).toContain('Kode tidak cocok');

    await page.getByTestId('enrol-code').fill(codeFor(secret));
    await page.getByTestId('enrol-submit').click();
    await expect.poll(() => page.getByTestId('recovery-code').count(), { timeout: 10_000 }).toBe(10);
    recovery = await page.getByTestId('recovery-code').allTextContents();
    expect(recovery.every((c) => /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/.test(c))).toBe(true);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, '2fa-3-recovery-codes');

    await page.getByTestId('recovery-done').click();
    await expect.poll(() => page.getByTestId('header-user').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);

  it('signs in again with the password and a code; a wrong code is refused', async () => {
    const admin = admins()[0]!;
    const { context, page } = await e.newPhone();
    await passwordStep(page, admin.nip, admin.password);
    await expect.poll(() => page.getByTestId('second-step').isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, '2fa-4-code-step');

    await page.getByTestId('second-step-code').fill('12345');
    await page.getByTestId('second-step-submit').click();
    await expect.poll(() => page.locator('.field__error').textContent()).toContain('Kode verifikasi salah');
    await screen(page, '2fa-5-code-wrong');

    // The next step's code: the one used to enrol may still be current, and a code is never accepted twice.
    await page.getByTestId('second-step-code').fill(codeFor(secret, Date.now() + 30_000));
    await page.getByTestId('second-step-submit').click();
    await expect.poll(() => page.getByTestId('header-user').isVisible(), { timeout: 10_000 }).toBe(true);

    // A reload in the middle of a sign-in comes back to the code step (a second phone, with a recovery code).
    const other = await e.newPhone();
    await passwordStep(other.page, admin.nip, admin.password);
    await expect.poll(() => other.page.getByTestId('second-step').isVisible(), { timeout: 15_000 }).toBe(true);
    await other.page.reload();
    await expect.poll(() => other.page.getByTestId('second-step').isVisible(), { timeout: 15_000 }).toBe(true);
    await other.page.getByTestId('second-step-code').fill(recovery[0]!.toUpperCase());
    await other.page.getByTestId('second-step-submit').click();
    await expect.poll(() => other.page.getByTestId('header-user').isVisible(), { timeout: 10_000 }).toBe(true);

    // "Perangkat saya" on the first phone: three devices (the enrolling phone's session too), two-factor on
    // with 9 codes left; sign the second phone out (the most recently used after this one: listed first).
    await page.goto(`${e.baseUrl}/#/perangkat`);
    await expect.poll(() => page.getByTestId('device').count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => page.getByTestId('two-factor-state').textContent()).toMatch(/^Aktif sejak .* Wajib untuk peran akun Anda\.$/);
    expect(await page.getByTestId('two-factor-card').textContent()).toContain('Sisa kode pemulihan: 9 dari 10.');
    expect(await page.getByTestId('two-factor-disable').count()).toBe(0); // a required role cannot turn it off
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, '2fa-6-my-devices');
    await page.getByTestId('device-sign-out-start').first().click();
    await page.getByTestId('device-sign-out-password').fill(admin.password);
    await expectReadable(page);
    await screen(page, '2fa-7-sign-out-other', '[data-testid=device-sign-out]');
    await page.getByTestId('device-sign-out-submit').click();
    await expect.poll(() => page.getByTestId('device').count(), { timeout: 10_000 }).toBe(2);
    const gone = await other.page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(gone).toBe(401);
    await other.context.close();
    await context.close();
  }, 120_000);

  it('shows a demo admin that the demo province exempts it, in Indonesian and English', async () => {
    const admin = admins()[1]!;
    const { context, page } = await e.newPhone();
    await passwordStep(page, admin.nip, admin.password);
    await expect.poll(() => page.getByTestId('header-user').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.goto(`${e.baseUrl}/#/beranda`);
    await page.getByTestId('devices-shortcut').click();
    await expect.poll(() => page.getByTestId('two-factor-exempt').textContent(), { timeout: 10_000 }).toContain('Akun demo');
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, '2fa-8-demo-exempt');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('two-factor-exempt').textContent()).toContain('Demo account');
    await expect.poll(() => page.getByTestId('devices-title').textContent()).toBe('My devices');
    await expectNoSideScroll(page);
    await screen(page, '2fa-9-demo-exempt-en');
    await context.close();
  }, 60_000);
});
