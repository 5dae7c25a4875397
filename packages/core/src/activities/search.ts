/**
 * Type-ahead search over the activity dictionary (kamus aktivitas), built on MiniSearch.
 *
 * Text matching: every word of the dictionary is indexed twice, as written and as its stem
 * (./normalise.ts), plus the expansions of abbreviations ("Renja" also indexes "rencana kerja").
 * A query word matches through its stem (exact, prefix while typing, fuzzy for typos) or through
 * its surface form (a small bonus, and prefix matching of half-typed words the stemmer would mangle),
 * or through any expansion. All query words must match; when fewer than `limit` activities do, the
 * activities that match at least half of them follow.
 *
 * Ranking: the text score is multiplied by the user's context: favourites, recently used entries
 * (decaying with age) and entries meant for the user's position kind rank higher; entries meant
 * for other position kinds rank lower but stay visible, since the dictionary is advisory.
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { groupWords, indexWords, normalise, stem, STOPWORDS, words } from './normalise.js';
import type { ActivityItem } from './types.js';

export interface ActivitySearchContext {
  /** Codes the user starred. */
  favourites: ReadonlySet<string>;
  /** Code → when the user last logged it (epoch ms). */
  recent: ReadonlyMap<string, number>;
  /** The user's PositionKind ("pelaksana", "fungsional", "jpt_pratama" …). */
  positionKind?: string;
  /** Clock for the recency decay; defaults to Date.now(). */
  now?: number;
}

export interface ActivitySearch {
  /** Best matches first; an empty query lists favourites, then recent entries, then entries for the position kind. */
  search(query: string, ctx: ActivitySearchContext, limit?: number): ActivityItem[];
  /** Number of indexed activities. */
  readonly size: number;
}

/** Ranking knobs: multipliers on the text score unless said otherwise. */
export const ACTIVITY_RANKING = {
  favourite: 1.5,
  /** Extra weight of an entry used just now; halves every `recentHalfLifeDays`. */
  recentMax: 0.35,
  recentHalfLifeDays: 7,
  /** Entry lists the user's position kind. */
  positionMatch: 1.25,
  /** Entry lists position kinds, none of them the user's. */
  positionMismatch: 0.55,
  /** Weight of matching the word as typed, on top of matching its stem. */
  surfaceWord: 0.3,
  /** Fuzzy matching (share of the word length that may differ) for words of at least `fuzzyMinLength`. */
  fuzzy: 0.2,
  fuzzyMinLength: 4,
  /** Bonus when matched words are neighbours in the name ("laporan keuangan" over "laporan … dan keuangan"). */
  adjacency: 0.25,
  /** BM25 b: how much a longer name is penalised (MiniSearch default 0.7). */
  lengthNormalisation: 0.3,
  /** Field weights. */
  fields: { name: 2, code: 1, group: 0.3 },
} as const;

const DAY_MS = 86_400_000;

/** "ADM-0001" → "adm0001", the form the code field is indexed under. */
function compactCode(code: string): string {
  return normalise(code).replace(/ /g, '');
}

const TEXT_FIELDS = ['name', 'group'];
const CODE_FIELDS = ['name', 'group', 'code'];

/** Longest word being typed that is matched by its initial letters rather than by a prefix search. */
const MAX_INITIAL = 2;

/** A query such as "KES-0123", "kes 12" or "kes0123". */
const CODE_QUERY = /^([a-z]{2,5}) ?(\d{1,6})$/;

