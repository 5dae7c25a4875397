/**
 * Text people type is stored and shown to others (a supervisor reads an employee's description, a
 * file name is shown beside a photo). Characters that are not seen but change what is seen can spoof
 * it: U+202E RIGHT-TO-LEFT OVERRIDE makes "\u202Egnp.exe" show as "exe.png". They are removed where
 * text enters and again where older stored text is shown.
 *
 * Removed: every format character (Unicode category Cf: the bidi embeddings, overrides, isolates and
 * marks U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C; zero-width space, word joiner, BOM,
 * soft hyphen, invisible operators, interlinear annotations, tag characters), every control character
 * (Cc: C0, DEL, C1) and the Hangul filler letters, which draw nothing.
 * Kept: ZWNJ U+200C and ZWJ U+200D, which scripts and emoji sequences need; the tag characters of an
 * emoji flag sequence (🏴 + tags + CANCEL TAG, e.g. the flag of Scotland); and, in multi-line text, tab
 * and line feed (a carriage return becomes a line feed).
 */
export function stripInvisibleCharacters(text: string, options: { multiline?: boolean } = {}): string {
  const multiline = options.multiline ?? true;
  const unified = text.replace(/\r\n?/g, '\n');
  return unified.replace(INVISIBLE, (found: string, flag: string | undefined) => {
    if (flag !== undefined) return flag;
    if (found === ZWNJ || found === ZWJ) return found;
    if (found === '\n' || found === '\t') return multiline ? found : ' ';
    return '';
  });
}

const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const HANGUL_FILLERS = '\u115F\u1160\u3164\uFFA0';
/** An emoji tag sequence (a subdivision flag) first, so its tags are kept; then any single invisible character. */
const INVISIBLE = new RegExp(`(\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F})|[\\p{Cf}\\p{Cc}${HANGUL_FILLERS}]`, 'gu');
