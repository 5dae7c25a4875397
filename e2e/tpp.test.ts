/**
 * TPP at 360 px (issue 19, done-when): an employee opens "TPP saya", reads the explanation line of a
 * late morning and follows its link to that day's journal page; the agency admin downloads the daftar
 * nominatif of the locked month as XLSX and finds the employee's figures in it; the BKD reads the
 * rule sets, a diff between two versions and a what-if. The demo province seeds the Kalbar rules,
 * payroll data, last month locked and this month as a draft; the late morning comes from a punch file
 * the admin reads in, and the draft is computed again from the run's screen.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { SHIPPED_TPP_RULE_SETS } from '@kinerja/core';
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
const staff = () => account(/^Pegawai \(pelaksana\)/);
const admin = () => account(/^Admin OPD Dinas Kesehatan/);
const bkd = () => account(/^Admin BKD/);
const boss = () => account(/^Atasan langsung/);

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);

interface Me {
  agency: { id: string };
  employee: { id: string; nip: string; name: string } | null;
}
interface Line {
  key: string;
  kind: string;
  rule: string;
  text: string;
  amount: number;
  ref?: { date?: string; attendanceRecordId?: string };
}
interface MyAnswer {
  current: { month: string; source: string };
  detail: { result: { lines: Line[] } | null };
}
interface Runs {
  items: { id: string; month: string; status: string }[];
}

/** The first Monday–Friday of a month (yyyy-mm-dd). */
function firstWeekday(month: string): string {
  for (let d = 1; ; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (wd >= 1 && wd <= 5 && !date.endsWith('-01-01')) return date;
  }
}

let me: Me;

