import { formatNip, type PositionKind, type Role } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { publishDictionary } from '../modules/journal/dictionary.js';

export const FIXTURE_PASSWORD = 'rahasia-uji-123';

let nipSequence = 0;
function nextNip(sex: 'L' | 'P' = 'L', kind: 'pns' | 'pppk' = 'pns'): string {
  nipSequence += 1;
  return formatNip({ birthDate: '1985-04-12', appointed: kind === 'pns' ? '2010-03' : '2022', kind, sex, sequence: nipSequence });
}

export interface FixturePerson {
  id: string;
  nip: string;
  name: string;
  agencyId: string;
  accountId: string;
}

/**
 * A small province the tests know by heart.
 *
 * Dinas Kesehatan (A): Kepala Dinas heads the top unit; Sekretariat (Sekretaris) with Subbag Umum
 * (Kasubbag; staff1, staff2, adminA); Bidang P2P whose head post is vacant with the Sekretaris as
 * Plt; its Seksi Surveilans has a vacant head and no acting, so staff3 reports to the Plt Kabid.
 * Dinas Pendidikan (B): Kepala Dinas and one teacher, plus its admin. BKD (C): the BKD admin.
 * An auditor belongs to no agency.
 */
export async function seedFixture(db: Kysely<Database>) {
  const hash = await hashPassword(FIXTURE_PASSWORD);
  const agencyIds = { A: newId(), B: newId(), C: newId() };
  await db
    .insertInto('agencies')
    .values([
      { id: agencyIds.A, code: 'DINKES', name: 'Dinas Kesehatan', short_name: 'Dinkes', time_zone: 'Asia/Pontianak' },
      { id: agencyIds.B, code: 'DISDIK', name: 'Dinas Pendidikan', short_name: 'Disdik', time_zone: 'Asia/Pontianak' },
      { id: agencyIds.C, code: 'BKD', name: 'Badan Kepegawaian Daerah', short_name: 'BKD', time_zone: 'Asia/Pontianak' },
    ])
    .execute();

  const units: Record<string, { id: string; agencyId: string }> = {};
  async function unit(agencyId: string, code: string, name: string, parent?: string) {
    const id = newId();
    units[code] = { id, agencyId };
    await db.insertInto('units').values({ agency_id: agencyId, id, code, name, parent_id: parent ? units[parent]!.id : null }).execute();
  }
  const positions: Record<string, { id: string; agencyId: string }> = {};
  async function position(agencyId: string, code: string, name: string, unitCode: string, kind: PositionKind, kelas: number, head = false) {
    const id = newId();
    positions[code] = { id, agencyId };
    await db
      .insertInto('positions')
      .values({
        agency_id: agencyId,
        id,
        code,
        name,
        unit_id: units[unitCode]!.id,
        kind,
        jf_level: kind === 'fungsional' ? 'ahli_pertama' : null,
        kelas_jabatan: kelas,
        is_unit_head: head,
      })
      .execute();
  }
  const people: Record<string, FixturePerson> = {};
  async function person(key: string, agencyId: string, name: string, positionCode: string | null, role: Role = 'employee', sex: 'L' | 'P' = 'L') {
    const id = newId();
    const nip = nextNip(sex);
    await db
      .insertInto('employees')
      .values({ agency_id: agencyId, id, nip, kind: 'pns', name, front_title: null, back_title: null, sex, birth_date: '1985-04-12', rank_code: 'III/c', email: null, phone: null, supervisor_override_id: null })
      .execute();
    if (positionCode) {
      await db
        .insertInto('position_assignments')
        .values({ agency_id: agencyId, id: newId(), employee_id: id, position_id: positions[positionCode]!.id, role: 'definitive', starts_on: '2020-01-01', ends_on: null, decree_number: null })
        .execute();
    }
    const accountId = newId();
    await db
      .insertInto('accounts')
      // Like the demo province's, the fixture's admins and auditor are exempt from two-factor sign-in so
      // every test can sign in with a password; modules/auth/two-factor.test.ts lifts the exemption.
      .values({ id: accountId, nip, role, agency_id: agencyId, employee_id: id, password_hash: hash, must_change_password: false, two_factor_exempt: role !== 'employee' })
      .execute();
    people[key] = { id, nip, name, agencyId, accountId };
  }

  const A = agencyIds.A;
  await unit(A, 'DINKES', 'Dinas Kesehatan');
  await unit(A, 'DINKES-SEK', 'Sekretariat', 'DINKES');
  await unit(A, 'DINKES-UMUM', 'Subbagian Umum dan Kepegawaian', 'DINKES-SEK');
  await unit(A, 'DINKES-P2P', 'Bidang Pencegahan dan Pengendalian Penyakit', 'DINKES');
  await unit(A, 'DINKES-SURV', 'Seksi Surveilans dan Imunisasi', 'DINKES-P2P');
  await position(A, 'KADIS', 'Kepala Dinas Kesehatan', 'DINKES', 'jpt_pratama', 15, true);
  await position(A, 'SEKRETARIS', 'Sekretaris Dinas', 'DINKES-SEK', 'administrator', 12, true);
  await position(A, 'KASUBBAG', 'Kepala Subbagian Umum dan Kepegawaian', 'DINKES-UMUM', 'pengawas', 9, true);
  await position(A, 'PENGADM', 'Pengadministrasi Perkantoran', 'DINKES-UMUM', 'pelaksana', 6);
  await position(A, 'KABID-P2P', 'Kepala Bidang P2P', 'DINKES-P2P', 'administrator', 12, true);
  await position(A, 'KASI-SURV', 'Kepala Seksi Surveilans dan Imunisasi', 'DINKES-SURV', 'pengawas', 9, true);
  await position(A, 'EPID', 'Epidemiolog Kesehatan Ahli Pertama', 'DINKES-SURV', 'fungsional', 9);
  await person('kadisA', A, 'Hendra Wijaya', 'KADIS');
  await person('sekretaris', A, 'Siti Rahmawati', 'SEKRETARIS', 'employee', 'P');
  await person('kasubbag', A, 'Budi Santoso', 'KASUBBAG');
  await person('staff1', A, 'Dewi Lestari', 'PENGADM', 'employee', 'P');
  await person('staff2', A, 'Agus Salim', 'PENGADM');
  await person('staff3', A, 'Yohanes Dami', 'EPID');
  await person('adminA', A, 'Rina Marlina', 'PENGADM', 'agency_admin', 'P');
  await db
    .insertInto('position_assignments')
    .values({ agency_id: A, id: newId(), employee_id: people.sekretaris!.id, position_id: positions['KABID-P2P']!.id, role: 'plt', starts_on: '2026-01-01', ends_on: '2027-12-31', decree_number: 'SK-PLT-1' })
    .execute();

  const B = agencyIds.B;
  await unit(B, 'DISDIK', 'Dinas Pendidikan');
  await position(B, 'KADIS-B', 'Kepala Dinas Pendidikan', 'DISDIK', 'jpt_pratama', 15, true);
  await position(B, 'GURU', 'Guru Ahli Pertama', 'DISDIK', 'fungsional', 9);
  await person('kadisB', B, 'Maria Ulfa', 'KADIS-B', 'employee', 'P');
  await person('teacherB', B, 'Petrus Kanisius', 'GURU');
  await person('adminB', B, 'Lukas Ahok', 'GURU', 'agency_admin');

  const C = agencyIds.C;
  await unit(C, 'BKD', 'Badan Kepegawaian Daerah');
  await position(C, 'ANALIS', 'Analis SDM Aparatur', 'BKD', 'fungsional', 9);
  await person('bkdAdmin', C, 'Andi Pratama', 'ANALIS', 'bkd_admin');

  const auditorNip = nextNip('P');
  const auditorAccountId = newId();
  await db
    .insertInto('accounts')
    .values({ id: auditorAccountId, nip: auditorNip, role: 'auditor', agency_id: null, employee_id: null, display_name: 'Auditor Provinsi', password_hash: hash, must_change_password: false, two_factor_exempt: true })
    .execute();
  people.auditor = { id: '', nip: auditorNip, name: 'Auditor Provinsi', agencyId: '', accountId: auditorAccountId };

  const dictionaryVersion = await publishDictionary(
    db,
    [
      { code: 'ADM-001', name: 'Mengagendakan surat masuk', unit: 'Surat', standardMinutes: 5, positionKinds: [], group: 'Administrasi Umum' },
      { code: 'ADM-002', name: 'Menyusun konsep nota dinas', unit: 'Konsep', standardMinutes: 60, positionKinds: [], group: 'Administrasi Umum' },
      { code: 'UMM-001', name: 'Rapat koordinasi', unit: 'Kegiatan', standardMinutes: 120, positionKinds: [], group: 'Umum' },
      { code: 'UMM-002', name: 'Menyusun laporan harian', unit: 'Laporan', standardMinutes: 30, positionKinds: [], group: 'Umum' },
      { code: 'KES-001', name: 'Melakukan surveilans kasus penyakit menular', unit: 'Laporan', standardMinutes: 90, positionKinds: ['fungsional'], group: 'Kesehatan' },
    ],
    'fixture',
    null,
  );
  return { agencyIds, units, positions, people, dictionaryVersion };
}

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;
