/**
 * Kab. Timor Tengah Utara (edison8301/presensi-ttukab, models/Pegawai.php::getPotonganJamKerja,
 * modules/absensi/models/Absensi.php), as DOMAIN.md §3.3 (b) records it. Per required check point
 * (masuk kerja, masuk istirahat, pulang): 1–15 min outside the window 1 %, 16–30 min 2 %, 31 min
 * and more 2.5 %, no scan 4 %; a whole day absent without notice 8 % (16 % before October 2018);
 * monthly fingerprint deductions capped at 100 %. The masuk istirahat scan is judged scanned or
 * missing here (4 % when missing); its minutes outside the window are not measured.
 */
import { MINUTES_PER_TK_DAY, type AttendanceRules } from '../rules.js';

export const TTU_RULES: AttendanceRules = {
  id: 'ttu',
  name: 'Kab. Timor Tengah Utara (presensi-ttukab)',
  source: 'edison8301/presensi-ttukab models/Pegawai.php::getPotonganJamKerja, modules/absensi/models/Absensi.php (DOMAIN.md §3.3 b)',
  base: 'disiplin',
  late: {
    bands: [
      { code: 'TL1', from: 1, to: 15, percent: 1 },
      { code: 'TL2', from: 16, to: 30, percent: 2 },
      { code: 'TL3', from: 31, to: null, percent: 2.5 },
    ],
    noRecord: { code: 'TL4', percent: 4 },
  },
  early: {
    bands: [
      { code: 'PSW1', from: 1, to: 15, percent: 1 },
      { code: 'PSW2', from: 16, to: 30, percent: 2 },
      { code: 'PSW3', from: 31, to: null, percent: 2.5 },
    ],
    noRecord: { code: 'PSW4', percent: 4 },
  },
  missingCheckPointPercent: 4,
  tkPercentPerDay: 8,
  apelAbsencePercent: null,
  monthlyCapPercent: 100,
  minutesPerTkDay: MINUTES_PER_TK_DAY,
  noRecordMinutes: 0,
};
