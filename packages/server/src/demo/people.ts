import { addDays, formatNip, parseNip, PNS_RANKS, type EmployeeKind, type JfLevel, type PositionKind, type Sex } from '@kinerja/core';
import type { HeadTier } from './chart-builders.js';
import { educationMix, JABATAN, type JabatanKey } from './jabatan.js';
import { ETHNICITY_MIX, mailboxName, personName } from './names.js';
import type { Random, Weighted } from './random.js';
import { titlesFor, type Education, type Field } from './titles.js';

/**
 * Civil servants with plausible careers: birth 1966-2001, TMT CPNS at age 20-35, ranks that match
 * their post, NIPs that encode all of it. Dates are fixed (not relative to today) so that a seed
 * always gives the same NIPs; the newest TMT is 2024 and the newest TMT jabatan LAST_APPOINTMENT.
 */
const REFERENCE_YEAR = 2025;
const LAST_APPOINTMENT = '2025-09-30';
const MAIL_DOMAIN = 'demo.kinerja.example';

export interface PlannedPerson {
  nip: string;
  kind: EmployeeKind;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  sex: Sex;
  birthDate: string;
  rankCode: string;
  email: string | null;
  /** yyyy-mm-01 of TMT CPNS (PNS) or of the PPPK appointment: no post can start before it. */
  appointedOn: string;
  /** TMT of the current post. */
  startsOn: string;
}

/** Hands out NIP sequence numbers so that no two people in the province share a NIP. */
export class NipRegistry {
  private readonly last = new Map<string, number>();

  allocate(rng: Random, birthDate: string, appointed: string, kind: EmployeeKind, sex: Sex): string {
    const prefix = `${birthDate}|${appointed}|${kind}|${sex}`;
    // Real sequences rarely start at 001 for a whole cohort; a small random start looks like one.
    const sequence = (this.last.get(prefix) ?? rng.int(0, 4)) + 1;
    this.last.set(prefix, sequence);
    const nip = formatNip({ birthDate, appointed, kind, sex, sequence });
    const parsed = parseNip(nip, new Date(Date.UTC(REFERENCE_YEAR, 11, 31)));
    if (!parsed.ok) throw new Error(`NIP demo tidak valid (${nip}): ${parsed.message}`);
    return nip;
  }
}

/** What the post asks of its holder. */
export interface PostProfile {
  kind: PositionKind;
  jfLevel: JfLevel | null;
  kelas: number;
  tier: HeadTier | null;
  jabatan: JabatanKey | null;
}

const RANK_INDEX = new Map<string, number>(PNS_RANKS.map(([code], i) => [code, i]));
const rankAt = (i: number) => PNS_RANKS[i]![0];
const idx = (code: string) => RANK_INDEX.get(code)!;

/** PNS rank range (inclusive) for a post: JPT IV/c-IV/d, administrator IV/a-IV/b, pengawas III/c-III/d, JF by jenjang. */
function pnsRankRange(post: PostProfile): [number, number] {
  switch (post.tier) {
    case 'jpt_madya':
      return [idx('IV/d'), idx('IV/d')];
    case 'jpt_pratama':
      return [idx('IV/c'), idx('IV/d')];
    case 'administrator':
      return [idx('IV/a'), idx('IV/b')];
    case 'pengawas':
      return [idx('III/c'), idx('III/d')];
    default:
      break;
  }
  switch (post.jfLevel) {
    case 'pemula':
      return [idx('II/a'), idx('II/b')];
    case 'terampil':
      return [idx('II/c'), idx('II/d')];
    case 'mahir':
    case 'ahli_pertama':
      return [idx('III/a'), idx('III/b')];
    case 'penyelia':
    case 'ahli_muda':
      return [idx('III/c'), idx('III/d')];
    case 'ahli_madya':
      return [idx('IV/a'), idx('IV/c')];
    case 'ahli_utama':
      return [idx('IV/d'), idx('IV/e')];
    default:
      return [idx('II/c'), idx('III/d')];
  }
}

