import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { attendanceDaysForTpp, attendanceForTpp } from './index.js';
import { addMachine, addPunches, fullMonth } from './test-support.js';

let t: TestApp;
let A: string;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  const machine = await addMachine(t, A);
  const staff1 = t.fixture.people.staff1!;
  // November 2026: on time but for a 45-minute late arrival on the 4th (TL2) and no punch on the 5th (TK).
  await addPunches(t, A, machine, staff1, fullMonth('2026-11-01', '2026-11-30', { '2026-11-04': ['08:15', '16:40'], '2026-11-05': [] }));
});
afterAll(() => t.close());

describe('the TPP hand-off', () => {
  it("gives each employee's days of a month in the TPP engine's shape", async () => {
    const days = await attendanceDaysForTpp(t.ctx, A, '2026-11');
    const staff1 = days.get(t.fixture.people.staff1!.id)!;
    // Judged from the agency's first punch (Monday the 2nd): the Sunday before is not the agency's to judge.
    expect(staff1).toHaveLength(29);
    const on = (d: string) => staff1.find((x) => x.date === d);
    expect(on('2026-11-01')).toBeUndefined();
    expect(on('2026-11-07')).toEqual({ date: '2026-11-07', status: 'off' });
    expect(on('2026-11-03')).toEqual({ date: '2026-11-03', status: 'present', checks: [{ point: 'masuk', minutesOff: 0 }, { point: 'pulang', minutesOff: 0 }] });
    expect(on('2026-11-04')?.checks?.[0]).toEqual({ point: 'masuk', minutesOff: 45 });
    expect(on('2026-11-05')).toEqual({ date: '2026-11-05', status: 'tk' });
    // Someone with no punch at all is TK on every working day, never left out.
    const staff2 = days.get(t.fixture.people.staff2!.id)!;
    expect(staff2.filter((d) => d.status === 'tk')).toHaveLength(21);
    // Another agency's people are not in this agency's hand-off.
    expect(days.has(t.fixture.people.teacherB!.id)).toBe(false);
  });

  it('can be asked for some employees only, with their leave by type', async () => {
    const only = await attendanceForTpp(t.ctx, A, '2026-11', { employeeIds: [t.fixture.people.staff1!.id] });
    expect([...only.keys()]).toEqual([t.fixture.people.staff1!.id]);
    expect(only.get(t.fixture.people.staff1!.id)!.leave).toEqual([]);
  });
});
