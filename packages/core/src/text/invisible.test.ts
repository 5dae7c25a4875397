import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripInvisibleCharacters as strip } from './invisible.js';

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const OTHER_INVISIBLE = ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u2061', '\uFFF9', '\u{E0041}', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B', '\u3164', '\u115F'];
const REMOVED = [...BIDI, ...OTHER_INVISIBLE];
const SCOTLAND = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
const FAMILY = '👨\u200D👩\u200D👧';

/** Visible text: letters of several scripts, digits, punctuation, spaces, emoji, ZWJ and ZWNJ. */
const visibleChar = fc.oneof(
  fc.constantFrom(...'aZ09 .-_()/,;:!?@#'.split('')),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('é', 'ß', 'ا', 'ب', 'ע', 'ש', 'ก', '中', 'ꦗ', 'ᨅ', '👍', '👍🏽', FAMILY, SCOTLAND, '\u200C', '\u200D', '\uFE0F'),
);
const visibleText = fc.array(visibleChar, { maxLength: 40 }).map((cs) => cs.join(''));
const multilineText = fc.array(fc.oneof(visibleChar, fc.constantFrom('\n', '\t')), { maxLength: 40 }).map((cs) => cs.join(''));
const invisibleChar = fc.constantFrom(...REMOVED);

/** Inserts the given characters between the graphemes of a text (inside an emoji sequence would break it). */
const graphemes = new Intl.Segmenter('id', { granularity: 'grapheme' });
function sprinkle(text: string, inserts: { at: number; char: string }[]): string {
  const units = [...graphemes.segment(text)].map((g) => g.segment);
  for (const { at, char } of inserts) units.splice(at % (units.length + 1), 0, char);
  return units.join('');
}

describe('stripInvisibleCharacters', () => {
  it('shows the spoofed file name as it really is', () => {
    expect(strip('foto\u202Egnp.exe')).toBe('fotognp.exe');
    expect(strip('\u2067laporan\u2069 \u200Fharian\u200E')).toBe('laporan harian');
  });

  it('removes every listed bidi control and invisible character', () => {
    for (const c of REMOVED) expect(strip(`a${c}b`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('ab');
  });

  it('keeps ZWJ emoji sequences, ZWNJ, emoji flag tags and variation selectors', () => {
    for (const text of [FAMILY, 'می\u200Cخواهم', SCOTLAND, '❤\uFE0F', '🇮🇩']) expect(strip(text)).toBe(text);
  });

  it('removes tag characters outside an emoji flag sequence (hidden ASCII)', () => {
    expect(strip('ok\u{E0069}\u{E0067}\u{E006E}')).toBe('ok');
    expect(strip(`${SCOTLAND}\u{E0041}`)).toBe(SCOTLAND);
  });

  it('keeps line feeds and tabs in multi-line text and turns carriage returns into line feeds', () => {
    expect(strip('baris 1\r\nbaris 2\rbaris 3\n\tbaris 4')).toBe('baris 1\nbaris 2\nbaris 3\n\tbaris 4');
  });

  it('turns line breaks and tabs into spaces in single-line text', () => {
    expect(strip('foto\r\nrapat\t1.jpg', { multiline: false })).toBe('foto rapat 1.jpg');
  });

  it('leaves visible text unchanged', () => {
    fc.assert(fc.property(multilineText, (text) => strip(text) === text));
  });

  it('recovers the visible text from any sprinkling of invisible characters', () => {
    fc.assert(
      fc.property(multilineText, fc.array(fc.record({ at: fc.nat(), char: invisibleChar }), { maxLength: 10 }), (text, inserts) => {
        expect(strip(sprinkle(text, inserts))).toBe(text);
      }),
    );
  });

  it('answers text with no bidi control and nothing removable, whatever the input, and is idempotent', () => {
    const bidiOrInvisible = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (text, multiline) => {
        const out = strip(text, { multiline });
        for (const c of BIDI) expect(out).not.toContain(c);
        // Whatever remains invisible is allowed on purpose: ZWJ, ZWNJ, flag tags, and (multi-line) \n and \t.
        const rest = out.replace(/\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, '').replace(multiline ? /[\u200C\u200D\n\t]/g : /[\u200C\u200D]/g, '');
        expect(rest).not.toMatch(bidiOrInvisible);
        expect(strip(out, { multiline })).toBe(out);
      }),
    );
  });

  it('only removes characters from visible single-line text (it never adds or reorders)', () => {
    fc.assert(
      fc.property(visibleText, fc.array(fc.record({ at: fc.nat(), char: invisibleChar }), { maxLength: 10 }), (text, inserts) => {
        expect(strip(sprinkle(text, inserts), { multiline: false })).toBe(text);
      }),
    );
  });
});
