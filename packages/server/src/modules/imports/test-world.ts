import { formatNip } from '@kinerja/core';
import { indexExisting, type Existing, type ExistingRows } from './existing.js';
import type { Sheet, SheetName } from './types.js';

/** A small stored world for the pure validation and planning tests (no database). */

export const NOW = new Date('2026-11-23T03:00:00Z');
export const TODAY = '2026-11-23';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const ID = {
  A: id(1),
  B: id(2),
  uTop: id(10),
  uSek: id(11),
  uOld: id(12),
  uGuru: id(13),
  pKadis: id(20),
  pSek: id(21),
  pStaf: id(22),
  pOld: id(23),
  pGuru: id(24),
  eKadis: id(30),
  eStaf: id(31),
  eGuru: id(32),
  aKadis: id(40),
  aStaf: id(41),
  aGuru: id(42),
  accKadis: id(50),
  accGuru: id(52),
};

export const nip = (sequence: number, o: { sex?: 'L' | 'P'; birth?: string; pppk?: boolean } = {}) =>
  formatNip({
    birthDate: o.birth ?? '1988-06-15',
    appointed: o.pppk ? '2022' : '2012-04',
    kind: o.pppk ? 'pppk' : 'pns',
    sex: o.sex ?? 'L',
    sequence,
  });

export const NIP = { kadis: nip(901), staf: nip(902), guru: nip(903) };

const employee = (agency: string, eid: string, n: string, name: string) => ({
  agency_id: agency,
  id: eid,
  nip: n,
  kind: 'pns' as const,
  name,
  front_title: null,
  back_title: null,
  sex: 'L' as const,
  birth_date: '1988-06-15',
  rank_code: 'III/c',
  email: null,
  phone: null,
  supervisor_override_id: null,
  active: true,
});

export function worldRows(): ExistingRows {
  const position = (agency: string, pid: string, unit: string, code: string, head: boolean, active = true) => ({
    agency_id: agency,
    id: pid,
    unit_id: unit,
    code,
    name: code,
    kind: head ? ('administrator' as const) : ('pelaksana' as const),
    jf_level: null,
    kelas_jabatan: head ? 12 : 6,
    is_unit_head: head,
    active,
  });
  return {
    agencies: [
      { id: ID.A, code: 'DINKES', name: 'Dinas Kesehatan', time_zone: 'Asia/Pontianak' },
      { id: ID.B, code: 'DISDIK', name: 'Dinas Pendidikan', time_zone: 'Asia/Pontianak' },
    ],
    units: [
      { agency_id: ID.A, id: ID.uTop, code: 'DINKES', name: 'Dinas Kesehatan', parent_id: null, active: true },
      { agency_id: ID.A, id: ID.uSek, code: 'SEK', name: 'Sekretariat', parent_id: ID.uTop, active: true },
      { agency_id: ID.A, id: ID.uOld, code: 'LAMA', name: 'Unit Lama', parent_id: ID.uTop, active: false },
      { agency_id: ID.B, id: ID.uGuru, code: 'DISDIK', name: 'Dinas Pendidikan', parent_id: null, active: true },
    ],
    positions: [
      position(ID.A, ID.pKadis, ID.uTop, 'KADIS', true),
      position(ID.A, ID.pSek, ID.uSek, 'SEKRETARIS', true),
      position(ID.A, ID.pStaf, ID.uSek, 'STAF', false),
      position(ID.A, ID.pOld, ID.uSek, 'LAMA', false, false),
      position(ID.B, ID.pGuru, ID.uGuru, 'GURU', false),
    ],
    employees: [employee(ID.A, ID.eKadis, NIP.kadis, 'Kadis'), employee(ID.A, ID.eStaf, NIP.staf, 'Staf'), employee(ID.B, ID.eGuru, NIP.guru, 'Guru')],
    assignments: [
      { agency_id: ID.A, id: ID.aKadis, employee_id: ID.eKadis, position_id: ID.pKadis, starts_on: '2020-01-01' },
      // Started today: a change of post without a TMT cannot end it yesterday.
      { agency_id: ID.A, id: ID.aStaf, employee_id: ID.eStaf, position_id: ID.pStaf, starts_on: TODAY },
      { agency_id: ID.B, id: ID.aGuru, employee_id: ID.eGuru, position_id: ID.pGuru, starts_on: '2019-07-01' },
    ],
    accounts: [
      { id: ID.accKadis, nip: NIP.kadis, role: 'employee', agency_id: ID.A, employee_id: ID.eKadis },
      { id: ID.accGuru, nip: NIP.guru, role: 'agency_admin', agency_id: ID.B, employee_id: ID.eGuru },
    ],
  };
}

export function world(change?: (rows: ExistingRows) => void): Existing {
  const rows = worldRows();
  change?.(rows);
  return indexExisting(rows);
}

/** A sheet as the parser would produce it: header row 1, data from row 2. */
export function sheet(kind: SheetName, header: string[], ...rows: string[][]): Sheet {
  return {
    kind,
    columns: new Set(header),
    rows: rows.map((r, i) => ({ row: i + 2, values: Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])), reported: new Set<string>() })),
  };
}

export const UNIT_HEAD = ['kode_opd', 'nama_opd', 'kode_unit', 'nama_unit', 'kode_unit_induk'];
export const JABATAN_HEAD = ['kode_opd', 'kode_jabatan', 'nama_jabatan', 'kode_unit', 'jenis_jabatan', 'jenjang', 'kelas_jabatan', 'kepala_unit'];
export const PEGAWAI_HEAD = ['kode_opd', 'nip', 'nama', 'golongan', 'kode_jabatan', 'tmt_jabatan', 'email', 'telepon', 'nip_atasan'];
