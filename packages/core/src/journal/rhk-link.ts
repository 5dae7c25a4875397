/**
 * The journal linked to the plan (issue 16 item 6): an entry may name one RHK (rencana hasil kerja)
 * of the employee's own approved SKP whose period covers the entry's date. Whether an entry without
 * one is accepted is an agency setting (`rhkLink`, versioned with the journal settings, the version in
 * force on the entry's date deciding):
 * - 'allowed' (default): an entry without RHK is accepted silently;
 * - 'warn': accepted, and the entry sheet says the agency expects an RHK;
 * - 'required': refused (RHK_REQUIRED), but only when the employee has an approved SKP covering the
 *   date. Without one there is nothing to choose from (the supervisor's SKP may not be approved yet,
 *   DOMAIN.md §1.4), and a day's work must still be logged on time; the sheet says so.
 * A named RHK that is not one of those is always refused (RHK_NOT_IN_SKP), whatever the setting: an
 * RHK of someone else's SKP, of an SKP not approved, or of an SKP whose period does not cover the date.
 *
 * The server (journal/entry-writes.ts) and the phone (offline/entryRules.ts) call the same function.
 */

export type RhkLink = 'allowed' | 'warn' | 'required';

export const RHK_LINKS: readonly RhkLink[] = ['allowed', 'warn', 'required'];

/** An RHK of an approved SKP (its version in force) and the period of that SKP. */
export interface ApprovedRhk {
  id: string;
  periodFrom: string;
  periodTo: string;
}

/** The RHK whose SKP period covers `date` (yyyy-mm-dd), in the order given. */
export function rhkOn<T extends ApprovedRhk>(approved: readonly T[], date: string): T[] {
  return approved.filter((r) => r.periodFrom <= date && date <= r.periodTo);
}

export interface RhkLinkRefusal {
  code: 'RHK_REQUIRED' | 'RHK_NOT_IN_SKP';
  message: string;
  details: { field: 'rhkId'; message: string }[];
}

export const RHK_REQUIRED_MESSAGE = 'Instansi Anda mewajibkan setiap kegiatan dikaitkan dengan RHK dari SKP yang telah disetujui. Pilih RHK untuk kegiatan ini.';

export function rhkNotInSkpMessage(date: string): string {
  return `RHK yang dipilih bukan RHK dari SKP Anda yang telah disetujui untuk tanggal ${date}. Pilih RHK lain atau kosongkan.`;
}

/**
 * Why an entry of `date` naming `rhkId` (null: none) is refused under `link`, given the employee's
 * approved RHK (any period; those not covering the date do not count), or null when it is accepted.
 */
export function rhkLinkRefusal(rhkId: string | null | undefined, date: string, link: RhkLink, approved: readonly ApprovedRhk[]): RhkLinkRefusal | null {
  const onDate = rhkOn(approved, date);
  if (rhkId) {
    if (onDate.some((r) => r.id === rhkId)) return null;
    const message = rhkNotInSkpMessage(date);
    return { code: 'RHK_NOT_IN_SKP', message, details: [{ field: 'rhkId', message }] };
  }
  if (link === 'required' && onDate.length > 0) {
    return { code: 'RHK_REQUIRED', message: RHK_REQUIRED_MESSAGE, details: [{ field: 'rhkId', message: 'Pilih RHK.' }] };
  }
  return null;
}

/** What the sheet tells an employee about an entry it would accept: nothing, or why an RHK is expected. */
export type RhkLinkNotice = null | 'warn' | 'no_skp';

/**
 * 'warn': the agency expects an RHK and none is chosen though one could be; 'no_skp': the agency
 * expects or requires one but the employee has no approved SKP covering the date; null otherwise.
 */
export function rhkLinkNotice(rhkId: string | null | undefined, date: string, link: RhkLink, approved: readonly ApprovedRhk[]): RhkLinkNotice {
  if (rhkId || link === 'allowed') return null;
  return rhkOn(approved, date).length === 0 ? 'no_skp' : link === 'warn' ? 'warn' : null;
}
