import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/days.js';
import {
  DEFAULT_AGENCY_LEAVE_TYPES,
  DEFAULT_ATTENDANCE_RULES,
  leaveTypesProblems,
  rulesByDate,
  rulesInForce,
  SHIPPED_ATTENDANCE_RULES,
  versionStartProblems,
  type AgencyLeaveType,
  type AttendanceRulesVersion,
} from './agency-rules.js';
import { attendanceRulesProblems } from './rules.js';
import { KEMENTAN_RULES } from './tables/kementan.js';
import { TTU_RULES } from './tables/ttu.js';
import { TULANG_BAWANG_RULES } from './tables/tulang-bawang.js';
import { run } from './test-support.js';

const month = fc.record({ y: fc.integer({ min: 2024, max: 2028 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-01`);
const versions = fc.uniqueArray(fc.record({ from: month, rules: fc.constantFrom(...SHIPPED_ATTENDANCE_RULES) }), { selector: (v) => v.from, maxLength: 6 });
const date = fc.integer({ min: 0, max: 365 * 5 }).map((n) => addDays('2024-01-01', n));

describe('the shipped tables', () => {
  it('are usable, and the default is Kementan', () => {
    for (const r of SHIPPED_ATTENDANCE_RULES) expect(attendanceRulesProblems(r), r.id).toEqual([]);
    expect(SHIPPED_ATTENDANCE_RULES.map((r) => r.id)).toEqual(['tulang-bawang', 'ttu', 'kementan']);
    expect(DEFAULT_ATTENDANCE_RULES).toBe(KEMENTAN_RULES);
  });
});

describe('the table in force', () => {
  it('is the latest version starting on or before the date, the fallback before any', () => {
    fc.assert(
      fc.property(versions, date, (vs, d) => {
        const started = vs.filter((v) => v.from <= d).sort((a, b) => a.from.localeCompare(b.from));
        const expected = started.length ? started.at(-1)!.rules : DEFAULT_ATTENDANCE_RULES;
        expect(rulesInForce(vs, d)).toBe(expected);
        expect(rulesByDate(vs)(d)).toBe(expected);
      }),
    );
  });

  it('changes on the first of the month a version names, not a day before', () => {
    const vs: AttendanceRulesVersion[] = [{ from: '2026-03-01', rules: TTU_RULES }, { from: '2026-01-01', rules: TULANG_BAWANG_RULES }];
    expect(rulesInForce(vs, '2025-12-31')).toBe(KEMENTAN_RULES);
    expect(rulesInForce(vs, '2026-01-01')).toBe(TULANG_BAWANG_RULES);
    expect(rulesInForce(vs, '2026-02-28')).toBe(TULANG_BAWANG_RULES);
    expect(rulesInForce(vs, '2026-03-01')).toBe(TTU_RULES);
  });

  it('a version starts on a first of the month', () => {
    expect(versionStartProblems('2026-03-01')).toEqual([]);
    for (const bad of ['2026-03-02', '2026-13-01', '2026-3-01', '2026-03']) expect(versionStartProblems(bad), bad).toHaveLength(1);
  });
});

describe('days judged with the table of their date', () => {
  // Monday 26 Oct – Friday 6 Nov 2026, every morning 45 minutes late: TL2 under both tables,
  // 1 % under Kementan (October), 2 % under TTU (16–30 → TL2 2 %, 31+ → TL3 2.5 %) from November.
  const punches: string[] = [];
  for (let d = '2026-10-26'; d <= '2026-11-06'; d = addDays(d, 1)) punches.push(`${d} 08:15:00`, `${d} 16:40:00`);
  const vs: AttendanceRulesVersion[] = [{ from: '2026-11-01', rules: TTU_RULES }];

  it('a function giving one table is the same as that table', () => {
    for (const rules of SHIPPED_ATTENDANCE_RULES) {
      expect(run({ from: '2026-10-26', to: '2026-11-06', punches, rules: () => rules })).toEqual(run({ from: '2026-10-26', to: '2026-11-06', punches, rules }));
    }
  });

  it('each month is judged as it would be alone under its own table', () => {
    const days = run({ from: '2026-10-26', to: '2026-11-06', punches, rules: rulesByDate(vs) });
    const october = run({ from: '2026-10-26', to: '2026-10-31', punches, rules: KEMENTAN_RULES });
    const november = run({ from: '2026-11-01', to: '2026-11-06', punches, rules: TTU_RULES });
    expect(days).toEqual([...october, ...november]);
    expect(days.filter((d) => d.kind === 'present').map((d) => [d.date, d.late, d.deductionPercent])).toEqual([
      ['2026-10-26', 'TL2', 1],
      ['2026-10-27', 'TL2', 1],
      ['2026-10-28', 'TL2', 1],
      ['2026-10-29', 'TL2', 1],
      ['2026-10-30', 'TL2', 1],
      ['2026-11-02', 'TL3', 2.5],
      ['2026-11-03', 'TL3', 2.5],
      ['2026-11-04', 'TL3', 2.5],
      ['2026-11-05', 'TL3', 2.5],
      ['2026-11-06', 'TL3', 2.5],
    ]);
  });
});

describe('a leave catalogue', () => {
  const base = (): AgencyLeaveType[] => DEFAULT_AGENCY_LEAVE_TYPES.map((t) => ({ ...t }));

  it('the default is usable, all switched on', () => {
    expect(leaveTypesProblems(DEFAULT_AGENCY_LEAVE_TYPES)).toEqual([]);
    expect(DEFAULT_AGENCY_LEAVE_TYPES.every((t) => t.active)).toBe(true);
  });

  it('refuses bad codes, doubles, empty names, unknown countings and no active type', () => {
    const cases: [AgencyLeaveType[], RegExp][] = [
      [[...base(), { code: 'Cuti-X', name: 'X', counts: 'present', active: true }], /Kode "Cuti-X"/],
      [[...base(), { ...base()[0]! }], /ganda/],
      [[...base(), { code: 'wfa', name: '  ', counts: 'present', active: true }], /Nama jenis "wfa"/],
      [[...base(), { code: 'wfa', name: 'WFA', counts: 'hadir' as never, active: true }], /cara hitung/],
      [base().map((t) => ({ ...t, active: false })), /Minimal satu/],
    ];
    for (const [types, message] of cases) expect(leaveTypesProblems(types).join('; ')).toMatch(message);
  });

  it('keeps every type already asked for: removing one is refused, switching it off is not', () => {
    fc.assert(
      fc.property(fc.subarray(DEFAULT_AGENCY_LEAVE_TYPES.map((t) => t.code)), fc.subarray(DEFAULT_AGENCY_LEAVE_TYPES.map((t) => t.code), { minLength: 1 }), (inUse, kept) => {
        const list = base().filter((t) => kept.includes(t.code));
        const missing = inUse.filter((c) => !kept.includes(c));
        const problems = leaveTypesProblems(list, inUse);
        expect(problems.filter((p) => /sudah pernah diajukan/.test(p))).toHaveLength(missing.length);
        const off = base().map((t) => ({ ...t, active: t.code === kept[0] }));
        expect(leaveTypesProblems(off, inUse)).toEqual([]);
      }),
    );
  });
});
