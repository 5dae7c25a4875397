/** The leave form's own checks, before anything is sent (the server checks again). Tested in leaveDraft.test.ts. */
export interface LeaveDraft {
  typeCode: string;
  part: 'day' | 'arrival' | 'departure';
  from: string;
  to: string;
  reason: string;
}

export type LeaveProblem = 'typeRequired' | 'datesRequired' | 'datesOrder' | 'reasonRequired';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with each field; {} when the request may be sent. A part-day permission has one date. */
export function leaveFormProblems(d: LeaveDraft): Partial<Record<'typeCode' | 'from' | 'to' | 'reason', LeaveProblem>> {
  const out: Partial<Record<'typeCode' | 'from' | 'to' | 'reason', LeaveProblem>> = {};
  if (!d.typeCode) out.typeCode = 'typeRequired';
  if (!DATE.test(d.from)) out.from = 'datesRequired';
  if (d.part === 'day') {
    if (!DATE.test(d.to)) out.to = 'datesRequired';
    else if (DATE.test(d.from) && d.to < d.from) out.to = 'datesOrder';
  }
  // The server asks for at least 3 characters.
  if (d.reason.trim().length < 3) out.reason = 'reasonRequired';
  return out;
}
