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
 * The penilai's RHK this SKP has seen, by id, for when the server's list (GET …/penilai-rhk) cannot
 * be had (offline): the RHK it last offered (rememberOffered), and those a draft started from
 * ("Mulai dari RHK atasan" copies them with their ids as links): the first time a direct (langsung)
 * link is seen, the linking RHK's text is the parent's own. An indirect link carries the
 * subordinate's own words, so it teaches nothing.
 */
export function rememberParents(skpId: string, content: SkpContent, storage: Storage = localStorage): Record<string, string> {
  const known = knownParents(skpId, storage);
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

function knownParents(skpId: string, storage: Storage): Record<string, string> {
  try {
    return JSON.parse(storage.getItem(PARENTS_KEY(skpId)) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** Keeps the server's list for the next time the phone is offline; its texts replace learned ones. */
export function rememberOffered(skpId: string, offered: readonly { id: string; text: string }[], storage: Storage = localStorage): void {
  const known = knownParents(skpId, storage);
  for (const r of offered) known[r.id] = r.text;
  try {
    storage.setItem(PARENTS_KEY(skpId), JSON.stringify(known));
  } catch {
    // Offered again when the screen next loads online.
  }
}

/**
 * What the picker offers, in order: the penilai's approved RHK as the server lists them, and of the
 * others the phone knows only those this SKP still links to (a link to an RHK the penilai has since
 * removed keeps its text, to be seen as broken, not offered anew). While the server's list cannot be
 * had (offline), everything the phone knows.
 */
export function parentOptions(offered: readonly { id: string; text: string }[] | null, learned: Record<string, string>, linked: readonly (string | null)[]): Record<string, string> {
  if (offered === null) return learned;
  const options: Record<string, string> = {};
  for (const r of offered) options[r.id] = r.text;
  for (const id of linked) if (id && !(id in options) && id in learned) options[id] = learned[id]!;
  return options;
}
