/**
 * The TPP engine (DOMAIN.md §3): one employee's month under one rule set, in whole rupiah, with
 * an explanation line for every amount. Pure: the caller reads the rule set and the inputs.
 *
 * The order, which the lines follow:
 *   1. Pagu: the basic TPP of the kelas, split over the components by their shares.
 *   2. Ceiling modifiers: Plt/Plh, variabel objektif (on the basic), then CPNS and long leave, each
 *      a percentage of what came before. Leave that makes the month non-TPP stops here with 0.
 *   3. The ceiling is split into parts: productivity, discipline and any extra part (serapan
 *      anggaran), allocated so they add up to it exactly.
 *   4. Productivity: SKP not finished (hold or zero), then each measure on what the previous left
 *      (journal minutes over the target, capped; the predikat table), then a supervisor's team lapses.
 *   5. Discipline: one line per event (TL/PSW band, missing scan, TK day, apel), each a percentage
 *      of the discipline part; if together they pass the monthly cap, a cap line gives the excess back.
 *   6. Extra parts: paid at their score.
 *   7. Hukuman disiplin: the largest active sanction's percentage of what the lines so far leave.
 *   = Gross (split over the components by their shares, for finance's columns).
 *   8. PPh 21 by golongan on the gross; BPJS Kesehatan (employee part) on the capped base.
 *   9. The net rounded down to the Perkada's unit, as its own line.
 * The net is the sum of all lines. No deduction takes a part below zero: each is a share of what
 * is left, and the cap line bounds the discipline cuts by the discipline part.
 *
 * Every line lists the inputs it read (`reads`): the employee's fields, and for attendance the day
 * ("attendance:2026-11-12"), or "attendance" for every day (likewise "partScores:<id>", "partScores"). A line not reading an input does not
 * change when that input does (a property test holds the engine to it).
 */
import type { TppAttendanceDay, TppEmployeeInput, TppRuleSet } from './schema.js';
import { allocate, basisPoints, formatDay, formatPercent, formatRupiah, fractionOf, percentOf, type LineRounding } from './money.js';
import { pph21Amount, pph21Rate, type Pph21Rate } from './pph21.js';
import { sharesFor } from './rule-set.js';

export type TppLineKind = 'pagu' | 'modifier' | 'productivity' | 'discipline' | 'part' | 'hukdis' | 'tax' | 'bpjs' | 'rounding' | 'status';

export interface TppLineRef {
  date?: string;
  attendanceRecordId?: string;
  entryIds?: string[];
  ref?: string;
}

export interface TppLine {
  /** Stable within an employee's month, e.g. "discipline.TL2.2026-11-12.masuk". */
  key: string;
  /** The rule in the rule set, e.g. "discipline.bandGroups.tl.TL2". */
  rule: string;
  kind: TppLineKind;
  /** The part the line belongs to: productivity, discipline, or an extra part's id. */
  part?: string;
  component?: string;
  /** What the rule read, as shown to the employee. */
  input: Record<string, string | number | boolean | null>;
  ref?: TppLineRef;
  /** Signed whole rupiah; the month's net is the sum of all lines. */
  amount: number;
  text: string;
  /** The input fields this amount depends on. */
  reads: string[];
}

export interface TppPart {
  id: string;
  name: string;
  share: number;
  /** The part of the ceiling it stands for. */
  base: number;
  /** What is paid of it after its own lines (before hukdis). */
  paid: number;
}

export interface TppEmployeeResult {
  employeeId: string;
  ruleSet: { id: string; version: number };
  month: string;
  /** 'held': computed but postponed (SKP not finished); 'non_tpp': outside TPP this month. */
  status: 'paid' | 'held' | 'non_tpp';
  basic: number;
  ceiling: number;
  parts: TppPart[];
  components: { id: string; name: string; share: number; pagu: number; gross: number }[];
  gross: number;
  pph21: number;
  bpjsEmployee: number;
  /** Paid by the region on top, never taken from the employee; shown for finance. */
  bpjsEmployer: number;
  net: number;
  /** What is paid this month: the net, or 0 when held or non-TPP. */
  payable: number;
  lines: TppLine[];
}

export class TppInputError extends Error {
  constructor(
    readonly employeeId: string,
    message: string,
  ) {
    super(`${employeeId}: ${message}`);
  }
}

