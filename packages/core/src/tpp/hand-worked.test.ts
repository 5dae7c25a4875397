/**
 * A month for a handful of employees under each shipped rule set, worked out by hand. The
 * arithmetic is written beside each figure; the engine must arrive at the same rupiah.
 */
import { describe, expect, it } from 'vitest';
import { computeTppEmployee, formatTppExplanation, type TppEmployeeResult } from './engine.js';
import { employee, late, shippedRuleSet, tk } from './test-support.js';

const MONTH = '2026-11';
const amounts = (r: TppEmployeeResult) => Object.fromEntries(r.lines.map((l) => [l.key, l.amount]));
const sum = (r: TppEmployeeResult) => r.lines.reduce((a, l) => a + l.amount, 0);

describe('Kalbar-like default (60/40, minutes then predikat, Permentan TL/PSW, TK 5 %, CPNS 80 %, Plt +20 %, sick ≥ 12 days 75 %)', () => {
  const rs = shippedRuleSet('kalbar-default');

  it('late days, a TK day and an early departure (kelas 7, III/b)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'a', kelas: 7, golongan: 'III/b', salary: 3_800_000,
      attendance: [late('2026-11-12', 45), tk('2026-11-13'), late('2026-11-19', 10), late('2026-11-20', 70, 'pulang'), late('2026-11-23', 0)],
    }));
    // Basic kelas 7 = 3.400.000: beban kerja 60 % = 2.040.000, prestasi kerja 40 % = 1.360.000.
    // Productivity 60 % = 2.040.000 (journal 10.710/10.710 = 100 %, Baik 100 %: no cut); discipline 40 % = 1.360.000.
    expect(amounts(r)).toEqual({
      'pagu.beban_kerja': 2_040_000,
      'pagu.prestasi_kerja': 1_360_000,
      'productivity.minutes': 0,
      'productivity.predikat': 0,
      'discipline.tl.2026-11-12.masuk': -13_600, // TL2 (45 min): 1 % × 1.360.000
      'discipline.tk.2026-11-13': -68_000, // TK: 5 % × 1.360.000
      'discipline.tl.2026-11-19.masuk': -6_800, // TL1 (10 min): 0,5 % × 1.360.000
      'discipline.psw.2026-11-20.pulang': -20_400, // PSW3 (70 min): 1,5 % × 1.360.000
      // gross = 3.400.000 − 13.600 − 68.000 − 6.800 − 20.400 = 3.291.200
      'tax.pph21': -164_560, // III: 5 % × 3.291.200
      // BPJS base = 3.800.000 + 3.291.200 = 7.091.200 (< 12 M): 1 % = 70.912, less 1 % of salary 38.000
      'bpjs.employee': -32_912,
    });
    expect(r.gross).toBe(3_291_200);
    expect(r.bpjsEmployer).toBe(131_648); // 4 % × 7.091.200 = 283.648 − 4 % × 3.800.000 = 152.000
    expect(r.net).toBe(3_093_728); // 3.291.200 − 164.560 − 32.912
    expect(sum(r)).toBe(r.net);
    expect(r.components.map((c) => c.gross)).toEqual([1_974_720, 1_316_480, 0, 0, 0]); // 60/40 of 3.291.200
    const tl2 = r.lines.find((l) => l.key === 'discipline.tl.2026-11-12.masuk')!;
    expect(tl2.text).toBe('TL2 pada 12 Nov (terlambat masuk 45 menit): −1 % dari disiplin = −Rp 13.600');
    expect(tl2.rule).toBe('discipline.bandGroups.tl.TL2');
    expect(tl2.ref).toEqual({ date: '2026-11-12' });
  });

  it('a CPNS with 80 % of the journal minutes and no predikat yet (kelas 7, III/a)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'b', kelas: 7, golongan: 'III/a', cpns: true, predikat: null, salary: 2_900_000,
      journal: { approvedOnTimeMinutes: 8_568, targetMinutes: 10_710 },
    }));
    expect(amounts(r)).toEqual({
      'pagu.beban_kerja': 2_040_000,
      'pagu.prestasi_kerja': 1_360_000,
      'modifier.cpns': -680_000, // paid 80 % of 3.400.000 = 2.720.000
      // productivity 60 % × 2.720.000 = 1.632.000; 8.568 / 10.710 = 80 % → paid 1.305.600
      'productivity.minutes': -326_400,
      'productivity.predikat': 0, // no predikat yet: 100 %
      // gross = 2.720.000 − 326.400 = 2.393.600
      'tax.pph21': -119_680, // 5 % × 2.393.600
      'bpjs.employee': -23_936, // 1 % × (2.900.000 + 2.393.600) = 52.936 − 29.000
    });
    expect(r.net).toBe(2_249_984); // 2.393.600 − 119.680 − 23.936
  });

  it('a Plt with predikat Butuh Perbaikan and a missing check-in (kelas 9 acting kelas 12, IV/a)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'c', kelas: 9, golongan: 'IV/a', predikat: 'butuh_perbaikan', salary: 5_000_000,
      acting: { kind: 'plt', kelas: 12, ref: 'sk-plt-1' },
      attendance: [late('2026-11-16', null)],
    }));
    expect(amounts(r)).toEqual({
      'pagu.beban_kerja': 2_700_000, // 60 % × 4.500.000
      'pagu.prestasi_kerja': 1_800_000,
      'modifier.plt': 1_600_000, // 20 % × basic kelas 12 8.000.000 → ceiling 6.100.000
      'productivity.minutes': 0,
      'productivity.predikat': -732_000, // productivity 60 % × 6.100.000 = 3.660.000, paid 80 % = 2.928.000
      'discipline.tl.2026-11-16.masuk': -48_800, // TL4 no record: 2 % × discipline 2.440.000
      // gross = 6.100.000 − 732.000 − 48.800 = 5.319.200
      'tax.pph21': -797_880, // IV: 15 % × 5.319.200
      'bpjs.employee': -53_192, // 1 % × (5.000.000 + 5.319.200 = 10.319.200) = 103.192 − 50.000
    });
    expect(r.net).toBe(4_468_128); // 5.319.200 − 797.880 − 53.192
    expect(r.lines.find((l) => l.key === 'productivity.predikat')!.text).toBe('Predikat Butuh Perbaikan: dibayar 80 % dari Rp 3.660.000 = −Rp 732.000');
  });

  it('sick leave over the threshold (14 days ≥ 12: paid 75 %; kelas 8, III/d)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'd', kelas: 8, golongan: 'III/d', salary: 4_200_000,
      journal: { approvedOnTimeMinutes: 4_080, targetMinutes: 4_080 },
      leave: [{ type: 'cuti_sakit', days: 14, ref: 'cuti-77' }],
      attendance: [{ date: '2026-11-02', status: 'excused' }],
    }));
    expect(amounts(r)).toMatchObject({
      'modifier.leave.0': -975_000, // 3.900.000 paid 75 % = 2.925.000
      'tax.pph21': -146_250, // 5 % × 2.925.000
      'bpjs.employee': -29_250, // 1 % × 7.125.000 = 71.250 − 42.000
    });
    expect(r.gross).toBe(2_925_000);
    expect(r.net).toBe(2_749_500);
    expect(r.lines.find((l) => l.key === 'modifier.leave.0')!.ref).toEqual({ ref: 'cuti-77' });
    expect(r.lines.find((l) => l.key === 'modifier.leave.0')!.text).toBe('Cuti sakit 14 hari (≥ 12 hari): dibayar 75 % dari Rp 3.900.000 = −Rp 975.000');
  });

  it('SKP not finished: computed, held; BPJS base capped at 12 M; minutes above the target count as 100 % (kelas 15, IV/c)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'e', kelas: 15, golongan: 'IV/c', predikat: 'sangat_baik', skpFinished: false, salary: 6_000_000,
      journal: { approvedOnTimeMinutes: 11_000, targetMinutes: 10_710 },
    }));
    expect(r.status).toBe('held');
    expect(r.gross).toBe(17_000_000);
    expect(r.pph21).toBe(2_550_000); // 15 % × 17.000.000
    expect(r.bpjsEmployee).toBe(60_000); // base min(12 M, 23 M) = 12 M: 120.000 − 60.000
    expect(r.net).toBe(14_390_000);
    expect(r.payable).toBe(0);
  });

  it('no journal data: the minutes measure pays 0 % (a target of 0 minutes pays 100 %)', () => {
    const none = computeTppEmployee(rs, MONTH, employee({ employeeId: 'g', kelas: 7, golongan: 'III/a', journal: undefined }));
    expect(amounts(none)['productivity.minutes']).toBe(-2_040_000); // all of 60 % × 3.400.000
    const zero = computeTppEmployee(rs, MONTH, employee({ employeeId: 'g', kelas: 7, golongan: 'III/a', journal: { approvedOnTimeMinutes: 0, targetMinutes: 0 } }));
    expect(amounts(zero)['productivity.minutes']).toBe(0);
  });

  it('a supervisor with 3 team entries left unvalidated, and one with 25 (the 10 % cap) (kelas 9, III/d)', () => {
    const lapses = (n: number) => Array.from({ length: n }, (_, i) => ({ entryId: `j${i}`, date: `2026-11-${String(2 + (i % 20)).padStart(2, '0')}` }));
    const r = computeTppEmployee(rs, MONTH, employee({ employeeId: 'h', kelas: 9, golongan: 'III/d', salary: 4_500_000, teamLapses: lapses(3) }));
    // Basic kelas 9 = 4.500.000; productivity 60 % = 2.700.000, minutes and predikat 100 %;
    // 3 × 0,5 % = 1,5 % of 2.700.000 = 40.500.
    expect(amounts(r)['productivity.teamLapses']).toBe(-40_500);
    expect(r.gross).toBe(4_459_500);
    expect(r.pph21).toBe(222_975); // 5 % × 4.459.500
    expect(r.bpjsEmployee).toBe(44_595); // 1 % × 8.959.500 = 89.595 − 45.000
    expect(r.net).toBe(4_191_930);
    expect(r.lines.find((l) => l.key === 'productivity.teamLapses')!.ref).toEqual({ entryIds: ['j0', 'j1', 'j2'] });
    // 25 × 0,5 % = 12,5 %, capped at 10 % of 2.700.000 = 270.000.
    const capped = computeTppEmployee(rs, MONTH, employee({ employeeId: 'h', kelas: 9, golongan: 'III/d', salary: 4_500_000, teamLapses: lapses(25) }));
    expect(amounts(capped)['productivity.teamLapses']).toBe(-270_000);
    expect(capped.gross).toBe(4_230_000);
  });

  it('tugas belajar: non-TPP for the month', () => {
    const r = computeTppEmployee(rs, MONTH, employee({ employeeId: 'f', kelas: 9, golongan: 'III/c', leave: [{ type: 'tugas_belajar', days: 30 }] }));
    expect(r.status).toBe('non_tpp');
    expect([r.gross, r.net, r.payable, r.lines.length]).toEqual([0, 0, 0, 1]);
  });
});

