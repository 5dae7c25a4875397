/** Position kinds as named by UU ASN and PermenPANRB; JPT is split by tier. */
export const POSITION_KINDS = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional',
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const POSITION_KIND_LABEL: Record<PositionKind, string> = {
  jpt_utama: 'JPT Utama',
  jpt_madya: 'JPT Madya',
  jpt_pratama: 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  pelaksana: 'Pelaksana',
  fungsional: 'Fungsional',
};

export function isJpt(kind: PositionKind): boolean {
  return kind === 'jpt_utama' || kind === 'jpt_madya' || kind === 'jpt_pratama';
}

/** Jenjang of jabatan fungsional: the skill track and the expertise track (PermenPANRB 1/2023). */
export const JF_LEVELS = [
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
] as const;
export type JfLevel = (typeof JF_LEVELS)[number];

export const JF_LEVEL_LABEL: Record<JfLevel, string> = {
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
};

export const KELAS_JABATAN_MIN = 1;
export const KELAS_JABATAN_MAX = 17;

/** Acting roles: Plt stands in for a vacant post, Plh for a holder who is temporarily away. */
export const ASSIGNMENT_ROLES = ['definitive', 'plt', 'plh'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** Accepts the forms people type in spreadsheets ("JPT Pratama", "jpt-pratama", "Eselon II"). */
export function parsePositionKind(input: string): PositionKind | undefined {
  const k = input.trim().toLowerCase().replace(/[\s\-]+/g, '_');
  if ((POSITION_KINDS as readonly string[]).includes(k)) return k as PositionKind;
  const aliases: Record<string, PositionKind> = {
    eselon_i: 'jpt_madya',
    eselon_ii: 'jpt_pratama',
    eselon_iii: 'administrator',
    eselon_iv: 'pengawas',
    jfu: 'pelaksana',
    jft: 'fungsional',
    jf: 'fungsional',
    pelaksana_umum: 'pelaksana',
  };
  // Own keys only: a plain object lookup would return inherited members for garbage such as
  // "constructor" (Object) or "__proto__" (Object.prototype) instead of undefined.
  return Object.hasOwn(aliases, k) ? aliases[k] : undefined;
}

export function parseJfLevel(input: string): JfLevel | undefined {
  const k = input.trim().toLowerCase().replace(/[\s\-]+/g, '_');
  return (JF_LEVELS as readonly string[]).includes(k) ? (k as JfLevel) : undefined;
}
