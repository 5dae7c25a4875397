/**
 * TPP position groups at 360 px (issue 19 item 1): the BKD stores a rule set scoped to a position
 * group ("nakes"); the Dinas Kesehatan admin opens "Kelompok jabatan TPP" from the payroll screen,
 * finds a post, puts it into the group (saved, read back from the server), and takes it out again.
 */
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
const signIn = (page: Page, who: { nip: string; password: string }) => e.signIn(page, who);
interface Groups {
  groups: { code: string }[];
  posts: { positionId: string; name: string; unitName: string; group: string | null }[];
}

describe('TPP position groups', () => {
  it('the admin puts a post into the group a rule set names, and takes it out again', async () => {
    const b = await e.newPhone();
    await signIn(b.page, account(/^Admin BKD/));
    const doc = { ...(SHIPPED_TPP_RULE_SETS['kalbar-default'] as object), id: 'kalbar-nakes', version: 1, name: 'TPP tenaga kesehatan (contoh)', scope: { positionGroups: ['nakes'] } };
    expect((await api(b.page, 'POST', '/tpp/rule-sets', { document: doc })).status).toBe(200);

    const a = await e.newPhone();
    await signIn(a.page, account(/^Admin OPD Dinas Kesehatan/));
    const me = (await api<{ agency: { id: string } }>(a.page, 'GET', '/me')).body;
    await a.page.goto(`${e.baseUrl}/#/tpp/instansi/${me.agency.id}/penggajian`);
    await a.page.getByTestId('tpp-groups-link').click();
    await a.page.getByTestId('tpp-groups-known').waitFor();
    expect(await a.page.getByTestId('tpp-groups-known').innerText()).toContain('nakes');
    const before = (await api<Groups>(a.page, 'GET', `/agencies/${me.agency.id}/tpp/position-groups`)).body;
    const post = before.posts.find((p) => /Perawat|Bidan|Dokter|Epidemiolog/.test(p.name)) ?? before.posts[0]!;
    await a.page.getByTestId('tpp-groups-search').fill(post.name);
    const row = a.page.getByTestId('tpp-groups-post').filter({ hasText: post.unitName }).first();
    await row.getByTestId('tpp-groups-select').selectOption('nakes');
    await a.page.getByText(`Tersimpan: ${post.name}.`).waitFor();
    const after = (await api<Groups>(a.page, 'GET', `/agencies/${me.agency.id}/tpp/position-groups`)).body;
    expect(after.posts.find((p) => p.positionId === post.positionId)!.group).toBe('nakes');
    expect(await a.page.getByTestId('tpp-groups-count').innerText()).toMatch(/^1 dari \d+ jabatan punya kelompok\.$/);
    await expectNoSideScroll(a.page);
    await expectReadable(a.page);
    await screen(a.page, 'tpp-position-groups', '#main');

    await row.getByTestId('tpp-groups-select').selectOption('');
    await a.page.getByTestId('tpp-groups-count').filter({ hasText: /^0 dari/ }).waitFor();
    expect((await api<Groups>(a.page, 'GET', `/agencies/${me.agency.id}/tpp/position-groups`)).body.posts.find((p) => p.positionId === post.positionId)!.group).toBeNull();
  });
});
