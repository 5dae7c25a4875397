import { describe, expect, it } from 'vitest';
import { leaveFormProblems, type LeaveDraft } from './leaveDraft';

const ok: LeaveDraft = { typeCode: 'cuti_tahunan', part: 'day', from: '2026-12-07', to: '2026-12-09', reason: 'Urusan keluarga' };

describe('the leave form', () => {
  it('lets a complete request go', () => {
    expect(leaveFormProblems(ok)).toEqual({});
  });

  it('names each missing or wrong field', () => {
    expect(leaveFormProblems({ ...ok, typeCode: '', reason: '  a ' })).toEqual({ typeCode: 'typeRequired', reason: 'reasonRequired' });
    expect(leaveFormProblems({ ...ok, from: '', to: '' })).toEqual({ from: 'datesRequired', to: 'datesRequired' });
    expect(leaveFormProblems({ ...ok, to: '2026-12-06' })).toEqual({ to: 'datesOrder' });
  });

  it('asks only one date of a permission to arrive late or leave early', () => {
    expect(leaveFormProblems({ ...ok, part: 'arrival', to: '' })).toEqual({});
    expect(leaveFormProblems({ ...ok, part: 'departure', to: '2026-01-01' })).toEqual({});
  });
});
