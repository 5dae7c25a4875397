import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

function account(label: RegExp) {
  const a = e.demo.find((d) => label.test(d.label));
  if (!a) throw new Error(`no demo account matching ${label}`);
  return a;
}

async function signIn(page: import('playwright-core').Page, nip: string, password: string) {
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(nip);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('foundation in a real browser (360 px)', () => {
  it('shows the sign-in page, refuses a wrong password in Bahasa Indonesia', async () => {
    const { context, page } = await e.newPhone();
    await page.goto(e.baseUrl);
    await page.getByTestId('login-submit').waitFor();
    await e.screenshot(page, 'signin');
    const who = account(/pelaksana/i);
    await signIn(page, who.nip, 'bukan-kata-sandinya');
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').innerText()).toMatch(/NIP atau kata sandi salah/);
    await context.close();
  });

  it('an employee signs in and sees their position, supervisor and atasan', async () => {
    const { context, page } = await e.newPhone();
    const who = account(/pelaksana/i);
    await signIn(page, who.nip, who.password);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('supervisor-name').waitFor();
    expect(await page.getByTestId('me-nip').innerText()).toContain(who.nip.slice(0, 8));
    const myName = (await page.getByTestId('me-name').innerText()).trim();
    const supervisor = account(/atasan langsung/i);
    const supervisorName = await page.getByTestId('supervisor-name').innerText();
    expect(supervisorName.length).toBeGreaterThan(3);
    expect(await page.getByTestId('appraiser-name').isVisible()).toBe(true);
    await e.screenshot(page, 'home');
    // The page never scrolls sideways on a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();

    // The supervisor sees this employee among their subordinates.
    const boss = await e.newPhone();
    await signIn(boss.page, supervisor.nip, supervisor.password);
    await boss.page.getByTestId('nav-home').click();
    await boss.page.getByTestId('subordinate-item').first().waitFor();
    const names = await boss.page.getByTestId('subordinate-item').allInnerTexts();
    expect(names.some((n) => n.includes(myName))).toBe(true);
    expect(supervisorName).toContain(supervisor.name ?? '');
    expect(names.length).toBeGreaterThanOrEqual(3);
    await boss.context.close();
  });

  it('an agency admin uploads a bad import file and reads every problem; nothing is saved', async () => {
    const { context, page } = await e.newPhone();
    const admin = account(/Admin OPD Dinas Kesehatan/i);
    await signIn(page, admin.nip, admin.password);
    // Import is a shortcut on Beranda (the bottom menu keeps four places).
    await page.getByTestId('nav-home').click();
    await page.getByTestId('import-shortcut').click();
    const file = join(tmpdir(), `impor-salah-${process.pid}.csv`);
    writeFileSync(
      file,
      [
        'kode_opd;nip;nama;kode_jabatan;tmt_jabatan',
        'DINKES;1985041220100310;Nama Terlalu Pendek NIP;TIDAK-ADA;2020-01-01',
        'DINKES;198504122010031999;Tanggal Salah;TIDAK-ADA;2020-13-45',
        'DISDIK;198504122010031998;OPD Lain;TIDAK-ADA;2020-01-01',
      ].join('\n'),
    );
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-problems').waitFor({ timeout: 60_000 });
    const rows = await page.getByTestId('import-problem-row').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.join('\n')).toMatch(/NIP harus terdiri dari 18 angka/);
    expect(rows.join('\n')).toMatch(/DINKES/);
    expect(await page.getByTestId('import-nothing-saved').isVisible()).toBe(true);
    await e.screenshot(page, 'import-problems');
    const stillNone = await e.server.handle.db.selectFrom('employees').select('id').where('name', '=', 'Tanggal Salah').execute();
    expect(stillNone).toEqual([]);
    await context.close();
  });

  it('an agency admin turns off staff not in the file: the dry run names who would go and changes nothing (360 px)', async () => {
    const { context, page } = await e.newPhone();
    const admin = account(/Admin OPD Dinas Kesehatan/i);
    await signIn(page, admin.nip, admin.password);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('import-shortcut').click();
    // Dinkes's staff with a definitive post, as the Pegawai sheet, leaving one person out.
    const db = e.server.handle.db;
    const staff = await db
      .selectFrom('employees as x')
      .innerJoin('agencies as g', 'g.id', 'x.agency_id')
      .innerJoin('position_assignments as a', (j) => j.onRef('a.agency_id', '=', 'x.agency_id').onRef('a.employee_id', '=', 'x.id'))
      .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
      .select(['x.nip', 'x.name', 'p.code'])
      .where('g.code', '=', 'DINKES')
      .where('x.active', '=', true)
      .where('a.ends_on', 'is', null)
      .where('a.role', '=', 'definitive')
      .orderBy('x.nip')
      .execute();
    const leaver = staff.find((s) => s.nip !== admin.nip)!;
    const file = join(tmpdir(), `impor-lengkap-${process.pid}.csv`);
    writeFileSync(file, ['kode_opd;nip;nama;kode_jabatan', ...staff.filter((s) => s.nip !== leaver.nip).map((s) => `DINKES;${s.nip};${s.name};${s.code}`)].join('\n'));
    await page.getByTestId('import-file').setInputFiles(file);
    expect(await page.getByTestId('import-dry-run').isChecked()).toBe(true);
    await page.getByTestId('import-disable-missing').check();
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-leavers').waitFor({ timeout: 120_000 });
    const listed = await page.getByTestId('import-leaver').allInnerTexts();
    expect(listed.some((l) => l.includes(leaver.nip))).toBe(true);
    await page.getByTestId('import-leavers').scrollIntoViewIfNeeded();
    await e.screenshot(page, 'import-leavers');
    const still = await db.selectFrom('employees').select('active').where('nip', '=', leaver.nip).executeTakeFirstOrThrow();
    expect(still.active).toBe(true);
    await context.close();
  });
});
