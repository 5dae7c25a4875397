import { describe, expect, it } from 'vitest';
import type { SkpContent } from '../../api/skp';
import { forgetDraft, keepDraft, keptDraft, rememberParents } from './draftStore';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}
const content = (text: string, parentRhkId: string | null = null): SkpContent => ({
  rhk: [{ id: 'r1', jenis: 'utama', text, parentRhkId, cascadingType: parentRhkId ? 'langsung' : null, perspektif: null, penugasanDari: null, iki: [] }],
  perilaku: [],
  lampiran: [],
});

describe('the kept SKP draft', () => {
  it('stays until the save that carried exactly it is confirmed', () => {
    const s = memoryStorage();
    keepDraft('skp', { content: content('satu'), requestId: 'req-1' }, s);
    // Typing went on while req-1 was on its way: its answer must not drop the newer text.
    keepDraft('skp', { content: content('dua'), requestId: 'req-2' }, s);
    forgetDraft('skp', 'req-1', s);
    expect(keptDraft('skp', s)?.content.rhk[0]?.text).toBe('dua');
    forgetDraft('skp', 'req-2', s);
    expect(keptDraft('skp', s)).toBeNull();
  });

  it('remembers a supervisor RHK by the text a direct link was first seen with, never by an indirect one', () => {
    const s = memoryStorage();
    const indirect = content('Kata-kata bawahan sendiri', 'p1');
    indirect.rhk[0]!.cascadingType = 'tidak_langsung';
    expect(rememberParents('skp', indirect, s)).toEqual({});
    expect(rememberParents('skp', content('Meningkatnya cakupan imunisasi', 'p1'), s)).toEqual({ p1: 'Meningkatnya cakupan imunisasi' });
    expect(rememberParents('skp', content('Teks yang sudah diubah', 'p1'), s)).toEqual({ p1: 'Meningkatnya cakupan imunisasi' });
  });
});
