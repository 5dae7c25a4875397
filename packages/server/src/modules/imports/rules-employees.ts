import { addDays, type ParsedNip } from '@kinerja/core';
import { ABSENT, FirstSeen, type Absent, type Checker, type RowChecker } from './checker.js';
import type { ExistingAssignment, ExistingEmployee } from './existing.js';
import * as F from './fields.js';
import type { FilePositions } from './rules-positions.js';
import type { Sheet } from './types.js';

export interface EmployeeRecord {
  row: number;
  agencyCode: string;
  nip: ParsedNip;
  name: string;
  /** ABSENT: the column is not in the file, keep what is stored. null: clear it. */
  frontTitle: string | null | Absent;
  backTitle: string | null | Absent;
  rankCode: string | null | Absent;
  email: string | null | Absent;
  phone: string | null | Absent;
  supervisorNip: string | null | Absent;
  positionCode: string;
  /** TMT of the post; null: today when the post changes, unchanged otherwise. */
  tmt: string | null;
  /** This NIP's row in the target agency, active or not. */
  target: ExistingEmployee | undefined;
  /** Active rows of this NIP in other agencies: a transfer (mutasi) between agencies. */
  leaving: ExistingEmployee[];
}

interface Pending {
  rc: RowChecker;
  rec: EmployeeRecord;
}

export function checkEmployees(c: Checker, sheet: Sheet | undefined, filePositions: FilePositions): EmployeeRecord[] {
  if (!sheet) return [];
  const seenNip = new FirstSeen();
  const seenHeadPost = new FirstSeen();
  const pending: Pending[] = [];
  /** Where each NIP in the file will belong after the import. */
  const agencyOfNip = new Map<string, string>();

  for (const r of sheet.rows) {
    const rc = c.row(sheet, r);
    const agencyCode = rc.agency();
    const nip = rc.get('nip', (v) => F.nip(v, c.now));
    const name = rc.get('nama', (v) => F.requiredText('Nama', v));
    const frontTitle = rc.optional('gelar_depan', (v) => F.optionalText('Gelar depan', v, 50));
    const backTitle = rc.optional('gelar_belakang', (v) => F.optionalText('Gelar belakang', v, 50));
    const rankCode = rc.optional('golongan', (v) => F.rank(v, nip?.kind));
    const positionCode = rc.get('kode_jabatan', (v) => F.code('Kode jabatan', v));
    const tmt = rc.optional('tmt_jabatan', F.emptyOr((v) => F.isoDate('Tanggal TMT jabatan', v)));
    const email = rc.optional('email', F.email);
    const phone = rc.optional('telepon', F.phone);
    const supervisorNip = rc.optional('nip_atasan', F.supervisorNip);
    if (nip) checkNipConsistency(rc, nip);

    if (nip) {
      const earlier = seenNip.check(nip.nip, r.row);
      if (earlier !== undefined) {
        rc.problem('nip', `NIP ${nip.nip} muncul dua kali (baris ${earlier} dan ${r.row}).`);
        continue;
      }
      if (agencyCode) agencyOfNip.set(nip.nip, agencyCode);
    }
    if (agencyCode === undefined || positionCode === undefined) continue;

    const post = positionOf(c, filePositions, agencyCode, positionCode);
    if (!post) rc.problem('kode_jabatan', `Kode jabatan '${positionCode}' tidak ada di berkas maupun di basis data OPD ${agencyCode}.`);
    else if (post.isUnitHead) {
      const earlier = seenHeadPost.check(`${agencyCode}\u0000${positionCode}`, r.row);
      if (earlier !== undefined) {
        rc.problem('kode_jabatan', `Jabatan kepala unit '${positionCode}' sudah diisi pegawai di baris ${earlier}; satu jabatan kepala unit hanya untuk satu pegawai definitif.`);
      }
    }
    if (typeof tmt === 'string' && nip && tmt < nip.birthDate) {
      rc.problem('tmt_jabatan', `TMT jabatan (${tmt}) tidak mungkin sebelum tanggal lahir menurut NIP (${nip.birthDate}).`);
    }
    if (supervisorNip === nip?.nip && nip) rc.problem('nip_atasan', 'Pegawai tidak dapat menjadi atasan dirinya sendiri.');
    if (!nip || name === undefined || [frontTitle, backTitle, rankCode, tmt, email, phone, supervisorNip].includes(undefined)) continue;

    const agencyId = c.agency(agencyCode)?.id;
    const rows = c.existing.employeesByNip.get(nip.nip) ?? [];
    const target = rows.find((e) => e.agency_id === agencyId);
    const leaving = rows.filter((e) => e.active && e.agency_id !== agencyId);
    const rec: EmployeeRecord = {
      row: r.row,
      agencyCode,
      nip,
      name: name,
      frontTitle: frontTitle!,
      backTitle: backTitle!,
      rankCode: rankCode!,
      email: email!,
      phone: phone!,
      supervisorNip: supervisorNip!,
      positionCode,
      tmt: tmt === ABSENT ? null : tmt!,
      target,
      leaving,
    };
    if (leaving.length && c.actor.role !== 'bkd_admin') {
      const codes = leaving.map((e) => c.existing.agencyById.get(e.agency_id)?.code ?? '?').join(', ');
      rc.problem('nip', `Pegawai dengan NIP ini masih aktif di OPD lain (${codes}); pemindahan antar-OPD dilakukan oleh Admin BKD.`);
    }
    if (post) checkPostChange(c, rc, rec, post.storedId);
    pending.push({ rc, rec });
  }

  for (const { rc, rec } of pending) checkSupervisor(c, rc, rec, agencyOfNip);
  const bad = new Set(c.problems.filter((p) => p.sheet === 'Pegawai').map((p) => p.row));
  return pending.filter((p) => !p.rc.failed && !bad.has(p.rec.row)).map((p) => p.rec);
}

