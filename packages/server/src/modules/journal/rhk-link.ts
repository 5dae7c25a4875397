import { rhkLinkRefusal, type ApprovedRhk } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { rhkInForceOf } from '../skp/index.js';
import type { JournalContext } from './context.js';
import type { Journalist } from './who.js';

/** An RHK the employee may attach entries to: of their own approved SKP (its version in force), with that SKP's period. */
export interface OfferedRhk extends ApprovedRhk {
  text: string;
  jenis: 'utama' | 'tambahan';
  skpId: string;
}

/** The RHK of the employee's own approved SKP whose periods overlap [from, to] (one statement). */
export async function approvedRhkBetween(ctx: AppContext, who: Journalist, from: string, to: string): Promise<OfferedRhk[]> {
  const rows = await rhkInForceOf(ctx.db, who.agencyId, who.employeeId, from, to);
  return rows.map((r) => ({ id: r.id, text: r.text, jenis: r.jenis as OfferedRhk['jenis'], skpId: r.skp_id, periodFrom: r.period_from, periodTo: r.period_to }));
}

/** What the RHK rule needs of an entry. */
export interface EntryRhk {
  workDate: string;
  rhkId?: string | null | undefined;
}

/** Whether judging this entry needs the employee's approved RHK at all (a named RHK, or an agency that requires one). */
export function needsApprovedRhk(jc: JournalContext, entry: EntryRhk): boolean {
  return !!entry.rhkId || jc.rulesOn(entry.workDate).settings.rhkLink === 'required';
}

/**
 * Core's rhkLinkRefusal with the setting in force on the entry's date, as an AppError (422
 * RHK_NOT_IN_SKP / RHK_REQUIRED), or undefined when the entry is accepted. `approved` must cover the date.
 */
export function rhkRefusal(jc: JournalContext, entry: EntryRhk, approved: readonly ApprovedRhk[]): AppError | undefined {
  const refusal = rhkLinkRefusal(entry.rhkId, entry.workDate, jc.rulesOn(entry.workDate).settings.rhkLink, approved);
  return refusal ? new AppError(refusal.code, refusal.message, refusal.details) : undefined;
}

/** Refuses an entry whose RHK is not of the employee's approved SKP covering its date, or that lacks a required one. */
export async function assertEntryRhk(ctx: AppContext, jc: JournalContext, who: Journalist, entry: EntryRhk): Promise<void> {
  if (!needsApprovedRhk(jc, entry)) return;
  const refusal = rhkRefusal(jc, entry, await approvedRhkBetween(ctx, who, entry.workDate, entry.workDate));
  if (refusal) throw refusal;
}
