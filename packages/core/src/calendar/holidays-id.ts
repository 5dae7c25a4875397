/**
 * Seed data: Indonesian national holidays (libur nasional) and cuti bersama, 2025–2027.
 *
 * Defaults only. Admins edit the per-year table in the database, because dates move (Islamic
 * holidays after the isbat, cuti bersama by a later SKB amendment, as 18 Aug 2025 shows).
 *
 * 2025: SKB Menag/Menaker/MenPANRB No. 1017/2024, 2/2024, 2/2024: 17 libur nasional + 10 cuti
 *   bersama, amended by SKB No. 933/2025, 1/2025, 3/2025 (7 Aug 2025) adding cuti bersama on
 *   18 Aug 2025 for the 80th Independence Day, so 11 cuti bersama in the end.
 *   https://kaltim.tribunnews.com/2025/01/03/daftar-hari-libur-nasional-kalender-2025-berdasarkan-skb-3-menteri?page=all
 *   https://rasikapekalongan.com/cek-libur-nasional-dan-cuti-bersama-tahun-2025
 *   https://mediaindonesia.com/humaniora/799176/skb-3-menteri-terbit-18-agustus-cuti-bersama-bukan-libur-nasional
 *   https://cnnindonesia.com/edukasi/20250811164642-561-1261250/18-agustus-2025-cuti-bersama-atau-libur-nasional
 * 2026: SKB No. 1497/2025, 2/2025, 5/2025: 17 libur nasional + 8 cuti bersama = 25 days.
 *   https://pembelajaranbermaknaid.blogspot.com/2025/11/skb-3-menteri-rilis-daftar-cuti-bersama.html
 *   https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri
 *   https://palu.tribunnews.com/news/169028/skb-tiga-menteri-total-25-hari-libur-untuk-2026-simak-daftarnya
 *   (cuti bersama list only; that page's national-holiday list is garbled)
 *   Idulfitri 1447 H confirmed Saturday 21 Mar 2026 by the isbat of 19 Mar 2026:
 *   https://stg.ntvnews.id/news/0193785/pemerintah-tetapkan-idul-fitri-1447-h-jatuh-pada-sabtu-21-maret-2026
 * 2027: no SKB found, so every 2027 date is `provisional`. Fixed dates follow Keppres 8/2024; Easter-based
 *   dates are the Gregorian computus; Islamic dates are hisab estimates (Umm al-Qura, shifted
 *   where Indonesia's MABIMS criterion usually lands a day later); Imlek, Nyepi and Waisak are
 *   lunar estimates and can be a day off. No cuti bersama: they are a policy choice, not
 *   computable, and must be entered when the 2027 SKB is signed (usually Sep–Oct 2026).
 */
import type { Holiday } from './working-days.js';

// Frozen so that a caller cannot edit the shared seed by accident.
const n = (date: string, name: string): Holiday => Object.freeze({ date, name, kind: 'national' });
const cb = (date: string, name: string): Holiday => Object.freeze({ date, name, kind: 'cuti_bersama' });
const p = (date: string, name: string): Holiday => Object.freeze({ date, name, kind: 'national', provisional: true });

export const HOLIDAYS_ID_2025: readonly Holiday[] = [
  n('2025-01-01', 'Tahun Baru 2025 Masehi'),
  n('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  cb('2025-01-28', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili'),
  n('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  cb('2025-03-28', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)'),
  n('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
  n('2025-03-31', 'Idulfitri 1446 Hijriah'),
  n('2025-04-01', 'Idulfitri 1446 Hijriah'),
  cb('2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah'),
  cb('2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah'),
  cb('2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah'),
  cb('2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah'),
  n('2025-04-18', 'Wafat Yesus Kristus'),
  n('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  n('2025-05-01', 'Hari Buruh Internasional'),
  n('2025-05-12', 'Hari Raya Waisak 2569 BE'),
  cb('2025-05-13', 'Cuti bersama Hari Raya Waisak 2569 BE'),
  n('2025-05-29', 'Kenaikan Yesus Kristus'),
  cb('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
  n('2025-06-01', 'Hari Lahir Pancasila'),
  n('2025-06-06', 'Iduladha 1446 Hijriah'),
  cb('2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah'),
  n('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah'),
  n('2025-08-17', 'Proklamasi Kemerdekaan'),
  cb('2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan RI'),
  n('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  n('2025-12-25', 'Kelahiran Yesus Kristus'),
  cb('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
];

export const HOLIDAYS_ID_2026: readonly Holiday[] = [
  n('2026-01-01', 'Tahun Baru 2026 Masehi'),
  n('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  cb('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili'),
  n('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  cb('2026-03-18', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  n('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  cb('2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah'),
  n('2026-03-21', 'Idulfitri 1447 Hijriah'),
  n('2026-03-22', 'Idulfitri 1447 Hijriah'),
  cb('2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah'),
  cb('2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah'),
  n('2026-04-03', 'Wafat Yesus Kristus'),
  n('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  n('2026-05-01', 'Hari Buruh Internasional'),
  n('2026-05-14', 'Kenaikan Yesus Kristus'),
  cb('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
  n('2026-05-27', 'Iduladha 1447 Hijriah'),
  cb('2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah'),
  n('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  n('2026-06-01', 'Hari Lahir Pancasila'),
  n('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
  n('2026-08-17', 'Proklamasi Kemerdekaan'),
  n('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  cb('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
  n('2026-12-25', 'Kelahiran Yesus Kristus'),
];

export const HOLIDAYS_ID_2027: readonly Holiday[] = [
  p('2027-01-01', 'Tahun Baru 2027 Masehi'),
  p('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)'),
  p('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili (perkiraan)'),
  p('2027-03-09', 'Hari Suci Nyepi (Tahun Baru Saka 1949) (perkiraan)'),
  p('2027-03-10', 'Idulfitri 1448 Hijriah (perkiraan)'),
  p('2027-03-11', 'Idulfitri 1448 Hijriah (perkiraan)'),
  p('2027-03-26', 'Wafat Yesus Kristus'),
  p('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
  p('2027-05-01', 'Hari Buruh Internasional'),
  p('2027-05-06', 'Kenaikan Yesus Kristus'),
  p('2027-05-17', 'Iduladha 1448 Hijriah (perkiraan)'),
  p('2027-05-20', 'Hari Raya Waisak 2571 BE (perkiraan)'),
  p('2027-06-01', 'Hari Lahir Pancasila'),
  p('2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah (perkiraan)'),
  p('2027-08-15', 'Maulid Nabi Muhammad SAW (perkiraan)'),
  p('2027-08-17', 'Proklamasi Kemerdekaan'),
  p('2027-12-25', 'Kelahiran Yesus Kristus'),
];

/** All seeded years, in date order. */
export const HOLIDAYS_ID: readonly Holiday[] = [...HOLIDAYS_ID_2025, ...HOLIDAYS_ID_2026, ...HOLIDAYS_ID_2027];

/** The seeded holidays of one year (empty for a year without data). */
export function holidaysIdForYear(year: number): Holiday[] {
  const prefix = `${year}-`;
  return HOLIDAYS_ID.filter((h) => h.date.startsWith(prefix));
}
