/**
 * The built app runs under its strict Content-Security-Policy (no inline script or style, nothing
 * from other origins): sign in, open the journal, add an entry with a photo, open it again; and the
 * API docs page under its own policy. Any violation the browser reports fails the test.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './checks.js';
import { startE2E, type E2E } from './harness.js';

const EMPLOYEE_NIP = '199905292024022005';

let e: E2E;
let photo: Buffer;

beforeAll(async () => {
  e = await startE2E();
  photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 11, g: 79, b: 138 } } }).jpeg().toBuffer();
});
afterAll(async () => {
  await e?.close();
});

/** Every `securitypolicyviolation` event of every page in the context, and console errors about CSP. */
async function watchViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('reportCspViolation', (_source, text: string) => void seen.push(text));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (ev) => {
        const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
        void report(`${ev.effectiveDirective} blocked ${ev.blockedURI || '(inline)'} at ${ev.sourceFile}:${ev.lineNumber} on ${location.pathname}`);
      },
      true,
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /content security policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

function employee() {
  const a = e.demo.find((d) => d.nip === EMPLOYEE_NIP) ?? e.demo.find((d) => /pelaksana/i.test(d.label));
  if (!a) throw new Error('no demo employee');
  return a;
}

describe('the app under its Content-Security-Policy', () => {
  it('signs in, opens the journal, adds and opens an entry with a photo, with no violation reported', async () => {
    const { context, page } = await e.newPhone();
    const violations = await watchViolations(context, page);

    const shell = await page.goto(e.baseUrl);
    const csp = (await shell!.allHeaders())['content-security-policy']!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');

    const who = employee();
    await page.getByTestId('login-nip').fill(who.nip);
    await page.getByTestId('login-password').fill(who.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('day-progress').waitFor();

    // A working day still open for logging (today may be a weekend or a holiday).
    const ctx = await api<{ today: string }>(page, 'GET', '/journal/context');
    const from = new Date(Date.parse(`${ctx.body.today}T00:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);
    const days = await api<{ days: { date: string; isWorkingDay: boolean; windowOpen: boolean; entryCount: number }[] }>(page, 'GET', `/journal/days?from=${from}&to=${ctx.body.today}`);
    const open = days.body.days.filter((d) => d.isWorkingDay && d.windowOpen && d.entryCount === 0).at(-1);
    expect(open, 'an open working day without entries').toBeDefined();
    await page.goto(`${e.baseUrl}/#/jurnal/${open!.date}`);
    await page.getByTestId('day-title').waitFor();
    await page.getByTestId('day-progress').waitFor();

    // A new entry: search, pick, describe, a photo (a blob: preview, a progress bar), save.
    await page.getByTestId('add-entry').click();
    const search = page.getByTestId('activity-search');
    await search.pressSequentially('rapat', { delay: 40 });
    await page.locator('[data-testid=activity-results][data-query="rapat"]').waitFor();
    await page.getByTestId('activity-results').getByTestId('activity-option').first().click();
    await page.getByTestId('entry-description').fill('Rapat koordinasi keamanan aplikasi');
    await page.getByTestId('evidence-input').setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('[data-testid=evidence-item][data-phase=uploaded]').waitFor({ timeout: 30_000 });
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-sheet').waitFor({ state: 'detached' });

    // The entry is listed with its photo, loaded from the evidence route, and opens again.
    const entry = page.getByTestId('journal-entry').first();
    const thumb = entry.getByTestId('entry-thumb');
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await entry.click();
    await page.getByTestId('entry-sheet').waitFor();
    expect(await page.getByTestId('entry-description').inputValue()).toBe('Rapat koordinasi keamanan aplikasi');

    expect(violations).toEqual([]);
    await context.close();
  });

  it('the admin pages that set CSS variables from React (unit tree, recap) work too', async () => {
    const { context, page } = await e.newPhone();
    const violations = await watchViolations(context, page);
    const admin = e.demo.find((d) => /^Admin OPD Dinas Kesehatan/.test(d.label))!;
    await page.goto(e.baseUrl);
    await page.getByTestId('login-nip').fill(admin.nip);
    await page.getByTestId('login-password').fill(admin.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('header-user').waitFor();
    const agency = (await api<{ items: { id: string }[] }>(page, 'GET', '/agencies')).body.items[0]!.id;
    await page.goto(`${e.baseUrl}/#/instansi/${agency}/unit`);
    await page.getByTestId('unit-item').first().waitFor();
    // style={{ '--depth': n }} reaches the element through the CSSOM, which CSP leaves alone.
    expect(await page.getByTestId('unit-item').last().evaluate((li) => li.style.getPropertyValue('--depth'))).not.toBe('');
    const today = (await api<{ today: string }>(page, 'GET', '/journal/context')).body.today;
    await page.goto(`${e.baseUrl}/#/rekap?bulan=${today.slice(0, 7)}`);
    await page.getByTestId('recap-unit').first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('an evidence PDF is shown by the built-in viewer despite its CSP sandbox', async () => {
    const { context, page } = await e.newPhone();
    const who = employee();
    await page.goto(e.baseUrl);
    await page.getByTestId('login-nip').fill(who.nip);
    await page.getByTestId('login-password').fill(who.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('day-progress').waitFor();
    const pdf = onePagePdf('Surat Tugas');
    const sha = createHash('sha256').update(pdf).digest('hex');
    const upload = await api(page, 'PUT', `/evidence/${sha}`, undefined, { base64: pdf.toString('base64'), type: 'application/pdf' });
    expect(upload.status).toBe(201);

    const tab = await context.newPage();
    const res = await tab.goto(`${e.baseUrl}/api/v1/evidence/${sha}`);
    const headers = await res!.allHeaders();
    expect(headers['content-type']).toBe('application/pdf');
    expect(headers['content-disposition']).toMatch(/^inline; filename="bukti-[0-9a-f]{64}\.pdf"/);
    expect(headers['content-security-policy']).toMatch(/(^|; )sandbox$/);
    // The sandbox does not stop Chromium from showing it: its viewer draws the PDF in a process of its
    // own (PDFium), outside our document. A viewer inside the document would get an opaque origin.
    await expect.poll(() => tab.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true);
    await context.close();
  });

  it('the API docs page works under its own policy', async () => {
    const { context, page } = await e.newPhone();
    const violations = await watchViolations(context, page);
    const docs = await page.goto(`${e.baseUrl}/api/docs`);
    expect((await docs!.allHeaders())['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('reports a violation when one happens (the watch above can fail)', async () => {
    const { context, page } = await e.newPhone();
    const violations = await watchViolations(context, page);
    await page.goto(e.baseUrl);
    await page.getByTestId('login-nip').waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await context.close();
  });
});

/** A minimal, well-formed one-page PDF with a line of text. */
function onePagePdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length + 30} >>\nstream\nBT /F1 24 Tf 72 720 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
