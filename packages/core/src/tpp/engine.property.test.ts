/**
 * Properties of the engine over random employees and rule-set variants: the lines add up, no part
 * goes below zero, the discipline cap holds, and changing one input changes only the lines that
 * declare they read it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTppEmployee, lineReads, type TppEmployeeResult } from './engine.js';
import { percentOf } from './money.js';
import { LEAVE_TYPES, TPP_PREDIKATS, type TppAttendanceDay, type TppEmployeeInput, type TppRuleSet } from './schema.js';
import { SHIPPED_RULE_SETS, shippedRuleSet } from './test-support.js';

const MONTH = '2026-11';
const SETS = SHIPPED_RULE_SETS.map((n) => shippedRuleSet(n));
const POINTS = ['masuk', 'istirahat_masuk', 'pulang'];
const pctArb = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);

const ruleSetArb: fc.Arbitrary<TppRuleSet> = fc
  .record({
    base: fc.constantFrom(...SETS),
    tk: fc.option(pctArb, { nil: undefined }),
    cap: fc.option(pctArb, { nil: undefined }),
    line: fc.constantFrom('half_up' as const, 'down' as const),
    netUnit: fc.constantFrom(1 as const, 100 as const, 1000 as const),
  })
  .map(({ base, tk, cap, line, netUnit }) => {
    const rs = structuredClone(base);
    if (tk !== undefined) rs.discipline.tkPercentPerDay = tk;
    if (cap !== undefined) rs.discipline.monthlyCapPercent = cap;
    rs.rounding = { line, netUnit };
    return rs;
  });

const dayArb = (date: string): fc.Arbitrary<TppAttendanceDay> =>
  fc.oneof(
    fc.constantFrom<TppAttendanceDay['status']>('tk', 'excused', 'holiday', 'off').map((status) => ({ date, status })),
    fc.record({
      checks: fc.uniqueArray(fc.record({ point: fc.constantFrom(...POINTS), minutesOff: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }) }), { selector: (c) => c.point, maxLength: 3 }),
      apelMissed: fc.boolean(),
    }).map(({ checks, apelMissed }) => ({ date, status: 'present' as const, checks, apelMissed })),
  );

const dates = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
const attendanceArb = fc.uniqueArray(fc.constantFrom(...dates), { maxLength: 30 }).chain((ds) => fc.tuple(...ds.map(dayArb)));

const golonganArb = fc.constantFrom('I/d', 'II/c', 'III/a', 'III/d', 'IV/a', 'IV/e');
const actingArb = fc.option(fc.record({ kind: fc.constantFrom('plt' as const, 'plh' as const), kelas: fc.integer({ min: 1, max: 17 }) }), { nil: null });
const journalArb = fc.integer({ min: 0, max: 12_000 }).chain((target) => fc.record({ approvedOnTimeMinutes: fc.integer({ min: 0, max: 14_000 }), targetMinutes: fc.constant(target) }));
const leaveArb = fc.array(fc.record({ type: fc.constantFrom(...LEAVE_TYPES), days: fc.integer({ min: 1, max: 22 }) }), { maxLength: 2 });
const hukdisArb = fc.constantFrom<{ id: string }[]>([], [{ id: 'sedang' }]);
const lapsesArb = fc.integer({ min: 0, max: 30 }).map((n) => Array.from({ length: n }, (_, i) => ({ entryId: `e${i}`, date: dates[i % 30]! })));
const objectiveArb = fc.option(fc.record({ percent: fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 100), reason: fc.constant('uji') }), { nil: null });
const partScoresArb = fc.option(pctArb.map((s) => ({ serapan_anggaran: s })), { nil: undefined });

const employeeArb: fc.Arbitrary<TppEmployeeInput> = fc.record({
  employeeId: fc.constant('p'),
  kind: fc.constant('pns' as const),
  golongan: golonganArb,
  kelas: fc.integer({ min: 1, max: 17 }),
  cpns: fc.boolean(),
  acting: actingArb,
  journal: journalArb,
  predikat: fc.option(fc.constantFrom(...TPP_PREDIKATS), { nil: null }),
  skpFinished: fc.boolean(),
  attendance: attendanceArb,
  leave: leaveArb,
  hukdis: hukdisArb,
  teamLapses: lapsesArb,
  objective: objectiveArb,
  partScores: partScoresArb,
  salary: fc.integer({ min: 0, max: 20_000_000 }),
  withoutNpwp: fc.option(fc.boolean(), { nil: undefined }),
});

function checkInvariants(rs: TppRuleSet, r: TppEmployeeResult) {
  const sum = (kinds?: string[]) => r.lines.filter((l) => !kinds || !kinds.includes(l.kind)).reduce((a, l) => a + l.amount, 0);
  expect(sum()).toBe(r.net);
  expect(sum(['tax', 'bpjs', 'rounding'])).toBe(r.gross);
  expect(r.net).toBe(r.gross - r.pph21 - r.bpjsEmployee + r.lines.filter((l) => l.kind === 'rounding').reduce((a, l) => a + l.amount, 0));
  expect(r.components.reduce((a, c) => a + c.gross, 0)).toBe(r.gross);
  for (const c of r.components) expect(c.gross).toBeGreaterThanOrEqual(0);
  for (const p of r.parts) {
    expect(p.paid).toBeGreaterThanOrEqual(0);
    expect(p.paid).toBeLessThanOrEqual(p.base);
  }
  expect(r.gross).toBeGreaterThanOrEqual(0);
  expect(r.net).toBeGreaterThanOrEqual(0);
  expect(r.net % rs.rounding.netUnit).toBe(0);
  if (r.status !== 'non_tpp') {
    expect(r.parts.reduce((a, p) => a + p.base, 0)).toBe(r.ceiling);
    expect(r.lines.filter((l) => l.kind === 'pagu').reduce((a, l) => a + l.amount, 0)).toBe(r.basic);
    const disc = r.parts.find((p) => p.id === 'discipline')!;
    const cut = r.lines.filter((l) => l.part === 'discipline').reduce((a, l) => a - l.amount, 0);
    expect(cut).toBe(disc.base - disc.paid);
    expect(cut).toBeLessThanOrEqual(percentOf(disc.base, rs.discipline.monthlyCapPercent, 'down'));
  }
  for (const l of r.lines) expect(Number.isInteger(l.amount)).toBe(true);
  expect(new Set(r.lines.map((l) => l.key)).size).toBe(r.lines.length);
}

describe('computeTppEmployee properties', () => {
  it('lines add up to gross and net; no part below zero or above its base; the discipline cap holds; integer rupiah', () => {
    fc.assert(
      fc.property(ruleSetArb, employeeArb, (rs, e) => checkInvariants(rs, computeTppEmployee(rs, MONTH, e))),
      { numRuns: 400 },
    );
  }, 60_000);

  it('many TK days and lateness never take the discipline part below zero, whatever the cap', () => {
    const heavy = fc.record({ days: fc.integer({ min: 10, max: 30 }), tk: pctArb }).map(({ days, tk }) => ({ days, tk }));
    fc.assert(
      fc.property(fc.constantFrom(...SETS), heavy, (base, { days, tk }) => {
        const rs = structuredClone(base);
        rs.discipline.tkPercentPerDay = tk;
        const e: TppEmployeeInput = { employeeId: 'h', kind: 'pns', golongan: 'III/a', kelas: 1, cpns: false, attendance: dates.slice(0, days).map((date) => ({ date, status: 'tk' as const })) };
        const r = computeTppEmployee(rs, MONTH, e);
        checkInvariants(rs, r);
        const disc = r.parts.find((p) => p.id === 'discipline')!;
        // Each TK day is tk % of the part; together at most the cap (100 % in every shipped set).
        const each = percentOf(disc.base, tk, rs.rounding.line);
        expect(disc.paid).toBe(disc.base - Math.min(each * days, disc.base));
        expect(r.lines.filter((l) => l.key === 'discipline.cap').length).toBe(each * days > disc.base ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });

  type Change = { key: string; apply: (e: TppEmployeeInput) => TppEmployeeInput };
  const ch = (key: string, apply: Change['apply']): Change => ({ key, apply });
  const changeArb: fc.Arbitrary<Change> = fc.oneof(
    fc.integer({ min: 1, max: 17 }).map((kelas) => ch('kelas', (e) => ({ ...e, kelas }))),
    golonganArb.map((golongan) => ch('golongan', (e) => ({ ...e, golongan }))),
    fc.constant(ch('cpns', (e) => ({ ...e, cpns: !e.cpns }))),
    actingArb.map((acting) => ch('acting', (e) => ({ ...e, acting }))),
    journalArb.map((journal) => ch('journal', (e) => ({ ...e, journal }))),
    fc.option(fc.constantFrom(...TPP_PREDIKATS), { nil: null }).map((predikat) => ch('predikat', (e) => ({ ...e, predikat }))),
    fc.constant(ch('skpFinished', (e) => ({ ...e, skpFinished: !e.skpFinished }))),
    fc.constantFrom(...dates).chain((date) =>
      fc.option(dayArb(date), { nil: null }).map((day) => ({
        key: `attendance:${date}`,
        apply: (e: TppEmployeeInput) => ({ ...e, attendance: [...e.attendance.filter((d) => d.date !== date), ...(day ? [day] : [])] }),
      })),
    ),
    leaveArb.map((leave) => ch('leave', (e) => ({ ...e, leave }))),
    hukdisArb.map((hukdis) => ch('hukdis', (e) => ({ ...e, hukdis }))),
    lapsesArb.map((teamLapses) => ch('teamLapses', (e) => ({ ...e, teamLapses }))),
    objectiveArb.map((objective) => ch('objective', (e) => ({ ...e, objective }))),
    partScoresArb.map((partScores) => ch('partScores:serapan_anggaran', (e) => ({ ...e, partScores }))),
    fc.integer({ min: 0, max: 20_000_000 }).map((salary) => ch('salary', (e) => ({ ...e, salary }))),
    fc.constant(ch('withoutNpwp', (e) => ({ ...e, withoutNpwp: !e.withoutNpwp }))),
  );

  it('changing one input changes only the lines that read it', () => {
    fc.assert(
      fc.property(ruleSetArb, employeeArb, changeArb, (rs, e, change) => {
        const before = computeTppEmployee(rs, MONTH, e);
        const after = computeTppEmployee(rs, MONTH, change.apply(e));
        const a = new Map(before.lines.map((l) => [l.key, l]));
        const b = new Map(after.lines.map((l) => [l.key, l]));
        for (const key of new Set([...a.keys(), ...b.keys()])) {
          const x = a.get(key);
          const y = b.get(key);
          if (x && y && x.amount === y.amount) continue;
          const reads = (x && lineReads(x, change.key)) || (y && lineReads(y, change.key));
          if (!reads) throw new Error(`line ${key} changed (${x?.amount} → ${y?.amount}) but does not read ${change.key}`);
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('the locality check is not vacuous: a late day changes its own line and the totals, not the productivity lines', () => {
    const rs = SETS[0]!;
    const e: TppEmployeeInput = { employeeId: 'x', kind: 'pns', golongan: 'III/a', kelas: 7, cpns: false, journal: { approvedOnTimeMinutes: 5000, targetMinutes: 10_000 }, attendance: [] };
    const r1 = computeTppEmployee(rs, MONTH, e);
    const r2 = computeTppEmployee(rs, MONTH, { ...e, attendance: [{ date: '2026-11-12', status: 'present', checks: [{ point: 'masuk', minutesOff: 40 }] }] });
    const changed = r2.lines.filter((l) => r1.lines.find((m) => m.key === l.key)?.amount !== l.amount).map((l) => l.key);
    expect(changed).toEqual(['discipline.tl.2026-11-12.masuk', 'tax.pph21', 'bpjs.employee']);
    expect(lineReads(r2.lines.find((l) => l.key === 'productivity.minutes')!, 'attendance:2026-11-12')).toBe(false);
  });
});
