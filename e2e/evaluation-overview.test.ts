/**
 * "Ringkasan evaluasi kinerja" at 360 px (issue 17 item 9): the Dinas Kesehatan admin opens it from
 * the agency's admin page, reads this quarter's counts per unit (the demo's evaluations in progress),
 * drills into a unit to the named people who have not finished, downloads both XLSX, and switches to
 * last year's annual evaluations; the Kepala Dinas downloads the team view's XLSX.
 */
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

const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);

async function download(page: Page, testId: string) {
  const url = await page.getByTestId(testId).getAttribute('href');
  return page.evaluate(async (u) => {
    const r = await fetch(u!);
    return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
  }, url);
}

type Counts = { total: number; belum_dibuka: number; berjalan: number; final: number };
interface Overview {
  agency: { id: string; name: string };
  periodFrom: string;
  periodTo: string;
  periods: { kind: string; label: string; periodFrom: string; periodTo: string }[];
  units: { unitId: string; parentId: string | null; name: string; subtree: Counts }[];
  totals: Counts;
  unfinished: { name: string; unitId: string; penilaiName: string | null; status: string }[];
}

describe('the agency’s evaluation overview', () => {
  it('the admin reads this quarter per unit, drills into a unit to who has not finished, and downloads both lists', async () => {
    const { context, page } = await e.newPhone();
    await signIn(page, account(/^Admin OPD Dinas Kesehatan/));
    await page.goto(`${e.baseUrl}/#/instansi`);
    await page.getByTestId('agency-evaluation-overview').click();
    await page.getByTestId('evaluation-overview-units').waitFor();
    const agencyId = page.url().match(/#\/evaluasi\/ringkasan\/([0-9a-f-]+)/)![1]!;
    const o = (await api<Overview>(page, 'GET', `/agencies/${agencyId}/evaluation-overview`)).body;
    // The demo ships this quarter's evaluations in progress: something is not finished.
    expect(o.totals.total).toBeGreaterThan(0);
    expect(o.unfinished.length).toBeGreaterThan(0);
    expect(await page.getByTestId('evaluation-overview-agency-name').innerText()).toBe(o.agency.name);
    const totals = page.getByTestId('evaluation-overview-totals');
    expect(await totals.getByTestId('count-final').innerText()).toBe(String(o.totals.final));
    expect(await totals.getByTestId('count-berjalan').innerText()).toBe(String(o.totals.berjalan));
    expect(await totals.getByTestId('count-belum_dibuka').innerText()).toBe(String(o.totals.belum_dibuka));
    expect(await page.getByTestId('evaluation-overview-unit').count()).toBe(o.units.filter((u) => u.subtree.total > 0).length);
    expect(await page.getByTestId('evaluation-overview-unfinished-title').innerText()).toContain(`Belum ditetapkan (${o.unfinished.length.toLocaleString('id-ID')})`);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'evaluation-overview', '#main');
    await screen(page, 'evaluation-overview-units', '#eval-overview-units');

    // The deepest unit with someone not finished: its list names exactly those people.
    const unit = [...o.units].reverse().find((u) => u.subtree.belum_dibuka + u.subtree.berjalan > 0)!;
    const under = new Set([unit.unitId]);
    for (const u of o.units) if (u.parentId !== null && under.has(u.parentId)) under.add(u.unitId);
    const theirs = o.unfinished.filter((r) => under.has(r.unitId));
    await page.locator(`[data-testid=evaluation-overview-unit][data-unit="${unit.unitId}"]`).getByTestId('evaluation-overview-unit-open').click();
    await page.getByTestId('evaluation-overview-all-units').waitFor();
    expect(await page.getByTestId('evaluation-overview-unfinished-title').innerText()).toContain(unit.name);
    const people = page.getByTestId('evaluation-overview-person');
    expect(await people.count()).toBe(Math.min(theirs.length, 50));
    const first = await people.first().innerText();
    expect(first).toContain(theirs[0]!.name);
    if (theirs[0]!.penilaiName) expect(first).toContain(theirs[0]!.penilaiName);
    await expectNoSideScroll(page);
    await expectReadable(page);
    await screen(page, 'evaluation-overview-unit', '#main');

    for (const id of ['evaluation-overview-unfinished-xlsx', 'evaluation-overview-xlsx']) {
      const got = await download(page, id);
      expect(got.status, id).toBe(200);
      expect(got.type).toContain('spreadsheetml');
      expect(got.size).toBeGreaterThan(1000);
    }

    // Last year's annual evaluations: the demo finalised them.
    await page.getByTestId('evaluation-overview-all-units').click();
    const lastYear = String(Number(o.periodFrom.slice(0, 4)) - 1);
    await page.getByTestId('evaluation-overview-period').selectOption(`${lastYear}-01-01/${lastYear}-12-31`);
    await page.waitForURL(new RegExp(`dari=${lastYear}-01-01`));
    const annual = (await api<Overview>(page, 'GET', `/agencies/${agencyId}/evaluation-overview?periodFrom=${lastYear}-01-01&periodTo=${lastYear}-12-31`)).body;
    expect(annual.totals.final).toBeGreaterThan(0);
    await page.locator(`[data-testid=evaluation-overview-totals] [data-testid=count-final]`).filter({ hasText: new RegExp(`^${annual.totals.final}$`) }).waitFor();
    await page.getByText(/Batas penetapan evaluasi tahunan/).waitFor();
    await expectNoSideScroll(page);
    await screen(page, 'evaluation-overview-annual', '#main');
    await context.close();
  });

  it('is refused to an employee, and the Kepala Dinas downloads the team view as XLSX', async () => {
    const { context, page } = await e.newPhone();
    const kasi = account(/^Atasan langsung/);
    await signIn(page, kasi);
    const me = (await api<any>(page, 'GET', '/me')).body;
    expect((await api<any>(page, 'GET', `/agencies/${me.account.agencyId}/evaluation-overview`)).status).toBe(403);
    const kabidNip = me.supervisor.nip as string;
    await context.close();

    const second = await e.newPhone();
    await signIn(second.page, { nip: kabidNip, password: kasi.password });
    const kadisNip = (await api<any>(second.page, 'GET', '/me')).body.supervisor.nip as string;
    await second.context.close();

    const third = await e.newPhone();
    const kadis = third.page;
    await signIn(kadis, { nip: kadisNip, password: kasi.password });
    await kadis.goto(`${e.baseUrl}/#/evaluasi/tim`);
    await kadis.getByTestId('team-xlsx').waitFor();
    const got = await download(kadis, 'team-xlsx');
    expect(got).toMatchObject({ status: 200 });
    expect(got.type).toContain('spreadsheetml');
    await expectNoSideScroll(kadis);
    await screen(kadis, 'evaluation-team-xlsx', '[data-testid=team-xlsx]');
    await third.context.close();
  });
});
