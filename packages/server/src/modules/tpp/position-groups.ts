/**
 * Posts' TPP position groups (issue 19 item 1, "per position group where a Perkada says so"): an
 * agency's admins, finance or the BKD put posts into a group that a stored rule set's
 * scope.positionGroups names; whoever holds the post is then computed with that rule set (compute.ts
 * ruleSetChoice; agency and group > agency > group > region-wide). Read with `tpp.read`, set with
 * `tpp.manage`; every change is audited. Only groups some stored rule set names can be set, so a
 * typo cannot silently leave people under the region's rules.
 */
import type { Principal } from '@kinerja/core';
import type { TppPositionGroupsAnswer, TppPositionGroupsBody } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { findTodayChart } from '../org/index.js';
import { clearPositionGroups, positionsOfAgency, positionsWithGroups, upsertPositionGroups } from './queries/position-groups.js';
import { ruleSetVersions } from './queries/rule-sets.js';

/** Every group a stored rule set names, with the versions naming it. */
async function knownGroups(ctx: AppContext): Promise<TppPositionGroupsAnswer['groups']> {
  const byCode = new Map<string, { id: string; version: number; name: string }[]>();
  for (const r of await ruleSetVersions(ctx.db)) {
    const groups = (r.document as { scope?: { positionGroups?: string[] } }).scope?.positionGroups ?? [];
    for (const g of groups) byCode.set(g, [...(byCode.get(g) ?? []), { id: r.rule_set_id, version: r.version, name: r.name }]);
  }
  return [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([code, ruleSets]) => ({ code, ruleSets }));
}

async function answer(ctx: AppContext, agencyId: string): Promise<TppPositionGroupsAnswer> {
  const [groups, posts] = await Promise.all([knownGroups(ctx), positionsWithGroups(ctx.db, agencyId)]);
  return {
    groups,
    posts: posts.map((p) => ({ positionId: p.id, code: p.code, name: p.name, kind: p.kind, kelas: p.kelas_jabatan, unitName: p.unit_name, group: p.group_code })),
  };
}

export async function readPositionGroups(ctx: AppContext, p: Principal, agencyId: string): Promise<TppPositionGroupsAnswer> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  if (!(await findTodayChart(ctx, agencyId))) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  return answer(ctx, agencyId);
}

export async function setPositionGroups(ctx: AppContext, p: Principal, agencyId: string, body: TppPositionGroupsBody): Promise<TppPositionGroupsAnswer> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  if (!(await findTodayChart(ctx, agencyId))) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  if (body.group !== null && !(await knownGroups(ctx)).some((g) => g.code === body.group)) {
    throw new AppError('VALIDATION', `Kelompok jabatan "${body.group}" tidak disebut oleh aturan TPP mana pun. Sebutkan dulu di cakupan (scope.positionGroups) sebuah aturan TPP.`, [
      { field: 'group', message: 'kelompok tidak dikenal' },
    ]);
  }
  const found = new Set((await positionsOfAgency(ctx.db, agencyId, body.positionIds)).map((r) => r.id));
  const missing = body.positionIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `${missing.length} jabatan tidak ditemukan di instansi ini.`);
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (body.group === null) await clearPositionGroups(trx, agencyId, body.positionIds);
    else await upsertPositionGroups(trx, agencyId, body.positionIds, body.group, p.accountId, at);
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'tpp.position_groups.set', entity: 'agency', entityId: agencyId, data: { group: body.group, positionIds: body.positionIds } });
  });
  return answer(ctx, agencyId);
}
