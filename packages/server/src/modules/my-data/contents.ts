/**
 * What goes into a "my data" archive, part by part. Machine-readable JSON and CSV (CSV opens in any
 * spreadsheet), the evidence files as they were uploaded, the SKP as their printed PDFs, and a
 * README in Bahasa Indonesia saying what each file is. Names are the ones a person reads.
 */
import { SUPPORTED_DATES } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { Principal } from '@kinerja/core';
import { readsAbout } from '../data-reads/index.js';
import { pathOf } from '../evidence/index.js';
import { minuteToTime } from '../journal/index.js';
import { skpPdf } from '../skp-print/index.js';
import { csv, day, iso, safeName, type Part } from './parts.js';
import { SECTIONS } from './sections.js';
import { accountsOfPerson, assignmentsOfPerson, decisionsOfPerson, entriesOfPerson, entryEventsOfPerson, evidenceOfPerson, personRow, skpOfPerson } from './queries.js';


const README = (name: string, nip: string, madeAt: string, parts: string[]) => `ARSIP DATA PRIBADI — KINERJA

Pegawai : ${name}
NIP     : ${nip}
Dibuat  : ${madeAt}

Arsip ini berisi semua data tentang Anda yang disimpan aplikasi Kinerja, sesuai hak Anda menurut
UU 27/2022 tentang Pelindungan Data Pribadi. Berkas CSV dapat dibuka dengan aplikasi lembar kerja
(Excel, LibreOffice); berkas JSON berisi data yang sama untuk dibaca mesin.

Isi arsip:
${parts.map((p) => `  ${p}`).join('\n')}

Bila ada data yang keliru, hubungi pengelola kepegawaian instansi Anda.
`;

const DESCRIBE: Record<string, string> = {
  'profil.json': 'data diri, akun, dan riwayat jabatan',
  'jurnal/kegiatan.csv': 'semua kegiatan jurnal harian (termasuk yang dihapus, dengan tanggal hapusnya)',
  'jurnal/kegiatan.json': 'kegiatan yang sama beserta keputusan validasi dan berkas buktinya',
  'jurnal/keputusan.csv': 'keputusan validasi atasan (disetujui, ditolak, dikembalikan) dan catatannya',
  'jurnal/riwayat-perubahan.json': 'setiap perubahan pada setiap kegiatan, dengan waktunya',
  'bukti/': 'foto dan berkas bukti kegiatan, seperti diunggah',
  'skp/': 'SKP Anda sebagai PDF, dan daftarnya (skp/daftar.csv)',
  'siapa-melihat.csv': 'siapa (atasan, admin, auditor) yang membuka data Anda, per hari',
};

