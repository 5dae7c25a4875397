/**
 * Schedules as the admin screen types them (core/api's PatternSpec: shifts as wall-clock specs)
 * and as core judges them (WorkSchedule), both ways. The spec is what is stored.
 */
import { formatClock, SHIPPED_SCHEDULES, scheduleProblems, shift, weeklyNetMinutes, type ShiftTemplate, type WorkSchedule } from '@kinerja/core';
import type { PatternSpec, ScheduleBody, ScheduleView, ShiftSpecBody } from '@kinerja/core/api';
import { AppError } from '../../http/errors.js';

const wall = (minutes: number) => formatClock(minutes % 1440);

/** The spec a template is built from (a shipped schedule shown as an editable preset). */
export function specOfShift(t: ShiftTemplate): ShiftSpecBody {
  const masuk = t.checkPoints[0]!;
  const pulang = t.checkPoints[t.checkPoints.length - 1]!;
  const spec: ShiftSpecBody = { code: t.code, name: t.name, start: wall(t.start), end: wall(t.end) };
  if (t.breaks.length) spec.breaks = t.breaks.map((b) => [wall(b.start), wall(b.end)] as [string, string]);
  if (t.checkPoints.some((c) => c.kind === 'istirahat_masuk')) spec.scanAfterBreak = true;
  if (t.start - masuk.opens !== 120) spec.opensBefore = t.start - masuk.opens;
  if (pulang.closes - t.end !== 240) spec.closesAfter = pulang.closes - t.end;
  return spec;
}

function patternSpecOf(s: WorkSchedule): PatternSpec {
  const p = s.pattern;
  const spec = (t: ShiftTemplate | null | undefined) => (t ? specOfShift(t) : null);
  switch (p.kind) {
    case 'weekly':
      return { kind: 'weekly', days: Object.fromEntries(Object.entries(p.days).map(([d, t]) => [d, specOfShift(t)])) };
    case 'rotation':
      return { kind: 'rotation', anchor: p.anchor, cycle: p.cycle.map(spec) };
    case 'roster':
      return { kind: 'roster', days: Object.fromEntries(Object.entries(p.days).map(([d, t]) => [d, spec(t)])) };
  }
}

/** A schedule for the screens. */
export function scheduleView(s: WorkSchedule, pattern: PatternSpec = patternSpecOf(s)): ScheduleView {
  return { id: s.id, name: s.name, timeZone: s.timeZone, observesHolidays: s.observesHolidays, pattern, weeklyNetMinutes: s.pattern.kind === 'weekly' ? weeklyNetMinutes(s) : null };
}

export const PRESET_VIEWS: readonly ScheduleView[] = SHIPPED_SCHEDULES.map((s) => scheduleView(s));

/** The schedule core judges with; a spec core refuses is a 400 with its reasons. */
export function buildSchedule(id: string, body: ScheduleBody): WorkSchedule {
  const problems: string[] = [];
  const build = (spec: ShiftSpecBody | null | undefined): ShiftTemplate | null => {
    if (!spec) return null;
    try {
      return shift(spec);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
      return null;
    }
  };
  const p = body.pattern;
  let pattern: WorkSchedule['pattern'];
  if (p.kind === 'weekly') {
    const days: Partial<Record<string, ShiftTemplate>> = {};
    for (const [d, s] of Object.entries(p.days)) {
      const t = build(s);
      if (t) days[d] = t;
    }
    pattern = { kind: 'weekly', days };
  } else if (p.kind === 'rotation') pattern = { kind: 'rotation', anchor: p.anchor, cycle: p.cycle.map(build) };
  else pattern = { kind: 'roster', days: Object.fromEntries(Object.entries(p.days).map(([d, s]) => [d, build(s)])) };
  const schedule: WorkSchedule = { id, name: body.name, timeZone: body.timeZone, observesHolidays: body.observesHolidays, pattern };
  if (!problems.length) {
    try {
      problems.push(...scheduleProblems(schedule));
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  if (problems.length) {
    throw new AppError('VALIDATION', `Jadwal kerja tidak valid: ${problems.join('; ')}`, problems.map((message) => ({ field: 'pattern', message })));
  }
  return schedule;
}
