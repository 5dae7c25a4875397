/**
 * Reading a TPP rule set: the JSON Schema first (TppRuleSetSchema), then what a schema cannot say.
 * A rule set that passes both can be computed for every kelas jabatan 1–17 without a missing value.
 */
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { TppMonthInputsSchema, TppRuleSetSchema, type TppMonthInputs, type TppRuleSet } from './schema.js';
import { basisPoints } from './money.js';

export interface TppIssue {
  /** A JSON pointer into the file, e.g. "/componentShares/byKelas/15". */
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: TppIssue[] };

const KELAS = Array.from({ length: 17 }, (_, i) => i + 1);

function schemaIssues(schema: TSchema, raw: unknown): TppIssue[] {
  return Value.Errors(schema, raw).map((e) => ({ path: e.instancePath || '/', message: e.message }));
}

export function parseTppRuleSet(raw: unknown): Parsed<TppRuleSet> {
  const first = schemaIssues(TppRuleSetSchema, raw);
  if (first.length > 0) return { ok: false, issues: first };
  const rs = raw as TppRuleSet;
  const issues = ruleSetIssues(rs);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: rs };
}

export function parseTppMonthInputs(raw: unknown): Parsed<TppMonthInputs> {
  const first = schemaIssues(TppMonthInputsSchema, raw);
  if (first.length > 0) return { ok: false, issues: first };
  const inputs = raw as TppMonthInputs;
  const issues: TppIssue[] = [];
  const seen = new Set<string>();
  inputs.employees.forEach((e, i) => {
    if (seen.has(e.employeeId)) issues.push({ path: `/employees/${i}/employeeId`, message: `pegawai ${e.employeeId} tercantum dua kali` });
    seen.add(e.employeeId);
    e.attendance.forEach((d, j) => {
      if (d.date.slice(0, 7) !== inputs.month) issues.push({ path: `/employees/${i}/attendance/${j}/date`, message: `tanggal ${d.date} di luar bulan ${inputs.month}` });
    });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: inputs };
}

/** The checks beyond the schema. Empty when the rule set is sound. */
export function ruleSetIssues(rs: TppRuleSet): TppIssue[] {
  const issues: TppIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (rs.effectiveTo !== null && rs.effectiveTo < rs.effectiveFrom) add('/effectiveTo', 'bulan akhir sebelum bulan mulai');

  const basicTable = rs.basic.kind === 'table' ? rs.basic.perKelas : rs.basic.tukinBpk;
  for (const k of KELAS) {
    if (basicTable[String(k)] === undefined) add(`/basic/${rs.basic.kind === 'table' ? 'perKelas' : 'tukinBpk'}`, `kelas ${k} tidak punya nilai`);
  }

  const componentIds = new Set<string>();
  rs.components.forEach((c, i) => {
    if (componentIds.has(c.id)) add(`/components/${i}/id`, `komponen ${c.id} dua kali`);
    componentIds.add(c.id);
  });
  const checkShares = (shares: Record<string, number>, path: string) => {
    let sum = 0;
    for (const [id, p] of Object.entries(shares)) {
      if (!componentIds.has(id)) add(`${path}/${id}`, `komponen ${id} tidak ada di daftar komponen`);
      sum += basisPoints(p);
    }
    if (sum !== 10_000) add(path, `jumlah porsi komponen ${sum / 100} %, harus 100 %`);
  };
  checkShares(rs.componentShares.default, '/componentShares/default');
  for (const [k, shares] of Object.entries(rs.componentShares.byKelas ?? {})) checkShares(shares, `/componentShares/byKelas/${k}`);

  const extra = rs.split.extra ?? [];
  const splitSum = basisPoints(rs.split.productivity) + basisPoints(rs.split.discipline) + extra.reduce((a, p) => a + basisPoints(p.share), 0);
  if (splitSum !== 10_000) add('/split', `jumlah bagian ${splitSum / 100} %, harus 100 %`);
  const partIds = new Set(['productivity', 'discipline']);
  extra.forEach((p, i) => {
    if (partIds.has(p.id)) add(`/split/extra/${i}/id`, `bagian ${p.id} dua kali`);
    partIds.add(p.id);
  });

  const kinds = rs.productivity.measures.map((m) => m.kind);
  if (new Set(kinds).size !== kinds.length) add('/productivity/measures', 'satu jenis ukuran produktivitas hanya boleh sekali');

  const points = new Map<string, string>();
  const bandIds = new Set<string>();
  rs.discipline.bandGroups.forEach((g, gi) => {
    for (const p of g.checkpoints) {
      if (points.has(p)) add(`/discipline/bandGroups/${gi}/checkpoints`, `titik ${p} sudah dinilai tabel ${points.get(p)}`);
      points.set(p, g.id);
    }
    let next = 1;
    g.bands.forEach((b, bi) => {
      const path = `/discipline/bandGroups/${gi}/bands/${bi}`;
      if (bandIds.has(b.id)) add(`${path}/id`, `kode ${b.id} dua kali`);
      bandIds.add(b.id);
      if (b.fromMinutes !== next) add(`${path}/fromMinutes`, `harus ${next} (rentang berurutan tanpa celah)`);
      if (b.toMinutes === null) {
        if (bi !== g.bands.length - 1) add(`${path}/toMinutes`, 'hanya rentang terakhir boleh tanpa batas atas');
        next = Infinity;
      } else {
        if (b.toMinutes < b.fromMinutes) add(`${path}/toMinutes`, 'batas atas di bawah batas bawah');
        next = b.toMinutes + 1;
      }
    });
    if (next !== Infinity) add(`/discipline/bandGroups/${gi}/bands`, 'rentang terakhir harus tanpa batas atas (toMinutes null)');
  });

  const hukdisIds = new Set<string>();
  rs.modifiers.hukdis.forEach((h, i) => {
    if (hukdisIds.has(h.id)) add(`/modifiers/hukdis/${i}/id`, `hukdis ${h.id} dua kali`);
    hukdisIds.add(h.id);
  });
  return issues;
}

/** Component shares for a kelas (its own row, or the default). */
export function sharesFor(rs: TppRuleSet, kelas: number): Record<string, number> {
  return rs.componentShares.byKelas?.[String(kelas)] ?? rs.componentShares.default;
}

export interface RuleSetScope {
  agency?: string;
  positionGroup?: string;
}

/**
 * The rule set in force for a month and scope: among the sets whose months include it and whose
 * scope admits the employee, the most specific (agency and group > one of them > region-wide),
 * then the highest version. Undefined when none applies.
 */
export function selectTppRuleSet(sets: readonly TppRuleSet[], month: string, scope: RuleSetScope = {}): TppRuleSet | undefined {
  let best: { rs: TppRuleSet; rank: number } | undefined;
  for (const rs of sets) {
    if (month < rs.effectiveFrom || (rs.effectiveTo !== null && month > rs.effectiveTo)) continue;
    const agencies = rs.scope?.agencies ?? [];
    const groups = rs.scope?.positionGroups ?? [];
    if (agencies.length > 0 && (scope.agency === undefined || !agencies.includes(scope.agency))) continue;
    if (groups.length > 0 && (scope.positionGroup === undefined || !groups.includes(scope.positionGroup))) continue;
    const rank = (agencies.length > 0 ? 2 : 0) + (groups.length > 0 ? 1 : 0);
    if (!best || rank > best.rank || (rank === best.rank && (rs.effectiveFrom > best.rs.effectiveFrom || (rs.effectiveFrom === best.rs.effectiveFrom && rs.version > best.rs.version)))) {
      best = { rs, rank };
    }
  }
  return best?.rs;
}
