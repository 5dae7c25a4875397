import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceRulesProblems, bandFor, bandTableProblems, EARLY_CODES, LATE_CODES, MINUTES_PER_TK_DAY, type AttendanceRules, type Band, type BandTable } from './rules.js';
import { KEMENTAN_RULES } from './tables/kementan.js';
import { TTU_RULES } from './tables/ttu.js';
import { TULANG_BAWANG_RULES } from './tables/tulang-bawang.js';

const SHIPPED = [TULANG_BAWANG_RULES, TTU_RULES, KEMENTAN_RULES];
const pct = (t: BandTable<string>, minutes: number) => bandFor(t, minutes)?.percent ?? 0;
const code = (t: BandTable<string>, minutes: number) => bandFor(t, minutes)?.code ?? null;

describe('shipped tables pass their own checks', () => {
  it.each(SHIPPED.map((r) => [r.id, r] as const))('%s', (_, r) => {
    expect(attendanceRulesProblems(r)).toEqual([]);
    expect(r.minutesPerTkDay).toBe(450);
  });
});

describe('Kab. Tulang Bawang (DOMAIN.md §3.3 a, siaptuba-web app/Helpers/Helper.php)', () => {
  const late = TULANG_BAWANG_RULES.late;
  it('row "1–30 min (TL1) 0.5% of disiplin"', () => {
    expect([code(late, 1), pct(late, 1), code(late, 30), pct(late, 30)]).toEqual(['TL1', 0.5, 'TL1', 0.5]);
  });
  it('row "31–60 min (TL2) 1%"', () => {
    expect([code(late, 31), pct(late, 31), code(late, 60)]).toEqual(['TL2', 1, 'TL2']);
  });
  it('row "61–90 min (TL3) 1.25%"', () => {
    expect([code(late, 61), pct(late, 61), code(late, 90)]).toEqual(['TL3', 1.25, 'TL3']);
  });
  it('row "> 91 min or no attendance record (TL4) 1.5%" (91 itself is TL4: no gap after 90)', () => {
    expect([code(late, 91), pct(late, 91), code(late, 600)]).toEqual(['TL4', 1.5, 'TL4']);
    expect(late.noRecord).toEqual({ code: 'TL4', percent: 1.5 });
  });
  it('row "Not attending the Monday apel / ceremonies: 2% of disiplin"; percentages are of the discipline part', () => {
    expect(TULANG_BAWANG_RULES.apelAbsencePercent).toBe(2);
    expect(TULANG_BAWANG_RULES.base).toBe('disiplin');
  });
  it('the "as coded" column is 0.4 × the disiplin column (disiplin = 40 % of TPP)', () => {
    const coded = [0.2, 0.4, 0.5, 0.6];
    late.bands.forEach((b, i) => expect(Math.round(b.percent * 0.4 * 100) / 100).toBe(coded[i]));
  });
  it('what the source leaves open is open, and said', () => {
    expect([TULANG_BAWANG_RULES.tkPercentPerDay, TULANG_BAWANG_RULES.monthlyCapPercent]).toEqual([null, null]);
    expect(TULANG_BAWANG_RULES.notes).toMatch(/PSW/);
  });
});

describe('Kab. Timor Tengah Utara (DOMAIN.md §3.3 b, presensi-ttukab getPotonganJamKerja)', () => {
  const late = TTU_RULES.late;
  const early = TTU_RULES.early;
  it('"On time: 0%"', () => {
    expect(bandFor(late, 0)).toBeNull();
    expect(bandFor(early, 0)).toBeNull();
  });
  it('"1–15 min outside the window: 1%"', () => {
    for (const t of [late, early]) expect([pct(t, 1), pct(t, 15)]).toEqual([1, 1]);
  });
  it('"16–30 min: 2%"', () => {
    for (const t of [late, early]) expect([pct(t, 16), pct(t, 30)]).toEqual([2, 2]);
  });
  it('"≥ 31 min: 2.5%"', () => {
    for (const t of [late, early]) expect([pct(t, 31), pct(t, 1000)]).toEqual([2.5, 2.5]);
  });
  it('"No scan at that check point: 4%"', () => {
    expect([late.noRecord.percent, early.noRecord.percent, TTU_RULES.missingCheckPointPercent]).toEqual([4, 4, 4]);
  });
  it('"Whole day absent without notice (TK): 8% per day"', () => {
    expect(TTU_RULES.tkPercentPerDay).toBe(8);
  });
  it('"Monthly fingerprint deductions are capped at 100%"', () => {
    expect(TTU_RULES.monthlyCapPercent).toBe(100);
  });
});

