import type { Principal } from '@kinerja/core';
import type { SiasnCodeBody, SiasnCodeListName, SiasnReferenceCode, SiasnReferenceCodesAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../../context.js';
import { AppError } from '../../../http/errors.js';
import { may, requireAccess } from '../../access/index.js';
import { recordAudit } from '../../audit/index.js';
import { siasnReferenceCodes, updateSiasnReferenceCode } from '../queries/siasn.js';

/**
 * SIASN's reference codes as the export reads them: `code(list, key)` is SIASN's number for one of
 * our values, or '' when the table has none (an unconfirmed code, or a value the list does not hold,
 * such as a golongan SIASN does not know); `missing` collects each one asked for and not found, so the
 * export can name them instead of sending an empty cell unnoticed.
 */
export interface CodeBook {
  code(list: SiasnCodeListName, key: string | null | undefined): string;
  missing(): { list: SiasnCodeListName; key: string; label: string }[];
}

export async function codeBook(ctx: AppContext): Promise<CodeBook> {
  const rows = await siasnReferenceCodes(ctx.db);
  const byKey = new Map(rows.map((r) => [`${r.list}\u0000${r.key}`, r]));
  const missing = new Map<string, { list: SiasnCodeListName; key: string; label: string }>();
  return {
    code(list, key) {
      if (key === null || key === undefined || key === '') return '';
      const row = byKey.get(`${list}\u0000${key}`);
      if (row && row.code !== '') return row.code;
      missing.set(`${list}\u0000${key}`, { list, key, label: row?.label ?? key });
      return '';
    },
    missing: () => [...missing.values()].sort((a, b) => (a.list === b.list ? (a.key < b.key ? -1 : 1) : a.list < b.list ? -1 : 1)),
  };
}

const answerOf = (r: Awaited<ReturnType<typeof siasnReferenceCodes>>[number]): SiasnReferenceCode => ({
  list: r.list,
  key: r.key,
  label: r.label,
  code: r.code,
  updatedAt: new Date(r.updated_at).toISOString(),
  edited: r.updated_by_account_id !== null,
});

/** Every code, for the admins' screen; whether the caller may change them and whether the push is on. */
export async function listReferenceCodes(ctx: AppContext, p: Principal): Promise<SiasnReferenceCodesAnswer> {
  await requireAccess(ctx, p, 'siasn.codes.read');
  const [rows, canEdit] = await Promise.all([siasnReferenceCodes(ctx.db), may(ctx, p, 'siasn.codes.manage')]);
  return { codes: rows.map(answerOf), canEdit, pushEnabled: ctx.config.siasnPush !== undefined };
}

/** The BKD sets one code (and its label) as SIASN's list has it; audited with the value before. */
export async function setReferenceCode(ctx: AppContext, p: Principal, list: SiasnCodeListName, key: string, body: SiasnCodeBody): Promise<SiasnReferenceCode> {
  await requireAccess(ctx, p, 'siasn.codes.manage');
  const label = body.label.trim();
  if (label === '') throw new AppError('VALIDATION', 'Label kode SIASN tidak boleh kosong.', [{ field: 'label', message: 'Label wajib diisi.' }]);
  return ctx.db.transaction().execute(async (trx) => {
    const old = await updateSiasnReferenceCode(trx, list, key, body.code, label, p.accountId, ctx.now());
    if (!old) throw new AppError('NOT_FOUND', `Kode referensi SIASN ${list} "${key}" tidak ditemukan.`);
    await recordAudit(trx, {
      agencyId: null,
      actorAccountId: p.accountId,
      action: 'siasn.reference_code.changed',
      entity: 'siasn_reference_code',
      entityId: null,
      data: { list, key, code: body.code, label, before: { code: old.old_code, label: old.old_label } },
    });
    const row = (await siasnReferenceCodes(trx)).find((r) => r.list === list && r.key === key)!;
    return answerOf(row);
  });
}
