/**
 * Kementan, Permentan 68/2012 (DOMAIN.md §3.3 c; banten.litbang.pertanian.go.id "pengurangan
 * tunjangan kinerja setiap bulan"), a central table Perkada often copy: TL1 1–<31 min 0.5 %, TL2
 * 31–<61 1 %, TL3 61–<91 1.5 %, TL4 >= 91 min or no record 2 %; PSW1–PSW4 the same bands and %.
 * The % for a day absent is garbled in the source, so it is left open (null).
 */
import { MINUTES_PER_TK_DAY, type AttendanceRules } from '../rules.js';

export const KEMENTAN_RULES: AttendanceRules = {
  id: 'kementan',
  name: 'Kementerian Pertanian (Permentan 68/2012)',
  source: 'Permentan 68/2012, banten.litbang.pertanian.go.id 561-pengurangan-tunjangan-kinerja-setiap-bulan (DOMAIN.md §3.3 c)',
  base: 'tpp',
  late: {
    bands: [
      { code: 'TL1', from: 1, to: 30, percent: 0.5 },
      { code: 'TL2', from: 31, to: 60, percent: 1 },
      { code: 'TL3', from: 61, to: 90, percent: 1.5 },
      { code: 'TL4', from: 91, to: null, percent: 2 },
    ],
    noRecord: { code: 'TL4', percent: 2 },
  },
  early: {
    bands: [
      { code: 'PSW1', from: 1, to: 30, percent: 0.5 },
      { code: 'PSW2', from: 31, to: 60, percent: 1 },
      { code: 'PSW3', from: 61, to: 90, percent: 1.5 },
      { code: 'PSW4', from: 91, to: null, percent: 2 },
    ],
    noRecord: { code: 'PSW4', percent: 2 },
  },
  missingCheckPointPercent: null,
  tkPercentPerDay: null,
  apelAbsencePercent: null,
  monthlyCapPercent: null,
  minutesPerTkDay: MINUTES_PER_TK_DAY,
  noRecordMinutes: 0,
  notes: 'Persen potongan untuk tidak masuk kerja tidak terbaca pada sumber; isi sebelum dipakai untuk TPP.',
};
