import type { RetentionPeriod } from '@kinerja/core/api';
import type { Config } from '../../config.js';

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
    { kind: 'selfies', setting: 'KINERJA_RETENTION_SELFIES_DAYS', days: r.selfies, applied: false, note: 'belum diterapkan: presensi swafoto menambahkan langkah penghapusannya sendiri' },
    { kind: 'journals', setting: 'KINERJA_RETENTION_JOURNALS_DAYS', days: r.journals, applied: false, note: 'belum diterapkan: jurnal disimpan sebagai dasar TPP dan penilaian; penghapusan atau anonimisasi setelah masa ini belum dibuat' },
    { kind: 'evidence', setting: 'KINERJA_RETENTION_EVIDENCE_DAYS', days: r.evidence, applied: false, note: 'belum diterapkan: berkas bukti mengikuti jurnalnya' },
    { kind: 'audit', setting: 'KINERJA_RETENTION_AUDIT_DAYS', days: r.audit, applied: false, note: 'belum diterapkan: jejak audit berantai hash; memotongnya perlu kepala rantai yang disimpan' },
  ];
}