describe('Kementan, Permentan 68/2012 (DOMAIN.md §3.3 c)', () => {
  it('"TL1 1–<31 min 0.5%, TL2 31–<61 1%, TL3 61–<91 1.5%, TL4 ≥91 min or no record 2%"', () => {
    const late = KEMENTAN_RULES.late;
    expect([1, 30, 31, 60, 61, 90, 91].map((m) => [code(late, m), pct(late, m)])).toEqual([
      ['TL1', 0.5], ['TL1', 0.5], ['TL2', 1], ['TL2', 1], ['TL3', 1.5], ['TL3', 1.5], ['TL4', 2],
    ]);
    expect(late.noRecord).toEqual({ code: 'TL4', percent: 2 });
  });
  it('"Early departure: PSW1–PSW4 use the same bands and %"', () => {
    const { late, early } = KEMENTAN_RULES;
    for (let m = 0; m <= 200; m++) {
      expect(pct(early, m)).toBe(pct(late, m));
      expect(code(early, m)?.replace('PSW', 'TL') ?? null).toBe(code(late, m));
    }
    expect(early.noRecord).toEqual({ code: 'PSW4', percent: 2 });
  });
  it('"Absent > 7.5 h a day (the % is garbled in the source)": left open', () => {
    expect(KEMENTAN_RULES.tkPercentPerDay).toBeNull();
    expect(KEMENTAN_RULES.notes).toBeTruthy();
  });
});

describe('bands', () => {
  it('every minute of lateness or early departure falls in exactly one band, and costs never fall as minutes grow', () => {
    const wrong: string[] = [];
    for (const r of SHIPPED) {
      for (const t of [r.late, r.early] as BandTable<string>[]) {
        let previous = 0;
        for (let m = 1; m <= 1440; m++) {
          const hits = t.bands.filter((b) => m >= b.from && (b.to === null || m <= b.to));
          if (hits.length !== 1 || bandFor(t, m) !== hits[0] || hits[0]!.percent < previous) wrong.push(`${r.id} ${m}`);
          previous = hits[0]?.percent ?? previous;
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('codes are the TL and PSW families', () => {
    for (const r of SHIPPED) {
      for (const b of [...r.late.bands, r.late.noRecord]) expect(LATE_CODES).toContain(b.code);
      for (const b of [...r.early.bands, r.early.noRecord]) expect(EARLY_CODES).toContain(b.code);
    }
  });

  it('any contiguous table built from edges classifies like a scan of its bands', () => {
    const arbTable = fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { minLength: 0, maxLength: 5 }).chain((edges) => {
      const sorted = [...edges].sort((a, b) => a - b);
      return fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: sorted.length + 1, maxLength: sorted.length + 1 }).map((raw) => {
        const percents = raw.map((p) => p / 100).sort((a, b) => a - b);
        const bands: Band<string>[] = [];
        let from = 1;
        sorted.forEach((to, i) => {
          bands.push({ code: `B${i}`, from, to, percent: percents[i]! });
          from = to + 1;
        });
        bands.push({ code: `B${sorted.length}`, from, to: null, percent: percents[sorted.length]! });
        return { bands, noRecord: { code: 'X', percent: 1 } } satisfies BandTable<string>;
      });
    });
    fc.assert(
      fc.property(arbTable, fc.integer({ min: 0, max: 2000 }), (table, minutes) => {
        expect(bandTableProblems(table, 't')).toEqual([]);
        const b = bandFor(table, minutes);
        if (minutes === 0) expect(b).toBeNull();
        else {
          expect(b).not.toBeNull();
          expect(minutes >= b!.from && (b!.to === null || minutes <= b!.to)).toBe(true);
        }
      }),
    );
  });

  it('refuses gaps, overlaps, a bounded last band, falling or impossible percentages', () => {
    const ok = KEMENTAN_RULES.late;
    const b = ok.bands;
    expect(bandTableProblems({ ...ok, bands: [] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [{ ...b[0]!, from: 0 }, ...b.slice(1)] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [b[0]!, { ...b[1]!, from: 32 }, ...b.slice(2)] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [b[0]!, { ...b[1]!, from: 30 }, ...b.slice(2)] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [...b.slice(0, 3), { ...b[3]!, to: 200 }] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [{ ...b[0]!, to: null }, ...b.slice(1)] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [b[0]!, { ...b[1]!, percent: 0.1 }, ...b.slice(2)] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [{ ...b[0]!, percent: 101 }, ...b.slice(1)] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, bands: [b[0]!, { ...b[1]!, code: 'TL1' }, ...b.slice(2)] }, 't')).not.toEqual([]);
    expect(bandTableProblems({ ...ok, noRecord: { code: 'TL4', percent: -1 } }, 't')).not.toEqual([]);
    expect(() => bandFor({ ...ok, bands: [{ ...b[0]!, to: 5 }] }, 10)).toThrow(RangeError);
  });

  it('refuses rules with impossible amounts', () => {
    const r: AttendanceRules = KEMENTAN_RULES;
    expect(attendanceRulesProblems({ ...r, tkPercentPerDay: 120 })).not.toEqual([]);
    expect(attendanceRulesProblems({ ...r, missingCheckPointPercent: -1 })).not.toEqual([]);
    expect(attendanceRulesProblems({ ...r, apelAbsencePercent: 101 })).not.toEqual([]);
    expect(attendanceRulesProblems({ ...r, monthlyCapPercent: 0 })).not.toEqual([]);
    expect(attendanceRulesProblems({ ...r, minutesPerTkDay: 0 })).not.toEqual([]);
    expect(attendanceRulesProblems({ ...r, noRecordMinutes: -5 })).not.toEqual([]);
    expect(MINUTES_PER_TK_DAY).toBe(7.5 * 60);
  });
});