describe('Tulang Bawang (TL1–TL4 0,5/1/1,25/1,5 % of disiplin 40 %, apel 2 %, TK 3 %)', () => {
  const rs = shippedRuleSet('tulang-bawang');

  it('late days in three bands, a TK day, a missed apel and 90 % of the minutes (kelas 7, III/b)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'ta', kelas: 7, golongan: 'III/b', salary: 3_500_000,
      journal: { approvedOnTimeMinutes: 9_639, targetMinutes: 10_710 },
      attendance: [
        late('2026-11-12', 45),
        tk('2026-11-13'),
        { date: '2026-11-16', status: 'present', checks: [{ point: 'masuk', minutesOff: 0 }], apelMissed: true },
        late('2026-11-18', 75),
        late('2026-11-19', 120),
      ],
    }));
    // Basic kelas 7 = 2.750.000; productivity 60 % = 1.650.000, discipline 40 % = 1.100.000.
    expect(amounts(r)).toEqual({
      'pagu.beban_kerja': 1_375_000,
      'pagu.prestasi_kerja': 1_375_000,
      'productivity.minutes': -165_000, // 9.639 / 10.710 = 90 % → 1.485.000
      'discipline.tl.2026-11-12.masuk': -11_000, // TL2 1 % × 1.100.000
      'discipline.tk.2026-11-13': -33_000, // TK 3 %
      'discipline.apel.2026-11-16': -22_000, // apel 2 %
      'discipline.tl.2026-11-18.masuk': -13_750, // TL3 1,25 %
      'discipline.tl.2026-11-19.masuk': -16_500, // TL4 1,5 %
      // gross = 2.750.000 − 165.000 − 96.250 = 2.488.750
      'tax.pph21': -124_438, // 5 % × 2.488.750 = 124.437,5 → half up
      'bpjs.employee': -24_888, // 1 % × 5.988.750 = 59.887,5 → 59.888 − 35.000
    });
    expect(r.net).toBe(2_339_424); // 2.488.750 − 124.438 − 24.888
  });

  it('a CPNS, golongan II: no PPh 21 (kelas 6)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({ employeeId: 'tb', kelas: 6, golongan: 'II/a', cpns: true, salary: 2_200_000 }));
    expect(amounts(r)).toMatchObject({ 'modifier.cpns': -490_000, 'tax.pph21': 0, 'bpjs.employee': -19_600 }); // 80 % of 2.450.000; 1 % × 4.160.000 − 22.000
    expect(r.net).toBe(1_940_400); // 1.960.000 − 19.600
  });

  it('a Plt under hukuman disiplin sedang; sick leave has no rule here, and predikat is not measured (kelas 10 acting 13, IV/a)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'tc', kelas: 10, golongan: 'IV/a', salary: 5_500_000, predikat: 'butuh_perbaikan',
      acting: { kind: 'plt', kelas: 13 }, hukdis: [{ id: 'sedang', ref: 'sk-hd-3' }],
      leave: [{ type: 'cuti_sakit', days: 14 }],
    }));
    expect(amounts(r)).toEqual({
      'pagu.beban_kerja': 2_100_000,
      'pagu.prestasi_kerja': 2_100_000,
      'modifier.plt': 1_560_000, // 20 % × 7.800.000 → 5.760.000
      'productivity.minutes': 0,
      'hukdis': -1_440_000, // 25 % × 5.760.000
      'tax.pph21': -648_000, // 15 % × 4.320.000
      'bpjs.employee': -43_200, // 1 % × 9.820.000 = 98.200 − 55.000
    });
    expect(r.net).toBe(3_628_800);
  });
});