/** Optional jenis_kelamin / tanggal_lahir columns must agree with what the NIP says. */
function checkNipConsistency(rc: RowChecker, nip: ParsedNip): void {
  const sexText = rc.has('jenis_kelamin') ? rc.value('jenis_kelamin') : '';
  if (sexText !== '') {
    const s = F.sex(sexText);
    if (!s.ok) rc.problem('jenis_kelamin', s.message);
    else if (s.value !== nip.sex) {
      rc.problem('jenis_kelamin', `Jenis kelamin '${sexText}' tidak sesuai dengan NIP (digit 15 menunjukkan ${nip.sex === 'L' ? 'laki-laki' : 'perempuan'}).`);
    }
  }
  const birthText = rc.has('tanggal_lahir') ? rc.value('tanggal_lahir') : '';
  if (birthText !== '') {
    const d = F.isoDate('Tanggal lahir', birthText);
    if (!d.ok) rc.problem('tanggal_lahir', d.message);
    else if (d.value !== nip.birthDate) rc.problem('tanggal_lahir', `Tanggal lahir ${d.value} tidak sesuai dengan NIP (${nip.birthDate}).`);
  }
}

/** A post named by the file or active in the database; storedId is the database row, if any. */
function positionOf(c: Checker, filePositions: FilePositions, agencyCode: string, code: string) {
  const agency = c.agency(agencyCode);
  const stored = agency ? c.existing.positions.get(agency.id)?.get(code) : undefined;
  const inFile = filePositions.get(agencyCode)?.get(code);
  if (inFile) return { isUnitHead: inFile.isUnitHead, storedId: stored?.id };
  if (stored?.active) return { isUnitHead: stored.is_unit_head, storedId: stored.id };
  return undefined;
}

/**
 * History is never rewritten: a new post ends the current one the day before it starts, so the
 * new TMT must fall after the current post's start (here and in an agency the person leaves).
 */
function checkPostChange(c: Checker, rc: RowChecker, rec: EmployeeRecord, newPositionId: string | undefined): void {
  const starts = rec.tmt ?? c.todayOf(rec.agencyCode);
  const ending: ExistingAssignment[] = [];
  const current = rec.target ? c.existing.openAssignmentOf.get(rec.target.id) : undefined;
  if (current && current.position_id !== newPositionId) ending.push(current);
  for (const e of rec.leaving) {
    const a = c.existing.openAssignmentOf.get(e.id);
    if (a) ending.push(a);
  }
  for (const a of ending) {
    if (addDays(starts, -1) >= a.starts_on) continue;
    rc.problem(
      'tmt_jabatan',
      rec.tmt
        ? `TMT jabatan (${rec.tmt}) harus sesudah TMT jabatan sebelumnya (${a.starts_on}).`
        : `Jabatan sebelumnya baru dimulai ${a.starts_on}; isi tmt_jabatan dengan tanggal sesudahnya.`,
    );
    return;
  }
}

/** nip_atasan names someone in the same agency after the import: in this file or already stored. */
function checkSupervisor(c: Checker, rc: RowChecker, rec: EmployeeRecord, agencyOfNip: Map<string, string>): void {
  const sup = rec.supervisorNip;
  if (sup === ABSENT || sup === null || sup === rec.nip.nip) return;
  let agencyCode = agencyOfNip.get(sup);
  if (!agencyCode) {
    const active = c.existing.employeesByNip.get(sup)?.find((e) => e.active);
    agencyCode = active ? c.existing.agencyById.get(active.agency_id)?.code : undefined;
  }
  if (!agencyCode) rc.problem('nip_atasan', `Atasan dengan NIP ${sup} tidak ditemukan di berkas maupun di basis data.`);
  else if (agencyCode !== rec.agencyCode) {
    rc.problem('nip_atasan', `Atasan dengan NIP ${sup} terdaftar di OPD lain (${agencyCode}); atasan khusus harus dari OPD yang sama.`);
  }
}
