import type { JabatanKey, ProfileKey } from './jabatan.js';
import type { Field } from './titles.js';

/**
 * The vocabulary the agency catalogue is written in, following a province's Perda on perangkat
 * daerah: an agency head (JPT Pratama; the Sekretaris Daerah is JPT Madya), a Sekretariat and Bidang
 * under Administrator heads, Seksi/Subbidang/Subbagian under Pengawas heads, UPT and cabang dinas
 * for the large agencies. Staff are placed by weight, not listed.
 */
export type HeadTier = 'jpt_madya' | 'jpt_pratama' | 'administrator' | 'pengawas' | 'kepala_sekolah';

export interface UnitSpec {
  /** Code suffix: joined to the parent's code ("DINKES" + "BID-P2P"), or to the agency's if `flatCode`. */
  code: string;
  name: string;
  /** The head post's name. */
  head: string;
  tier: HeadTier;
  kelas: number;
  /** Relative number of staff placed directly in this unit. */
  staff: number;
  /** Staff mix; inherited by children that name none. */
  profile?: ProfileKey;
  children: UnitSpec[];
  flatCode?: boolean;
  /** A deliberately vacant head post: with a Plt, or with nobody acting (supervision passes up). */
  vacancy?: 'plt' | 'empty';
  /** The head is away and a Plh stands in. */
  plh?: boolean;
  /** The first staff member here gets an admin account. */
  admin?: 'agency_admin' | 'bkd_admin' | 'finance';
  /** Jabatan that must be among this unit's first staff (so demo sign-ins exist at any size). */
  ensure?: JabatanKey[];
  /** Preferred unit for the "pelaksana and their pengawas" demo sign-ins. */
  showcase?: boolean;
}

export interface AgencySpec {
  code: string;
  name: string;
  shortName: string;
  /** Relative size: the requested employee count is shared out in these proportions. */
  size: number;
  /** Fields of study of its structural officials. */
  fields: Field[];
  top: UnitSpec;
}

type SubInput = string | UnitSpec;

const STOP = new Set(['dan', 'di', 'serta', 'pada', 'untuk', 'dengan', 'yang']);

/**
 * "Seksi Kesehatan Keluarga dan Gizi" -> "KKG"; all-caps words (SMA, UKM, TIK) are kept whole; a
 * one-word name keeps its first letters ("Seksi Logistik" -> "LOGIST").
 */
