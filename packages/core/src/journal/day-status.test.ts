import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canEdit,
  dayStatus,
  DAY_STATUS_LABEL,
  ENTRY_STATUS_LABEL,
  nextStatus,
  type DayStatus,
  type EntryAction,
  type EntryStatus,
  type StatusedEntry,
} from './day-status.js';

const STATUSES: EntryStatus[] = ['draft', 'submitted', 'approved', 'rejected', 'returned'];
const ACTIONS: EntryAction[] = ['submit', 'approve', 'reject', 'return', 'resubmit'];

const e = (status: EntryStatus, creditedMinutes = 100): StatusedEntry => ({ status, creditedMinutes });

describe('nextStatus: the transition table, exhaustively', () => {
  const legal: Record<string, EntryStatus> = {
    'draft/submit': 'submitted',
    'submitted/approve': 'approved',
    'submitted/reject': 'rejected',
    'submitted/return': 'returned',
    'returned/resubmit': 'submitted',
  };

  for (const from of STATUSES) {
    for (const action of ACTIONS) {
      const to = legal[`${from}/${action}`];
      it(`${from} --${action}--> ${to ?? 'refused'}`, () => {
        const r = nextStatus(from, action);
        if (to) {
          expect(r).toEqual({ ok: true, status: to });
        } else {
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.code).toBe('ILLEGAL_TRANSITION');
            expect(r.message).toContain(`'${ENTRY_STATUS_LABEL[from]}'`);
          }
        }
      });
    }
  }

  it('explains a refused move in Indonesian', () => {
    expect(nextStatus('approved', 'submit')).toEqual({
      ok: false, code: 'ILLEGAL_TRANSITION', message: "Kegiatan berstatus 'Disetujui' tidak dapat diajukan.",
    });
    expect(nextStatus('draft', 'return')).toMatchObject({ message: "Kegiatan berstatus 'Draf' tidak dapat dikembalikan untuk perbaikan." });
  });

  it('refuses unknown statuses and actions arriving as strings, including prototype names', () => {
    expect(nextStatus('constructor' as EntryStatus, 'submit').ok).toBe(false);
    expect(nextStatus('draft', 'constructor' as EntryAction).ok).toBe(false);
    expect(nextStatus('draft', 'toString' as EntryAction).ok).toBe(false);
  });

  it('property: approved and rejected are final, and every walk stays inside the table', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 30 }), (actions) => {
        let status: EntryStatus = 'draft';
        for (const a of actions) {
          const r = nextStatus(status, a);
          if (status === 'approved' || status === 'rejected') expect(r.ok).toBe(false);
          if (r.ok) status = r.status;
        }
        expect(STATUSES).toContain(status);
      }),
    );
  });
});

describe('canEdit', () => {
  it.each([
    ['draft', true],
    ['returned', true],
    ['submitted', false],
    ['approved', false],
    ['rejected', false],
  ] as const)('%s → %s', (status, editable) => expect(canEdit(status)).toBe(editable));

  it('every editable status can be sent to the supervisor, no other can', () => {
    for (const s of STATUSES) {
      const sendable = nextStatus(s, 'submit').ok || nextStatus(s, 'resubmit').ok;
      expect(sendable).toBe(canEdit(s));
    }
  });
});

