import type { Role } from './roles.js';

/**
 * Two-factor sign-in (TOTP, RFC 6238) rules that need no I/O: who must use it, how a typed code is
 * read, and the shape of recovery codes. The server checks codes (modules/auth/two-factor.ts).
 */

/**
 * Roles that must use a second factor: whoever administers agencies or the province, and the auditor
 * who reads everything, and the agency's finance (bendahara), who locks and exports the TPP payroll.
 */
export const TWO_FACTOR_ROLES: readonly Role[] = ['agency_admin', 'bkd_admin', 'auditor', 'finance'];

/** Must this account use a second factor? Only accounts exempted by the demo province escape. */
export function requiresTwoFactor(role: Role, exempt: boolean): boolean {
  return TWO_FACTOR_ROLES.includes(role) && !exempt;
}

/** TOTP codes: 6 digits, 30-second steps, HMAC-SHA1 (what every authenticator app reads from a QR code). */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side is accepted for a phone whose clock drifts (RFC 6238 §5.2). */
export const TOTP_WINDOW = 1;

export const RECOVERY_CODE_COUNT = 10;
/**
 * Recovery codes: 10 characters of Crockford's base32 (50 bits), shown as `xxxxx-xxxxx`. It has no i, l,
 * o or u, so a misread `o` is taken as `0` and `i`/`l` as `1` when typed.
 */
export const RECOVERY_CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const RECOVERY_CODE_LENGTH = 10;

export type TypedCode = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string } | { kind: 'invalid' };

/**
 * Reads what the person typed: spaces and dashes are ignored and letters are folded to lower case, so
 * `123 456` and `ABCDE-FGHJK` work, and `o`, `i`, `l` are read as the digits they look like. Six digits
 * are a TOTP code; ten characters of the recovery alphabet a recovery code; anything else neither.
 */
export function readTypedCode(typed: string): TypedCode {
  const s = typed.normalize('NFKC').replace(/[\s-]+/g, '').toLowerCase().replace(/o/g, '0').replace(/[il]/g, '1');
  if (new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(s)) return { kind: 'totp', code: s };
  if (s.length === RECOVERY_CODE_LENGTH && [...s].every((ch) => RECOVERY_CODE_ALPHABET.includes(ch))) return { kind: 'recovery', code: s };
  return { kind: 'invalid' };
}

/** A recovery code as shown: two groups of five. */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Makes a recovery code from random bytes (one byte per character, rejection-free: 256 is a multiple of 32). */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_LENGTH) throw new Error('need 10 random bytes');
  let s = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) s += RECOVERY_CODE_ALPHABET[bytes[i]! % RECOVERY_CODE_ALPHABET.length];
  return s;
}