/** PPPK golongan by education and jenjang (Perpres 98/2020): V SLTA, VII D-III, IX S-1, XI ahli muda. */
function pppkRank(post: PostProfile, education: Education): string {
  switch (post.jfLevel) {
    case 'terampil':
      return 'VII';
    case 'mahir':
      return 'VIII';
    case 'ahli_pertama':
      return 'IX';
    case 'ahli_muda':
      return 'XI';
    default:
      return education === 'sma' ? 'V' : education === 'd3' ? 'VII' : 'IX';
  }
}

/** Years since TMT CPNS a holder of this post typically has. */
function serviceRange(post: PostProfile): [number, number] {
  switch (post.tier) {
    case 'jpt_madya':
      return [24, 33];
    case 'jpt_pratama':
      return [18, 32];
    case 'administrator':
      return [13, 30];
    case 'pengawas':
      return [8, 28];
    case 'kepala_sekolah':
      return [15, 30];
    default:
      break;
  }
  switch (post.jfLevel) {
    case 'terampil':
    case 'ahli_pertama':
      return [1, 12];
    case 'mahir':
    case 'ahli_muda':
      return [6, 22];
    case 'penyelia':
    case 'ahli_madya':
      return [13, 32];
    default:
      return [1, 30];
  }
}

/** Years in service before someone is usually appointed to a post of this tier. */
const YEARS_BEFORE_POST: Record<HeadTier, number> = { jpt_madya: 22, jpt_pratama: 17, administrator: 11, pengawas: 6, kepala_sekolah: 12 };

const HEAD_FEMALE: Record<HeadTier, number> = { jpt_madya: 0.15, jpt_pratama: 0.2, administrator: 0.33, pengawas: 0.45, kepala_sekolah: 0.4 };

const HEAD_EDUCATION: Record<HeadTier, Weighted<Education>> = {
  jpt_madya: [['s2', 6], ['s3', 4]],
  jpt_pratama: [['s2', 8], ['s3', 2]],
  administrator: [['s1', 3.5], ['s2', 6], ['s3', 0.5]],
  pengawas: [['s1', 7], ['s2', 3]],
  kepala_sekolah: [['s1', 4], ['s2', 6]],
};

const AGE_AT_APPOINTMENT: Record<Education, [number, number]> = { sma: [20, 26], d3: [21, 28], s1: [23, 32], s2: [24, 35], s3: [25, 35] };

const TMT_MONTH: Weighted<number> = [
  [1, 30], [3, 20], [2, 10], [4, 10], [12, 6], [5, 4], [6, 4], [7, 4], [8, 3], [9, 3], [10, 3], [11, 3],
];

const pad2 = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function birthDateIn(rng: Random, year: number): string {
  const month = rng.int(1, 12);
  return `${year}-${pad2(month)}-${pad2(rng.int(1, daysIn(year, month)))}`;
}

/** A day in [from, to] (yyyy-mm-dd); `to` wins when the range is empty. */
export function dateBetween(rng: Random, from: string, to: string): string {
  if (from >= to) return to;
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return addDays(from, rng.int(0, span));
}

export const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export interface PersonContext {
  post: PostProfile;
  /** Fields of study of the agency's structural officials. */
  agencyFields: readonly Field[];
  /** Whether this person may be PPPK (only staff posts are open to PPPK). */
  pppkAllowed: boolean;
}