describe('dayStatus precedence', () => {
  it('a working day without entries is empty; a holiday or weekend without entries is non_working', () => {
    expect(dayStatus([], 510, true)).toBe('empty');
    expect(dayStatus([], 510, false)).toBe('non_working');
  });

  it('rejected entries are ignored entirely', () => {
    expect(dayStatus([e('rejected', 600)], 510, true)).toBe('empty');
    expect(dayStatus([e('rejected', 600)], 510, false)).toBe('non_working');
    expect(dayStatus([e('rejected', 600), e('draft', 100)], 510, true)).toBe('incomplete');
    expect(dayStatus([e('rejected', 600), e('approved', 510)], 510, true)).toBe('approved');
  });

  it('returned wins over everything else', () => {
    expect(dayStatus([e('returned'), e('submitted'), e('draft'), e('approved', 600)], 510, true)).toBe('returned');
    expect(dayStatus([e('returned', 0)], 0, false)).toBe('returned');
  });

  it('waiting when anything is submitted and nothing returned', () => {
    expect(dayStatus([e('submitted'), e('draft', 600)], 510, true)).toBe('waiting');
    expect(dayStatus([e('submitted'), e('approved', 600)], 510, true)).toBe('waiting');
  });

  it('drafts: complete when draft + approved minutes reach the target, else incomplete', () => {
    expect(dayStatus([e('draft', 510)], 510, true)).toBe('complete');
    expect(dayStatus([e('draft', 509)], 510, true)).toBe('incomplete');
    expect(dayStatus([e('draft', 200), e('approved', 310)], 510, true)).toBe('complete');
    expect(dayStatus([e('draft', 200), e('approved', 300)], 510, true)).toBe('incomplete');
  });

  it('all approved: approved when the approved minutes reach the target, else incomplete', () => {
    expect(dayStatus([e('approved', 300), e('approved', 210)], 510, true)).toBe('approved');
    expect(dayStatus([e('approved', 300)], 510, true)).toBe('incomplete');
  });

  it('overtime on a non-working day has target 0', () => {
    expect(dayStatus([e('draft', 120)], 510, false)).toBe('complete');
    expect(dayStatus([e('approved', 120)], 510, false)).toBe('approved');
    expect(dayStatus([e('submitted', 120)], 510, false)).toBe('waiting');
  });

  it('every status has an Indonesian label', () => {
    const all: DayStatus[] = ['non_working', 'empty', 'returned', 'waiting', 'incomplete', 'complete', 'approved'];
    for (const s of all) expect(DAY_STATUS_LABEL[s].length).toBeGreaterThan(0);
  });

  const arbEntries = fc.array(
    fc.record({ status: fc.constantFrom(...STATUSES), creditedMinutes: fc.integer({ min: 0, max: 600 }) }),
    { maxLength: 12 },
  );

  it('property: adding rejected entries never changes the status', () => {
    fc.assert(
      fc.property(arbEntries, fc.array(fc.integer({ min: 0, max: 900 }), { maxLength: 4 }), fc.integer({ min: 0, max: 600 }), fc.boolean(), (es, rejected, target, working) => {
        const more = [...es, ...rejected.map((m) => e('rejected', m))];
        expect(dayStatus(more, target, working)).toBe(dayStatus(es, target, working));
      }),
    );
  });

  it('property: agrees with a literal reading of the documented precedence', () => {
    fc.assert(
      fc.property(arbEntries, fc.integer({ min: 0, max: 600 }), fc.boolean(), (es, target, working) => {
        const live = es.filter((x) => x.status !== 'rejected');
        const has = (s: EntryStatus) => live.some((x) => x.status === s);
        const minutes = live.reduce((a, x) => a + x.creditedMinutes, 0);
        const t = working ? target : 0;
        const expected: DayStatus =
          live.length === 0 ? (working ? 'empty' : 'non_working')
          : has('returned') ? 'returned'
          : has('submitted') ? 'waiting'
          : has('draft') ? (minutes >= t ? 'complete' : 'incomplete')
          : minutes >= t ? 'approved' : 'incomplete';
        expect(dayStatus(es, target, working)).toBe(expected);
      }),
    );
  });

  it('property: non_working only on non-working days, empty only on working days', () => {
    fc.assert(
      fc.property(arbEntries, fc.integer({ min: 0, max: 600 }), fc.boolean(), (es, target, working) => {
        const s = dayStatus(es, target, working);
        if (s === 'non_working') expect(working).toBe(false);
        if (s === 'empty') expect(working).toBe(true);
      }),
    );
  });
});