export function createActivitySearch(items: readonly ActivityItem[]): ActivitySearch {
  const byCode = new Map<string, ActivityItem>();
  const order = new Map<string, number>();
  const compact = new Map<string, string>();
  items.forEach((item, i) => {
    if (byCode.has(item.code)) throw new Error(`Kode kegiatan ganda dalam kamus: ${item.code}`);
    byCode.set(item.code, item);
    order.set(item.code, i);
    compact.set(item.code, compactCode(item.code));
  });

  // The dictionary repeats its words a lot: stem each distinct word once.
  const stems = new Map<string, string>();
  const stemOf = (w: string): string => {
    let s = stems.get(w);
    if (s === undefined) stems.set(w, (s = stem(w)));
    return s;
  };
  const vocabulary = new Set<string>();
  const index = new MiniSearch<ActivityItem>({
    // MiniSearch reads the id through extractField too, hence a separate id field for the raw code.
    idField: 'id',
    fields: ['name', 'code', 'group'],
    storeFields: [],
    extractField: (doc, field) => {
      if (field === 'id') return doc.code;
      if (field === 'code') return compact.get(doc.code)!;
      return field === 'name' ? doc.name : doc.group;
    },
    tokenize: (text, field) => (field === 'code' ? [text] : indexWords(text)),
    processTerm: (term, field) => {
      vocabulary.add(term);
      if (field === 'code') return term;
      const s = stemOf(term);
      vocabulary.add(s);
      return s === term ? term : [term, s];
    },
    searchOptions: {
      // Queries are handed over as trees of already processed terms.
      tokenize: (text) => [text],
      processTerm: (term) => term,
      // The code field is only searched for words with digits (see buildQuery): each code is a unique
      // term with a huge IDF, so "keu" prefix-matching "keu0054" would swamp the name score.
      fields: TEXT_FIELDS,
      boost: { ...ACTIVITY_RANKING.fields },
      maxFuzzy: 2,
      // Weak length normalisation: names are short, and expanded abbreviations lengthen them.
      bm25: { k: 1.2, b: ACTIVITY_RANKING.lengthNormalisation, d: 0.5 },
    },
  });
  index.addAll(items);
  const terms = new Vocabulary(vocabulary);

  // For a word of one or two letters being typed: position of the first name word (or its stem)
  // starting with those letters. Cheaper, and no worse, than a prefix search over the hundreds of
  // indexed words that start with "p" or "me".
  const initials = new Map<string, Map<string, number>>();
  /** Name words in order (stopwords out), as [surface, stem], for the adjacency bonus. */
  const sequences = new Map<string, [string, string][]>();
  for (const item of items) {
    sequences.set(
      item.code,
      words(item.name)
        .filter((w) => !STOPWORDS.has(w))
        .map((w) => [w, stemOf(w)]),
    );
    const m = new Map<string, number>();
    indexWords(item.name).forEach((w, i) => {
      const s = stemOf(w);
      for (const p of [w.slice(0, 1), w.slice(0, 2), s.slice(0, 1), s.slice(0, 2)]) if (!m.has(p)) m.set(p, i);
    });
    initials.set(item.code, m);
  }

  function contextBoost(item: ActivityItem, ctx: ActivitySearchContext, now: number): number {
    let b = 1;
    if (ctx.favourites.has(item.code)) b *= ACTIVITY_RANKING.favourite;
    const used = ctx.recent.get(item.code);
    if (used !== undefined) {
      const ageDays = Math.max(0, now - used) / DAY_MS;
      b *= 1 + ACTIVITY_RANKING.recentMax * 0.5 ** (ageDays / ACTIVITY_RANKING.recentHalfLifeDays);
    }
    if (ctx.positionKind && item.positionKinds.length > 0) {
      b *= allowsKind(item, ctx.positionKind) ? ACTIVITY_RANKING.positionMatch : ACTIVITY_RANKING.positionMismatch;
    }
    return b;
  }

  function rank(tree: Query, built: BuiltQuery, ctx: ActivitySearchContext, now: number, minGroups: number) {
    const out: { item: ActivityItem; score: number }[] = [];
    for (const r of index.search(tree)) {
      const item = byCode.get(r.id as string);
      if (!item) continue;
      if (built.initial !== undefined && !initials.get(item.code)!.has(built.initial)) continue;
      const matched = new Set<number>();
      for (const t of r.queryTerms) for (const g of built.termGroups.get(t) ?? []) matched.add(g);
      if (matched.size < minGroups) continue;
      // MiniSearch multiplies by the number of matched query terms; count matched words instead, so
      // that matching both the stem and the surface form of one word is not a double reward.
      let text = (r.score / Math.max(1, r.queryTerms.length)) * matched.size;
      if (built.groups.length > 1) text *= 1 + ACTIVITY_RANKING.adjacency * adjacency(item.code, r.terms, built.groups.length);
      out.push({ item, score: text * contextBoost(item, ctx, now) });
    }
    out.sort((a, b) => b.score - a.score || order.get(a.item.code)! - order.get(b.item.code)!);
    return out.map((x) => x.item);
  }

  /** Share (0..1) of the possible neighbouring pairs of query words found side by side in the name. */
  function adjacency(code: string, matchedTerms: readonly string[], groupCount: number): number {
    const seq = sequences.get(code)!;
    const hit = (k: number) => matchedTerms.includes(seq[k]![0]) || matchedTerms.includes(seq[k]![1]);
    let pairs = 0;
    for (let k = 0; k + 1 < seq.length; k++) if (hit(k) && hit(k + 1)) pairs++;
    return Math.min(pairs, groupCount - 1) / (groupCount - 1);
  }

  /** A query of one or two letters: entries with a word starting so, by context, then how early that word comes. */
  function byInitial(initial: string, ctx: ActivitySearchContext, now: number): ActivityItem[] {
    const out: { item: ActivityItem; boost: number; at: number }[] = [];
    for (const item of items) {
      const at = initials.get(item.code)!.get(initial);
      if (at !== undefined) out.push({ item, boost: contextBoost(item, ctx, now), at });
    }
    out.sort((a, b) => b.boost - a.boost || a.at - b.at || order.get(a.item.code)! - order.get(b.item.code)!);
    return out.map((x) => x.item);
  }

  function defaults(ctx: ActivitySearchContext, limit: number): ActivityItem[] {
    const out: ActivityItem[] = [];
    const seen = new Set<string>();
    const push = (item: ActivityItem | undefined) => {
      if (!item || seen.has(item.code) || out.length >= limit) return;
      seen.add(item.code);
      out.push(item);
    };
    const lastUsed = (code: string) => ctx.recent.get(code) ?? 0;
    [...ctx.favourites]
      .filter((c) => byCode.has(c))
      .sort((a, b) => lastUsed(b) - lastUsed(a) || order.get(a)! - order.get(b)!)
      .forEach((c) => push(byCode.get(c)));
    [...ctx.recent]
      .filter(([c]) => byCode.has(c))
      .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
      .forEach(([c]) => push(byCode.get(c)));
    if (ctx.positionKind) for (const item of items) if (item.positionKinds.length > 0 && allowsKind(item, ctx.positionKind)) push(item);
    for (const item of items) if (item.positionKinds.length === 0) push(item);
    return out;
  }

  return {
    size: items.length,
    search(query, ctx, limit = 20) {
      if (limit <= 0) return [];
      const built = buildQuery(query, terms);
      if (!built) return defaults(ctx, limit);
      const now = ctx.now ?? Date.now();

      const out: ActivityItem[] = [];
      const seen = new Set<string>();
      const add = (list: readonly ActivityItem[]) => {
        for (const item of list) {
          if (out.length >= limit) return;
          if (seen.has(item.code)) continue;
          seen.add(item.code);
          out.push(item);
        }
      };

      // An activity code typed in full or in part comes first.
      const code = CODE_QUERY.exec(normalise(query));
      if (code) {
        const typed = code[1]! + code[2]!;
        const padded = code[1]! + code[2]!.padStart(4, '0');
        const exact = (i: ActivityItem) => compact.get(i.code) === padded;
        const hits = items.filter((i) => exact(i) || compact.get(i.code)!.startsWith(typed));
        hits.sort((a, b) => Number(exact(b)) - Number(exact(a)) || order.get(a.code)! - order.get(b.code)!);
        add(hits);
      }

      if (built.groups.length === 0) {
        add(byInitial(built.initial!, ctx, now));
        return out;
      }
      add(rank({ combineWith: 'AND', queries: built.groups }, built, ctx, now, built.groups.length));
      if (out.length < limit && built.groups.length > 1) {
        add(rank({ combineWith: 'OR', queries: built.groups }, built, ctx, now, Math.ceil(built.groups.length / 2)));
      }
      return out;
    },
  };
}