const LEAVE_LABEL: Record<string, string> = {
  cuti_tahunan: 'Cuti tahunan', cuti_besar: 'Cuti besar', cuti_sakit: 'Cuti sakit', cuti_melahirkan: 'Cuti melahirkan',
  cuti_alasan_penting: 'Cuti alasan penting', cltn: 'CLTN', tugas_belajar: 'Tugas belajar', diklat: 'Diklat',
  dinas_luar: 'Dinas luar', tugas_kedinasan: 'Tugas kedinasan',
};
const PREDIKAT_LABEL: Record<string, string> = {
  sangat_baik: 'Sangat Baik', baik: 'Baik', butuh_perbaikan: 'Butuh Perbaikan', kurang: 'Kurang/Misconduct', sangat_kurang: 'Sangat Kurang',
};

/** The basic TPP of a kelas: the table, or tukin BPK × IKFD × IKK × IPPD × balancing, rounded as the lines are. */
export function basicTpp(rs: TppRuleSet, kelas: number): number {
  const k = String(kelas);
  if (rs.basic.kind === 'table') {
    const v = rs.basic.perKelas[k];
    if (v === undefined) throw new Error(`kelas ${kelas} tidak ada di tabel TPP dasar`);
    return v;
  }
  const tukin = rs.basic.tukinBpk[k];
  if (tukin === undefined) throw new Error(`kelas ${kelas} tidak ada di tabel tunjangan kinerja BPK`);
  // Factors have at most 6 decimals: scale each by 10^6 and multiply exactly.
  const scale = (f: number) => BigInt(Math.round(f * 1_000_000));
  const factors = [rs.basic.ikfd, rs.basic.ikk, rs.basic.ippd, rs.basic.balancing?.[k] ?? 1];
  const num = factors.reduce((acc, f) => acc * scale(f), BigInt(tukin));
  const den = 10n ** 24n;
  let q = num / den;
  if (rs.rounding.line === 'half_up' && (num - q * den) * 2n >= den) q += 1n;
  return Number(q);
}

function basicText(rs: TppRuleSet, kelas: number, basic: number): string {
  if (rs.basic.kind === 'table') return `TPP dasar kelas ${kelas} ${formatRupiah(basic)}`;
  const b = rs.basic;
  const bal = b.balancing?.[String(kelas)] ?? 1;
  const n = (x: number) => String(x).replace('.', ',');
  return `TPP dasar kelas ${kelas} = ${formatRupiah(b.tukinBpk[String(kelas)] ?? 0)} × IKFD ${n(b.ikfd)} × IKK ${n(b.ikk)} × IPPD ${n(b.ippd)} × penyeimbang ${n(bal)} = ${formatRupiah(basic)}`;
}

/**
 * The PPh 21 line: the rate by golongan, and for an employee without NPWP the surcharge (or that the
 * rule set has none), each figure shown. An employee with an NPWP gets the same line as before the
 * NPWP rule existed.
 */
export function pph21Line(golongan: string, kind: 'pns' | 'pppk', rate: Pph21Rate, gross: number, pph21: number): Omit<TppLine, 'reads'> {
  const end = `dari bruto ${formatRupiah(gross)} = ${formatRupiah(-pph21, true)}`;
  const input = { golongan, kind, percent: rate.percent, of: gross };
  if (!rate.withoutNpwp) return { key: 'tax.pph21', rule: 'payroll.pph21', kind: 'tax', input, amount: -pph21, text: `PPh 21 golongan ${golongan}: ${formatPercent(rate.percent)} ${end}` };
  const more = { ...input, withoutNpwp: true, basePercent: rate.basePercent, percentHigher: rate.percentHigher };
  if (rate.percentHigher === 0) {
    return { key: 'tax.pph21', rule: 'payroll.pph21', kind: 'tax', input: more, amount: -pph21, text: `PPh 21 golongan ${golongan}, tanpa NPWP (aturan ini tidak menaikkan tarif): ${formatPercent(rate.percent)} ${end}` };
  }
  return {
    key: 'tax.pph21',
    rule: 'payroll.pph21.withoutNpwp',
    kind: 'tax',
    input: more,
    amount: -pph21,
    text: `PPh 21 golongan ${golongan}, tanpa NPWP: ${formatPercent(rate.basePercent)} + ${formatPercent(rate.percentHigher)} lebih tinggi = ${formatPercent(rate.percent)} ${end}`,
  };
}

