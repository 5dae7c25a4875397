/**
 * The SKP draft kept on the phone until the server confirms it: an ASN's account of BKN's e-Kinerja
 * says every save "muter saja kemudian error" and the RHK had to be typed again. What is typed is
 * written here at once; only the answer to the save that carried exactly this text removes it.
 */
import type { SkpContent } from '../../api/skp';

export interface KeptDraft {
  content: SkpContent;
  /** The id of the save that carries this content: a retry sends the same one, so it applies once. */
  requestId: string;
}

const KEY = (skpId: string) => `kinerja.skp.draft.${skpId}`;

export function keepDraft(skpId: string, draft: KeptDraft, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY(skpId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): the draft stays in memory and the screen says it is unsaved.
  }
}

export function keptDraft(skpId: string, storage: Storage = localStorage): KeptDraft | null {
  try {
    const raw = storage.getItem(KEY(skpId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<KeptDraft>;
    return v && typeof v.requestId === 'string' && v.content && Array.isArray(v.content.rhk) ? (v as KeptDraft) : null;
  } catch {
    return null;
  }
}

/** Forgets the kept draft only if it is the one the server just confirmed (typing may have gone on meanwhile). */
export function forgetDraft(skpId: string, confirmedRequestId: string, storage: Storage = localStorage): void {
  if (keptDraft(skpId, storage)?.requestId === confirmedRequestId) storage.removeItem(KEY(skpId));
}

const PARENTS_KEY = (skpId: string) => `kinerja.skp.parents.${skpId}`;

/**
 * The penilai's RHK this SKP has seen, by id. No route lets an employee read the supervisor's SKP, so
 * the picker offers the RHK a draft started from ("Mulai dari RHK atasan" copies them with their
 * ids as links): the first time a direct (langsung) link is seen, the linking RHK's text is the
 * parent's own. An indirect link carries the subordinate's own words, so it teaches nothing.
 */
export function rememberParents(skpId: string, content: SkpContent, storage: Storage = localStorage): Record<string, string> {
  let known: Record<string, string> = {};
  try {
    known = JSON.parse(storage.getItem(PARENTS_KEY(skpId)) ?? '{}') as Record<string, string>;
  } catch {
    known = {};
  }
  let changed = false;
  for (const r of content.rhk) {
    if (r.parentRhkId && r.cascadingType === 'langsung' && !(r.parentRhkId in known)) {
      known[r.parentRhkId] = r.text;
      changed = true;
    }
  }
  if (changed) {
    try {
      storage.setItem(PARENTS_KEY(skpId), JSON.stringify(known));
    } catch {
      // Kept for this screen only.
    }
  }
  return known;
}
