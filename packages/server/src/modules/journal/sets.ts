import { setItemEntryId, stripInvisibleCharacters } from '@kinerja/core';
import type { SetBody, SetItem } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { writeEntry } from './entry-writes.js';
import { deleteSetOf, setOwner, setsOf, upsertSet } from './queries/sets.js';
import type { Journalist } from './who.js';

export async function listSets(ctx: AppContext, who: Journalist) {
  const rows = await setsOf(ctx.db, who.agencyId, who.employeeId);
  // Sets saved before text was cleaned on entry (http/text-cleaning.ts) are cleaned as read: shown, and applied as entries.
  return rows.map((r) => ({
    id: r.id,
    name: stripInvisibleCharacters(r.name, { multiline: false }),
    items: (r.items as SetItem[]).map((i) => (i.description === undefined ? i : { ...i, description: stripInvisibleCharacters(i.description) })),
  }));
}

export async function saveSet(ctx: AppContext, who: Journalist, id: string, body: SetBody): Promise<void> {
  const owner = await setOwner(ctx.db, who.agencyId, id);
  if (owner !== undefined && owner !== who.employeeId) throw new AppError('CONFLICT', 'ID ini sudah dipakai untuk data lain.');
  await upsertSet(ctx.db, who.agencyId, who.employeeId, id, body.name, JSON.stringify(body.items));
}

export async function deleteSet(ctx: AppContext, who: Journalist, id: string): Promise<void> {
  await deleteSetOf(ctx.db, who.agencyId, who.employeeId, id);
}

/** Logs every item of a routine set on a date, each through the same rules as a hand-made entry. */
export async function applySet(ctx: AppContext, who: Journalist, setId: string, date: string): Promise<{ created: number; problems: { item: number; message: string }[] }> {
  const set = (await listSets(ctx, who)).find((s) => s.id === setId);
  if (!set) throw new AppError('NOT_FOUND', 'Set kegiatan tidak ditemukan.');
  let created = 0;
  const problems: { item: number; message: string }[] = [];
  for (const [i, item] of set.items.entries()) {
    try {
      const r = await writeEntry(ctx, who, setItemEntryId(setId, date, i), { workDate: date, ...item });
      if (r.created) created++;
    } catch (error) {
      if (error instanceof AppError && (error.code === 'WINDOW_CLOSED' || error.code === 'FUTURE_DATE')) throw error;
      problems.push({ item: i + 1, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { created, problems };
}