/** A sorted set of input keys, shared between lines (never changed once made). */
class Reads {
  private constructor(private readonly keys: readonly string[]) {}
  static of(keys: Iterable<string>): Reads {
    return new Reads([...new Set(keys)].sort());
  }
  with(...more: string[]): Reads {
    const add = more.filter((k) => !this.keys.includes(k));
    return add.length === 0 ? this : Reads.of([...this.keys, ...add]);
  }
  union(other: Reads): Reads {
    return this.with(...other.keys);
  }
  list(): string[] {
    return this.keys as string[];
  }
}

/** Sorted by date, so the explanation reads like the month. */
function byDate(days: readonly TppAttendanceDay[]): TppAttendanceDay[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function computeTppEmployee(rs: TppRuleSet, month: string, e: TppEmployeeInput): TppEmployeeResult {
  const R: LineRounding = rs.rounding.line;
  const lines: TppLine[] = [];
  const everything = new Set<string>();
  const push = (line: Omit<TppLine, 'reads'>, reads: Reads) => {
    const full = line as TppLine;
    // No "−0": a zero cut is 0.
    if (full.amount === 0) full.amount = 0;
    full.reads = reads.list();
    // Reading a character flattens a built string so its pieces can be collected (a province's
    // month keeps ~800,000 lines).
    full.text.charCodeAt(0);
    full.key.charCodeAt(0);
    full.rule.charCodeAt(0);
    lines.push(full);
    for (const k of full.reads) everything.add(k);
  };
  const sumLines = () => lines.reduce((a, l) => a + l.amount, 0);

  const basic = basicTpp(rs, e.kelas);
  const shares = sharesFor(rs, e.kelas);
  const componentBp = rs.components.map((c) => basisPoints(shares[c.id] ?? 0));
  const paguSplit = allocate(basic, componentBp);
  const result = (status: TppEmployeeResult['status'], ceiling: number, parts: TppPart[], gross: number, pph21: number, bpjsEmployee: number, bpjsEmployer: number): TppEmployeeResult => {
    const net = sumLines();
    const grossSplit = allocate(gross, componentBp);
    return {
      employeeId: e.employeeId,
      ruleSet: { id: rs.id, version: rs.version },
      month,
      status,
      basic,
      ceiling,
      parts,
      components: rs.components.map((c, i) => ({ id: c.id, name: c.name, share: shares[c.id] ?? 0, pagu: paguSplit[i]!, gross: grossSplit[i]! })),
      gross,
      pph21,
      bpjsEmployee,
      bpjsEmployer,
      net,
      payable: status === 'paid' ? net : 0,
      lines,
    };
  };

  // 1. Non-TPP leave: nothing is paid this month.
  const leaveDays = (types: readonly string[]) => (e.leave ?? []).filter((l) => types.includes(l.type)).reduce((a, l) => a + l.days, 0);
  const takenTypes = (types: readonly string[]) => types.filter((t) => (e.leave ?? []).some((l) => l.type === t));
  const leaveRefs = (types: readonly string[]) => (e.leave ?? []).filter((l) => types.includes(l.type) && l.ref).map((l) => l.ref!);
  for (const [i, rule] of rs.modifiers.nonTpp.entries()) {
    const days = leaveDays(rule.types);
    if (days >= rule.minDays) {
      const names = takenTypes(rule.types).map((t) => LEAVE_LABEL[t] ?? t).join(' + ');
      const refs = leaveRefs(rule.types);
      push(
        {
          key: `modifier.nonTpp.${i}`,
          rule: `modifiers.nonTpp.${i}`,
          kind: 'status',
          input: { leaveDays: days, minDays: rule.minDays },
          ...(refs.length > 0 ? { ref: { ref: refs.join(',') } } : {}),
          amount: 0,
          text: `${names} ${days} hari (≥ ${rule.minDays} hari): bulan ini tidak menerima TPP`,
        },
        Reads.of(['leave']),
      );
      return result('non_tpp', 0, [], 0, 0, 0, 0);
    }
  }

  // 2. Pagu per component.
  const bText = basicText(rs, e.kelas, basic);
  // Every amount depends on the month not being non-TPP, which the leave decides.
  const kelasReads = Reads.of(rs.modifiers.nonTpp.length > 0 ? ['kelas', 'leave'] : ['kelas']);
  rs.components.forEach((c, i) => {
    const share = shares[c.id] ?? 0;
    if (share === 0) return;
    push(
      {
        key: `pagu.${c.id}`,
        rule: `componentShares.${rs.componentShares.byKelas?.[String(e.kelas)] ? `byKelas.${e.kelas}` : 'default'}.${c.id}`,
        kind: 'pagu',
        component: c.id,
        input: { kelas: e.kelas, basic, share },
        amount: paguSplit[i]!,
        text: `${c.name} ${formatPercent(share)} × ${bText} = ${formatRupiah(paguSplit[i]!)}`,
      },
      kelasReads,
    );
  });

  let ceiling = basic;
  let ceilingReads = kelasReads;

  // Plt / Plh.
  ceilingReads = ceilingReads.with('acting');
  if (e.acting) {
    const rule = e.acting.kind === 'plt' ? rs.modifiers.plt : rs.modifiers.plh;
    const label = e.acting.kind === 'plt' ? 'Plt' : 'Plh';
    const actingBasic = basicTpp(rs, e.acting.kelas);
    let amount = 0;
    let text: string;
    if (!rule) text = `${label} jabatan kelas ${e.acting.kelas}: Perkada tidak memberi tambahan`;
    else if (rule.mode === 'add_percent') {
      amount = percentOf(actingBasic, rule.percent, R);
      text = `${label} jabatan kelas ${e.acting.kelas}: ${formatPercent(rule.percent)} × TPP dasar ${formatRupiah(actingBasic)} = ${formatRupiah(amount, true)}`;
    } else {
      amount = Math.max(0, actingBasic - basic);
      text = `${label} jabatan kelas ${e.acting.kelas}: TPP dasar yang lebih tinggi (${formatRupiah(actingBasic)} dibanding ${formatRupiah(basic)}) = ${formatRupiah(amount, true)}`;
    }
    push(
      {
        key: `modifier.${e.acting.kind}`,
        rule: `modifiers.${e.acting.kind}`,
        kind: 'modifier',
        input: { actingKind: e.acting.kind, actingKelas: e.acting.kelas, actingBasic },
        ...(e.acting.ref ? { ref: { ref: e.acting.ref } } : {}),
        amount,
        text,
      },
      ceilingReads,
    );
    ceiling += amount;
  }

  // Variabel objektif, on the basic.
  if (rs.modifiers.objective) {
    ceilingReads = ceilingReads.with('objective');
    if (e.objective) {
      const o = rs.modifiers.objective;
      const pct = Math.min(o.maxPercent, Math.max(o.minPercent, e.objective.percent));
      const amount = percentOf(basic, pct, R);
      push(
        {
          key: 'modifier.objective',
          rule: 'modifiers.objective',
          kind: 'modifier',
          input: { percent: pct, asked: e.objective.percent, reason: e.objective.reason },
          amount,
          text: `Variabel objektif ${pct >= 0 ? '+' : '−'}${formatPercent(Math.abs(pct))} dari TPP dasar (${e.objective.reason}) = ${formatRupiah(amount, true)}`,
        },
        ceilingReads,
      );
      ceiling += amount;
    }
  }

  // CPNS.
  ceilingReads = ceilingReads.with('cpns');
  if (e.cpns && rs.modifiers.cpnsPercent < 100) {
    const amount = percentOf(ceiling, rs.modifiers.cpnsPercent, R) - ceiling;
    push(
      {
        key: 'modifier.cpns',
        rule: 'modifiers.cpnsPercent',
        kind: 'modifier',
        input: { cpns: true, percent: rs.modifiers.cpnsPercent, of: ceiling },
        amount,
        text: `CPNS dibayar ${formatPercent(rs.modifiers.cpnsPercent)} dari ${formatRupiah(ceiling)} = ${formatRupiah(amount, true)}`,
      },
      ceilingReads,
    );
    ceiling += amount;
  }

  // Long leave paid at a percentage.
  if (rs.modifiers.leave.length > 0) ceilingReads = ceilingReads.with('leave');
  rs.modifiers.leave.forEach((rule, i) => {
    const days = leaveDays(rule.types);
    if (days < rule.minDays) return;
    const amount = percentOf(ceiling, rule.paidPercent, R) - ceiling;
    const refs = leaveRefs(rule.types);
    push(
      {
        key: `modifier.leave.${i}`,
        rule: `modifiers.leave.${i}`,
        kind: 'modifier',
        input: { leaveDays: days, minDays: rule.minDays, paidPercent: rule.paidPercent, of: ceiling },
        ...(refs.length > 0 ? { ref: { ref: refs.join(',') } } : {}),
        amount,
        text: `${takenTypes(rule.types).map((t) => LEAVE_LABEL[t] ?? t).join(' + ')} ${days} hari (≥ ${rule.minDays} hari): dibayar ${formatPercent(rule.paidPercent)} dari ${formatRupiah(ceiling)} = ${formatRupiah(amount, true)}`,
      },
      ceilingReads,
    );
    ceiling += amount;
  });

  // 3. Parts.
  const extras = rs.split.extra ?? [];
  const partDefs = [
    { id: 'productivity', name: 'Produktivitas', share: rs.split.productivity },
    { id: 'discipline', name: 'Disiplin', share: rs.split.discipline },
    ...extras.map((p) => ({ id: p.id, name: p.name, share: p.share })),
  ];
  const partBases = allocate(ceiling, partDefs.map((p) => basisPoints(p.share)));
  const parts: TppPart[] = partDefs.map((p, i) => ({ ...p, base: partBases[i]!, paid: partBases[i]! }));
  const partBy = (id: string) => parts.find((p) => p.id === id)!;

  // 4. Productivity.
  let status: TppEmployeeResult['status'] = 'paid';
  const prod = partBy('productivity');
  let prodReads = ceilingReads;
  const skpRule = rs.productivity.skpNotFinished;
  if (skpRule !== 'none') {
    prodReads = prodReads.with('skpFinished');
    if (e.skpFinished === false) {
      if (skpRule === 'hold') {
        status = 'held';
        push(
          { key: 'productivity.skp', rule: 'productivity.skpNotFinished', kind: 'status', part: 'productivity', input: { skpFinished: false }, amount: 0, text: 'SKP tahunan belum selesai: TPP bulan ini dihitung tetapi ditunda sampai SKP selesai' },
          kelasReads.with('skpFinished'),
        );
      } else {
        const amount = -prod.paid;
        push(
          { key: 'productivity.skp', rule: 'productivity.skpNotFinished', kind: 'productivity', part: 'productivity', input: { skpFinished: false, of: prod.paid }, amount, text: `SKP tahunan belum selesai: bagian produktivitas tidak dibayar = ${formatRupiah(amount, true)}` },
          prodReads,
        );
        prod.paid += amount;
      }
    }
  }
  rs.productivity.measures.forEach((m, i) => {
    if (m.kind === 'minutes') {
      prodReads = prodReads.with('journal');
      const target = e.journal?.targetMinutes ?? 0;
      const approved = e.journal?.approvedOnTimeMinutes ?? 0;
      let paid: number;
      let pctText: string;
      if (!e.journal) {
        paid = 0;
        pctText = 'tidak ada data jurnal bulan ini: 0 %';
      } else if (target === 0) {
        paid = prod.paid;
        pctText = 'tanpa target menit bulan ini: 100 %';
      } else {
        const capped = Math.min(approved * 10_000, target * basisPoints(m.capPercent));
        paid = fractionOf(prod.paid, capped, target * 10_000, R);
        pctText = `${approved.toLocaleString('id-ID')} dari ${target.toLocaleString('id-ID')} menit disetujui tepat waktu (${formatPercent(Math.round(capped / target) / 100)}${approved * 10_000 > capped ? `, maks ${formatPercent(m.capPercent)}` : ''})`;
      }
      const amount = paid - prod.paid;
      push(
        { key: `productivity.minutes`, rule: `productivity.measures.${i}`, kind: 'productivity', part: 'productivity', input: { approvedOnTimeMinutes: approved, targetMinutes: target, capPercent: m.capPercent, of: prod.paid }, amount, text: `Produktivitas: ${pctText} dari ${formatRupiah(prod.paid)} = ${formatRupiah(amount, true)}` },
        prodReads,
      );
      prod.paid = paid;
    } else {
      prodReads = prodReads.with('predikat');
      const p = e.predikat ?? null;
      const pct = p === null ? m.whenMissing : m.percent[p];
      const paid = percentOf(prod.paid, pct, R);
      const amount = paid - prod.paid;
      push(
        { key: `productivity.predikat`, rule: p === null ? `productivity.measures.${i}.whenMissing` : `productivity.measures.${i}.percent.${p}`, kind: 'productivity', part: 'productivity', input: { predikat: p, percent: pct, of: prod.paid }, amount, text: `${p === null ? 'Predikat belum ada' : `Predikat ${PREDIKAT_LABEL[p]}`}: dibayar ${formatPercent(pct)} dari ${formatRupiah(prod.paid)} = ${formatRupiah(amount, true)}` },
        prodReads,
      );
      prod.paid = paid;
    }
  });
  const lapseRule = rs.productivity.teamLapse;
  if (lapseRule) {
    prodReads = prodReads.with('teamLapses');
    const lapses = e.teamLapses ?? [];
    if (lapses.length > 0) {
      const pct = Math.min(lapseRule.maxPercent, (basisPoints(lapseRule.percentEach) * lapses.length) / 100);
      const paid = percentOf(prod.paid, 100 - pct, R);
      const amount = paid - prod.paid;
      push(
        {
          key: 'productivity.teamLapses',
          rule: 'productivity.teamLapse',
          kind: 'productivity',
          part: 'productivity',
          input: { lapses: lapses.length, percentEach: lapseRule.percentEach, maxPercent: lapseRule.maxPercent, of: prod.paid },
          ref: { entryIds: lapses.map((l) => l.entryId) },
          amount,
          text: `${lapses.length} jurnal bawahan tidak divalidasi tepat waktu × ${formatPercent(lapseRule.percentEach)} (maks ${formatPercent(lapseRule.maxPercent)}) = −${formatPercent(pct)} dari ${formatRupiah(prod.paid)} = ${formatRupiah(amount, true)}`,
        },
        prodReads,
      );
      prod.paid = paid;
    }
  }

  // 5. Discipline.
  const disc = partBy('discipline');
  const D = disc.base;
  const pointGroup = new Map<string, (typeof rs.discipline.bandGroups)[number]>();
  for (const g of rs.discipline.bandGroups) for (const p of g.checkpoints) pointGroup.set(p, g);
  let deducted = 0;
  const event = (key: string, rule: string, day: TppAttendanceDay, pct: number, label: string, detail: string | null, input: TppLine['input']) => {
    const amount = -percentOf(D, pct, R);
    push(
      {
        key,
        rule,
        kind: 'discipline',
        part: 'discipline',
        input: { ...input, percent: pct, of: D },
        ref: { date: day.date, ...(day.recordId ? { attendanceRecordId: day.recordId } : {}) },
        amount,
        text: `${label} pada ${formatDay(day.date)}${detail ? ` (${detail})` : ''}: −${formatPercent(pct)} dari disiplin = ${formatRupiah(amount, true)}`,
      },
      ceilingReads.with(`attendance:${day.date}`),
    );
    deducted -= amount;
  };
  for (const day of byDate(e.attendance)) {
    if (day.status === 'tk') {
      if (rs.discipline.tkPercentPerDay > 0) event(`discipline.tk.${day.date}`, 'discipline.tkPercentPerDay', day, rs.discipline.tkPercentPerDay, 'Tanpa keterangan (TK)', null, { status: 'tk' });
      continue;
    }
    if (day.status !== 'present') continue;
    for (const check of day.checks ?? []) {
      const g = pointGroup.get(check.point);
      if (!g) continue;
      const recordDay = check.recordId ? { ...day, recordId: check.recordId } : day;
      if (check.minutesOff === null) {
        if (g.missingPercent === null || g.missingPercent === 0) continue;
        const id = g.missingId ?? `${g.id}-tanpa-absen`;
        event(`discipline.${g.id}.${day.date}.${check.point}`, `discipline.bandGroups.${g.id}.missing`, recordDay, g.missingPercent, id, `tidak ada absen ${check.point}`, { checkpoint: check.point, minutesOff: null });
        continue;
      }
      if (check.minutesOff === 0) continue;
      const band = g.bands.find((b) => check.minutesOff! >= b.fromMinutes && (b.toMinutes === null || check.minutesOff! <= b.toMinutes));
      if (!band || band.percent === 0) continue;
      event(`discipline.${g.id}.${day.date}.${check.point}`, `discipline.bandGroups.${g.id}.${band.id}`, recordDay, band.percent, band.id, `${g.name.toLowerCase()} ${check.minutesOff} menit${g.checkpoints.length > 1 ? `, ${check.point}` : ''}`, { checkpoint: check.point, minutesOff: check.minutesOff, band: band.id });
    }
    if (day.apelMissed && rs.discipline.apelPercent !== null && rs.discipline.apelPercent > 0) {
      event(`discipline.apel.${day.date}`, 'discipline.apelPercent', day, rs.discipline.apelPercent, 'Tidak ikut apel', null, { apelMissed: true });
    }
  }
  const capAmount = percentOf(D, rs.discipline.monthlyCapPercent, 'down');
  if (deducted > capAmount) {
    const back = deducted - capAmount;
    push(
      {
        key: 'discipline.cap',
        rule: 'discipline.monthlyCapPercent',
        kind: 'discipline',
        part: 'discipline',
        input: { deducted, capPercent: rs.discipline.monthlyCapPercent, of: D },
        amount: back,
        text: `Batas potongan disiplin ${formatPercent(rs.discipline.monthlyCapPercent)} sebulan (${formatRupiah(capAmount)}): kelebihan potongan dikembalikan ${formatRupiah(back, true)}`,
      },
      ceilingReads.with('attendance'),
    );
    deducted = capAmount;
  }
  disc.paid = D - deducted;

  // 6. Extra parts.
  for (const p of extras) {
    const part = partBy(p.id);
    const given = e.partScores?.[p.id];
    const score = given ?? p.defaultScore;
    const paid = percentOf(part.base, score, R);
    const amount = paid - part.base;
    push(
      { key: `part.${p.id}`, rule: `split.extra.${p.id}`, kind: 'part', part: p.id, input: { score, given: given ?? null, of: part.base }, amount, text: `${p.name}: nilai ${formatPercent(score)}${given === undefined ? ' (bawaan, tidak ada data)' : ''} dari ${formatRupiah(part.base)} = ${formatRupiah(amount, true)}` },
      ceilingReads.with(`partScores:${p.id}`),
    );
    part.paid = paid;
  }

  // 7. Hukuman disiplin: the largest active one, on what is left.
  const before = sumLines();
  // Whatever the lines so far read, and any day or extra-part score (one without a line yet could get one).
  // (prodReads: a rule that read its input but gave no line, e.g. no team lapses, still shapes the total.)
  const beforeReads = Reads.of(everything).union(prodReads).with('attendance', 'partScores');
  if (rs.modifiers.hukdis.length > 0 || (e.hukdis ?? []).length > 0) {
    const active = (e.hukdis ?? []).map((h) => {
      const rule = rs.modifiers.hukdis.find((r) => r.id === h.id);
      if (!rule) throw new TppInputError(e.employeeId, `hukuman disiplin ${h.id} tidak ada di aturan ${rs.id}`);
      return { ...rule, ref: h.ref };
    });
    const top = active.reduce<(typeof active)[number] | undefined>((a, h) => (!a || h.percent > a.percent ? h : a), undefined);
    if (top) {
      const amount = percentOf(before, 100 - top.percent, R) - before;
      push(
        { key: 'hukdis', rule: `modifiers.hukdis.${top.id}`, kind: 'hukdis', input: { hukdis: top.id, percent: top.percent, of: before, active: active.length }, ...(top.ref ? { ref: { ref: top.ref } } : {}), amount, text: `Hukuman disiplin ${top.name}: −${formatPercent(top.percent)} dari ${formatRupiah(before)} = ${formatRupiah(amount, true)}` },
        beforeReads.with('hukdis'),
      );
    }
  }
  const gross = sumLines();
  const grossReads = beforeReads.with('hukdis');

  // 8. PPh 21 and BPJS.
  const rate = pph21Rate(rs, e.kind, e.golongan, e.withoutNpwp ?? false);
  const pph21 = pph21Amount(gross, rate, R);
  push(pph21Line(e.golongan, e.kind, rate, gross, pph21), grossReads.with('golongan', 'withoutNpwp'));
  let bpjsEmployee = 0;
  let bpjsEmployer = 0;
  const bpjs = rs.payroll.bpjs;
  if (bpjs) {
    const salary = e.salary ?? 0;
    const base = Math.min(bpjs.baseCap, salary + gross);
    const salaryBase = Math.min(bpjs.baseCap, salary);
    bpjsEmployee = Math.max(0, percentOf(base, bpjs.employeePercent, R) - percentOf(salaryBase, bpjs.employeePercent, R));
    bpjsEmployer = Math.max(0, percentOf(base, bpjs.employerPercent, R) - percentOf(salaryBase, bpjs.employerPercent, R));
    push(
      {
        key: 'bpjs.employee',
        rule: 'payroll.bpjs',
        kind: 'bpjs',
        input: { salary, gross, base, baseCap: bpjs.baseCap, employeePercent: bpjs.employeePercent, employerPercent: bpjs.employerPercent, employer: bpjsEmployer },
        amount: -bpjsEmployee,
        text: `BPJS Kesehatan ${formatPercent(bpjs.employeePercent)} dari ${formatRupiah(base)} (gaji + TPP, maks ${formatRupiah(bpjs.baseCap)})${salary > 0 ? ` dikurangi yang dipotong dari gaji (${formatPercent(bpjs.employeePercent)} dari ${formatRupiah(salaryBase)})` : ''} = ${formatRupiah(-bpjsEmployee, true)}; pemerintah daerah menanggung ${formatPercent(bpjs.employerPercent)}: ${formatRupiah(bpjsEmployer)}`,
      },
      grossReads.with('salary'),
    );
  }

  // 9. Rounding of the net.
  const unit = rs.rounding.netUnit;
  const rest = sumLines() % unit;
  if (unit > 1 && rest > 0) {
    push({ key: 'rounding', rule: 'rounding.netUnit', kind: 'rounding', input: { unit }, amount: -rest, text: `Pembulatan ke bawah ke ${formatRupiah(unit)}: ${formatRupiah(-rest, true)}` }, grossReads.with('golongan', 'withoutNpwp', 'salary'));
  }
  return result(status, ceiling, parts, gross, pph21, bpjsEmployee, bpjsEmployer);
}

export interface TppMonthResult {
  month: string;
  ruleSet: { id: string; version: number };
  employees: TppEmployeeResult[];
  totals: { gross: number; pph21: number; bpjsEmployee: number; bpjsEmployer: number; net: number; payable: number; held: number; nonTpp: number };
}

/** Every employee of a month under one rule set, with the totals. */
export function computeTppMonth(rs: TppRuleSet, month: string, employees: readonly TppEmployeeInput[]): TppMonthResult {
  const results = employees.map((e) => computeTppEmployee(rs, month, e));
  const totals = { gross: 0, pph21: 0, bpjsEmployee: 0, bpjsEmployer: 0, net: 0, payable: 0, held: 0, nonTpp: 0 };
  for (const r of results) {
    totals.gross += r.gross;
    totals.pph21 += r.pph21;
    totals.bpjsEmployee += r.bpjsEmployee;
    totals.bpjsEmployer += r.bpjsEmployer;
    totals.net += r.net;
    totals.payable += r.payable;
    if (r.status === 'held') totals.held += 1;
    if (r.status === 'non_tpp') totals.nonTpp += 1;
  }
  return { month, ruleSet: { id: rs.id, version: rs.version }, employees: results, totals };
}

/** The explanation as plain text, one line per amount, for the CLI and for support. */
export function formatTppExplanation(r: TppEmployeeResult, label?: string): string {
  const head = `${label ?? r.employeeId} — ${r.month}, aturan ${r.ruleSet.id} v${r.ruleSet.version}${r.status === 'held' ? ' (DITUNDA)' : r.status === 'non_tpp' ? ' (NON-TPP)' : ''}`;
  const body = r.lines.map((l) => `  ${l.text}    [${l.rule}]`);
  const foot = [
    `  Bruto ${formatRupiah(r.gross)} (${r.components.filter((c) => c.share > 0).map((c) => `${c.name} ${formatRupiah(c.gross)}`).join(', ')})`,
    `  PPh 21 ${formatRupiah(r.pph21)}, BPJS ${formatRupiah(r.bpjsEmployee)} → Neto ${formatRupiah(r.net)}; dibayar bulan ini ${formatRupiah(r.payable)}`,
  ];
  return [head, ...body, ...foot].join('\n');
}

/** Whether a line read an input key ("attendance" covers "attendance:2026-11-12"). */
export function lineReads(line: Pick<TppLine, 'reads'>, key: string): boolean {
  return line.reads.some((r) => r === key || key.startsWith(`${r}:`));
}
