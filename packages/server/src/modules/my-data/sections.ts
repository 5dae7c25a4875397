/**
 * Parts of the archive that other modules' data adds, one section per module. Each section reads
 * the person's rows (through the module's own service where one exists, so what the archive shows
 * is what the screen shows) and says in the README what each of its files is.
 *
 * To add a kind of data (attendance schedules, say):
 * write one more `Section` here and list it in `SECTIONS`; `contents.ts` needs no change.
 */
import type { Principal } from '@kinerja/core';
import type { EvaluationSummary } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { evaluationDetail, evaluationDocumentPdf, skpEvaluations } from '../evaluation/index.js';
import { pathOf } from '../evidence/index.js';
import { csv, day, iso, type Part } from './parts.js';
import { eventsOfPerson, leaveOfPerson, punchesOfPerson, selfieCheckinsOfPerson, selfieReferencesOfPerson, skpOfPerson, tppLinesOfPerson, tppRecordsOfPerson } from './queries.js';

export interface SectionInput {
  ctx: AppContext;
  /** Who asked: the employee, or an admin on their written request (reads are recorded as theirs). */
  by: Principal;
  agencyId: string;
  employeeId: string;
}

export interface Section {
  /** File (or folder, ending in /) → what it holds, in Bahasa Indonesia, for BACA-SAYA.txt. */
  describe: Record<string, string>;
  parts: (input: SectionInput) => Promise<Part[]>;
}

/** Each evaluation of each SKP: the list, every detail as JSON, and the Dokumen Evaluasi as printed. */
const evaluations: Section = {
  describe: {
    'evaluasi/daftar.csv': 'evaluasi kinerja per periode: predikat, rating, angka kredit, status',
    'evaluasi/evaluasi.json': 'isi lengkap setiap evaluasi: realisasi, umpan balik, rating, riwayatnya',
    'evaluasi/*.pdf': 'Dokumen Evaluasi Kinerja Pegawai setiap periode, seperti dicetak',
  },
  async parts({ ctx, by, agencyId, employeeId }) {
    const summaries: EvaluationSummary[] = [];
    for (const skp of await skpOfPerson(ctx.db, agencyId, employeeId)) {
      const answer = await skpEvaluations(ctx, by, agencyId, skp.id);
      for (const item of answer.items) if (item.evaluation) summaries.push(item.evaluation as EvaluationSummary);
    }
    const details = await Promise.all(summaries.map((e) => evaluationDetail(ctx, by, agencyId, e.id)));
    return [
      {
        name: 'evaluasi/daftar.csv',
        data: async () =>
          csv(
            ['periode', 'dari', 'sampai', 'jenis', 'status', 'rating_hasil_kerja', 'rating_perilaku_kerja', 'predikat', 'angka_kredit', 'ditetapkan', 'id_skp', 'id'],
            summaries.map((e) => [e.label, e.coveredFrom, e.coveredTo, e.kind, e.status, e.ratingHasilKerja ?? '', e.ratingPerilakuKerja ?? '', e.predikat ?? '', e.angkaKredit ?? '', e.finalisedAt ?? '', e.skpId, e.id]),
          ),
      },
      { name: 'evaluasi/evaluasi.json', data: async () => JSON.stringify(details, null, 2) },
      ...summaries.map((e) => ({
        name: `evaluasi/Evaluasi-${day(e.coveredFrom)}-${e.kind}-${e.id.slice(0, 8)}.pdf`,
        data: async () => (await evaluationDocumentPdf(ctx, by, agencyId, e.id)).bytes,
      })),
    ];
  },
};

