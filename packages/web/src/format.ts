import { pangkatName, stripInvisibleCharacters } from '@kinerja/core';
import type { Dict } from './i18n';

/**
 * Text people typed, as shown. The server removes bidi and invisible characters as text enters, but
 * older stored text (and text still in the outbox) may hold them: U+202E makes "gnp.exe" read "exe.png".
 */
export const shownText = (text: string): string => stripInvisibleCharacters(text);
/** A one-line name (a file name, a set's name), as shown. */
export const shownName = (text: string): string => stripInvisibleCharacters(text, { multiline: false });

/** "198001012005011001" -> "19800101 200501 1 001" (birth date, TMT, sex, sequence). */
export function formatNip(nip: string): string {
  const d = nip.replace(/\D/g, '');
  if (d.length !== 18) return nip;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** "2024-01-31" -> "31 Januari 2024" (calendar dates carry no time zone: format them as UTC). */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

export function formatDateRange(from: string, to: string | null, t: Dict): string {
  const a = formatDate(from, t.locale);
  return to ? t.dates.range(a, formatDate(to, t.locale)) : t.dates.from(a);
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** "Penata (III/c)" for PNS; "Golongan IX (PPPK)" for PPPK. */
export function formatRank(
  code: string | null | undefined,
  name: string | null | undefined,
  kind: 'pns' | 'pppk',
  t: Dict,
): string | null {
  if (!code) return name ?? null;
  if (kind === 'pppk') return name ? `${name} (${code})` : t.home.pppkRank(code);
  const n = name ?? pangkatName(code);
  return n ? `${n} (${code})` : code;
}
