/**
 * Reading a TPP rule set: the JSON Schema first (TppRuleSetSchema), then what a schema cannot say.
 * A rule set that passes both can be computed for every kelas jabatan 1–17 without a missing value.
 */
import type { TSchema } from 'typebox';
import { Locale, Settings } from 'typebox/system';
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

type SchemaError = ReturnType<typeof Value.Errors>[number];

const PATTERN_WORDS: Record<string, string> = {
  '^[0-9]{4}-(0[1-9]|1[0-2])$': 'harus bulan berbentuk tttt-bb, mis. 2025-01',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'harus tanggal berbentuk tttt-bb-hh',
  '^[a-z0-9][a-z0-9_.-]{0,62}$': 'hanya huruf kecil, angka, _ . - (paling banyak 63 karakter, diawali huruf atau angka)',
  '^[A-Za-z0-9_.-]{1,20}$': 'hanya huruf, angka, _ . - (paling banyak 20 karakter)',
  '^([1-9]|1[0-7])$': 'kelas jabatan harus 1 sampai 17',
};
const TYPE_WORDS: Record<string, string> = { integer: 'bilangan bulat', number: 'angka', string: 'teks', boolean: 'ya/tidak', object: 'objek', array: 'daftar', null: 'kosong (null)' };

/** One schema error in Bahasa Indonesia (typebox's id_ID wording where ours has nothing better). */
function schemaMessage(e: SchemaError): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'minimum':
      return `tidak boleh kurang dari ${String(p.limit)}`;
    case 'maximum':
      return `tidak boleh lebih dari ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `harus lebih dari ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `harus kurang dari ${String(p.limit)}`;
    case 'type': {
      const types = ([] as unknown[]).concat(p.type).map((t) => TYPE_WORDS[String(t)] ?? String(t));
      return `harus ${types.join(' atau ')}`;
    }
    case 'pattern':
      return PATTERN_WORDS[String(p.pattern)] ?? Locale.id_ID(e);
    case 'required':
      return `wajib diisi: ${(p.requiredProperties as string[]).join(', ')}`;
    case 'additionalProperties':
      return `isian tidak dikenal: ${([] as unknown[]).concat(p.additionalProperties).join(', ')}`;
    case 'minLength':
      return 'tidak boleh kosong';
    case 'minItems':
      return `paling sedikit ${String(p.limit)} isian`;
    case 'uniqueItems':
      return 'tidak boleh ada isian yang sama dua kali';
    case 'anyOf':
      return 'bentuk nilai tidak dikenal';
    case 'const':
      return `harus "${String(p.allowedValue)}"`;
    default:
      return Locale.id_ID(e);
  }
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * The schema's errors in Bahasa Indonesia, without the noise of unions: for a value that is
 * "a month or null" the null branch's "must be null" is dropped when the other branch said why;
 * for an object chosen by its `kind` the other kinds' complaints are dropped.
 */
function schemaIssues(schema: TSchema, raw: unknown): TppIssue[] {
  // typebox buffers 8 errors by default (a global); a union's branches use them up before the
  // rest of the file is seen, so a form would show one mistake at a time. Synchronous: restored
  // before anything else runs.
  const before = Settings.Get().maxErrors;
  Settings.Set({ maxErrors: 200 });
  let errors: SchemaError[];
  try {
    errors = Value.Errors(schema, raw).filter((e) => e.keyword !== 'boolean');
  } finally {
    Settings.Set({ maxErrors: before });
  }
  // A branch of a union whose `kind` is not the value's is not what the author meant.
  const otherKinds = errors.filter((e) => e.keyword === 'const' && e.schemaPath.endsWith('/properties/kind')).map((e) => `${e.schemaPath.slice(0, -'/properties/kind'.length)}`);
  errors = errors.filter((e) => !otherKinds.some((b) => e.schemaPath === b || e.schemaPath.startsWith(`${b}/`)));
  const explained = (e: SchemaError) => errors.some((o) => o !== e && o.keyword !== 'anyOf' && !(o.keyword === 'type' && (o.params as { type?: unknown }).type === 'null') && under(o.instancePath, e.instancePath));
  errors = errors.filter((e) => !((e.keyword === 'anyOf' || (e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null')) && explained(e)));
  const seen = new Set<string>();
  const out: TppIssue[] = [];
  for (const e of errors) {
    const issue = { path: e.instancePath || '/', message: schemaMessage(e) };
    const key = `${issue.path} ${issue.message}`;
    if (!seen.has(key)) out.push(issue);
    seen.add(key);
  }
  return out;
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