/** Attendance punches as the machines (or their USB files) sent them. */
const attendance: Section = {
  describe: { 'kehadiran/presensi.csv': 'setiap rekaman presensi dari mesin absensi (waktu, mesin, cara verifikasi)' },
  async parts({ ctx, agencyId, employeeId }) {
    const punches = await punchesOfPerson(ctx.db, agencyId, employeeId);
    return [
      {
        name: 'kehadiran/presensi.csv',
        data: async () =>
          csv(
            ['waktu_utc', 'mesin', 'zona_mesin', 'pin', 'status', 'verifikasi', 'kode_kerja', 'sumber', 'diterima_server'],
            punches.map((x) => [iso(x.at), x.machine_name ?? '', x.machine_zone ?? '', x.pin, x.status, x.verify, x.work_code, x.source, iso(x.received_at)]),
          ),
      },
    ];
  },
};

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Leave and permission requests with their attachments as uploaded, and the apel/upacara attended. */
const leaveAndEvents: Section = {
  describe: {
    'kehadiran/cuti-izin.csv': 'setiap pengajuan cuti dan izin: jenis, tanggal, alasan, status, keputusan, lampirannya',
    'kehadiran/lampiran/': 'lampiran pengajuan cuti dan izin, seperti diunggah',
    'kehadiran/apel-upacara.csv': 'apel dan upacara yang tercatat Anda hadiri',
  },
  async parts({ ctx, agencyId, employeeId }) {
    const [leave, events] = await Promise.all([leaveOfPerson(ctx.db, agencyId, employeeId), eventsOfPerson(ctx.db, agencyId, employeeId)]);
    const attachmentName = (l: (typeof leave)[number]) =>
      l.attachment_sha256 && l.media_type ? `kehadiran/lampiran/${day(l.starts_on)}_${l.attachment_sha256.slice(0, 8)}${l.media_type === 'application/pdf' ? '.pdf' : '.jpg'}` : '';
    const files = new Map<string, { sha256: string; media_type: 'image/jpeg' | 'application/pdf' }>();
    for (const l of leave) if (l.attachment_sha256 && l.media_type) files.set(attachmentName(l), { sha256: l.attachment_sha256, media_type: l.media_type });
    return [
      {
        name: 'kehadiran/cuti-izin.csv',
        data: async () =>
          csv(
            ['jenis', 'bagian', 'dari', 'sampai', 'alasan', 'status', 'diputuskan', 'catatan_keputusan', 'diajukan', 'lampiran', 'id'],
            leave.map((l) => [l.type_code, l.part, day(l.starts_on), day(l.ends_on), l.reason, l.status, iso(l.decided_at), l.decision_note ?? '', iso(l.created_at), attachmentName(l), l.id]),
          ),
      },
      ...[...files].map(([name, f]) => ({ name, path: pathOf(ctx, f) })),
      {
        name: 'kehadiran/apel-upacara.csv',
        data: async () =>
          csv(
            ['tanggal', 'jenis', 'nama', 'mulai', 'selesai', 'tercatat', 'id'],
            events.map((e) => [day(e.date), e.kind, e.name, hhmm(e.start_minute), hhmm(e.end_minute), iso(e.recorded_at), e.id]),
          ),
      },
    ];
  },
};

/** TPP: every computed line with the rule and input behind each amount, and the payroll attributes held. */
const tpp: Section = {
  describe: {
    'tpp/tpp.csv': 'TPP per bulan: kotor, potongan, pajak, BPJS, bersih, status perhitungannya',
    'tpp/rincian.json': 'rincian setiap perhitungan TPP: aturan dan masukan di balik setiap rupiah',
    'tpp/data-pembayaran.json': 'data pembayaran TPP: golongan, gaji, rekening bank, hukuman disiplin yang tercatat',
  },
  async parts({ ctx, agencyId, employeeId }) {
    const [lines, records] = await Promise.all([tppLinesOfPerson(ctx.db, agencyId, employeeId), tppRecordsOfPerson(ctx.db, agencyId, employeeId)]);
    return [
      {
        name: 'tpp/tpp.csv',
        data: async () =>
          csv(
            ['bulan', 'status_perhitungan', 'status', 'kelas', 'golongan', 'tpp_dasar', 'kotor', 'potongan', 'pph21', 'bpjs', 'bersih', 'dibayarkan', 'dihitung', 'id_perhitungan'],
            lines.map((l) => [l.month, l.run_status, l.status, l.kelas ?? '', l.golongan ?? '', l.basic, l.gross, l.cuts, l.pph21, l.bpjs_employee, l.net, l.payable, iso(l.computed_at), l.run_id]),
          ),
      },
      { name: 'tpp/rincian.json', data: async () => JSON.stringify(lines.map((l) => ({ bulan: l.month, idPerhitungan: l.run_id, versiAturan: l.rule_set_version, status: l.status, masukan: l.input, hasil: l.result, galat: l.error })), null, 2) },
      { name: 'tpp/data-pembayaran.json', data: async () => JSON.stringify({ pembayaran: records.payroll ?? null, rekeningPadaPerhitungan: lines.map((l) => ({ bulan: l.month, rekening: l.bank_account })), hukumanDisiplin: records.hukdis }, null, 2) },
    ];
  },
};

