import type { RetentionPeriod } from '@kinerja/core/api';
import type { Config } from '../../config.js';
import { MIN_YEARS_DAYS } from './purge.js';

/**
 * Every retention period the server is set with, and what the retention step does with it, for the
 * BKD admin (GET /retention) and the audit row of each pass. A period that is not applied says why:
 * a setting that silently did nothing would be worse than none.
 */
export function retentionPeriods(cfg: Config): RetentionPeriod[] {
  const r = cfg.retentionDays;
  return [
    { kind: 'sessions', setting: 'SESSION_IDLE_DAYS / SESSION_MAX_DAYS', days: cfg.sessionMaxDays, applied: true, note: 'sesi yang habis atau menganggur dihapus setiap 10 menit' },
    { kind: 'dataReads', setting: 'KINERJA_RETENTION_DATA_READS_DAYS', days: cfg.dataReadsRetentionDays, applied: true, note: 'catatan siapa melihat data dihapus setelah masa ini' },
    { kind: 'exports', setting: 'KINERJA_RETENTION_EXPORTS_DAYS', days: r.exports, applied: true, note: 'arsip "Data saya" dihapus dari folder data setelah masa ini' },
    { kind: 'punches', setting: 'KINERJA_RETENTION_PUNCHES_DAYS', days: r.punches, applied: true, note: 'rekaman mesin presensi dihapus sekali sehari setelah masa ini; perhitungan TPP yang dikunci menyimpan salinannya sendiri' },
    { kind: 'selfies', setting: 'KINERJA_RETENTION_SELFIES_DAYS', days: r.selfies, applied: true, note: 'sekali sehari: presensi swafoto yang diterima kehilangan foto, titik lokasi, dan deskriptor wajahnya setelah masa ini (waktu, putusan, dan area kantor tetap); yang ditolak atau janggal menyimpan fotonya sampai diselesaikan (belum ada rute untuk menandai selesai)' },
    { kind: 'journals', setting: 'KINERJA_RETENTION_JOURNALS_DAYS', days: Math.max(r.journals, MIN_YEARS_DAYS), applied: true, note: `jurnal (riwayat dan keputusannya) dihapus per batch setelah masa ini (paling sedikit ${MIN_YEARS_DAYS} hari), kecuali bulan yang TPP-nya dikunci (${cfg.retentionHoldDays.tpp} hari, KINERJA_RETENTION_TPP_HOLD_DAYS) atau yang dinilai evaluasi final (${cfg.retentionHoldDays.evaluation} hari, KINERJA_RETENTION_EVALUATION_HOLD_DAYS); uji coba: GET /retention/report` },
    { kind: 'evidence', setting: 'KINERJA_RETENTION_EVIDENCE_DAYS', days: Math.max(Math.min(r.evidence, r.journals), MIN_YEARS_DAYS), applied: true, note: 'berkas bukti dilepas dari jurnal setelah masa ini (tidak lebih lama dari jurnalnya, dengan penahanan yang sama); berkas yang tidak dirujuk apa pun lagi dihapus dari penyimpanan' },
    { kind: 'audit', setting: 'KINERJA_RETENTION_AUDIT_DAYS', days: Math.max(r.audit, MIN_YEARS_DAYS), applied: true, note: 'ujung lama setiap rantai jejak audit dipotong sekali sehari di belakang titik potong bertanda tangan kunci server; `kinerja audit verify` memeriksa rantai mulai dari titik itu' },
  ];
}