export function makePerson(rng: Random, nips: NipRegistry, ctx: PersonContext): PlannedPerson {
  const { post } = ctx;
  const def = post.jabatan ? JABATAN[post.jabatan] : undefined;
  const head = post.tier !== null;

  const education: Education =
    post.tier && post.tier !== 'kepala_sekolah'
      ? rng.weighted(HEAD_EDUCATION[post.tier])
      : post.tier === 'kepala_sekolah'
        ? rng.weighted(HEAD_EDUCATION.kepala_sekolah)
        : rng.weighted(def?.education && !post.jfLevel?.startsWith('ahli') ? def.education : educationMix(post.kind as 'pelaksana' | 'fungsional', post.kelas, post.jfLevel));
  const field: Field = post.tier && post.tier !== 'kepala_sekolah' ? rng.pick(ctx.agencyFields) : (def?.field ?? 'umum');
  const female = post.tier ? HEAD_FEMALE[post.tier] : (def?.female ?? 0.45);
  const sex: Sex = rng.chance(female) ? 'P' : 'L';

  // PPPK golongan stop at XI, so jenjang above ahli muda stay PNS.
  const pppkLevelOk = post.jfLevel !== 'ahli_madya' && post.jfLevel !== 'penyelia' && post.jfLevel !== 'ahli_utama';
  const kind: EmployeeKind = ctx.pppkAllowed && !head && pppkLevelOk && rng.chance(def?.pppk ?? 0.1) ? 'pppk' : 'pns';

  let birthYear: number;
  let appointedYear: number;
  let appointedMonth: number;
  if (kind === 'pppk') {
    appointedYear = rng.weighted([[2021, 2], [2022, 2.5], [2023, 3], [2024, 2.5]] as const);
    appointedMonth = 1;
    birthYear = clamp(appointedYear - rng.int(23, 48), 1970, 1999);
  } else {
    const [minService, maxService] = serviceRange(post);
    appointedYear = REFERENCE_YEAR - rng.int(minService, maxService);
    appointedMonth = rng.weighted(TMT_MONTH);
    const [minAge, maxAge] = AGE_AT_APPOINTMENT[education];
    // Senior officials and senior JF retire at 60, the rest at 58: keep everyone below their limit.
    const oldest = head || post.jfLevel === 'ahli_madya' ? 1966 : 1968;
    birthYear = clamp(appointedYear - rng.int(minAge, maxAge), oldest, 2001);
    if (appointedYear - birthYear < 20) appointedYear = birthYear + 20;
    if (appointedYear - birthYear > 35) appointedYear = birthYear + 35;
    appointedYear = Math.min(appointedYear, REFERENCE_YEAR - 1);
  }
  const birthDate = birthDateIn(rng, birthYear);
  const appointed = kind === 'pns' ? `${appointedYear}-${pad2(appointedMonth)}` : String(appointedYear);
  const nip = nips.allocate(rng, birthDate, appointed, kind, sex);
  const appointedOn = `${appointedYear}-${pad2(appointedMonth)}-01`;

  let rankCode: string;
  if (kind === 'pppk') {
    rankCode = pppkRank(post, education);
  } else {
    const [lo, hi] = pnsRankRange(post);
    const service = REFERENCE_YEAR - appointedYear;
    const start = { sma: idx('II/a'), d3: idx('II/c'), s1: idx('III/a'), s2: idx('III/b'), s3: idx('III/b') }[education];
    // Without a degree, regular promotion stops at III/b (SLTA) or III/c (D-III).
    const ceiling = { sma: idx('III/b'), d3: idx('III/c'), s1: idx('IV/e'), s2: idx('IV/e'), s3: idx('IV/e') }[education];
    // Regular promotion every four years, within what the post allows.
    rankCode = rankAt(clamp(Math.min(start + Math.floor(service / 4), ceiling), lo, hi));
  }

  const { name, muslim } = personName(rng, sex, rng.weighted(ETHNICITY_MIX));
  const hajj = muslim && birthYear <= 1982 && rng.chance(head ? 0.3 : 0.12);
  const titles = titlesFor(rng, field, education, sex, birthYear, hajj);

  let startsOn: string;
  if (kind === 'pppk') {
    startsOn = `${appointedYear}-${rng.pick(['03-01', '04-01', '07-01', '10-01'])}`;
  } else if (post.tier) {
    const earliest = addYears(appointedOn, YEARS_BEFORE_POST[post.tier]);
    startsOn = dateBetween(rng, earliest > '2016-01-04' ? earliest : '2016-01-04', LAST_APPOINTMENT);
  } else {
    // Staff: the first post a year after CPNS (on becoming PNS), or a later move.
    const firstPost = addYears(appointedOn, 1) < LAST_APPOINTMENT ? addYears(appointedOn, 1) : LAST_APPOINTMENT;
    startsOn = rng.chance(0.3) ? firstPost : dateBetween(rng, firstPost > '2012-01-02' ? firstPost : '2012-01-02', LAST_APPOINTMENT);
  }
  if (startsOn < appointedOn) startsOn = appointedOn;

  const email = rng.chance(0.65) ? `${mailboxName(name)}${String(birthYear).slice(2)}@${MAIL_DOMAIN}` : null;
  return { nip, kind, name, frontTitle: titles.front, backTitle: titles.back, sex, birthDate, rankCode, email, appointedOn, startsOn };
}
