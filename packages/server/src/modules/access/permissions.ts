import type { ErrorCode } from '@kinerja/core';

/**
 * Everything the server asks "may this principal …?" about, with what the ids of a check name:
 * - `agency`: agency ids (the target's `agencyId` when no ids are given);
 * - `employee`: employees of the target's `agencyId`;
 * - `evidence`: evidence files by SHA-256;
 * - `import`: import jobs;
 * - `skp`: SKP of the target's `agencyId`;
 * - `account`: accounts of the target's `agencyId`;
 * - `unit`: units of the target's `agencyId`;
 * - `province`: nothing; the answer holds for the whole province.
 */
export const PERMISSIONS = {
  /** The agency's summary card: its admins and auditors, the BKD, and its own employees. */
  'agency.see': { on: 'agency' },
  /** The agency's administrative data: org chart, every employee, settings, recaps. */
  'agency.read': { on: 'agency' },
  /** Changing the agency's administrative data, settings and outages. */
  'agency.manage': { on: 'agency' },
  /** An employee's record: themselves, their pejabat penilai and atasan (acting ones included), the agency's readers. */
  'employee.read': { on: 'employee' },
  /** An employee's journal (entries, history, evidence): the same people as `employee.read`. */
  'journal.read': { on: 'employee' },
  /** A subordinate's day in the validation view: the current supervisor, and read-only the agency's readers. */
  'journal.review': {
    on: 'employee',
    refusal: { code: 'FORBIDDEN', message: 'Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) dan admin instansinya yang dapat melihat kegiatan ini.' },
  },
  /** Deciding on an employee's entries: only their supervisor on today's chart (Plt/Plh within the decree, or over a vacancy). */
  'journal.decide': {
    on: 'employee',
    refusal: { code: 'FORBIDDEN', message: 'Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) yang dapat memvalidasi kegiatannya.' },
  },
  /**
   * Making and downloading an archive of everything held about an employee (UU PDP): the employee,
   * and the agency's admins and the BKD for someone who asked in writing. Nobody else, not even the
   * supervisor: it holds the whole record.
   */
  'employee.data_export': { on: 'employee', refusal: { code: 'FORBIDDEN', message: 'Arsip data pribadi hanya dapat dibuat oleh pegawai itu sendiri atau admin kepegawaian instansinya.' } },
  /** A supervisor's on-time validation rate: the agency's readers for everyone, an employee for themselves. */
  'validation.rates': { on: 'employee' },
  /** An evidence file: its uploaders, whoever may read the journal of an employee with a live entry holding it, and the pejabat penilai and atasan pejabat penilai named on an SKP whose realisasi names it as bukti dukung. */
  'evidence.read': { on: 'evidence', refusal: { code: 'NOT_FOUND', message: 'Berkas bukti tidak ditemukan.' } },
  /** Uploading an import file: agency admins and the BKD. */
  'imports.run': { on: 'province', refusal: { code: 'FORBIDDEN', message: 'Hanya Admin OPD dan Admin BKD yang dapat mengimpor data.' } },
  /** An import job and its problems (which name people): the admin who started it, and the BKD. */
  'imports.read': { on: 'import', refusal: { code: 'NOT_FOUND', message: 'Impor tidak ditemukan.' } },
  /** Publishing the province's kamus aktivitas. */
  'dictionary.manage': { on: 'province', refusal: { code: 'FORBIDDEN', message: 'Hanya admin BKD yang dapat menerbitkan kamus aktivitas.' } },
  /** An SKP: its employee, the pejabat penilai and atasan named on it (any agency), the agency's readers. */
  'skp.read': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Hanya pegawai yang bersangkutan, pejabat penilai, atasan pejabat penilai, dan admin atau auditor instansinya yang dapat melihat SKP ini.' },
  },
  /** Drafting an employee's SKP: the employee, or the agency's pengelola kinerja (its admins, the BKD) on their behalf. */
  'skp.draft': {
    on: 'employee',
    refusal: { code: 'FORBIDDEN', message: 'SKP disusun oleh pegawai yang bersangkutan atau pengelola kinerja instansinya atas namanya.' },
  },
  /** Returning or approving an SKP: only the pejabat penilai named on it. */
  'skp.decide': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Hanya pejabat penilai kinerja pada SKP ini yang dapat mengembalikan atau menyetujuinya.' },
  },
  /** Keeping a signed scan with an approved SKP: its employee, the pejabat penilai named on it, the agency's pengelola kinerja (its admins, the BKD). */
  'skp.scan_upload': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Hanya pegawai yang bersangkutan, pejabat penilai kinerja, dan pengelola kinerja instansinya yang dapat mengunggah SKP bertanda tangan.' },
  },
  /** An evaluation of an SKP (realisasi, umpan balik, ratings, predikat): the same people as `skp.read`. */
  'evaluation.read': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Hanya pegawai yang dinilai, pejabat penilai, atasan pejabat penilai, dan admin atau auditor instansinya yang dapat melihat evaluasi kinerja ini.' },
  },
  /** The employee's part of an evaluation: realisasi with bukti dukung, answers to umpan balik. */
  'evaluation.self': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Realisasi dan jawaban atas umpan balik diisi oleh pegawai yang dinilai.' },
  },
  /** Umpan balik, ratings and finalising: only the pejabat penilai named on the SKP. */
  'evaluation.rate': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Hanya pejabat penilai kinerja pada SKP ini yang dapat memberi umpan balik, rating, dan menetapkan evaluasinya.' },
  },
  /** Reopening a finalised evaluation (with a reason): its pejabat penilai, or the agency's pengelola kinerja (its admins, the BKD). */
  'evaluation.reopen': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Evaluasi yang sudah ditetapkan hanya dapat dibuka kembali oleh pejabat penilainya atau pengelola kinerja instansi.' },
  },
  /** Keeping a signed scan with a finalised evaluation: its employee, the pejabat penilai named on the SKP, the agency's pengelola kinerja (its admins, the BKD). */
  'evaluation.scan_upload': {
    on: 'skp',
    refusal: { code: 'FORBIDDEN', message: 'Hanya pegawai yang dinilai, pejabat penilai kinerja, dan pengelola kinerja instansinya yang dapat mengunggah dokumen evaluasi bertanda tangan.' },
  },
  /**
   * Setting a unit's capaian kinerja organisasi: the next-higher leadership on today's chart (the
   * supervisor of the unit's head; for a vacant head, the head above), or the agency's pengelola
   * kinerja recording the decision (its admins, the BKD).
   */
  'evaluation.organisation': {
    on: 'unit',
    refusal: { code: 'FORBIDDEN', message: 'Capaian kinerja organisasi ditetapkan oleh pimpinan satu tingkat di atasnya (atau dicatat oleh pengelola kinerja instansi).' },
  },
  /** The distribution curve of an agency's units (counts, no names): its readers, and its employees who supervise someone today. */
  'evaluation.curve': {
    on: 'agency',
    refusal: { code: 'FORBIDDEN', message: 'Kurva distribusi predikat hanya dapat dilihat oleh atasan dan admin atau auditor instansi.' },
  },
  /** The SIASN export (annual skp22 and kinerja periodik records, XLSX/CSV/JSON) and the push to SIASN of one agency: its admins and the BKD. */
  'evaluation.siasn': { on: 'agency', refusal: { code: 'FORBIDDEN', message: 'Ekspor dan kirim data SIASN hanya dapat dilakukan oleh admin instansi ini dan admin BKD.' } },
  /** SIASN's reference codes (the numbers SIASN keeps beside each label): every admin and auditor may read them. */
  'siasn.codes.read': { on: 'province', refusal: { code: 'FORBIDDEN', message: 'Kode referensi SIASN hanya dapat dilihat oleh admin dan auditor.' } },
  /** Changing SIASN's reference codes: the BKD (the lists are national; one table serves every agency of the region). */
  'siasn.codes.manage': { on: 'province', refusal: { code: 'FORBIDDEN', message: 'Hanya admin BKD yang dapat mengubah kode referensi SIASN.' } },
  /** Signing an account out of every device: the agency's admins and the BKD; a BKD admin or auditor account only the BKD. Unknown to the others. */
  'account.sign_out': { on: 'account', refusal: { code: 'NOT_FOUND', message: 'Akun tidak ditemukan.' } },
  /** The agency's attendance machines (last seen, punches today, clock drift) and their command queue: its admins and auditors, the BKD. */
  'attendance.machines.read': { on: 'agency' },
  /** Registering the agency's machines, queueing enrol/remove commands, importing USB exports: its admins and the BKD. */
  'attendance.machines.manage': { on: 'agency' },
  /** Serials that asked without being registered, and accepting or refusing them: agency admins and the BKD (the serials belong to no agency yet). */
  'attendance.serials.decide': { on: 'province', refusal: { code: 'FORBIDDEN', message: 'Hanya Admin OPD dan Admin BKD yang dapat melihat dan memutuskan mesin presensi yang belum terdaftar.' } },
  /** An employee's attendance days and month: themselves, their pejabat penilai and atasan (acting ones included), the agency's readers (admins, auditors, the BKD). */
  'attendance.read': { on: 'employee', refusal: { code: 'FORBIDDEN', message: 'Kehadiran pegawai ini hanya dapat dilihat oleh pegawai itu sendiri, atasannya, dan admin atau auditor instansinya.' } },
  /** Approving or rejecting an employee's leave or permission: only their direct supervisor on today's chart (Plt/Plh included), as validation decides. */
  'attendance.leave.decide': { on: 'employee', refusal: { code: 'FORBIDDEN', message: 'Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) yang dapat menyetujui cuti atau izinnya.' } },
  /** An agency's office areas for the selfie check-in: whoever may see the agency (its employees' phones need them). */
  'attendance.geofences.read': { on: 'agency' },
  /** Office areas, approving face references, the selfie anomaly report: the agency's admins and the BKD. */
  'attendance.selfie.manage': { on: 'agency', refusal: { code: 'FORBIDDEN', message: 'Hanya admin instansi ini dan admin BKD yang dapat mengelola presensi swafoto.' } },
  /** An employee's selfie photos (check-ins and face reference): the employee, their supervisor on today's chart (Plt/Plh included), and the agency's own admins; not auditors, not the BKD. */
  'attendance.selfie.photo': { on: 'employee', refusal: { code: 'NOT_FOUND', message: 'Foto presensi tidak ditemukan.' } },
  /** Judging disputed selfie check-ins (accept as a punch, or confirm the rejection): the agency's own admins only, who may open the photos; not the BKD, not auditors, not the supervisor (colleagues checking in for each other is the fraud judged). */
  'attendance.selfie.resolve': { on: 'agency', refusal: { code: 'FORBIDDEN', message: 'Hanya admin instansi ini yang dapat memutus presensi swafoto yang dipersoalkan.' } },
  /** What holds for the whole province: the holiday calendar, a province-wide outage. */
  'province.manage': { on: 'province' },
  /** An agency's TPP: its runs, every employee's result, payroll attributes: its admins and finance (bendahara), auditors in scope, the BKD. */
  'tpp.read': { on: 'agency', refusal: { code: 'FORBIDDEN', message: 'TPP instansi ini hanya dapat dilihat oleh admin, bendahara, dan auditor instansinya serta BKD.' } },
  /** Running an agency's TPP month (create, check, lock, recalculate) and setting payroll attributes: its admins and finance, the BKD. */
  'tpp.manage': { on: 'agency', refusal: { code: 'FORBIDDEN', message: 'Hanya admin dan bendahara instansi ini serta BKD yang dapat mengelola TPP-nya.' } },
  /** One employee's TPP month and its explanation: the employee, their pejabat penilai and atasan (acting ones included), the agency's TPP readers. */
  'tpp.employee': { on: 'employee', refusal: { code: 'FORBIDDEN', message: 'TPP pegawai ini hanya dapat dilihat oleh pegawai itu sendiri, atasannya, dan pengelola TPP instansinya.' } },
  /** Stored TPP rule sets (the Perkada as data): every signed-in account may read them. */
  'tpp.rules.read': { on: 'province' },
  /** Importing TPP rule sets: the BKD only. */
  'tpp.rules.manage': { on: 'province', refusal: { code: 'FORBIDDEN', message: 'Hanya admin BKD yang dapat mengimpor aturan TPP.' } },
  /** The province's TPP month over every agency (runs and what-if): the BKD, a province-wide auditor, and admins and finance for their own agency. */
  'tpp.overview': { on: 'province', refusal: { code: 'FORBIDDEN', message: 'Hanya admin, bendahara, auditor, dan BKD yang dapat melihat rekap dan simulasi TPP.' } },
} as const satisfies Record<string, { on: ResourceKind; refusal?: Refusal }>;

export type ResourceKind = 'agency' | 'employee' | 'evidence' | 'import' | 'skp' | 'account' | 'unit' | 'province';
export interface Refusal {
  code: ErrorCode;
  message: string;
}
export type Permission = keyof typeof PERMISSIONS;

/** The answer when a check fails: a permission's own refusal, else 403 with the generic message. */
export function refusalOf(permission: Permission): { code: ErrorCode; message?: string } {
  const def: { on: ResourceKind; refusal?: Refusal } = PERMISSIONS[permission];
  return def.refusal ?? { code: 'FORBIDDEN' };
}