describe('TPP', () => {
  it('an employee reads the explanation line of a late morning and follows its link to that day', async () => {
    const s = await e.newPhone();
    await signIn(s.page, staff());
    me = (await api<Me>(s.page, 'GET', '/me')).body;
    const month = (await api<MyAnswer>(s.page, 'GET', '/tpp/me')).body.current.month;
    const late = firstWeekday(month);

    // The admin reads a punch file with the employee in at 08:40 that morning, and computes the draft again.
    const a = await e.newPhone();
    await signIn(a.page, admin());
    const A = me.agency.id;
    const machine = await api<{ id: string }>(a.page, 'POST', `/agencies/${A}/attendance/machines`, { serialNumber: 'E2ETPP0001', name: 'Mesin lobi', zone: 'WIB' });
    expect(machine.status).toBe(201);
    const csv = `nip,waktu,status\n${me.employee!.nip},${late} 08:40:00,0\n${me.employee!.nip},${late} 16:05:00,1\n`;
    const read = await a.page.evaluate(
      async ({ path, csv }) => {
        const who = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
        const form = new FormData();
        form.set('dryRun', 'false');
        form.set('file', new Blob([csv], { type: 'text/csv' }), 'absen.csv');
        const res = await fetch(`/api/v1${path}`, { method: 'POST', headers: { 'X-CSRF-Token': who.csrfToken }, body: form });
        return { status: res.status, body: (await res.json()) as { stored: number } };
      },
      { path: `/agencies/${A}/attendance/machines/${machine.body.id}/imports`, csv },
    );
    expect(read).toMatchObject({ status: 200, body: { stored: 2 } });
    await a.page.goto(`${e.baseUrl}/#/tpp/instansi/${A}?bulan=${month}`);
    await a.page.getByTestId('tpp-run').click();
    await a.page.getByTestId('tpp-run-status').waitFor();
    expect(await a.page.getByTestId('tpp-run-status').innerText()).toBe('Draf');
    const recomputed = a.page.waitForResponse((r) => r.url().endsWith('/recompute') && r.request().method() === 'POST');
    await a.page.getByTestId('tpp-recompute').click();
    expect((await recomputed).status()).toBe(200);
    await expectNoSideScroll(a.page);
    await screen(a.page, 'tpp-run-draft', '#main');
    await screen(a.page, 'tpp-run-not-final', '[data-testid="tpp-not-final"]');
    await a.context.close();

    // The employee's page: the late morning's line, as the API explains it, with its link.
    await s.page.goto(`${e.baseUrl}/#/tpp`);
    await s.page.getByTestId('tpp-line').first().waitFor();
    const answer = (await api<MyAnswer>(s.page, 'GET', '/tpp/me')).body;
    const line = answer.detail.result!.lines.find((l) => l.kind === 'discipline' && l.ref?.date === late && l.key.includes(late) && /masuk/i.test(l.key));
    expect(line, JSON.stringify(answer.detail.result!.lines.filter((l) => l.ref?.date === late))).toBeDefined();
    expect(line!.amount).toBeLessThan(0);
    expect(line!.text).toMatch(/terlambat/i);
    const shown = s.page.locator(`[data-testid="tpp-line"][data-key="${line!.key}"]`);
    expect(await shown.locator('.tpp-line__text').innerText()).toBe(line!.text);
    expect(await shown.getByTestId('tpp-line-amount').innerText()).toBe(`−Rp ${Math.abs(line!.amount).toLocaleString('id-ID')}`);
    expect(await s.page.getByTestId('tpp-source').first().innerText()).toBe('Draf');
    await expectNoSideScroll(s.page);
    await expectReadable(s.page);
    await screen(s.page, 'tpp-my', '#main');
    await shown.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screen(s.page, 'tpp-my-late-line');

    // …and to that day's attendance record.
    expect(await shown.getByTestId('tpp-line-attendance').getAttribute('href')).toBe(`#/presensi/bulan/${late.slice(0, 7)}?hari=${late}`);
    await shown.getByTestId('tpp-line-day').click();
    await s.page.waitForURL((u) => u.hash === `#/jurnal/${late}`);
    await s.page.locator('main h1').waitFor();
    await s.context.close();
  });

  it('the agency admin downloads the locked month’s daftar nominatif as XLSX with the employee’s figures', async () => {
    const a = await e.newPhone();
    await signIn(a.page, admin());
    const A = me.agency.id;
    const current = (await api<MyAnswer>(a.page, 'GET', '/tpp/me')).body.current.month;
    const [y, m] = current.split('-').map(Number) as [number, number];
    const last = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const runs = (await api<Runs>(a.page, 'GET', `/agencies/${A}/tpp/runs?month=${last}`)).body;
    const run = runs.items[0]!;
    expect(run.status).toBe('locked');
    const people = (await api<{ items: { nip: string; net: number; payable: number; gross: number; cuts: number }[] }>(a.page, 'GET', `/agencies/${A}/tpp/runs/${run.id}/employees?q=${me.employee!.nip}`)).body;
    const row = people.items.find((r) => r.nip === me.employee!.nip)!;

    await a.page.goto(`${e.baseUrl}/#/tpp/instansi`);
    await a.page.getByTestId('tpp-month-prev').click();
    await a.page.getByTestId('tpp-run').click();
    await a.page.getByTestId('tpp-run-status').waitFor();
    expect(await a.page.getByTestId('tpp-run-status').innerText()).toBe('Terkunci');
    await expectNoSideScroll(a.page);
    await expectReadable(a.page);
    await screen(a.page, 'tpp-run-locked', '#main');
    const xlsx = await a.page.getByTestId('tpp-nominatif-xlsx').getAttribute('href');
    expect(xlsx).toBe(`/api/v1/agencies/${A}/tpp/runs/${run.id}/nominatif.xlsx`);
    const got = await a.page.evaluate(async (url) => {
      const r = await fetch(url!);
      const bytes = new Uint8Array(await r.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return { status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), base64: btoa(s) };
    }, xlsx);
    expect(got.status).toBe(200);
    expect(got.type).toContain('spreadsheetml');
    expect(got.disposition).toMatch(/attachment; filename="nominatif-TPP-.*\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(got.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.worksheets[1]!;
    const header = sheet.getRow(5).values as unknown[];
    const found = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(2).value === row.nip)!;
    expect(found.getCell(header.indexOf('Jumlah neto')).value).toBe(row.net);
    expect(found.getCell(header.indexOf('Dibayarkan')).value).toBe(row.payable);
    expect(found.getCell(header.indexOf('Jumlah bruto')).value).toBe(row.gross);
    // The ceiling before cuts is money in every month, whatever was cut.
    expect(found.getCell(header.indexOf('Pagu TPP')).value).toBe(row.gross - row.cuts);
    expect(row.gross - row.cuts).toBeGreaterThan(0);
    expect(found.getCell(header.indexOf('Potongan')).value).toBe(-row.cuts);
    await a.context.close();
  });

  it('a supervisor reads the team’s TPP and one subordinate’s month, in English too', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, boss());
    await page.goto(`${e.baseUrl}/#/beranda`);
    await page.getByTestId('tpp-team-shortcut').click();
    await page.getByTestId('tpp-team-member').first().waitFor();
    const team = (await api<{ items: { name: string }[] }>(page, 'GET', `/agencies/${(await api<Me>(page, 'GET', '/me')).body.agency.id}/tpp/team`)).body;
    expect(await page.getByTestId('tpp-team-member').count()).toBe(team.items.length);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'tpp-team', '#main');
    await page.getByTestId('tpp-team-member').first().click();
    await page.getByTestId('tpp-employee-name').waitFor();
    expect(await page.getByTestId('tpp-employee-name').innerText()).toBe(team.items[0]!.name);
    // A subordinate's lines carry no links into the supervisor's own journal.
    expect(await page.getByTestId('tpp-line-day').count()).toBe(0);
    await page.getByTestId('lang-en').click();
    await page.getByText('How it is computed').waitFor();
    await expectNoSideScroll(page);
    await screen(page, 'tpp-employee-month-en', '#main');
    await context.close();
  });

  it('the BKD reads the rule sets, the diff between two versions and a what-if', async () => {
    const b = await e.newPhone();
    await signIn(b.page, bkd());
    // A second version with a dearer TL2 band, stored through the API as an import would.
    const next = structuredClone(SHIPPED_TPP_RULE_SETS['kalbar-default']) as { version: number; discipline: { bandGroups: { id: string; bands: { id: string; percent: number }[] }[] } };
    next.version = 2;
    next.discipline.bandGroups.find((g) => g.id === 'tl')!.bands.find((x) => x.id === 'TL2')!.percent = 1.5;
    expect((await api(b.page, 'POST', '/tpp/rule-sets', { document: next })).status).toBe(200);

    await b.page.goto(`${e.baseUrl}/#/tpp/aturan`);
    await b.page.getByTestId('tpp-rule-set-version').first().waitFor();
    await expectNoSideScroll(b.page);
    await screen(b.page, 'tpp-rule-sets', '#main');
    await b.page.getByTestId('tpp-rule-set-version').first().click();
    await b.page.getByTestId('tpp-rule-bands').first().waitFor();
    await expectNoSideScroll(b.page);
    await screen(b.page, 'tpp-rule-set', '#main');
    await b.page.getByTestId('tpp-rules-compare').selectOption('1');
    await b.page.getByTestId('tpp-rule-change').first().waitFor();
    expect(await b.page.getByTestId('tpp-rule-change').count()).toBe(2);
    expect(await b.page.getByTestId('tpp-rule-changes').innerText()).toContain('TL2');
    await expectNoSideScroll(b.page);
    await screen(b.page, 'tpp-rule-diff', '#main');

    await b.page.goto(`${e.baseUrl}/#/tpp/provinsi`);
    await b.page.getByTestId('tpp-month-prev').click();
    await b.page.getByTestId('tpp-province-payable').waitFor();
    await screen(b.page, 'tpp-province', '#main');
    const month = new URL(b.page.url()).hash.match(/bulan=(\d{4}-\d{2})/)![1]!;
    await b.page.goto(`${e.baseUrl}/#/tpp/simulasi?bulan=${month}`);
    await b.page.getByTestId('tpp-whatif-set').selectOption('kalbar-default@2');
    await b.page.getByTestId('tpp-whatif-run').click();
    await b.page.getByTestId('tpp-whatif-total').waitFor();
    const diff = await b.page.getByTestId('tpp-whatif-total-difference').innerText();
    expect(diff).toMatch(/^(−|\+)?Rp /);
    await expectNoSideScroll(b.page);
    await screen(b.page, 'tpp-what-if', '[data-testid="tpp-whatif-result"]');
    await b.context.close();
  });

  it('the agency admin completes an employee’s payroll data: the incomplete ones first, mistakes named at their field, saved', async () => {
    const a = await e.newPhone();
    await signIn(a.page, admin());
    const agencyId = (await api<Me>(a.page, 'GET', '/me')).body.agency.id;
    const who = staff();
    const employee = (await api<{ items: { employeeId: string; nip: string; golongan: string | null }[] }>(a.page, 'GET', `/agencies/${agencyId}/tpp/payroll`)).body.items.find((r) => r.nip === who.nip)!;
    await a.page.goto(`${e.baseUrl}/#/tpp/instansi/${agencyId}`);
    await a.page.getByTestId('tpp-payroll-link').click();
    await a.page.getByTestId('tpp-payroll-missing-count').waitFor();
    await expectNoSideScroll(a.page);
    await screen(a.page, 'tpp-payroll-list', '#main');
    await a.page.getByTestId('tpp-payroll-only-missing').uncheck();
    await a.page.getByTestId('tpp-payroll-search').fill(who.nip);
    await a.page.getByTestId('tpp-payroll-row').first().click();
    await a.page.getByTestId('tpp-payroll-golongan').waitFor();
    await a.page.getByTestId('tpp-payroll-golongan').fill('III/x');
    await a.page.getByTestId('tpp-payroll-number').fill('rek-abc');
    await a.page.getByTestId('tpp-payroll-save').click();
    expect(await a.page.getByTestId('tpp-payroll-golongan').getAttribute('aria-invalid')).toBe('true');
    expect(await a.page.getByTestId('tpp-payroll-number').getAttribute('aria-invalid')).toBe('true');
    await expect(a.page.getByText('Tulis golongan PNS seperti III/c atau golongan PPPK seperti IX.').count()).resolves.toBe(1);
    await expectNoSideScroll(a.page);
    await screen(a.page, 'tpp-payroll-form-invalid', '#main');
    await a.page.getByTestId('tpp-payroll-golongan').fill('III/b');
    await a.page.getByTestId('tpp-payroll-bank').fill('Bank Kalbar');
    await a.page.getByTestId('tpp-payroll-number').fill('1002 0030 0400');
    await a.page.getByTestId('tpp-payroll-salary').fill('3.850.000');
    await a.page.getByTestId('tpp-payroll-without-npwp').check();
    await a.page.getByTestId('tpp-payroll-save').click();
    await a.page.getByTestId('tpp-payroll-saved').waitFor();
    const row = (await api<{ items: { employeeId: string; golongan: string | null; salary: number | null; bankAccount: { number: string } | null; withoutNpwp: boolean }[] }>(a.page, 'GET', `/agencies/${agencyId}/tpp/payroll`)).body.items.find((r) => r.employeeId === employee.employeeId)!;
    expect([row.golongan, row.salary, row.bankAccount?.number, row.withoutNpwp]).toEqual(['III/b', 3_850_000, '1002 0030 0400', true]);
    await expectNoSideScroll(a.page);
    await screen(a.page, 'tpp-payroll-form-saved', '#main');

    // The nominatif's signers, on the same screen: a NIP of the wrong length is named at its field.
    await a.page.goto(`${e.baseUrl}/#/tpp/instansi/${agencyId}/penggajian`);
    await a.page.getByTestId('tpp-signer-pa-name').fill('dr. Yohanes Anyang, M.Kes.');
    await a.page.getByTestId('tpp-signer-pa-nip').fill('1976060720030810');
    await a.page.getByTestId('tpp-signers-save').click();
    expect(await a.page.getByTestId('tpp-signer-pa-nip').getAttribute('aria-invalid')).toBe('true');
    await a.page.getByTestId('tpp-signer-pa-nip').fill('197606072003081001');
    await a.page.getByTestId('tpp-signer-bendahara-name').fill('Rusmini Hidayah, A.Md.Ak.');
    await a.page.getByTestId('tpp-signers-save').click();
    await a.page.getByTestId('tpp-signers-saved').waitFor();
    await expectNoSideScroll(a.page);
    await screen(a.page, 'tpp-signers', '#tpp-signers-title');
    const signers = (await api<{ pa: { name: string; nip: string | null } | null; bendahara: { name: string; nip: string | null } | null }>(a.page, 'GET', `/agencies/${agencyId}/tpp/signers`)).body;
    expect([signers.pa?.nip, signers.bendahara?.name, signers.bendahara?.nip]).toEqual(['197606072003081001', 'Rusmini Hidayah, A.Md.Ak.', null]);
    await a.context.close();
  });

  it('the BKD edits a used version field by field: mistakes named at their field in Bahasa Indonesia, the diff, saved as a new version', async () => {
    const b = await e.newPhone();
    await signIn(b.page, bkd());
    const versions = (await api<{ items: { ruleSetId: string; version: number; used: boolean }[] }>(b.page, 'GET', '/tpp/rule-sets')).body.items.filter((v) => v.ruleSetId === 'kalbar-default');
    expect(versions.find((v) => v.version === 1)?.used).toBe(true);
    const next = Math.max(...versions.map((v) => v.version)) + 1;

    await b.page.goto(`${e.baseUrl}/#/tpp/aturan/kalbar-default/1`);
    await b.page.getByTestId('tpp-rules-edit').click();
    await b.page.getByTestId('tpp-edit-band-TL2').waitFor();
    expect(await b.page.getByTestId('tpp-edit-save').innerText()).toContain(`versi ${next}`);
    // The schema's checks first (a percent above 100, under its field), then the sums.
    await b.page.getByTestId('tpp-edit-band-TL2').fill('150');
    await b.page.getByTestId('tpp-edit-issues').waitFor();
    expect(await b.page.getByTestId('tpp-edit-issues').innerText()).toContain('tidak boleh lebih dari 100');
    expect(await b.page.getByTestId('tpp-edit-band-TL2').getAttribute('aria-invalid')).toBe('true');
    expect(await b.page.getByTestId('tpp-edit-save').isDisabled()).toBe(true);
    await b.page.getByTestId('tpp-edit-band-TL2').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expectNoSideScroll(b.page);
    await screen(b.page, 'tpp-rule-edit-invalid');
    await b.page.getByTestId('tpp-edit-band-TL2').fill('1,25');
    await b.page.getByTestId('tpp-edit-split-productivity').fill('70');
    await b.page.getByText('jumlah bagian 110 %, harus 100 %').first().waitFor();
    expect(await b.page.getByTestId('tpp-edit-save').isDisabled()).toBe(true);
    await b.page.getByTestId('tpp-edit-split-productivity').fill('60');
    await b.page.waitForFunction(() => !document.querySelector('[data-testid="tpp-edit-issues"]') && !(document.querySelector('[data-testid="tpp-edit-save"]') as HTMLButtonElement).disabled);
    const changes = b.page.getByTestId('tpp-rule-change');
    expect(await changes.count()).toBe(1);
    expect(await changes.first().innerText()).toContain('TL2');
    expect(await changes.first().innerText()).toContain('1.25');
    await b.page.getByTestId('tpp-edit-save').scrollIntoViewIfNeeded();
    await screen(b.page, 'tpp-rule-edit-diff');
    await b.page.getByTestId('tpp-edit-save').click();
    await b.page.waitForURL(new RegExp(`#/tpp/aturan/kalbar-default/${next}$`));
    await b.page.getByTestId('tpp-rule-bands').first().waitFor();

    type Doc = { document: { version: number; discipline: { bandGroups: { bands: { id: string; percent: number }[] }[] } } };
    const tl2 = (d: Doc) => d.document.discipline.bandGroups.flatMap((g) => g.bands).find((x) => x.id === 'TL2')!.percent;
    const saved = (await api<Doc>(b.page, 'GET', `/tpp/rule-sets/kalbar-default/versions/${next}`)).body;
    expect([saved.document.version, tl2(saved)]).toEqual([next, 1.25]);
    expect(tl2((await api<Doc>(b.page, 'GET', '/tpp/rule-sets/kalbar-default/versions/1')).body)).toBe(1);
    await b.context.close();
  });
});
