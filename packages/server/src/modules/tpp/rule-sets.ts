/**
 * Stored rule sets: the Perkada as data (docs/tpp-rule-set.schema.json), imported as files, read by
 * core's parseTppRuleSet, versioned; a version a run used is never replaced.
 */
import { diffTppRuleSets, formatTppRuleChanges, parseTppRuleSet, type Principal, type TppRuleSet } from '@kinerja/core';
import type { TppRuleSetCheckAnswer, TppRuleSetDiffAnswer, TppRuleSetDocumentAnswer, TppRuleSetVersion } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { forgetStoredRuleSets, storedRuleSet } from './compute.js';
import { previousRuleSetVersion, ruleSetVersion, ruleSetVersions, upsertUnusedRuleSet } from './queries/rule-sets.js';

type VersionRow = Awaited<ReturnType<typeof ruleSetVersions>>[number];

function versionOf(r: Omit<VersionRow, 'imported_by_nip'> & { imported_by_nip?: string | null }): TppRuleSetVersion {
  const doc = r.document as Partial<TppRuleSet>;
  return {
    ruleSetId: r.rule_set_id,
    version: r.version,
    name: r.name,
    region: r.region,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    agencies: doc.scope?.agencies ?? [],
    positionGroups: doc.scope?.positionGroups ?? [],
    used: r.used_at !== null,
    note: r.note,
    importedAt: new Date(r.imported_at).toISOString(),
    importedBy: r.imported_by_nip ?? null,
  };
}

export async function listRuleSets(ctx: AppContext, p: Principal): Promise<TppRuleSetVersion[]> {
  await requireAccess(ctx, p, 'tpp.rules.read');
  return (await ruleSetVersions(ctx.db)).map(versionOf);
}

function parseOrThrow(document: unknown): TppRuleSet {
  const parsed = parseTppRuleSet(document);
  if (!parsed.ok) {
    throw new AppError(
      'TPP_RULE_SET_INVALID',
      undefined,
      parsed.issues.slice(0, 50).map((i) => ({ field: i.path, message: i.message })),
    );
  }
  return parsed.value;
}

/** Checks a file and names its changes from the latest stored version of the same id; stores nothing. */
export async function checkRuleSet(ctx: AppContext, p: Principal, document: unknown): Promise<TppRuleSetCheckAnswer> {
  await requireAccess(ctx, p, 'tpp.rules.read');
  const parsed = parseTppRuleSet(document);
  if (!parsed.ok) return { ok: false, issues: parsed.issues, changes: [] };
  const previous = await previousRuleSetVersion(ctx.db, parsed.value.id, null);
  const before = previous ? parseTppRuleSet(previous.document) : undefined;
  return { ok: true, issues: [], changes: before?.ok ? diffTppRuleSets(before.value, parsed.value) : [] };
}

/** Imports a file as a version: new, or replacing the same version while no run used it. */
export async function importRuleSet(ctx: AppContext, p: Principal, document: unknown, note = ''): Promise<TppRuleSetVersion> {
  await requireAccess(ctx, p, 'tpp.rules.manage');
  const rs = parseOrThrow(document);
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const written = await upsertUnusedRuleSet(trx, {
      ruleSetId: rs.id,
      version: rs.version,
      name: rs.name,
      region: rs.region,
      effectiveFrom: rs.effectiveFrom,
      effectiveTo: rs.effectiveTo,
      document: rs,
      note,
      accountId: p.accountId,
      at,
    });
    if (!written) throw new AppError('TPP_RULE_SET_USED', `Aturan ${rs.id} versi ${rs.version} sudah dipakai dalam perhitungan TPP; simpan perubahan sebagai versi ${rs.version + 1}.`);
    await recordAudit(trx, { agencyId: null, actorAccountId: p.accountId, action: 'tpp.rule_set.imported', entity: 'tpp_rule_set', entityId: null, data: { ruleSet: `${rs.id}@${rs.version}`, effectiveFrom: rs.effectiveFrom, note } });
  });
  forgetStoredRuleSets(ctx);
  const row = await ruleSetVersion(ctx.db, rs.id, rs.version);
  return versionOf({ ...row!, imported_by_nip: null });
}

export async function ruleSetDocument(ctx: AppContext, p: Principal, id: string, version: number): Promise<TppRuleSetDocumentAnswer> {
  await requireAccess(ctx, p, 'tpp.rules.read');
  const row = await ruleSetVersion(ctx.db, id, version);
  if (!row) throw new AppError('NOT_FOUND', `Aturan TPP ${id} versi ${version} tidak ditemukan.`);
  return { version: versionOf({ ...row, imported_by_nip: null }), document: row.document as TppRuleSet };
}

export async function ruleSetDiff(ctx: AppContext, p: Principal, id: string, version: number, against: number): Promise<TppRuleSetDiffAnswer> {
  await requireAccess(ctx, p, 'tpp.rules.read');
  const [after, before] = await Promise.all([storedRuleSet(ctx, id, version), storedRuleSet(ctx, id, against)]);
  const changes = diffTppRuleSets(before, after);
  return { ruleSetId: id, from: against, to: version, changes, text: formatTppRuleChanges(changes) };
}
