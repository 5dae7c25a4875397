import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { removeUnnamedFiles } from '../evidence/index.js';
import { samplePdf } from '../evidence/samples.js';
import { approvedSkp } from './test-support.js';

/**
 * A file attached as bukti dukung to a realisasi (and to no journal entry) is read by the pejabat
 * penilai and the atasan pejabat penilai named on the SKP, through the evidence module's access
 * point (evidence.read), and by nobody else of the agency.
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
let sha: string;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['kasubbag', 'staff1', 'staff2']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  const skp = await approvedSkp(t, c.staff1!, 'staff1', 2026, ['Tersusunnya laporan kepegawaian']);
  sha = await c.staff1!.upload(samplePdf('Laporan kepegawaian triwulan I'), 'application/pdf');
  const opened = await c.staff1!.send('POST', `/api/v1/agencies/${A}/skp/${skp.skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' });
  expect(opened.statusCode, opened.body).toBe(200);
  const evaluationId = (opened.json() as { evaluation: { id: string } }).evaluation.id;
  const saved = await c.staff1!.send('PUT', `/api/v1/agencies/${A}/evaluations/${evaluationId}/realisasi/${skp.rhk[0]!.ikiId}`, { realisasi: '3 laporan', bukti: [{ kind: 'file', sha256: sha }] });
  expect(saved.statusCode, saved.body).toBe(200);
  // The atasan pejabat penilai named on the SKP.
  const people = ((await c.staff1!.get(`/api/v1/agencies/${A}/skp/${skp.skpId}`)).json() as { people: { role: string; employeeId: string | null }[] }).people;
  const atasanId = people.find((x) => x.role === 'atasan_pejabat_penilai')?.employeeId;
  const atasanKey = Object.keys(t.fixture.people).find((k) => t.fixture.people[k]!.id === atasanId);
  if (!atasanKey) throw new Error('the fixture SKP names no atasan pejabat penilai');
  c.atasan = await signIn(t.app, t.fixture.people[atasanKey]!.nip);
}, 120_000);
afterAll(() => t.close());

describe('bukti dukung files of a realisasi', () => {
  it('are read by the pejabat penilai and the atasan pejabat penilai', async () => {
    for (const who of ['kasubbag', 'atasan']) {
      const res = await c[who]!.get(`/api/v1/evidence/${sha}`);
      expect(res.statusCode, `${who}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
    }
  });

  it('are unknown to a colleague who is no party to the SKP', async () => {
    const res = await c.staff2!.get(`/api/v1/evidence/${sha}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('are listed in the employee’s who-read-my-data once the penilai opened one', async () => {
    const reads = ((await c.staff1!.get('/api/v1/me/data-reads')).json() as { reads: { kind: string; reader: { nip: string } }[] }).reads.filter((r) => r.kind === 'evidence');
    expect(reads.map((r) => r.reader.nip)).toContain(t.fixture.people.kasubbag!.nip);
  });

  it('stay in the store while the realisasi names them; the retention jobs remove a file nothing names', async () => {
    const unattached = await c.staff1!.upload(samplePdf('Tidak dilampirkan'), 'application/pdf');
    expect(await removeUnnamedFiles(t.ctx, [sha, unattached], null)).toBe(1);
    expect(await t.ctx.db.selectFrom('evidence_files').select('sha256').where('sha256', 'in', [sha, unattached]).execute()).toEqual([{ sha256: sha }]);
  });
});
