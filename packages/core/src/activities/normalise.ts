/**
 * Indonesian-aware text normalisation for the activity search: folding, abbreviation/synonym
 * expansion (table in ./abbreviations.ts) and a light rule-based stemmer.
 *
 * Pure and dependency-free, shared by the server and the offline web app.
 */
import { ABBREVIATIONS } from './abbreviations.js';

/**
 * Lower-case, strip diacritics and punctuation, collapse whitespace.
 * Apostrophes are dropped rather than turned into spaces ("Jum'at" → "jumat"); every other run of
 * non-letters/digits becomes one space ("Barang/Jasa" → "barang jasa", "SPP-UP" → "spp up").
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Normalised words of a text, in order (stopwords kept). */
export function words(text: string): string[] {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
}

/** Function words that carry no meaning for search; dropped from the index and from queries. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'atau', 'oleh', 'dalam', 'serta',
  'terhadap', 'tentang', 'kepada', 'sebagai', 'para', 'secara', 'bagi', 'yg', 'dgn', 'utk', 'dll', 'dsb',
]);

// ---------------------------------------------------------------------------------------------
// Abbreviations and synonyms
// ---------------------------------------------------------------------------------------------

interface Entry {
  readonly from: readonly string[];
  readonly to: readonly (readonly string[])[];
}

/** First word → entries starting with it, longest phrase first. */
const ENTRIES_BY_FIRST_WORD: ReadonlyMap<string, readonly Entry[]> = (() => {
  const map = new Map<string, Entry[]>();
  for (const [from, ...to] of ABBREVIATIONS) {
    const entry: Entry = { from: from.split(' '), to: to.map((t) => t.split(' ')) };
    const first = entry.from[0]!;
    const list = map.get(first) ?? [];
    list.push(entry);
    list.sort((a, b) => b.from.length - a.from.length);
    map.set(first, list);
  }
  return map;
})();

/** Every single word that is itself an abbreviation key; the stemmer leaves these alone. */
const ABBREVIATION_WORDS: ReadonlySet<string> = new Set(
  ABBREVIATIONS.filter(([from]) => !from.includes(' ')).map(([from]) => from),
);

/** A run of query/index words, with the alternatives the abbreviation table offers for it. */
export interface WordGroup {
  /** The words as typed (normalised). */
  readonly words: readonly string[];
  /** Alternative spellings from the table, each a list of words; empty when none applies. */
  readonly expansions: readonly (readonly string[])[];
}

/** Splits normalised words into groups, matching the longest table phrase at each position. */
export function groupWords(ws: readonly string[]): WordGroup[] {
  const out: WordGroup[] = [];
  let i = 0;
  while (i < ws.length) {
    const word = ws[i]!;
    const entry = ENTRIES_BY_FIRST_WORD.get(word)?.find((e) => e.from.every((w, k) => ws[i + k] === w));
    if (entry) {
      out.push({ words: entry.from, expansions: entry.to });
      i += entry.from.length;
    } else {
      out.push({ words: [word], expansions: [] });
      i += 1;
    }
  }
  return out;
}

/**
 * Normalises and replaces every abbreviation by its first expansion: "Rakor lap. bulanan" →
 * "rapat koordinasi laporan bulanan". Meant for tests, display and logs; the index keeps both forms.
 */
export function expand(text: string): string {
  return groupWords(words(text))
    .map((g) => (g.expansions[0] ?? g.words).join(' '))
    .join(' ');
}

/**
 * The words to index for a text: its words plus every expansion, stopwords removed.
 * "Mengikuti rapat koordinasi (rakor)" → mengikuti rapat koordinasi rakor rapat koordinasi.
 */