describe('Timor Tengah Utara (80/10/10, per check point 1/2/2,5 %, no scan 4 %, TK 8 %, cap 100 %, lines rounded down, net to Rp 100)', () => {
  const rs = shippedRuleSet('timor-tengah-utara');

  it('kelas 14 shares, each check point, a TK day, serapan anggaran 85 %, BPJS cap, rounding (IV/b)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'ua', kelas: 14, golongan: 'IV/b', salary: 5_200_000,
      journal: { approvedOnTimeMinutes: 9_996, targetMinutes: 10_710 },
      partScores: { serapan_anggaran: 85 },
      attendance: [
        late('2026-11-12', 10),
        tk('2026-11-13'),
        { date: '2026-11-17', status: 'present', checks: [{ point: 'masuk', minutesOff: 0 }, { point: 'istirahat_masuk', minutesOff: null }, { point: 'pulang', minutesOff: 0 }] },
        late('2026-11-18', 20, 'pulang'),
        late('2026-11-19', 45),
      ],
    }));
    // Basic kelas 14 = 9.000.000 split 33/33/17/17/0; parts 80 % = 7.200.000, 10 % = 900.000, 10 % = 900.000.
    expect(amounts(r)).toEqual({
      'pagu.beban_kerja': 2_970_000,
      'pagu.prestasi_kerja': 2_970_000,
      'pagu.kondisi_kerja': 1_530_000,
      'pagu.tempat_bertugas': 1_530_000,
      'productivity.minutes': -480_000, // 9.996 / 10.710 = 14/15 → 6.720.000
      'discipline.jam_kerja.2026-11-12.masuk': -9_000, // P1 1 % × 900.000
      'discipline.tk.2026-11-13': -72_000, // TK 8 %
      'discipline.jam_kerja.2026-11-17.istirahat_masuk': -36_000, // no scan 4 %
      'discipline.jam_kerja.2026-11-18.pulang': -18_000, // P2 2 %
      'discipline.jam_kerja.2026-11-19.masuk': -22_500, // P3 2,5 %
      'part.serapan_anggaran': -135_000, // 85 % × 900.000 = 765.000
      // gross = 9.000.000 − 480.000 − 157.500 − 135.000 = 8.227.500
      'tax.pph21': -1_234_125, // 15 % × 8.227.500
      'bpjs.employee': -68_000, // base min(12 M, 13.427.500) = 12 M: 120.000 − 52.000
      'rounding': -75, // 6.925.375 rounded down to Rp 100
    });
    expect(r.net).toBe(6_925_300);
  });

  it('a CPNS with 13 TK days: the 100 % cap gives the excess back (kelas 9, default shares, III/a)', () => {
    const days = Array.from({ length: 13 }, (_, i) => tk(`2026-11-${String(i + 2).padStart(2, '0')}`));
    const r = computeTppEmployee(rs, MONTH, employee({ employeeId: 'ub', kelas: 9, golongan: 'III/a', cpns: true, salary: 3_000_000, attendance: days }));
    // 3.450.000 × 80 % = 2.760.000; discipline 10 % = 276.000; each TK 8 % = 22.080; 13 × 22.080 = 287.040 > 276.000
    const a = amounts(r);
    expect(a['modifier.cpns']).toBe(-690_000);
    expect(a['discipline.tk.2026-11-02']).toBe(-22_080);
    expect(a['discipline.cap']).toBe(11_040); // 287.040 − 276.000
    expect(r.parts.find((p) => p.id === 'discipline')!.paid).toBe(0);
    expect(a['part.serapan_anggaran']).toBe(0); // no score given: the default 100 %
    expect(r.gross).toBe(2_484_000); // 2.760.000 − 276.000
    expect(a['tax.pph21']).toBe(-124_200);
    expect(a['bpjs.employee']).toBe(-24_840); // 1 % × 5.484.000 − 30.000
    expect(a['rounding']).toBe(-60); // 2.334.960 → 2.334.900
    expect(r.net).toBe(2_334_900);
  });

  it('a Plt paid the higher basic, with cuti alasan penting ≥ 12 days paid 50 %; predikat Butuh Perbaikan is not a TTU measure (kelas 12 acting 15, IV/a)', () => {
    const r = computeTppEmployee(rs, MONTH, employee({
      employeeId: 'uc', kelas: 12, golongan: 'IV/a', salary: 6_000_000, predikat: 'butuh_perbaikan',
      acting: { kind: 'plt', kelas: 15 }, leave: [{ type: 'cuti_alasan_penting', days: 12 }],
    }));
    const a = amounts(r);
    expect(a['modifier.plt']).toBe(6_300_000); // 12.000.000 − 5.700.000
    expect(a['modifier.leave.0']).toBe(-6_000_000); // 50 % of 12.000.000
    expect(r.gross).toBe(6_000_000);
    expect(r.pph21).toBe(900_000);
    expect(r.bpjsEmployee).toBe(60_000); // 1 % × 12 M (cap) − 60.000
    expect(r.net).toBe(5_040_000);
    expect(r.lines.some((l) => l.reads.includes('predikat'))).toBe(false);
    expect(formatTppExplanation(r)).toContain('Plt jabatan kelas 15: TPP dasar yang lebih tinggi (Rp 12.000.000 dibanding Rp 5.700.000) = +Rp 6.300.000');
  });
});
