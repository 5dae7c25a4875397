import { JF_LEVEL_LABEL, type JfLevel, type PositionKind } from '@kinerja/core';
import type { AgencySpec, HeadTier, UnitSpec } from './chart-builders.js';
import { JABATAN, JF_KELAS, PROFILES, type JabatanKey, type ProfileKey } from './jabatan.js';
import { apportion, type Random } from './random.js';

/** One agency's units and posts, keyed by their codes (unique per agency), before any person is placed. */
export interface PlannedUnit {
  code: string;
  name: string;
  parentCode: string | null;
  spec: UnitSpec;
  profile: ProfileKey | undefined;
}

export interface PlannedPosition {
  code: string;
  unitCode: string;
  name: string;
  kind: PositionKind;
  jfLevel: JfLevel | null;
  kelas: number;
  isHead: boolean;
  /** Staff posts: which jabatan; heads: their tier. */
  jabatan: JabatanKey | null;
  tier: HeadTier | null;
}

/** Units in pre-order, so every parent precedes its children (the foreign key needs that on insert). */
export function buildUnits(agency: AgencySpec): PlannedUnit[] {
  const out: PlannedUnit[] = [];
  const visit = (spec: UnitSpec, parent: PlannedUnit | null) => {
    const code = parent === null ? spec.code : `${spec.flatCode ? agency.code : parent.code}-${spec.code}`;
    const unit: PlannedUnit = { code, name: spec.name, parentCode: parent?.code ?? null, spec, profile: spec.profile ?? parent?.profile };
    out.push(unit);
    for (const child of spec.children) visit(child, unit);
  };
  visit(agency.top, null);
  const codes = new Set(out.map((u) => u.code));
  if (codes.size !== out.length) throw new Error(`Kode unit ganda di ${agency.code}`);
  return out;
}

export function headPosition(unit: PlannedUnit): PlannedPosition {
  const { tier, kelas, head } = unit.spec;
  // A school head is a teacher with an additional duty: a fungsional post, not a structural one.
  const school = tier === 'kepala_sekolah';
  return {
    code: `${unit.code}-KEPALA`,
    unitCode: unit.code,
    name: head,
    kind: school ? 'fungsional' : tier,
    jfLevel: school ? 'ahli_madya' : null,
    kelas,
    isHead: true,
    jabatan: school ? 'GURU' : null,
    tier,
  };
}

const LEVEL_CODE: Record<JfLevel, string> = {
  pemula: 'PML',
  terampil: 'T',
  mahir: 'M',
  penyelia: 'PYL',
  ahli_pertama: 'AP',
  ahli_muda: 'AM',
  ahli_madya: 'AMD',
  ahli_utama: 'AU',
};

export function staffPosition(unitCode: string, key: JabatanKey, level: JfLevel | null): PlannedPosition {
  const j = JABATAN[key];
  if (j.kind === 'pelaksana') {
    return { code: `${unitCode}-${j.code}`, unitCode, name: j.name, kind: 'pelaksana', jfLevel: null, kelas: j.kelas!, isHead: false, jabatan: key, tier: null };
  }
  const lv = level!;
  return {
    code: `${unitCode}-${j.code}-${LEVEL_CODE[lv]}`,
    unitCode,
    name: `${j.name} ${JF_LEVEL_LABEL[lv]}`,
    kind: 'fungsional',
    jfLevel: lv,
    kelas: JF_KELAS[lv],
    isHead: false,
    jabatan: key,
    tier: null,
  };
}

export interface StaffSlot {
  unitCode: string;
  jabatan: JabatanKey;
  level: JfLevel | null;
}

/** The fewest staff an agency can have: one per unit that employs staff, more where `ensure` asks. */
export function minimumStaff(units: readonly PlannedUnit[]): number {
  return units.filter((u) => u.spec.staff > 0).reduce((n, u) => n + Math.max(1, u.spec.ensure?.length ?? 0), 0);
}

/** Shares `total` staff among the units by weight and draws each one's jabatan from the unit's mix. */
export function allocateStaff(rng: Random, units: readonly PlannedUnit[], total: number): StaffSlot[] {
  const staffed = units.filter((u) => u.spec.staff > 0);
  const floor = staffed.map((u) => Math.max(1, u.spec.ensure?.length ?? 0));
  const rest = total - floor.reduce((s, n) => s + n, 0);
  if (rest < 0) throw new Error(`Terlalu sedikit pegawai untuk unit-unit ${units[0]?.code}`);
  const extra = apportion(rest, staffed.map((u) => u.spec.staff));
  const slots: StaffSlot[] = [];
  staffed.forEach((unit, i) => {
    const count = floor[i]! + extra[i]!;
    if (!unit.profile) throw new Error(`Unit ${unit.code} menampung staf tetapi tidak punya profil jabatan`);
    const mix = PROFILES[unit.profile];
    for (let k = 0; k < count; k++) {
      const key = unit.spec.ensure?.[k] ?? rng.weighted(mix);
      const levels = JABATAN[key].levels;
      slots.push({ unitCode: unit.code, jabatan: key, level: levels ? rng.weighted(levels) : null });
    }
  });
  return slots;
}
