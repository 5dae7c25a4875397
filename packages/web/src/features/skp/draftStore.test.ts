import { describe, expect, it } from 'vitest';
import type { SkpContent } from '../../api/skp';
import { forgetDraft, keepDraft, keptDraft, parentOptions, rememberOffered, rememberParents } from './draftStore';

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

  it('offers the server’s list of the penilai’s RHK first, and of the rest only what this SKP still links to', () => {
    const learned = { old: 'RHK yang sudah dihapus atasan', stale: 'RHK lama yang tidak ditautkan', p1: 'Teks lama' };
    const offered = [
      { id: 'p2', text: 'Terlaksananya reformasi birokrasi' },
      { id: 'p1', text: 'Meningkatnya cakupan imunisasi' },
    ];
    const options = parentOptions(offered, learned, ['old', null, 'p1']);
    expect(Object.entries(options)).toEqual([
      ['p2', 'Terlaksananya reformasi birokrasi'],
      ['p1', 'Meningkatnya cakupan imunisasi'],
      ['old', 'RHK yang sudah dihapus atasan'],
    ]);
    // Offline: whatever the phone knows.
    expect(parentOptions(null, learned, [])).toEqual(learned);
  });

  it('remembers the server’s list for offline, its texts replacing learned ones', () => {
    const s = memoryStorage();
    rememberParents('skp', content('Teks bawahan', 'p1'), s);
    rememberOffered('skp', [{ id: 'p1', text: 'Meningkatnya cakupan imunisasi' }, { id: 'p2', text: 'Terlaksananya reformasi birokrasi' }], s);
    expect(rememberParents('skp', content('Teks bawahan', 'p1'), s)).toEqual({ p1: 'Meningkatnya cakupan imunisasi', p2: 'Terlaksananya reformasi birokrasi' });
  });
});
