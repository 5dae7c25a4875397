/**
 * "Ringkasan SKP instansi" at 360 px: the agency admin opens it from the agency's admin page, reads
 * the counts per unit, the blocked list and whom to remind per unit (the same as the API answers)
 * and downloads the XLSX, whose "Belum Disetujui" sheet is the reminder list.
 */
import ExcelJS from 'exceljs';
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

function account(pattern: RegExp) {
  const a = e.demo.find((d) => pattern.test(d.label));
  if (!a) throw new Error(`no demo account ${pattern}`);
  return a;
}
const admin = () => account(/^Admin OPD Dinas Kesehatan/);

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);

interface Overview {
  agency: { id: string; name: string };
  units: { unitId: string; name: string; counts: Record<string, number> }[];
  totals: Record<string, number>;
  blocked: { name: string; penilaiName: string }[];
  reminders: { unitId: string; unitName: string; name: string; nip: string; state: string; penilaiName: string | null }[];
}

describe('SKP agency overview', () => {
  it('the agency admin reads the counts per unit and who is blocked, and downloads the XLSX', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, admin());
    await page.goto(`${e.baseUrl}/#/instansi`);
    await page.getByTestId('agency-skp-overview').click();
    await page.getByTestId('skp-overview-units').waitFor();
    const year = Number(await page.getByTestId('skp-overview-year').innerText().then((s) => s.replace(/\D/g, '')));
    const agencyId = page.url().match(/#\/skp\/ringkasan\/([0-9a-f-]+)/)![1]!;
    const o = (await api<Overview>(page, 'GET', `/agencies/${agencyId}/skp/overview?year=${year}`)).body;
    expect(o.totals.employees).toBeGreaterThan(0);
    // The demo ships SKP in every state: more than one state is counted.
    expect(['belum', 'draft', 'diajukan', 'dikembalikan', 'disetujui'].filter((s) => o.totals[s]! > 0).length).toBeGreaterThan(1);

    expect(await page.getByTestId('skp-overview-agency-name').innerText()).toBe(o.agency.name);
    expect(await page.getByTestId('skp-overview-unit').count()).toBe(o.units.length);
    expect(await page.getByTestId('skp-overview-unit').first().innerText()).toContain(o.units[0]!.name);
    const total = await page.getByTestId('skp-overview-total').innerText();
    expect(total).toContain('Belum dibuat');
    expect(total).toContain(String(o.totals.disetujui));
    if (o.blocked.length > 0) {
      expect(await page.getByTestId('skp-overview-blocked-person').count()).toBe(o.blocked.length);
      const first = await page.getByTestId('skp-overview-blocked-person').first().innerText();
      expect(first).toContain(o.blocked[0]!.name);
      expect(first).toContain(o.blocked[0]!.penilaiName);
    } else {
      await page.getByTestId('skp-overview-none-blocked').waitFor();
    }
    // Whom to remind: everyone not approved, grouped per unit (tree order), each with their penilai.
    expect(o.reminders.length).toBe(o.totals.employees! - o.totals.disetujui!);
    expect(o.reminders.length).toBeGreaterThan(0);
    const units = [...new Set(o.reminders.map((r) => r.unitId))];
    expect(await page.getByTestId('skp-overview-remind-unit').count()).toBe(units.length);
    const firstUnit = page.getByTestId('skp-overview-remind-unit').first();
    if ((await firstUnit.getAttribute('open')) === null) await firstUnit.locator('summary').click();
    const inFirst = o.reminders.filter((r) => r.unitId === units[0]);
    expect(await firstUnit.locator('summary').innerText()).toContain(inFirst[0]!.unitName);
    expect(await firstUnit.getByTestId('skp-overview-remind-person').count()).toBe(inFirst.length);
    const person = await firstUnit.getByTestId('skp-overview-remind-person').first().innerText();
    expect(person).toContain(inFirst[0]!.name);
    expect(person.replace(/\s/g, '')).toContain(inFirst[0]!.nip);
    if (inFirst[0]!.penilaiName) expect(person).toContain(inFirst[0]!.penilaiName);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'skp-overview', '#main');
    await screen(page, 'skp-overview-remind', '[data-testid="skp-overview-remind-section"]');
    await screen(page, 'skp-overview-remind-units', '[data-testid="skp-overview-remind-unit"]:nth-of-type(2)');
    await screen(page, 'skp-overview-blocked', '#skp-overview-blocked');
    await screen(page, 'skp-overview-units', '#skp-overview-units');

    const xlsx = await page.getByTestId('skp-overview-xlsx').getAttribute('href');
    const got = await page.evaluate(async (url) => {
      const r = await fetch(url!);
      return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
    }, xlsx);
    expect(got).toMatchObject({ status: 200 });
    expect(got.type).toContain('spreadsheetml');
    expect(got.size).toBeGreaterThan(1000);
    // The workbook's reminder sheet names the same people, in the same order.
    const file = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url!)).arrayBuffer())), xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Belum Disetujui')!;
    expect(sheet.rowCount).toBe(o.reminders.length + 1);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual([o.reminders[0]!.unitName, o.reminders[0]!.nip, o.reminders[0]!.name]);
    await context.close();
  });
});
