/**
 * Kab. Tulang Bawang, "SIAP Tuba" (diskominfotuba/siaptuba-web, app/Helpers/Helper.php), as
 * DOMAIN.md §3.3 (a) records it: lateness cuts a % of the discipline component (the app codes it
 * as 0.4 × that % of total TPP), and a missed Monday apel or ceremony costs 2 % of discipline.
 *
 * The source's last row reads "> 91 min or no attendance record"; after "61–90" that is read as
 * 91 minutes and more (a minute 91 in no band would be a gap). The source gives lateness only: the
 * PSW bands here mirror the TL ones, as Kementan's table does — an assumption the agency confirms.
 */
import { MINUTES_PER_TK_DAY, type AttendanceRules } from '../rules.js';

export const TULANG_BAWANG_RULES: AttendanceRules = {
  id: 'tulang-bawang',
  name: 'Kab. Tulang Bawang (SIAP Tuba)',
  source: 'diskominfotuba/siaptuba-web app/Helpers/Helper.php (DOMAIN.md §3.3 a)',
  base: 'disiplin',
  late: {
    bands: [
      { code: 'TL1', from: 1, to: 30, percent: 0.5 },
      { code: 'TL2', from: 31, to: 60, percent: 1 },
      { code: 'TL3', from: 61, to: 90, percent: 1.25 },
      { code: 'TL4', from: 91, to: null, percent: 1.5 },
    ],
    noRecord: { code: 'TL4', percent: 1.5 },
  },
  early: {
    bands: [
      { code: 'PSW1', from: 1, to: 30, percent: 0.5 },
      { code: 'PSW2', from: 31, to: 60, percent: 1 },
      { code: 'PSW3', from: 61, to: 90, percent: 1.25 },
      { code: 'PSW4', from: 91, to: null, percent: 1.5 },
    ],
    noRecord: { code: 'PSW4', percent: 1.5 },
  },
  missingCheckPointPercent: null,
  tkPercentPerDay: null,
  apelAbsencePercent: 2,
  monthlyCapPercent: null,
  minutesPerTkDay: MINUTES_PER_TK_DAY,
  noRecordMinutes: 0,
  notes: 'Sumber hanya memuat keterlambatan; rentang PSW disamakan dengan TL. Potongan TK per hari dan batas bulanan belum ditetapkan.',
};
