/**
 * The schedule editing screen at 360 px (issue 18 item 4): the Dinas Kesehatan admin starts a
 * schedule from a blank week, makes Friday end at 16:30 and Saturday a half day, saves it, assigns
 * it to a unit from a date, edits it again (in English), and removes the assignment. The rows the
 * server stored are checked, not only the screen.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSideScroll, screen } from './checks.js';
import { startE2E, type E2E } from './harness.js';

let e: E2E;
let context: BrowserContext;
let page: Page;
let agencyId = '';

beforeAll(async () => {
  e = await startE2E();
  const admin = e.demo.find((d) => /^Admin OPD Dinas Kesehatan/.test(d.label));
  if (!admin) throw new Error('no demo admin');
  ({ context, page } = await e.newPhone());
  await page.goto(e.baseUrl);
  await page.getByTestId('login-nip').fill(admin.nip);
  await page.getByTestId('login-password').fill(admin.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user').waitFor();
  agencyId = await page.evaluate(async () => ((await (await fetch('/api/v1/me')).json()) as { agency: { id: string } }).agency.id);
  page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await context?.close();
  await e?.close();
});

const stored = () => e.server.handle.db.selectFrom('attendance_schedules').selectAll().where('agency_id', '=', agencyId).where('name', '=', 'Jadwal Puskesmas').execute();
const assignments = (scheduleId: string) => e.server.handle.db.selectFrom('attendance_schedule_assignments').selectAll().where('agency_id', '=', agencyId).where('schedule_id', '=', scheduleId).execute();

describe('editing work schedules', () => {
  let scheduleId = '';

  it('the admin makes a schedule from a blank week: Friday to 16:30, Saturday a half day', async () => {
    await page.goto(`${e.baseUrl}/#/presensi/instansi/${agencyId}/jadwal`);
    await page.getByTestId('att-schedule-add').click();
    const form = page.getByTestId('att-schedule-form');
    await form.getByTestId('att-schedule-name').fill('Jadwal Puskesmas');
    await form.getByLabel('Jum: Pulang').fill('16:30');
    await form.getByLabel('Sab: Hari kerja').check();
    await form.getByLabel('Sab: Masuk').fill('07:30');
    await form.getByLabel('Sab: Pulang').fill('12:00');
    await form.getByLabel('Sab: Istirahat mulai').fill('');
    await form.getByLabel('Sab: Istirahat selesai').fill('');
    // Mon–Thu 7.5 h net, Fri 8 h, Sat 4.5 h.
    await expect.poll(() => form.getByTestId('att-schedule-hours').innerText()).toBe('42,5 jam kerja bersih seminggu');
    await expectNoSideScroll(page);
    await screen(page, 'schedule-edit', '[data-testid=att-schedule-form]');
    await form.getByTestId('att-schedule-save').click();
    await page.getByTestId('att-schedules-flash').getByText('Jadwal "Jadwal Puskesmas" tersimpan.').waitFor();

    const rows = await stored();
    expect(rows).toHaveLength(1);
    scheduleId = rows[0]!.id;
    const pattern = (typeof rows[0]!.pattern === 'string' ? JSON.parse(rows[0]!.pattern) : rows[0]!.pattern) as { kind: string; days: Record<string, { start: string; end: string; breaks?: unknown[] }> };
    expect(pattern.kind).toBe('weekly');
    expect(pattern.days.fri).toMatchObject({ start: '07:30', end: '16:30' });
    expect(pattern.days.sat).toMatchObject({ start: '07:30', end: '12:00' });
    expect(pattern.days.sat!.breaks ?? []).toEqual([]);
    expect(pattern.days.sun).toBeUndefined();
    await page.getByRole('region', { name: 'Jadwal Puskesmas' }).getByText('07.30–16.30').waitFor();
  });

  it('assigns it to a unit from a date, and the assignment shows', async () => {
    const form = page.getByTestId('att-assign-form');
    await form.getByLabel('Jadwal', { exact: true }).selectOption({ label: 'Jadwal Puskesmas' });
    await form.getByLabel('Berlaku untuk').selectOption('unit');
    const unit = form.getByLabel('Unit', { exact: true });
    const firstUnit = await unit.locator('option').nth(1).innerText();
    await unit.selectOption({ index: 1 });
    await form.getByLabel('Mulai tanggal').fill('2027-01-01');
    await expectNoSideScroll(page);
    await screen(page, 'schedule-assign', '[data-testid=att-assign-form]');
    await form.getByTestId('att-assign-save').click();
    await form.getByTestId('att-assign-message').getByText('Jadwal ditetapkan.').waitFor();
    const rows = await assignments(scheduleId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ scope_kind: 'unit', ends_on: null });
    expect(String(rows[0]!.starts_on).slice(0, 10)).toBe('2027-01-01');
    await page.getByTestId('att-assignment').filter({ hasText: 'Jadwal Puskesmas' }).filter({ hasText: firstUnit }).waitFor();
  });

  it('in English: edits the schedule again (Saturday off) and removes the assignment', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByRole('button', { name: 'Edit: Jadwal Puskesmas' }).click();
    const form = page.getByTestId('att-schedule-form');
    await form.getByLabel('Sat: Work day').uncheck();
    await expect.poll(() => form.getByTestId('att-schedule-hours').innerText()).toBe('38 net working hours a week');
    await expectNoSideScroll(page);
    await screen(page, 'schedule-edit-en', '[data-testid=att-schedule-form]');
    await form.getByTestId('att-schedule-save').click();
    await page.getByTestId('att-schedules-flash').getByText('Schedule "Jadwal Puskesmas" saved.').waitFor();
    const rows = await stored();
    expect(rows).toHaveLength(1);
    const pattern = (typeof rows[0]!.pattern === 'string' ? JSON.parse(rows[0]!.pattern) : rows[0]!.pattern) as { days: Record<string, unknown> };
    expect(pattern.days.sat).toBeUndefined();

    await page.getByTestId('att-assignment').filter({ hasText: 'Jadwal Puskesmas' }).getByTestId('att-assignment-remove').click();
    await page.getByTestId('att-schedules-flash').getByText('Assignment removed.').waitFor();
    expect(await assignments(scheduleId)).toHaveLength(0);
    await page.getByTestId('lang-id').click();
  });
});