/** Whether an entry lists the position kind; the JPT tiers count as one kind for this purpose. */
function allowsKind(item: ActivityItem, kind: string): boolean {
  if (item.positionKinds.includes(kind)) return true;
  return kind.startsWith('jpt_') && item.positionKinds.some((k) => k.startsWith('jpt_'));
}

interface BuiltQuery {
  /** One subquery per query word (or abbreviation phrase). */
  groups: Query[];
  /** A last word of one or two letters still being typed: matched by word initial, not by a subquery. */
  initial?: string;
  /** Processed term → indexes of the groups it belongs to. */
  termGroups: Map<string, number[]>;
}

/** The indexed terms, sorted, to tell a typo from a word the dictionary knows. */
class Vocabulary {
  private readonly sorted: string[];
  private readonly set: ReadonlySet<string>;
  constructor(terms: ReadonlySet<string>) {
    this.set = terms;
    this.sorted = [...terms].sort();
  }
  has(term: string): boolean {
    return this.set.has(term);
  }
  /** Whether some indexed term starts with `prefix` (binary search). */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo]!.startsWith(prefix);
  }
}

/**
 * Turns what the user typed into one MiniSearch subquery per word; undefined when nothing is left.
 *
 * Fuzzy matching is only switched on for a word the index does not know (and, for the word being
 * typed, that no indexed word starts with): a rare word one letter away from a common one would
 * otherwise outrank the exact match through its higher IDF ("menyusun" finding "penyusutan").
 */
