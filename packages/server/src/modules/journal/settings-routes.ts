import { parseJournalSettings } from '@kinerja/core';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { agencyToday, changeSettings, settingsOn, settingsVersions } from '../settings/index.js';
import { forgetJournalContext, settingsOf } from './context.js';
import { AgencyParams, IsoDate, Nullable, SettingsBody, Uuid } from '@kinerja/core/api';

const SettingsSchema = Type.Object({}, { additionalProperties: true });

/** A change of settings and the date it takes effect from (default: the agency's today). */
const VersionedSettingsBody = Type.Object(
  {
    ...SettingsBody.properties,
    effectiveFrom: Type.Optional(IsoDate),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);

const SettingsVersionSchema = Type.Object({
  effectiveFrom: IsoDate,
  settings: SettingsSchema,
  createdAt: Type.String(),
  createdByAccountId: Nullable(Uuid),
  note: Nullable(Type.String()),
});

/** An agency's journal settings: read on a date, listed by version, changed from a date on. */
export async function journalSettingsRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/agencies/:agencyId/journal-settings',
    {
      schema: {
        tags: ['journal-admin'],
        summary: 'Pengaturan jurnal instansi yang berlaku pada satu tanggal (bawaan: hari ini)',
        params: AgencyParams,
        querystring: Type.Object({ on: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: { 200: SettingsSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      const { on } = request.query;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      const date = on ?? (await agencyToday(ctx, agencyId));
      return settingsOf(await settingsOn(ctx.db, agencyId, date));
    },
  );

  app.get(
    '/agencies/:agencyId/journal-settings/versions',
    {
      schema: {
        tags: ['journal-admin'],
        summary: 'Riwayat pengaturan jurnal instansi: setiap versi dan tanggal mulai berlakunya, terbaru dahulu',
        params: AgencyParams,
        response: { 200: Type.Object({ items: Type.Array(SettingsVersionSchema) }), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      await agencyToday(ctx, agencyId); // 404 for an unknown agency rather than an empty history
      const versions = await settingsVersions(ctx.db, agencyId);
      return {
        items: [...versions].reverse().map((v) => ({
          effectiveFrom: v.effectiveFrom,
          settings: settingsOf(v.settings),
          createdAt: v.createdAt.toISOString(),
          createdByAccountId: v.createdByAccountId,
          note: v.note,
        })),
      };
    },
  );

  app.put(
    '/agencies/:agencyId/journal-settings',
    {
      schema: {
        tags: ['journal-admin'],
        summary:
          'Ubah pengaturan jurnal instansi (target menit per hari, cara menghitung menit, batas pengisian) mulai satu tanggal: hari ini (bawaan) atau kemudian, tidak untuk tanggal yang sudah lewat',
        params: AgencyParams,
        body: VersionedSettingsBody,
        response: { 200: SettingsSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      const p = principalOf(request);
      await requireAccess(ctx, p, 'agency.manage', { agencyId });
      const { effectiveFrom, note, ...change } = request.body;
      const saved = await changeSettings(
        ctx,
        { agencyId, actorAccountId: p.accountId },
        { effectiveFrom, note },
        {
          section: 'journal',
          resolve: (raw) => settingsOf({ journal: raw }),
          apply: (before) => {
            const checked = parseJournalSettings({ ...before, ...change });
            if (!checked.ok) throw new AppError('VALIDATION', checked.issues[0]!.message, checked.issues);
            return checked.value;
          },
        },
      );
      forgetJournalContext(ctx.db, agencyId);
      return saved.after;
    },
  );
}
