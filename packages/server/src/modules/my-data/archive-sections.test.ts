import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { archiveOf } from './test-support.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { approvedSkp } from '../evaluation/test-support.js';

/**
 * The parts of the "my data" archive that other modules add (my-data/sections.ts): each evaluation
 * (list, details, the Dokumen Evaluasi as a PDF), the attendance punches and the TPP records; other people's are not
 * in it.
 */
let t: TestApp;
let dataDir: string;
let staff: Client;
let A: string;
let evaluationId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-my-data-sections-'));
  t = await createTestApp({ dataDir });
  A = t.fixture.agencyIds.A;
  const p = t.fixture.people;
  staff = await signIn(t.app, p.staff1!.nip);
  const { skpId } = await approvedSkp(t, staff, 'staff1', 2026, ['Laporan keuangan bulanan']);
  const opened = await staff.send('POST', `/api/v1/agencies/${A}/skp/${skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' });
  expect(opened.statusCode, opened.body).toBeLessThan(300);
  evaluationId = (opened.json() as { evaluation: { id: string } }).evaluation.id;

  const machine = newId();
  await t.ctx.db.insertInto('attendance_machines').values({ agency_id: A, id: machine, serial_number: 'SECX0001', name: 'Mesin Lobi', zone: 'WITA' }).execute();
  const punch = (pin: string, local: string, at: string, employeeId: string) =>
    t.ctx.db.insertInto('attendance_punches').values({ agency_id: A, machine_id: machine, pin, local_time: local, at: new Date(at), employee_id: employeeId, status: 0, verify: 1, source: 'push' }).execute();
  await punch('11', '2026-11-20 07:31:05', '2026-11-19T23:31:05Z', p.staff1!.id);
  await punch('12', '2026-11-20 07:40:00', '2026-11-19T23:40:00Z', p.staff2!.id);

  const payroll = (employeeId: string, number: string) =>
    t.ctx.db.insertInto('tpp_payroll').values({ agency_id: A, employee_id: employeeId, golongan: 'III/a', salary: 3_500_000, bank_account: JSON.stringify({ bank: 'Bank NTT', number, holder: 'x' }), updated_at: new Date() }).execute();
  await payroll(p.staff1!.id, '0011223344');
  await payroll(p.staff2!.id, '9988776655');
  await t.ctx.db.insertInto('tpp_hukdis').values({ agency_id: A, id: newId(), employee_id: p.staff1!.id, hukdis_id: 'teguran_tertulis', from_month: '2026-10', to_month: '2026-12', decree_number: 'SK-HD-7', created_at: new Date() }).execute();
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('my data archive: evaluations and attendance', () => {
  it('holds my evaluations (list, details, the printed document), my punches and my TPP records, and says so in BACA-SAYA.txt', async () => {
    const zip = await archiveOf(staff, A, t.fixture.people.staff1!.id);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names).toEqual(expect.arrayContaining(['evaluasi/daftar.csv', 'evaluasi/evaluasi.json', 'kehadiran/presensi.csv', 'siapa-melihat.csv']));

    const list = await zip.file('evaluasi/daftar.csv')!.async('string');
    expect(list.split('\n')[0]).toContain('periode,dari,sampai,jenis,status');
    expect(list).toContain(evaluationId);
    const details = JSON.parse(await zip.file('evaluasi/evaluasi.json')!.async('string')) as { evaluation: { id: string } }[];
    expect(details.map((d) => d.evaluation.id)).toEqual([evaluationId]);
    const pdf = names.find((n) => n.startsWith('evaluasi/') && n.endsWith(`${evaluationId.slice(0, 8)}.pdf`));
    expect(pdf, names.join(' ')).toBeDefined();
    expect((await zip.file(pdf!)!.async('nodebuffer')).subarray(0, 5).toString()).toBe('%PDF-');

    const punches = (await zip.file('kehadiran/presensi.csv')!.async('string')).trim().split('\n');
    expect(punches).toHaveLength(2);
    expect(punches[1]).toContain('2026-11-19T23:31:05.000Z,Mesin Lobi,WITA,11,');
    // The colleague's punch on the same machine is theirs, not in my archive.
    expect(punches.join('\n')).not.toContain('23:40:00');

    // TPP: what finance holds about me (no run computed yet: the list has its header only); not a colleague's account.
    const tppData = JSON.parse(await zip.file('tpp/data-pembayaran.json')!.async('string'));
    expect(tppData.pembayaran).toMatchObject({ golongan: 'III/a', salary: 3_500_000, bank_account: { number: '0011223344' } });
    expect(tppData.hukumanDisiplin).toEqual([expect.objectContaining({ hukdis_id: 'teguran_tertulis', decree_number: 'SK-HD-7' })]);
    expect(JSON.stringify(tppData)).not.toContain('9988776655');
    expect((await zip.file('tpp/tpp.csv')!.async('string')).trim().split('\n')).toHaveLength(1);

    const readme = await zip.file('BACA-SAYA.txt')!.async('string');
    expect(readme).toContain('evaluasi/daftar.csv');
    expect(readme).toContain('kehadiran/presensi.csv');
    expect(readme).toContain('tpp/data-pembayaran.json');
  });
});
