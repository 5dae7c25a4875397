/**
 * What copying a day and applying a routine set would queue: one new entry per source entry or set
 * item, under the id the server derives for it (core's copiedEntryId / setItemEntryId, so doing it
 * twice, here or through the server's route, adds nothing), each judged by core's entry rules first.
 */
import { copiedEntryId, creditedMinutes, setItemEntryId } from '@kinerja/core';
import type { Activity, Entry, JournalContext, RoutineSet } from '../../api/journal';
import { entryRefusal, settingsOn, type EntryRefusal, type PlannedEntry } from '../offline';

interface Known {
  ctx: JournalContext;
  /** The target day as the phone shows it (kept copy and pending changes). */
  target: readonly Entry[];
  /** The kept dictionary by code (only what the agency may use); undefined when not kept. */
  dictionary: ReadonlyMap<string, Activity> | undefined;
  now?: Date;
}

/** A day that may not be logged stops the whole copy or set, as on the server. */
const closesAll = (r: EntryRefusal) => r.code === 'WINDOW_CLOSED' || r.code === 'FUTURE_DATE';

/** The entry as the overlap rule on the next planned entry reads it. */
function asShown(p: PlannedEntry): Entry {
  return { id: p.entryId, activityName: p.display.activityName, startTime: p.entry.startTime, endTime: p.entry.endTime, status: 'draft' } as Entry;
}

export interface CopyPlan {
  planned: PlannedEntry[];
  /** Copied before (already on the target day) or refused by the rules (an overlap, say). */
  skipped: number;
  /** The target day may not be logged: nothing is copied. */
  closed?: EntryRefusal;
}

/** "Salin kemarin": the source day's entries that are not rejected, as new drafts without files on `toDate`. */
export function planCopy(source: readonly Entry[], toDate: string, known: Known): CopyPlan {
  const planned: PlannedEntry[] = [];
  let skipped = 0;
  for (const s of source) {
    if (s.status === 'rejected') continue;
    const entryId = copiedEntryId(s.id, toDate);
    if (known.target.some((e) => e.id === entryId)) {
      skipped++;
      continue;
    }
    const entry = {
      workDate: toDate,
      startTime: s.startTime,
      endTime: s.endTime,
      durationMinutes: s.durationMinutes,
      activityCode: s.activityCode,
      volume: s.volume,
      description: s.description,
      rhkId: s.rhkId,
      evidence: [],
    };
    const refusal = entryRefusal({ id: entryId, ...entry }, { ctx: known.ctx, knownCodes: codes(known), dayEntries: [...known.target, ...planned.map(asShown)], ...(known.now ? { now: known.now } : {}) });
    if (refusal && closesAll(refusal)) return { planned: [], skipped: 0, closed: refusal };
    if (refusal) {
      skipped++;
      continue;
    }
    planned.push({ entryId, entry, display: { activityName: s.activityName, activityUnit: s.activityUnit, creditedMinutes: s.creditedMinutes, status: 'draft' } });
  }
  return { planned, skipped, closed: undefined };
}

export interface SetPlan {
  planned: PlannedEntry[];
  /** The set item (1-based) each planned entry comes from. */
  itemOf: number[];
  problems: { item: number; message: string }[];
  closed?: EntryRefusal;
}

/** A routine set on `date`: each item not applied there before, judged like a hand-made entry. */
export function planSet(set: RoutineSet, date: string, known: Known): SetPlan {
  const out: SetPlan = { planned: [], itemOf: [], problems: [] };
  for (const [i, item] of set.items.entries()) {
    const entryId = setItemEntryId(set.id, date, i);
    if (known.target.some((e) => e.id === entryId)) continue;
    const entry = {
      workDate: date,
      startTime: item.startTime ?? null,
      endTime: item.endTime ?? null,
      activityCode: item.activityCode,
      volume: item.volume,
      description: item.description ?? '',
      evidence: [],
    };
    const refusal = entryRefusal({ id: entryId, ...entry }, { ctx: known.ctx, knownCodes: codes(known), dayEntries: [...known.target, ...out.planned.map(asShown)], ...(known.now ? { now: known.now } : {}) });
    if (refusal && closesAll(refusal)) return { planned: [], itemOf: [], problems: [], closed: refusal };
    if (refusal) {
      out.problems.push({ item: i + 1, message: refusal.message || refusal.code });
      continue;
    }
    const activity = known.dictionary?.get(item.activityCode);
    const timing = { ...(entry.startTime ? { startTime: entry.startTime } : {}), ...(entry.endTime ? { endTime: entry.endTime } : {}), volume: entry.volume };
    out.planned.push({
      entryId,
      entry,
      display: {
        activityName: activity?.name ?? item.activityCode,
        activityUnit: activity?.unit ?? '',
        creditedMinutes: activity ? creditedMinutes(timing, settingsOn(known.ctx, entry.workDate), activity) : 0,
        status: 'draft',
      },
    });
    out.itemOf.push(i + 1);
  }
  return out;
}

function codes(known: Known): ReadonlySet<string> | undefined {
  return known.dictionary ? new Set(known.dictionary.keys()) : undefined;
}
