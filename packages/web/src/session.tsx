import { createContext, useContext } from 'react';
import type { Me, Role } from './api/types';
import { formatNip } from './format';

export interface Session {
  me: Me;
  /** Replace the signed-in user's data (after a password change, or a fresh GET /me). */
  setMe: (me: Me) => void;
  /** Signs out on the server, then shows the sign-in screen. */
  signOut: () => Promise<void>;
  /** Shows the sign-in screen with a notice, without asking the server (the session is already gone). */
  endSession: (notice?: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in session');
  return s;
}

const ADMIN_ROLES: readonly Role[] = ['agency_admin', 'bkd_admin', 'auditor'];
const IMPORT_ROLES: readonly Role[] = ['agency_admin', 'bkd_admin'];

/** May see the "Instansi" screens (org chart and all employees of agencies in scope). */
export const canSeeAdmin = (role: Role): boolean => ADMIN_ROLES.includes(role);
/** May upload import files. */
export const canImport = (role: Role): boolean => IMPORT_ROLES.includes(role);
/** May change an agency's data (mirrors canManageAgency in @kinerja/core). */
export const canManage = (me: Me, agencyId: string): boolean =>
  me.account.role === 'bkd_admin' || (me.account.role === 'agency_admin' && me.account.agencyId === agencyId);
/** Who is signed in, by name for every role (the auditor has no employee record); the NIP only when no name is known. */
export const signedInName = (me: Me): string =>
  me.account.displayName ?? me.employee?.displayName ?? me.employee?.name ?? formatNip(me.account.nip);