/** The parts of one person's archive, read now; the evidence files are copied from the store when written. */
export async function archiveParts(ctx: AppContext, by: Principal, agencyId: string, employeeId: string): Promise<Part[]> {
  const [person, accounts, assignments, entries, events, decisions, evidence, skps, reads] = await Promise.all([
    personRow(ctx.db, agencyId, employeeId),
    accountsOfPerson(ctx.db, agencyId, employeeId),
    assignmentsOfPerson(ctx.db, agencyId, employeeId),
    entriesOfPerson(ctx.db, agencyId, employeeId),
    entryEventsOfPerson(ctx.db, agencyId, employeeId),
    decisionsOfPerson(ctx.db, agencyId, employeeId),
    evidenceOfPerson(ctx.db, agencyId, employeeId),
    skpOfPerson(ctx.db, agencyId, employeeId),
    readsAbout(ctx, agencyId, employeeId, SUPPORTED_DATES.min, SUPPORTED_DATES.max, 1_000_000),
  ]);
  if (!person) throw new Error(`no employee ${employeeId} in ${agencyId}`);

  const evidenceName = new Map<string, string>();
  for (const f of evidence) {
    const key = `${f.entry_id}|${f.sha256}`;
    const ext = f.media_type === 'application/pdf' ? '.pdf' : '.jpg';
    const base = safeName(f.file_name.replace(/\.[^.]*$/, ''));
    evidenceName.set(key, `bukti/${day(f.work_date)}_${f.sha256.slice(0, 8)}_${base}${ext}`);
  }
  const decisionsBy = new Map<string, typeof decisions>();
  for (const d of decisions) decisionsBy.set(d.entry_id, [...(decisionsBy.get(d.entry_id) ?? []), d]);
  const evidenceBy = new Map<string, typeof evidence>();
  for (const f of evidence) evidenceBy.set(f.entry_id, [...(evidenceBy.get(f.entry_id) ?? []), f]);

  const journal = entries.map((e) => ({
    id: e.id,
    tanggal: day(e.work_date),
    mulai: minuteToTime(e.start_minute),
    selesai: minuteToTime(e.end_minute),
    kodeKegiatan: e.activity_code,
    kegiatan: e.activity_name,
    satuan: e.activity_unit,
    volume: Number(e.volume),
    uraian: e.description,
    menitDiakui: e.credited_minutes,
    status: e.status,
    rhkId: e.rhk_id,
    versi: e.version,
    dicatatDiPerangkat: iso(e.device_recorded_at),
    diterimaServer: iso(e.received_at),
    dikirimKeAtasan: iso(e.submitted_at),
    dihapus: iso(e.deleted_at),
    keputusan: (decisionsBy.get(e.id) ?? []).map((d) => ({ keputusan: d.decision, catatan: d.note, oleh: d.decided_by_name, nipPemutus: d.decided_by_nip, sebagai: d.capacity, otomatis: d.auto_reason, pada: iso(d.decided_at) })),
    bukti: (evidenceBy.get(e.id) ?? []).map((f) => ({ berkas: evidenceName.get(`${f.entry_id}|${f.sha256}`), namaAsli: f.file_name, sha256: f.sha256, diambil: iso(f.captured_at) })),
  }));

  const parts: Part[] = [
    {
      name: 'profil.json',
      data: async () =>
        JSON.stringify(
          {
            pegawai: { ...person, created_at: iso(person.created_at), updated_at: iso(person.updated_at), birth_date: day(person.birth_date) },
            akun: accounts.map((a) => ({ ...a, created_at: iso(a.created_at), password_changed_at: iso(a.password_changed_at) })),
            riwayatJabatan: assignments.map((a) => ({ ...a, starts_on: day(a.starts_on), ends_on: day(a.ends_on) || null })),
          },
          null,
          2,
        ),
    },
    {
      name: 'jurnal/kegiatan.csv',
      data: async () =>
        csv(
          ['tanggal', 'mulai', 'selesai', 'kode_kegiatan', 'kegiatan', 'volume', 'satuan', 'uraian', 'menit_diakui', 'status', 'keputusan_terakhir', 'catatan_atasan', 'jumlah_bukti', 'dihapus', 'id'],
          journal.map((j) => {
            const last = j.keputusan.at(-1);
            return [j.tanggal, j.mulai ?? '', j.selesai ?? '', j.kodeKegiatan, j.kegiatan ?? '', j.volume, j.satuan ?? '', j.uraian, j.menitDiakui, j.status, last?.keputusan ?? '', last?.catatan ?? '', j.bukti.length, j.dihapus, j.id];
          }),
        ),
    },
    { name: 'jurnal/kegiatan.json', data: async () => JSON.stringify(journal, null, 2) },
    {
      name: 'jurnal/keputusan.csv',
      data: async () =>
        csv(
          ['tanggal_kegiatan', 'keputusan', 'catatan', 'oleh', 'nip_pemutus', 'sebagai', 'otomatis', 'diputus_pada', 'id_kegiatan'],
          decisions.map((d) => [day(d.work_date), d.decision, d.note, d.decided_by_name ?? '', d.decided_by_nip ?? '', d.capacity, d.auto_reason ?? '', iso(d.decided_at), d.entry_id]),
        ),
    },
    {
      name: 'jurnal/riwayat-perubahan.json',
      data: async () => JSON.stringify(events.map((v) => ({ idKegiatan: v.entry_id, urutan: v.seq, pada: iso(v.at), tindakan: v.action, data: typeof v.data === 'string' ? JSON.parse(v.data) : v.data })), null, 2),
    },
    ...[...new Map(evidence.map((f) => [evidenceName.get(`${f.entry_id}|${f.sha256}`)!, f])).entries()].map(([name, f]) => ({ name, path: pathOf(ctx, f) })),
    {
      name: 'skp/daftar.csv',
      data: async () => csv(['periode_dari', 'periode_sampai', 'bentuk', 'pendekatan', 'status', 'versi', 'id'], skps.map((s) => [day(s.period_from), day(s.period_to), s.form, s.pendekatan, s.status, s.current_version, s.id])),
    },
    ...skps.map((s) => ({ name: `skp/SKP-${day(s.period_from)}-${s.id.slice(0, 8)}.pdf`, data: async () => (await skpPdf(ctx, by, agencyId, s.id)).bytes })),
    {
      name: 'siapa-melihat.csv',
      data: async () => csv(['tanggal', 'data_yang_dibuka', 'pembaca', 'nip_pembaca', 'peran', 'pertama_kali'], reads.map((r) => [r.date, r.kind, r.reader.name, r.reader.nip ?? '', r.reader.role, r.firstAt])),
    },
  ];
  // Each other module's part (evaluations, attendance, …: sections.ts), then who read the data last.
  for (const section of SECTIONS) parts.splice(parts.length - 1, 0, ...(await section.parts({ ctx, by, agencyId, employeeId })));
  const described = { ...DESCRIBE, ...Object.assign({}, ...SECTIONS.map((x) => x.describe)) } as Record<string, string>;
  const listed = Object.entries(described).map(([n, d]) => `${n.padEnd(30)} ${d}`);
  return [{ name: 'BACA-SAYA.txt', data: async () => README(person.name, person.nip, iso(ctx.now()), listed) }, ...parts];
}
