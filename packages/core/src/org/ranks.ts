/** PNS pangkat/golongan ruang (PP 99/2000) and PPPK golongan (Perpres 98/2020). */
export const PNS_RANKS = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const;

export const PPPK_RANKS = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

export type RankCode = string;

const pnsByCode = new Map<string, string>(PNS_RANKS.map(([c, n]) => [c.toLowerCase(), n]));

/** Normalises "III/A", "3a", "III a" to "III/a"; returns undefined when unknown. */
export function normalisePnsRank(input: string): string | undefined {
  const s = input.trim().replace(/\s+/g, '');
  // Case-insensitive: "iii/A" and "ii b" are as common in spreadsheets as "III/a" (the roman part
  // was upper-cased below but the pattern only matched upper-case numerals).
  const m = /^(IV|III|II|I|[1-4])\/?([a-e])$/i.exec(s);
  if (!m) return undefined;
  const roman = ({ '1': 'I', '2': 'II', '3': 'III', '4': 'IV' } as Record<string, string>)[m[1]!] ?? m[1]!.toUpperCase();
  const code = `${roman}/${m[2]!.toLowerCase()}`;
  return pnsByCode.has(code.toLowerCase()) ? code : undefined;
}

export function normalisePppkRank(input: string): string | undefined {
  const s = input.trim().toUpperCase();
  return (PPPK_RANKS as readonly string[]).includes(s) ? s : undefined;
}

export function pangkatName(code: string): string | undefined {
  return pnsByCode.get(code.toLowerCase());
}
