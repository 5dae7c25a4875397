import { describe, expect, it } from 'vitest';
import type { Actor } from './checker.js';
import type { Existing } from './existing.js';
import { planImport } from './plan.js';
import { ID, JABATAN_HEAD, NIP, NOW, nip, PEGAWAI_HEAD, sheet, TODAY, UNIT_HEAD, world } from './test-world.js';
import type { ParsedFile } from './types.js';
import { validateImport } from './validate.js';

function plan(sheets: ParsedFile['sheets'], actor: Actor = { role: 'agency_admin', agencyCode: 'DINKES' }, existing: Existing = world()) {
  const validated = validateImport({ sheets, actor, existing, now: NOW });
  expect(validated.problems).toEqual([]);
  let n = 0;
  return planImport({ validated, existing, now: NOW, newId: () => `new-${++n}` });
}
const BKD: Actor = { role: 'bkd_admin', agencyCode: 'BKD' };

const kadisRow = (o: Partial<Record<string, string>> = {}) =>
  PEGAWAI_HEAD.map((h) => o[h] ?? ({ kode_opd: 'DINKES', nip: NIP.kadis, nama: 'Kadis', golongan: 'III/c', kode_jabatan: 'KADIS', tmt_jabatan: '2020-01-01' } as Record<string, string>)[h] ?? '');
const writes = (p: ReturnType<typeof plan>) =>
  Object.entries(p)
    .filter(([k, v]) => Array.isArray(v) && v.length > 0 && k !== 'touchedAgencyIds')
    .map(([k]) => k);

