import { HolidayYearParams, HolidayYearQuery, HolidaysBody, IsoDate, OutageBody, OutageSchema } from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess, visibleAgencies } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { principalOf } from '../auth/index.js';
import { forgetHolidays, forgetJournalContext } from './context.js';
import { deleteHolidaysBetween, holidaysBetween, insertHolidays, insertOutage, visibleOutages } from './queries/calendar.js';
import { journalSettingsRoutes } from './settings-routes.js';

/** Journal administration: an agency's settings, declared outages, and the holiday calendar. */
export async function journalAdminRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  await journalSettingsRoutes(app, ctx);

  app.get(
    '/outages',
    {
      schema: {
        tags: ['journal-admin'],
        summary: 'Gangguan layanan yang dinyatakan (memperpanjang batas pengisian)',
        response: { 200: Type.Object({ items: Type.Array(OutageSchema) }), ...errorResponses() },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const rows = await visibleOutages(ctx.db, visibleAgencies(p));
      return { items: rows.map((o) => ({ id: o.id, agencyId: o.agency_id, startsAt: new Date(o.starts_at).toISOString(), endsAt: new Date(o.ends_at).toISOString(), reason: o.reason })) };
    },
  );

  app.post(
    '/outages',
    {
      schema: {
        tags: ['journal-admin'],
        summary: 'Nyatakan gangguan layanan: batas pengisian yang terkena diperpanjang otomatis',
        body: OutageBody,
        response: { 201: OutageSchema, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const body = request.body;
      // A province-wide outage is the BKD's to declare; an agency admin declares one for their agency.
      if (body.agencyId === null) await requireAccess(ctx, p, 'province.manage');
      else await requireAccess(ctx, p, 'agency.manage', { agencyId: body.agencyId });
      const startsAt = new Date(body.startsAt);
      const endsAt = new Date(body.endsAt);
      if (!(endsAt.getTime() > startsAt.getTime())) {
        throw new AppError('VALIDATION', 'Waktu selesai gangguan harus setelah waktu mulai.', [{ field: 'endsAt', message: 'Harus setelah waktu mulai.' }]);
      }
      if (endsAt.getTime() - startsAt.getTime() > 31 * 86_400_000) {
        throw new AppError('VALIDATION', 'Satu pernyataan gangguan paling lama 31 hari.', [{ field: 'endsAt', message: 'Terlalu lama.' }]);
      }
      const id = newId();
      await ctx.db.transaction().execute(async (trx) => {
        await insertOutage(trx, { id, agency_id: body.agencyId, starts_at: startsAt, ends_at: endsAt, reason: body.reason, declared_by: p.accountId });
        await recordAudit(trx, { agencyId: body.agencyId, actorAccountId: p.accountId, action: 'journal.outage_declared', entity: 'outage', entityId: id, data: body });
      });
      // A province-wide outage (no agency) extends every agency's windows.
      forgetJournalContext(ctx.db, body.agencyId ?? undefined);
      return reply.status(201).send({ id, agencyId: body.agencyId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), reason: body.reason });
    },
  );

  app.get(
    '/holidays',
    {
      schema: {
        tags: ['journal-admin'],
        summary: 'Hari libur nasional dan cuti bersama satu tahun',
        querystring: HolidayYearQuery,
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ date: IsoDate, name: Type.String(), kind: Type.String() })) }), ...errorResponses() },
      },
    },
    async (request) => {
      const { year } = request.query;
      const rows = await holidaysBetween(ctx.db, `${year}-01-01`, `${year}-12-31`);
      return { items: rows };
    },
  );

  app.put(
    '/holidays/:year',
    {
      schema: {
        tags: ['journal-admin'],
        summary: 'Ganti daftar hari libur satu tahun (mis. setelah SKB 3 Menteri atau sidang isbat)',
        params: HolidayYearParams,
        body: HolidaysBody,
        response: { 204: Type.Null(), ...errorResponses() },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await requireAccess(ctx, p, 'province.manage');
      const { year } = request.params;
      const { holidays } = request.body;
      const outside = holidays.find((h) => !h.date.startsWith(`${year}-`));
      if (outside) throw new AppError('VALIDATION', `Tanggal ${outside.date} tidak berada di tahun ${year}.`, [{ field: 'holidays', message: 'Tahun tidak cocok.' }]);
      await ctx.db.transaction().execute(async (trx) => {
        await deleteHolidaysBetween(trx, `${year}-01-01`, `${year}-12-31`);
        if (holidays.length) await insertHolidays(trx, holidays);
        await recordAudit(trx, { agencyId: null, actorAccountId: p.accountId, action: 'journal.holidays_replaced', entity: 'holidays', entityId: String(year), data: { count: holidays.length } });
      });
      forgetHolidays();
      forgetJournalContext(ctx.db);
      return reply.status(204).send(null);
    },
  );
}
