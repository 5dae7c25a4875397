import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from './roles.js';
import { formatRecoveryCode, readTypedCode, recoveryCodeFromBytes, RECOVERY_CODE_ALPHABET, requiresTwoFactor } from './two-factor.js';

describe('who must use a second factor', () => {
  it('admins of an agency or the province, auditors and finance, unless exempted; employees never', () => {
    const table = ROLES.flatMap((role) => [false, true].map((exempt) => `${role}${exempt ? ' (exempt)' : ''}: ${requiresTwoFactor(role, exempt)}`));
    expect(table).toEqual([
      'employee: false',
      'employee (exempt): false',
      'agency_admin: true',
      'agency_admin (exempt): false',
      'bkd_admin: true',
      'bkd_admin (exempt): false',
      'auditor: true',
      'auditor (exempt): false',
      'finance: true',
      'finance (exempt): false',
    ]);
  });
});

describe('reading a typed code', () => {
  it('six digits are a TOTP code, with spaces or a dash anywhere', () => {
    expect(readTypedCode('123456')).toEqual({ kind: 'totp', code: '123456' });
    expect(readTypedCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
    expect(readTypedCode('123-456')).toEqual({ kind: 'totp', code: '123456' });
    // Full-width digits from some keyboards fold to ASCII.
    expect(readTypedCode('１２３４５６')).toEqual({ kind: 'totp', code: '123456' });
  });

  it('refuses what is neither', () => {
    for (const bad of ['', '12345', '1234567', 'abcdef', '12345a', 'abcde-fghj', 'abcde-fghjkm', 'uuuuu-uuuuu', '12345678901']) {
      expect(readTypedCode(bad), bad).toEqual({ kind: 'invalid' });
    }
  });

  it('a recovery code reads back as itself, in any case, with or without its dash, o/i/l read as 0/1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), fc.boolean(), fc.boolean(), (bytes, upper, dash) => {
        const code = recoveryCodeFromBytes(bytes);
        expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
        let typed = dash ? formatRecoveryCode(code) : code;
        if (upper) typed = typed.toUpperCase();
        expect(readTypedCode(typed)).toEqual({ kind: 'recovery', code });
        expect(readTypedCode(typed.replace(/0/g, 'O').replace(/1/g, 'l'))).toEqual({ kind: 'recovery', code });
      }),
    );
  });

  it('every character of the alphabet is equally likely from a uniform byte (256 is a multiple of 32)', () => {
    expect(RECOVERY_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    const counts = new Map<string, number>();
    for (let b = 0; b < 256; b++) {
      const ch = recoveryCodeFromBytes(new Uint8Array(10).fill(b))[0]!;
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect([...counts.values()].every((n) => n === 8)).toBe(true);
  });

  it('is shown as two groups of five', () => {
    expect(formatRecoveryCode('abcde01234')).toBe('abcde-01234');
  });
});
