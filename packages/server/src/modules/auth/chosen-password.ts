import { checkNewPassword, PASSWORD_PROBLEM_MESSAGE } from '@kinerja/core';
import { AppError } from '../../http/errors.js';
import { passwordBlocklist } from './password-blocklist.js';

/**
 * Every password a person chooses passes here: core's rules with the shipped blocklist. Temporary
 * passwords (reset, create-admin) are random and must be replaced through this at the next sign-in;
 * an import creates accounts without a password.
 */
export function requireAcceptablePassword(password: string, nip: string, field = 'newPassword'): void {
  const problem = checkNewPassword(password, nip, passwordBlocklist());
  if (problem) throw new AppError('WEAK_PASSWORD', PASSWORD_PROBLEM_MESSAGE[problem], [{ field, message: PASSWORD_PROBLEM_MESSAGE[problem] }]);
}
