// What other modules may use of sign-in and sessions; everything else in this folder is its own.
export { hashPassword } from './passwords.js';
export { principalOf } from './plugin.js';
export { deleteAccountSessions, type SessionPrincipal } from './sessions.js';
export { resetTwoFactor } from './two-factor.js';
export { setAccountActivity } from './account-state.js';
export { forgetEndedSessions } from './retention.js';
export { countSealedUnderOtherKeys, resealTotpSecrets, type ResealResult } from './reseal.js';