/**
 * Selfie check-ins and face references: every check-in with its place, scores and verdict, every
 * reference with its state, and each photo as taken. The face descriptors (numbers computed on the
 * phone from a photo) are not written out: they are derived from the photos, which are here, and mean
 * nothing to a person reading the archive.
 */
const selfies: Section = {
  describe: {
    'kehadiran/swafoto.csv': 'setiap presensi swafoto: waktu, lokasi dan akurasinya, hasil pemeriksaan tempat dan wajah (skor), diterima atau tidak, perangkat, nama fotonya; bila dipersoalkan: putusan admin, catatannya, kapan diputus, dan apakah wajahnya lebih mirip foto acuan pegawai lain (tanpa menyebut siapa)',
    'kehadiran/swafoto-acuan.csv': 'foto acuan wajah Anda: kapan diajukan, diputuskan, statusnya',
    'kehadiran/swafoto/': 'foto presensi swafoto dan foto acuan, seperti tersimpan',
  },
  async parts({ ctx, agencyId, employeeId }) {
    const [checkins, references] = await Promise.all([selfieCheckinsOfPerson(ctx.db, agencyId, employeeId), selfieReferencesOfPerson(ctx.db, agencyId, employeeId)]);
    type Photo = Parameters<typeof pathOf>[1];
    // A check-in past the selfie retention period has no photo any more (sha256 null): no file, an empty name.
    const photoName = (prefix: string, at: Date | string, sha256: string | null, mediaType: string | null) =>
      mediaType && sha256 ? `kehadiran/swafoto/${prefix}${iso(at).replace(/[:.]/g, '-')}_${sha256.slice(0, 8)}${mediaType === 'image/png' ? '.png' : '.jpg'}` : '';
    const checkinPhoto = (c: (typeof checkins)[number]) => photoName('', c.at, c.photo_sha256, c.media_type);
    const referencePhoto = (r: (typeof references)[number]) => photoName('acuan-', r.submitted_at, r.photo_sha256, r.media_type);
    const files = new Map<string, Photo>();
    for (const c of checkins) if (c.media_type && c.photo_sha256) files.set(checkinPhoto(c), { sha256: c.photo_sha256, media_type: c.media_type } as Photo);
    for (const r of references) if (r.media_type) files.set(referencePhoto(r), { sha256: r.photo_sha256, media_type: r.media_type } as Photo);
    return [
      {
        name: 'kehadiran/swafoto.csv',
        data: async () =>
          csv(
            ['waktu', 'waktu_perangkat', 'diterima_server', 'jam_perangkat_menyimpang', 'lintang', 'bujur', 'akurasi_m', 'tempat', 'jarak_m', 'skor_wajah', 'skor_hidup', 'skor_antispoof', 'wajah', 'diterima', 'perangkat', 'foto', 'id', 'putusan_admin', 'catatan_putusan', 'diputus', 'mirip_acuan_pegawai_lain'],
            // The colleague a face resembled is their personal data, not this person's: only whether it happened.
            checkins.map((c) => [
              ...[iso(c.at), iso(c.device_time), iso(c.received_at), c.clock_skewed ? 'ya' : 'tidak', c.lat, c.lon, c.accuracy_meters, c.place, c.distance_meters ?? '', c.match_score, c.liveness_score, c.antispoof_score, c.face],
              ...[c.accepted ? 'ya' : 'tidak', c.device_id, checkinPhoto(c), c.id],
              ...[c.resolution === 'accepted' ? 'diterima' : c.resolution === 'rejected' ? 'ditolak' : '', c.resolution_note ?? '', iso(c.resolved_at), c.other_employee_id ? 'ya' : 'tidak'],
            ]),
          ),
      },
      {
        name: 'kehadiran/swafoto-acuan.csv',
        data: async () => csv(['diajukan', 'status', 'diputuskan', 'catatan', 'foto', 'id'], references.map((r) => [iso(r.submitted_at), r.state, iso(r.decided_at), r.note ?? '', referencePhoto(r), r.id])),
      },
      ...[...files].map(([name, f]) => ({ name, path: pathOf(ctx, f) })),
    ];
  },
};

/** In the order they appear in the archive, after the journal and the SKP. */
export const SECTIONS: readonly Section[] = [evaluations, attendance, leaveAndEvents, selfies, tpp];
