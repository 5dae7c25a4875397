/**
 * Rules for a password a person chooses (NIST SP 800-63B-4 §3.1.1.2, ASVS 5.0 V6.2): length, not
 * composition. A temporary password the server generates (reset, create-admin) is random and is
 * replaced at the next sign-in through these rules, so it does not pass through them.
 *
 * Minimum 15: 800-63B-4 requires 15 characters when the password is the only factor, 8 when it is
 * part of multi-factor sign-in. No account has a second factor yet, so 15 holds for everyone; when
 * TOTP lands, accounts that have it enrolled may drop to 8. Passwords set under the earlier rule
 * (10, and the demo's `kinerja-demo`) still sign in: the rule applies when a password is chosen.
 */
export const PASSWORD_MIN_LENGTH = 15;
/** At least 64 (800-63B); 128 keeps Argon2's input bounded. Longer is refused, never truncated. */
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'SAME_AS_NIP' | 'COMMON';

/** A blocklist of common and breached passwords, lower-cased; the server loads it from its data file. */
export interface PasswordBlocklist {
  has(lowerCasePassword: string): boolean;
}

/** Words specific to this service (800-63B: "the name of the service itself"), compared like the blocklist. */
const CONTEXT_WORDS = new Set(['kinerja', 'ekinerja', 'e-kinerja', 'katasandi', 'kata sandi', 'sandikinerja']);

/** Fewer distinct characters than this is a repetition ("aaaa…", "abab…"), not a choice: refused like a listed password. */
const MIN_DISTINCT = 4;

/**
 * The first problem of a new password, or null. Length counts Unicode code points (800-63B: each
 * code point is one character). Without a blocklist (the web's check while typing) only the
 * context words and repetition are judged as common; the server passes its list.
 */
export function checkNewPassword(password: string, nip?: string, blocklist?: PasswordBlocklist): PasswordProblem | null {
  const codePoints = [...password];
  if (codePoints.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (codePoints.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (nip && password.includes(nip)) return 'SAME_AS_NIP';
  if (new Set(codePoints).size < MIN_DISTINCT) return 'COMMON';
  if (isCommon(password, blocklist)) return 'COMMON';
  return null;
}

/**
 * Listed as it is (case aside), or a listed word dressed with digits and symbols before or after it
 * ("bismillah1234567", "!!password2024!!"): such a password is tried early by any guesser.
 */
function isCommon(password: string, blocklist?: PasswordBlocklist): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  for (const candidate of core && core !== lower ? [lower, core] : [lower]) {
    if (CONTEXT_WORDS.has(candidate)) return true;
    if (blocklist?.has(candidate)) return true;
  }
  return false;
}

export const PASSWORD_PROBLEM_MESSAGE: Record<PasswordProblem, string> = {
  TOO_SHORT: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter. Rangkaian beberapa kata yang mudah Anda ingat sudah cukup.`,
  TOO_LONG: `Kata sandi maksimal ${PASSWORD_MAX_LENGTH} karakter.`,
  SAME_AS_NIP: 'Kata sandi tidak boleh memuat NIP.',
  COMMON: 'Kata sandi ini terlalu umum atau pernah bocor sehingga mudah ditebak. Pilih yang lain, misalnya rangkaian beberapa kata.',
};