export function indexWords(text: string): string[] {
  const out: string[] = [];
  for (const g of groupWords(words(text))) {
    for (const w of g.words) if (!STOPWORDS.has(w)) out.push(w);
    for (const e of g.expansions) for (const w of e) if (!STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stemmer
// ---------------------------------------------------------------------------------------------
//
// A small rule-based stemmer for the affixes that matter in activity names, so that "menyusun",
// "penyusunan", "disusun" and "susun" all become "susun". It is NOT Nazief–Adriani: there is no
// root dictionary, so it cannot check that what it produces is a real word. What it does:
//
//   * particle -nya;
//   * verbs (me-/meN-/di-): suffix -kan or -i, then the prefix, with the nasal assimilation rules
//     (meny+vowel → s…, mem+vowel → p…, men+vowel → t…, meng+vowel → vowel);
//   * nouns: suffix -an, then peN-/per-/pe-, or the confix ke-…-an; one extra per- may follow
//     (mempersiapkan → siap, kepemimpinan → pimpin);
//   * words shorter than 5 letters, words with digits and abbreviation keys are left alone.
//
// Known limits (accepted; fuzzy matching in the search absorbs most of them):
//   * ber-, ter-, se- and -lah/-kah are not removed ("bekerja", "tersusun" stay as they are);
//   * ambiguous nasal forms are resolved by rule plus the short lists below, not by lookup, so a
//     root that starts with k/p/t/s may lose its first letter the same way in the verb and the noun
//     but not in the bare root ("mengelola"/"pengelolaan" → "elola", while "kelola" stays "kelola");
//   * -i is only removed from verbs, and not after "a" or loan words in -si ("memverifikasi"
//     → "verifikasi"), so some verbs in -i keep it ("meneliti" → "telit" vs "penelitian" → "teliti");
//   * a final -an that belongs to the root is only protected by length ("bulan", "jalan", "taman"
//     stay; "pangan" becomes "pang").

const VOWEL = /^[aiueo]/;
const MIN_ROOT = 3;

/** Words that look affixed but are not; returned unchanged. */
const PROTECTED: ReadonlySet<string> = new Set([
  // di…
  'dinas', 'disposisi', 'diskusi', 'distribusi', 'digital', 'digitalisasi', 'direktur', 'direktorat',
  'diagnosa', 'diagnosis', 'dialog', 'dinamika', 'diare', 'dimensi', 'diploma', 'disiplin', 'disabilitas',
  'diklat', 'difteri', 'distrik', 'diseminasi', 'disinfeksi', 'disinfektan', 'dispensasi', 'diversifikasi',
  'diskon', 'disertasi', 'dialisis', 'dirjen',
  // me…
  'menteri', 'mental', 'mentor', 'merek', 'merdeka', 'memo', 'menu', 'meter', 'member', 'memori', 'mentah',
  'merah', 'media', 'medis', 'metode', 'mesin', 'medali', 'meja',
  // pe…
  'penting', 'pemilu', 'pemuda', 'pendek', 'permen', 'persen', 'pensiun', 'perak', 'perahu', 'perintah', 'periksa',
]);

/** Irregular words and bodies (after suffix removal) with their root. */
const ROOT_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['petani', 'tani'],
  ['petugas', 'tugas'],
  ['peternak', 'ternak'],
  ['pekerja', 'kerja'],
  ['bekerja', 'kerja'],
  ['pedagang', 'dagang'],
  ['petambak', 'tambak'],
  ['berkoordinasi', 'koordinasi'],
]);

/** Roots after per- that begin with a vowel (per+izin, not pe+rizin). */
const PER_VOWEL_ROOTS = ['izin', 'ubah', 'undang', 'ikan', 'alat', 'usaha', 'ingat', 'atur', 'ekonomi', 'industri', 'oleh', 'aturan'];
/** Loan words that keep their k after meng-/peng- in common (non-standard) spelling but lose it in the standard one. */
const K_ROOTS = ['koordinasi', 'komunikasi', 'konsultasi', 'konfirmasi', 'kompilasi', 'konsep', 'koreksi', 'kontrol', 'koleksi', 'kompetensi', 'konsolidasi'];
/** Roots that begin with m, so mem+vowel is me+m… rather than a dropped p. */
const M_ROOTS = ['masuk', 'muat', 'mulai', 'mula', 'minta', 'monitor', 'mediasi', 'motivasi', 'mobilisasi', 'migrasi', 'mutasi', 'mutakhir', 'musnah', 'moderasi', 'modifikasi'];
/** Roots that begin with n, so men+vowel is me+n… rather than a dropped t. */
const N_ROOTS = ['nilai', 'nikah', 'nonaktif', 'normalisasi', 'notifikasi'];
/** Roots ending in s that do take the verb suffix -i (mengawasi = awas + i). */
const S_I_ROOTS = ['awas', 'batas', 'tugas', 'lepas', 'balas', 'bahas'];
/** Roots that end in i themselves, so the -i must stay. */
const I_ROOTS = ['teliti', 'kaji', 'uji', 'beri', 'cari', 'isi', 'mulai', 'kendali'];

const startsWithAny = (s: string, list: readonly string[]): boolean => list.some((r) => s.startsWith(r));

/** Reduces one normalised word to its (approximate) root. */
export function stem(word: string): string {
  if (word.length < 5 || /\d/.test(word) || PROTECTED.has(word) || ABBREVIATION_WORDS.has(word)) return word;
  const direct = ROOT_OVERRIDES.get(word);
  if (direct) return direct;
  let w = word;
  if (w.endsWith('nya') && w.length - 3 >= 4) w = w.slice(0, -3);
  if (/^(me(ng|ny|m|n|[lrwy])|di)/.test(w)) {
    const root = stemVerb(w);
    if (root) return root;
  }
  return stemNoun(w);
}

function stemVerb(w: string): string | undefined {
  const candidates: { body: string; suffix: '' | 'kan' | 'i' }[] = [];
  if (w.endsWith('kan') && w.length - 3 >= 4) candidates.push({ body: w.slice(0, -3), suffix: 'kan' });
  else if (w.endsWith('i') && !w.endsWith('ai') && w.length - 1 >= 4) candidates.push({ body: w.slice(0, -1), suffix: 'i' });
  candidates.push({ body: w, suffix: '' });
  for (const { body, suffix } of candidates) {
    const override = ROOT_OVERRIDES.get(body);
    if (override) return override;
    const root = stripVerbPrefix(body);
    if (root === undefined || root.length < MIN_ROOT) continue;
    if (suffix === 'i') {
      if (root.length < 4 || I_ROOTS.includes(root + 'i')) continue;
      if (root.endsWith('s') && !S_I_ROOTS.includes(root)) continue; // loan words in -si: verifikasi, evaluasi
    }
    return root;
  }
  return undefined;
}

function stripVerbPrefix(b: string): string | undefined {
  let root: string | undefined;
  if (b.startsWith('di')) {
    root = b.length - 2 >= 4 ? b.slice(2) : undefined;
  } else if (b.startsWith('meny') && VOWEL.test(b.slice(4))) {
    root = 's' + b.slice(4);
  } else if (b.startsWith('meng')) {
    root = afterNg(b.slice(4));
  } else if (b.startsWith('mem')) {
    root = afterM(b.slice(3));
  } else if (b.startsWith('men')) {
    root = afterN(b.slice(3));
  } else if (/^me[lrwymn]/.test(b)) {
    root = b.slice(2);
  }
  return root === undefined ? undefined : stripPer(root);
}

function stemNoun(w: string): string {
  const candidates: { body: string; an: boolean }[] = [];
  if (w.endsWith('an') && w.length - 2 >= 4) candidates.push({ body: w.slice(0, -2), an: true });
  candidates.push({ body: w, an: false });
  for (const { body, an } of candidates) {
    const override = ROOT_OVERRIDES.get(body);
    if (override) return override;
    if (an && body.startsWith('ke') && body.length - 2 >= 4) {
      const inner = body.slice(2);
      const again = stripNounPrefix(inner);
      return again !== undefined && again.length >= MIN_ROOT ? again : inner;
    }
    const root = stripNounPrefix(body);
    if (root !== undefined && root.length >= MIN_ROOT) return root;
    if (an) return body; // -an removed, no prefix
  }
  return w;
}

function stripNounPrefix(b: string): string | undefined {
  let root: string | undefined;
  if (b.startsWith('peny') && VOWEL.test(b.slice(4))) {
    root = 's' + b.slice(4);
  } else if (b.startsWith('peng')) {
    root = afterNg(b.slice(4));
  } else if (b.startsWith('pem')) {
    root = afterM(b.slice(3));
  } else if (b.startsWith('pen')) {
    root = afterN(b.slice(3));
  } else if (b.startsWith('per')) {
    const rest = b.slice(3);
    if (!VOWEL.test(rest)) return rest.length >= MIN_ROOT ? rest : undefined;
    return startsWithAny(rest, PER_VOWEL_ROOTS) ? rest : b.slice(2); // per+izin, else pe+rawat
  } else if (/^pe[lrwy]/.test(b)) {
    root = b.slice(2);
  } else {
    return undefined;
  }
  return root === undefined ? undefined : stripPer(root);
}

/** After meng-/peng-: vowel roots keep their vowel (with a few k loan words restored), consonants stay. */
function afterNg(rest: string): string | undefined {
  if (rest === '') return undefined;
  if (VOWEL.test(rest) && startsWithAny('k' + rest, K_ROOTS)) return 'k' + rest;
  return rest;
}

/** After mem-/pem-: b… as is; a vowel means a dropped p (or an m root); other consonants as is (memverifikasi). */
function afterM(rest: string): string | undefined {
  if (rest === '') return undefined;
  if (VOWEL.test(rest)) return startsWithAny('m' + rest, M_ROOTS) ? 'm' + rest : 'p' + rest;
  return rest;
}

/** After men-/pen-: a vowel means a dropped t (or an n root); d, c, j, t, z stay; anything else is not this prefix. */
function afterN(rest: string): string | undefined {
  if (VOWEL.test(rest)) return startsWithAny('n' + rest, N_ROOTS) ? 'n' + rest : 't' + rest;
  if (/^[dcjtz]/.test(rest)) return rest;
  return undefined;
}

/** A second prefix per- (mempersiapkan → persiap → siap), when what remains is still long enough. */
function stripPer(root: string): string {
  if (!root.startsWith('per') || root.length < 6) return root;
  const rest = root.slice(3);
  if (!VOWEL.test(rest)) return rest.length >= 4 ? rest : root;
  return startsWithAny(rest, PER_VOWEL_ROOTS) ? rest : root;
}
