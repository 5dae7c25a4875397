/**
 * Records that someone read another person's personal data. Called by the services that show it
 * (a profile, a journal, a day under validation, an SKP, an evaluation, an evidence file), after the
 * access point allowed it; reading one's own data is not recorded. A read is kept once per reader,
 * person, kind and day: this process remembers what it wrote today so that the supervisor's inbox,
 * opened twenty times a day, writes nothing after the first time.
 */
import type { Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { agencyToday } from '../org/index.js';
import { insertReads, type ReadKind } from './queries.js';

/** Per database (a test process opens many), the keys written on each day; older days are dropped. */
const written = new WeakMap<Db, { day: string; keys: Set<string> }>();
const MAX_KEYS = 500_000;

export async function recordReads(ctx: AppContext, p: Principal, agencyId: string, employeeIds: Iterable<string>, kind: ReadKind, today?: string): Promise<void> {
  const others = [...new Set(employeeIds)].filter((id) => !(p.agencyId === agencyId && p.employeeId === id));
  if (others.length === 0) return;
  const day = today ?? (await agencyToday(ctx, agencyId)).today;
  let seen = written.get(ctx.db);
  if (!seen || seen.day !== day || seen.keys.size > MAX_KEYS) {
    seen = { day, keys: new Set() };
    written.set(ctx.db, seen);
  }
  const fresh = others.filter((id) => !seen.keys.has(`${p.accountId}|${agencyId}|${id}|${kind}`));
  if (fresh.length === 0) return;
  const at = ctx.now();
  const reader = { accountId: p.accountId, role: p.role, agencyId: p.agencyId, employeeId: p.employeeId };
  await insertReads(
    ctx.db,
    fresh.map((employeeId) => ({ agencyId, employeeId, readOn: day, kind, at, reader })),
  );
  for (const id of fresh) seen.keys.add(`${p.accountId}|${agencyId}|${id}|${kind}`);
}