function buildQuery(query: string, vocabulary: Vocabulary): BuiltQuery | undefined {
  const typing = !/\s$/.test(query); // the last word may be incomplete
  const all = groupWords(words(query));
  const isStop = (g: (typeof all)[number]) => g.expansions.length === 0 && g.words.length === 1 && STOPWORDS.has(g.words[0]!);
  // A stopword is dropped, unless it is all there is and may still grow ("dan" → "dana").
  const kept = all.length === 1 && typing ? all : all.filter((g) => !isStop(g));
  if (kept.length === 0) return undefined;
  const last = kept.at(-1)!;
  let initial: string | undefined;
  if (typing && last.expansions.length === 0 && last.words.length === 1 && last.words[0]!.length <= MAX_INITIAL) {
    initial = last.words[0]!;
    kept.pop();
  }

  const termGroups = new Map<string, number[]>();
  const note = (term: string, g: number) => {
    const list = termGroups.get(term);
    if (!list) termGroups.set(term, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  const fuzzyFor = (term: string, partial: boolean) => {
    if (term.length < ACTIVITY_RANKING.fuzzyMinLength) return false;
    const known = partial ? vocabulary.hasPrefix(term) : vocabulary.has(term);
    return known ? false : ACTIVITY_RANKING.fuzzy;
  };

  /** A word as typed: its stem (exact, fuzzy, prefix) or its surface form (lighter). */
  const typedWord = (w: string, partial: boolean, g: number): Query => {
    const s = stem(w);
    note(s, g);
    const stemLeaf: SearchOptions & { queries: Query[] } = {
      queries: [s],
      prefix: partial || w.length >= 4,
      fuzzy: fuzzyFor(s, partial),
      fields: /\d/.test(w) ? CODE_FIELDS : TEXT_FIELDS,
    };
    if (s === w) return stemLeaf;
    note(w, g);
    const surfaceLeaf: SearchOptions & { queries: Query[] } = {
      queries: [w],
      prefix: partial,
      fuzzy: false,
      boostTerm: () => ACTIVITY_RANKING.surfaceWord,
    };
    return { combineWith: 'OR', queries: [stemLeaf, surfaceLeaf] };
  };
  /** A word of an expansion: complete by definition, so no prefix. */
  const expansionWord = (w: string, g: number): Query => {
    const s = stem(w);
    note(s, g);
    return { queries: [s], prefix: false, fuzzy: fuzzyFor(s, false) };
  };
  const allOf = (qs: Query[]): Query => (qs.length === 1 ? qs[0]! : { combineWith: 'AND', queries: qs });

  const groups = kept.map((group, g): Query => {
    const lastGroup = g === kept.length - 1;
    const surface = group.words.filter((w) => !STOPWORDS.has(w) || group.words.length === 1);
    const alternatives: Query[] = [
      allOf(surface.map((w, k) => typedWord(w, typing && lastGroup && k === surface.length - 1, g))),
      ...group.expansions.map((e) => allOf(e.filter((w) => !STOPWORDS.has(w)).map((w) => expansionWord(w, g)))),
    ];
    return alternatives.length === 1 ? alternatives[0]! : { combineWith: 'OR', queries: alternatives };
  });
  return initial === undefined ? { groups, termGroups } : { groups, termGroups, initial };
}
