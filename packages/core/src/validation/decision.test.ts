import { describe, expect, it } from 'vitest';
import { nextStatus } from '../journal/day-status.js';
import { checkDecisionNote, DECISION_ACTION, DECISION_STATUS, DECISIONS } from './decision.js';

describe('decision notes', () => {
  it('a rejection needs a reason of at least 5 characters, whitespace not counted', () => {
    expect(checkDecisionNote('rejected', undefined)).toEqual({ ok: false, message: 'Alasan penolakan wajib diisi, minimal 5 karakter.' });
    expect(checkDecisionNote('rejected', '  abc   ')).toMatchObject({ ok: false });
    expect(checkDecisionNote('rejected', ' Bukti tidak sesuai ')).toEqual({ ok: true, note: 'Bukti tidak sesuai' });
  });

  it('a return needs a note saying what to fix', () => {
    expect(checkDecisionNote('returned', '   ')).toEqual({ ok: false, message: 'Catatan perbaikan wajib diisi: tuliskan apa yang perlu diperbaiki.' });
    expect(checkDecisionNote('returned', 'Foto')).toEqual({ ok: true, note: 'Foto' });
  });

  it('an approval may carry a note or none; no note may exceed 1000 characters', () => {
    expect(checkDecisionNote('approved', undefined)).toEqual({ ok: true, note: '' });
    expect(checkDecisionNote('approved', 'Bagus')).toEqual({ ok: true, note: 'Bagus' });
    expect(checkDecisionNote('approved', 'x'.repeat(1001))).toMatchObject({ ok: false });
  });

  it('every decision is a legal move from submitted, and only from submitted', () => {
    for (const d of DECISIONS) {
      expect(nextStatus('submitted', DECISION_ACTION[d])).toEqual({ ok: true, status: DECISION_STATUS[d] });
      for (const from of ['draft', 'approved', 'rejected', 'returned'] as const) expect(nextStatus(from, DECISION_ACTION[d]).ok).toBe(false);
    }
  });
});
