import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet.js';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before text a spreadsheet would read as a formula', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${lead}SUM(A1)`)).toBe(`'${lead}SUM(A1)`);
    expect(neutraliseFormula('=HYPERLINK("http://x","Agus")')).toBe(`'=HYPERLINK("http://x","Agus")`);
  });

  it('leaves other text, numbers and empty cells as they are (null is an empty cell)', () => {
    expect(neutraliseFormula('Agus Salim')).toBe('Agus Salim');
    expect(neutraliseFormula(' =1')).toBe(' =1');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula(null)).toBe('');
  });

  it('never leaves text starting like a formula, and takes nothing away from what was typed', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = String(neutraliseFormula(s));
        expect(out).not.toMatch(/^[=+\-@\t\r]/);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });
});