function initials(name: string): string {
  const words = name
    .replace(/[,/()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(1)
    .filter((x) => !STOP.has(x.toLowerCase()));
  if (words.length === 1) return words[0]!.replace(/-.*/, '').slice(0, 6).toUpperCase();
  const code = words
    .map((x) => (/^[A-Z0-9]{2,4}$/.test(x) ? x : x[0]!.toUpperCase()))
    .join('');
  return code.slice(0, 8);
}

/** A Pengawas-headed unit. `input` is "Name" or "CODE|Name". */
export function sub(input: SubInput, profile?: ProfileKey, kelas = 9): UnitSpec {
  if (typeof input !== 'string') return input;
  const [code, name] = input.includes('|') ? (input.split('|') as [string, string]) : [initials(input), input];
  return { code, name, head: `Kepala ${name}`, tier: 'pengawas', kelas, staff: 1, ...(profile ? { profile } : {}), children: [] };
}

function withDistinctCodes(units: UnitSpec[]): UnitSpec[] {
  const seen = new Map<string, number>();
  return units.map((u) => {
    const n = (seen.get(u.code) ?? 0) + 1;
    seen.set(u.code, n);
    return n === 1 ? u : { ...u, code: `${u.code}${n}` };
  });
}

/** A Bidang (or Bagian, Inspektorat Pembantu …) under an Administrator. */
export function bidang(code: string, name: string, profile: ProfileKey, subs: SubInput[], extra: Partial<UnitSpec> = {}): UnitSpec {
  const children = withDistinctCodes(subs.map((s) => sub(s)));
  return {
    code: code.includes('-') ? code : `BID-${code}`,
    name,
    head: `Kepala ${name}`,
    tier: 'administrator',
    kelas: 11,
    staff: children.length === 0 ? 1 : 0,
    profile,
    children,
    ...extra,
  };
}

export function sekretariat(agencyName: string, large: boolean, extra: { umpeg?: Partial<UnitSpec>; keuangan?: Partial<UnitSpec> } = {}): UnitSpec {
  const umpeg = { ...sub('UMPEG|Subbagian Umum dan Kepegawaian', 'umpeg'), staff: 1.3, ...extra.umpeg };
  const children = large
    ? [umpeg, { ...sub('KEU|Subbagian Keuangan dan Aset', 'keuangan'), ...extra.keuangan }, { ...sub('PEP|Subbagian Perencanaan, Evaluasi dan Pelaporan', 'program'), staff: 0.8 }]
    : [umpeg, { ...sub('PK|Subbagian Program dan Keuangan', 'keuangan'), ...extra.keuangan }];
  return { code: 'SEK', name: 'Sekretariat', head: `Sekretaris ${agencyName}`, tier: 'administrator', kelas: 12, staff: 0, children };
}

/** A UPT: Kepala UPT (Administrator) with technical staff, and a Subbagian Tata Usaha. */
export function upt(code: string, name: string, profile: ProfileKey, staff: number, subs: SubInput[] = []): UnitSpec {
  const tu = sub('TU|Subbagian Tata Usaha', 'tu', 8);
  return {
    code: `UPT-${code}`,
    name,
    head: `Kepala ${name}`,
    tier: 'administrator',
    kelas: 11,
    staff,
    profile,
    children: [tu, ...subs.map((s) => sub(s, undefined, 8))],
  };
}

export interface AgencyInput {
  code: string;
  name: string;
  short: string;
  size: number;
  fields: Field[];
  kelas?: number;
  head?: string;
  /** Dinas and Badan get a standard Sekretariat; the Setda, Setwan and hospitals build their own. */
  sekretariat?: false | 'large' | 'small';
  /** Extra settings for the Sekretariat's Subbagian Umum dan Kepegawaian (where agency admins sit). */
  umpeg?: Partial<UnitSpec>;
  /** Extra settings for its finance Subbagian (where the agency's bendahara, role finance, sits). */
  keuangan?: Partial<UnitSpec>;
  children: UnitSpec[];
  top?: Partial<UnitSpec>;
}

export function agency(a: AgencyInput): AgencySpec {
  const large = (a.sekretariat ?? (a.size >= 100 ? 'large' : 'small')) === 'large';
  const sek = a.sekretariat === false ? [] : [sekretariat(a.name, large, { ...(a.umpeg ? { umpeg: a.umpeg } : {}), ...(a.keuangan ? { keuangan: a.keuangan } : {}) })];
  return {
    code: a.code,
    name: a.name,
    shortName: a.short,
    size: a.size,
    fields: a.fields,
    top: {
      code: a.code,
      name: a.name,
      head: a.head ?? `Kepala ${a.name}`,
      tier: 'jpt_pratama',
      kelas: a.kelas ?? 14,
      staff: 0,
      children: [...sek, ...a.children],
      ...a.top,
    },
  };
}

/** A Bagian of a Biro: Administrator with its own analysts, no sub-units (simplified bureaucracy). */
export const bagian = (input: string, profile?: ProfileKey): UnitSpec => {
  const [code, name] = input.includes('|') ? (input.split('|') as [string, string]) : [initials(input), input];
  return { code, name, head: `Kepala ${name}`, tier: 'administrator', kelas: 12, staff: 1, ...(profile ? { profile } : {}), children: [] };
};

export function biro(code: string, name: string, profile: ProfileKey, bagians: UnitSpec[]): UnitSpec {
  return { code: `BIRO-${code}`, name, head: `Kepala ${name}`, tier: 'jpt_pratama', kelas: 14, staff: 0, profile, children: withDistinctCodes(bagians) };
}

export function asisten(code: string, name: string, biros: UnitSpec[]): UnitSpec {
  return { code: `AS${code}`, name, head: name, tier: 'jpt_pratama', kelas: 15, staff: 0, children: biros };
}

/** A school is a unit whose head is a teacher (kepala sekolah), coded flat ("DISDIKBUD-SMAN1-PTK"). */
export function school(code: string, name: string): UnitSpec {
  return { code, name, head: `Kepala ${name}`, tier: 'kepala_sekolah', kelas: 11, staff: 6, profile: 'sekolah', flatCode: true, children: [] };
}

/** A cabang dinas pendidikan: the provincial education office's branch that runs a region's schools. */
export function cabdin(code: string, wilayah: string, schools: [string, string][]): UnitSpec {
  const name = `Cabang Dinas Pendidikan Wilayah ${wilayah}`;
  return {
    code: `CABDIN-${code}`,
    name,
    head: `Kepala ${name}`,
    tier: 'administrator',
    kelas: 11,
    staff: 1,
    profile: 'cabdin',
    children: [sub('TU|Subbagian Tata Usaha', 'tu', 8), ...schools.map(([c, n]) => school(c, n))],
  };
}

/** A hospital's deputy director (wakil direktur), over Bidang and Bagian. */
export const wadir = (code: string, name: string, children: UnitSpec[]): UnitSpec => ({
  code: `WADIR-${code}`,
  name,
  head: name,
  tier: 'administrator',
  kelas: 12,
  staff: 0,
  children,
});

/** A bidang as [code, name, seksi, profile when not the agency's]. */
export type BidangRow = [string, string, string[], ProfileKey?];

/** A Dinas with a standard Sekretariat and Bidang that share one staff profile unless a row names its own. */
export const small = (code: string, name: string, short: string, size: number, fields: Field[], profile: ProfileKey, bidangs: BidangRow[], extra: UnitSpec[] = []) =>
  agency({ code, name, short, size, fields, children: [...bidangs.map(([c, n, s, p]) => bidang(c, n, p ?? profile, s)), ...extra] });

/** The same for a Badan, whose Bidang hold Subbidang. */
export const badan = (code: string, name: string, short: string, size: number, fields: Field[], profile: ProfileKey, bidangs: BidangRow[]) =>
  agency({ code, name, short, size, fields, children: bidangs.map(([c, n, s, p]) => bidang(c, n, p ?? profile, s)) });