describe('planning the writes', () => {
  it('writes nothing for rows equal to what is stored', () => {
    const p = plan({
      Unit: sheet('Unit', UNIT_HEAD, ['DINKES', '', 'SEK', 'Sekretariat', 'DINKES']),
      Jabatan: sheet('Jabatan', JABATAN_HEAD, ['DINKES', 'SEKRETARIS', 'SEKRETARIS', 'SEK', 'administrator', '', '12', 'ya']),
      Pegawai: sheet('Pegawai', PEGAWAI_HEAD, kadisRow()),
    });
    expect(writes(p)).toEqual([]);
    expect(p.touchedAgencyIds.size).toBe(0);
    expect(p.summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, positionChanges: 0, accounts: { created: 0, relinked: 0 } });
  });

  it('inserts new units parents first, whatever the order in the file', () => {
    const p = plan({ Unit: sheet('Unit', UNIT_HEAD, ['DINKES', '', 'C', 'C', 'B'], ['DINKES', '', 'B', 'B', 'A'], ['DINKES', '', 'A', 'A', 'SEK']) });
    expect(p.unitInserts.map((u) => u.code)).toEqual(['A', 'B', 'C']);
    const id = Object.fromEntries(p.unitInserts.map((u) => [u.code, u.id]));
    expect(p.unitInserts.map((u) => u.parent_id)).toEqual([ID.uSek, id.A, id.B]);
    expect(p.summary.sheets.Unit).toEqual({ created: 3, updated: 0, unchanged: 0 });
  });

  it('brings back a retired unit or position by listing it', () => {
    const p = plan({
      Unit: sheet('Unit', UNIT_HEAD, ['DINKES', '', 'LAMA', 'Unit Lama', 'DINKES']),
      Jabatan: sheet('Jabatan', JABATAN_HEAD, ['DINKES', 'LAMA', 'LAMA', 'SEK', 'pelaksana', '', '6', 'tidak']),
    });
    expect(p.unitUpdates.map((u) => u.id)).toEqual([ID.uOld]);
    expect(p.positionUpdatesFirst.map((u) => u.id)).toEqual([ID.pOld]);
  });

  it('clears a head flag before another post takes it', () => {
    const p = plan({
      Jabatan: sheet('Jabatan', JABATAN_HEAD, ['DINKES', 'STAF', 'STAF', 'SEK', 'administrator', '', '12', 'ya'], ['DINKES', 'SEKRETARIS', 'SEKRETARIS', 'SEK', 'administrator', '', '12', 'tidak']),
    });
    expect(p.positionUpdatesFirst.map((x) => [x.code, x.is_unit_head])).toEqual([['SEKRETARIS', false]]);
    expect(p.positionUpdatesLast.map((x) => [x.code, x.is_unit_head])).toEqual([['STAF', true]]);
  });

  it('keeps stored values of columns the file lacks, clears those it leaves empty', () => {
    const existing = world((r) => {
      r.employees[0]!.email = 'kadis@dinkes.go.id';
      r.employees[0]!.phone = '0811';
    });
    const narrow = plan({ Pegawai: sheet('Pegawai', ['kode_opd', 'nip', 'nama', 'kode_jabatan'], ['DINKES', NIP.kadis, 'Kadis', 'KADIS']) }, undefined, existing);
    expect(writes(narrow)).toEqual([]);
    const cleared = plan({ Pegawai: sheet('Pegawai', PEGAWAI_HEAD, kadisRow()) }, undefined, existing);
    expect(cleared.employeeUpdates).toEqual([expect.objectContaining({ id: ID.eKadis, email: null, phone: null, rank_code: 'III/c' })]);
    expect(cleared.summary.sheets.Pegawai).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect([...cleared.touchedAgencyIds]).toEqual([ID.A]);
  });

  it('ends the current post the day before a new one starts; a new TMT alone moves the start', () => {
    const moved = plan({ Pegawai: sheet('Pegawai', PEGAWAI_HEAD, kadisRow({ kode_jabatan: 'STAF', tmt_jabatan: '2026-03-01' })) });
    expect(moved.assignmentEnds).toEqual([{ agency_id: ID.A, id: ID.aKadis, ends_on: '2026-02-28' }]);
    expect(moved.assignmentInserts).toEqual([expect.objectContaining({ employee_id: ID.eKadis, position_id: ID.pStaf, role: 'definitive', starts_on: '2026-03-01', ends_on: null })]);
    expect(moved.employeeUpdates).toEqual([]);
    expect(moved.summary).toMatchObject({ updated: 1, positionChanges: 1 });

    const corrected = plan({ Pegawai: sheet('Pegawai', PEGAWAI_HEAD, kadisRow({ tmt_jabatan: '2019-12-01' })) });
    expect(corrected.assignmentStarts).toEqual([{ agency_id: ID.A, id: ID.aKadis, starts_on: '2019-12-01' }]);
    expect(corrected.assignmentInserts).toEqual([]);

    const noTmt = plan({ Pegawai: sheet('Pegawai', PEGAWAI_HEAD, kadisRow({ kode_jabatan: 'STAF', tmt_jabatan: '' })) });
    expect(noTmt.assignmentEnds[0]!.ends_on).toBe('2026-11-22');
    expect(noTmt.assignmentInserts[0]!.starts_on).toBe(TODAY);
  });

  it('creates a new employee with an account without password, and defers overrides to people in later batches', () => {
    const p = plan({
      Pegawai: sheet(
        'Pegawai',
        PEGAWAI_HEAD,
        ['DINKES', nip(1), 'Baru', '', 'STAF', '', '', '', nip(2, { sex: 'P' })],
        ['DINKES', nip(2, { sex: 'P' }), 'Atasan', '', 'STAF', '', '', '', ''],
      ),
    });
    expect(p.employeeInserts.map((e) => [e.nip, e.sex, e.kind, e.birth_date, e.supervisor_override_id])).toEqual([
      [nip(1), 'L', 'pns', '1988-06-15', null],
      [nip(2, { sex: 'P' }), 'P', 'pns', '1988-06-15', null],
    ]);
    const [a, b] = p.employeeInserts;
    expect(p.overrideUpdates).toEqual([{ agency_id: ID.A, id: a!.id, supervisor_override_id: b!.id }]);
    expect(p.accountInserts).toEqual([
      expect.objectContaining({ nip: nip(1), role: 'employee', agency_id: ID.A, employee_id: a!.id, password_hash: null, must_change_password: true }),
      expect.objectContaining({ nip: nip(2, { sex: 'P' }), employee_id: b!.id }),
    ]);
    expect(p.summary).toMatchObject({ created: 2, accounts: { created: 2 } });
  });

  it('moves a person between agencies: old row retired, post ended, account follows without admin rights', () => {
    const p = plan({ Pegawai: sheet('Pegawai', PEGAWAI_HEAD, ['DINKES', NIP.guru, 'Guru', '', 'STAF', '2026-12-01', '', '', '']) }, BKD);
    expect(p.employeeDeactivations).toEqual([{ agency_id: ID.B, id: ID.eGuru }]);
    expect(p.assignmentEnds).toEqual([{ agency_id: ID.B, id: ID.aGuru, ends_on: '2026-11-30' }]);
    const created = p.employeeInserts[0]!;
    expect(created).toMatchObject({ agency_id: ID.A, nip: NIP.guru });
    expect(p.accountUpdates).toEqual([{ id: ID.accGuru, role: 'employee', agency_id: ID.A, employee_id: created.id }]);
    expect(p.summary).toMatchObject({ transfers: 1, created: 1, accounts: { relinked: 1, adminRoleRevoked: [NIP.guru] } });
    expect([...p.touchedAgencyIds].sort()).toEqual([ID.A, ID.B].sort());
  });

  it('links an existing account to its employee, but leaves auditor accounts alone', () => {
    const existing = world((r) => {
      r.accounts.push({ id: 'acc-staf', nip: NIP.staf, role: 'auditor', agency_id: null, employee_id: null });
      r.accounts[0]!.employee_id = 'someone-else';
    });
    const p = plan({ Pegawai: sheet('Pegawai', ['kode_opd', 'nip', 'nama', 'kode_jabatan'], ['DINKES', NIP.kadis, 'Kadis', 'KADIS'], ['DINKES', NIP.staf, 'Staf', 'STAF']) }, undefined, existing);
    expect(p.accountUpdates).toEqual([{ id: ID.accKadis, role: 'employee', agency_id: ID.A, employee_id: ID.eKadis }]);
    expect(p.accountInserts).toEqual([]);
  });

  it('creates a new agency for a BKD admin and resolves its units', () => {
    const p = plan(
      {
        Unit: sheet('Unit', UNIT_HEAD, ['DISHUB', 'Dinas Perhubungan', 'DISHUB', 'Dinas Perhubungan', '']),
        Jabatan: sheet('Jabatan', JABATAN_HEAD, ['DISHUB', 'KADIS', 'Kepala Dinas', 'DISHUB', 'jpt_pratama', '', '15', 'ya']),
      },
      BKD,
    );
    const agency = p.agencyInserts[0]!;
    expect(agency).toMatchObject({ code: 'DISHUB', name: 'Dinas Perhubungan' });
    expect(p.unitInserts[0]!.agency_id).toBe(agency.id);
    expect(p.positionInserts[0]).toMatchObject({ agency_id: agency.id, unit_id: p.unitInserts[0]!.id, is_unit_head: true });
    expect(p.summary.agenciesCreated).toEqual(['DISHUB']);
  });
});
