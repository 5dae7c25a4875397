import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_PRESETS } from './feedback.js';
import { evaluationHasilKerjaRows, evaluationPerilakuRows, feedbackSentence, type EvaluationPrintFeedback, type EvaluationPrintRhkInput } from './print.js';

const rhk: EvaluationPrintRhkInput[] = [
  {
    id: 'r1',
    jenis: 'utama',
    text: 'Tersusunnya laporan',
    parentRhkId: 'p1',
    perspektif: null,
    penugasanDari: null,
    iki: [
      { id: 'k-waktu', aspek: 'waktu', text: 'Tepat waktu', target: '12 bulan', realisasi: null },
      { id: 'k-kuan', aspek: 'kuantitas', text: 'Jumlah laporan', target: '4 laporan', realisasi: { text: '1 laporan', bukti: [{ kind: 'link', url: 'https://drive.example.go.id/a' }, { kind: 'file', sha256: 'ab'.repeat(32) }] } },
    ],
  },
  { id: 'r2', jenis: 'tambahan', text: 'Panitia', parentRhkId: 'gone', perspektif: null, penugasanDari: ' ', iki: [] },
  {
    id: 'r3',
    jenis: 'utama',
    text: 'Kedua',
    parentRhkId: null,
    perspektif: null,
    penugasanDari: 'Kepala Dinas',
    iki: [{ id: 'k3', aspek: 'kualitas', text: 'Mutu', target: 'baik', realisasi: null }],
    rencanaAksi: [
      { label: 'Januari', text: 'Menyusun draf', target: '1 draf', realisasi: ' Draf selesai ' },
      { label: 'Februari', text: 'Finalisasi', target: ' ', realisasi: null },
    ],
  },
];
const fb = (target: EvaluationPrintFeedback['target'], targetId: string, text: string, answer: string | null = null): EvaluationPrintFeedback => ({ target, targetId, preset: null, text, answer });

describe('evaluationHasilKerjaRows', () => {
  it('prints utama then tambahan numbered per section, IKI in aspect order with realisasi and bukti', () => {
    const rows = evaluationHasilKerjaRows(rhk, [], new Map([['p1', 'RHK pimpinan']]), 'ja');
    expect(rows.utama.map((r) => [r.no, r.text])).toEqual([[1, 'Tersusunnya laporan'], [2, 'Kedua']]);
    expect(rows.tambahan.map((r) => [r.no, r.text])).toEqual([[1, 'Panitia']]);
    expect(rows.utama[0]!.iki.map((k) => k.aspek)).toEqual(['Kuantitas', 'Waktu']);
    expect(rows.utama[0]!.iki[0]).toEqual({ aspek: 'Kuantitas', text: 'Jumlah laporan', target: '4 laporan', realisasi: '1 laporan', bukti: ['https://drive.example.go.id/a', `Berkas bukti dukung ${'ab'.repeat(6)}`] });
    expect(rows.utama[0]!.iki[1]!.realisasi).toBeNull();
    expect(rows.utama[0]!.parentText).toBe('RHK pimpinan');
    // A link to an RHK that is not found prints as broken; an RHK without IKI still prints one line.
    expect(rows.tambahan[0]).toMatchObject({ parentText: null, parentMissing: true, penugasanDari: null, iki: [{ aspek: '', text: '', target: '', realisasi: null, bukti: [] }] });
    expect(rows.utama[1]).toMatchObject({ parentMissing: false, penugasanDari: 'Kepala Dinas' });
    // Rencana aksi of the covered days, with their target and realisasi; an RHK without any has none.
    expect(rows.utama[1]!.rencanaAksi).toEqual([
      { text: 'Januari: Menyusun draf (target: 1 draf)', realisasi: 'Draf selesai' },
      { text: 'Februari: Finalisasi', realisasi: null },
    ]);
    expect(rows.utama[0]!.rencanaAksi).toEqual([]);
  });

  it('places umpan balik on its RHK: the RHK’s own first, then each IKI’s named by aspect; others left out', () => {
    const feedback = [fb('iki', 'k-waktu', 'Percepat.'), fb('rhk', 'r1', 'Bagus', 'Terima kasih'), fb('iki', 'k3', 'Satu IKI'), fb('iki', 'unknown', 'x'), fb('perilaku', 'akuntabel', 'y')];
    const rows = evaluationHasilKerjaRows(rhk, feedback, new Map(), 'ja');
    expect(rows.utama[0]!.umpanBalik).toEqual([
      { about: null, feedback: { text: 'Bagus', answer: 'Terima kasih' } },
      { about: 'IKI waktu', feedback: { text: 'Percepat.', answer: null } },
    ]);
    // An RHK with one IKI needs no name for it.
    expect(rows.utama[1]!.umpanBalik).toEqual([{ about: null, feedback: { text: 'Satu IKI', answer: null } }]);
    const placed = [...rows.utama, ...rows.tambahan].flatMap((r) => r.umpanBalik).length;
    expect(placed).toBe(3);
  });

  it('JPT has no intervened RHK column', () => {
    const rows = evaluationHasilKerjaRows(rhk, [], new Map([['p1', 'RHK pimpinan']]), 'jpt');
    expect([...rows.utama, ...rows.tambahan].every((r) => r.parentText === null && !r.parentMissing)).toBe(true);
  });
});

describe('evaluationPerilakuRows', () => {
  it('lists the seven values in order with the expectation and only their own feedback', () => {
    const rows = evaluationPerilakuRows({ akuntabel: '  Laporan tepat waktu ' }, [fb('perilaku', 'akuntabel', 'Baik', 'Siap'), fb('rhk', 'akuntabel', 'bukan perilaku')]);
    expect(rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[0]!.label).toBe('Berorientasi Pelayanan');
    expect(rows[1]).toMatchObject({ label: 'Akuntabel', ekspektasi: 'Laporan tepat waktu', umpanBalik: [{ text: 'Baik', answer: 'Siap' }] });
    expect(rows.filter((r) => r.no !== 2).every((r) => r.ekspektasi === '-' && r.umpanBalik.length === 0)).toBe(true);
  });
});

describe('feedbackSentence', () => {
  it('joins the preset and the text into one sentence, never empty', () => {
    expect(feedbackSentence('perlu_ditingkatkan', 'Lengkapi notula')).toBe('Perlu ditingkatkan. Lengkapi notula');
    expect(feedbackSentence(null, '  ')).toBe('-');
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...FEEDBACK_PRESETS), { nil: null }), fc.string(), (preset, text) => {
        const s = feedbackSentence(preset, text);
        expect(s.length).toBeGreaterThan(0);
        if (text.trim() !== '') expect(s.endsWith(text.trim())).toBe(true);
      }),
    );
  });
});
