import { ActivityCodeParams, ActivitySchema } from '@kinerja/core/api';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { loadJournalContext } from './context.js';
import { dictionaryBody } from './dictionary-body.js';
import { currentDictionary, findActivities, usableBy } from './dictionary.js';
import { deleteFavourite, favouriteCodes, insertFavourite, recentActivityCodes } from './queries/favourites.js';
import { journalistOf } from './who.js';

export async function activityRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/activities',
    {
      schema: {
        tags: ['journal'],
        summary: 'Kamus aktivitas yang berlaku (seluruhnya, untuk pencarian di perangkat); ETag = versi',
        response: { 200: Type.Object({ version: Type.Integer(), items: Type.Array(ActivitySchema) }), 304: Type.Null(), ...errorResponses() },
      },
    },
    async (request, typedReply) => {
      // The answer is sent as prepared bytes (dictionary-body.ts), not as the schema's object.
      const reply: FastifyReply = typedReply;
      const current = await currentDictionary(ctx.db);
      if (!current) return { version: 0, items: [] };
      const p = principalOf(request);
      const agencyCode = p.agencyId ? (await loadJournalContext(ctx, p.agencyId)).agencyCode : undefined;
      const body = dictionaryBody(current.version, current.items, agencyCode);
      // Revalidate every time: a new dictionary version must reach devices on their next sync.
      reply.header('ETag', body.etag).header('Cache-Control', 'private, no-cache').header('Vary', 'Accept-Encoding');
      if (request.headers['if-none-match'] === body.etag) return reply.status(304).send();
      reply.type('application/json; charset=utf-8');
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('Content-Encoding', 'gzip').send(body.gzip);
      return reply.send(body.json);
    },
  );

  app.get(
    '/activities/favourites',
    { schema: { tags: ['journal'], summary: 'Kegiatan favorit saya', response: { 200: Type.Object({ codes: Type.Array(Type.String()) }), ...errorResponses() } } },
    async (request) => {
      const who = journalistOf(request);
      return { codes: await favouriteCodes(ctx.db, who.agencyId, who.employeeId) };
    },
  );

  app.put(
    '/activities/favourites/:code',
    { schema: { tags: ['journal'], summary: 'Tandai kegiatan sebagai favorit', params: ActivityCodeParams, response: { 204: Type.Null(), ...errorResponses(422) } } },
    async (request, reply) => {
      const who = journalistOf(request);
      const { code } = request.params;
      if (!(await findActivities(ctx.db, [code])).has(code)) throw new AppError('UNKNOWN_ACTIVITY');
      await insertFavourite(ctx.db, who.agencyId, who.employeeId, code);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/activities/favourites/:code',
    { schema: { tags: ['journal'], summary: 'Hapus dari favorit', params: ActivityCodeParams, response: { 204: Type.Null(), ...errorResponses() } } },
    async (request, reply) => {
      const who = journalistOf(request);
      await deleteFavourite(ctx.db, who.agencyId, who.employeeId, request.params.code);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/activities/recent',
    {
      schema: {
        tags: ['journal'],
        summary: 'Kegiatan yang baru saya pakai (untuk urutan pencarian)',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), lastUsed: Type.String() })) }), ...errorResponses() },
      },
    },
    async (request) => {
      const who = journalistOf(request);
      const rows = await recentActivityCodes(ctx.db, who.agencyId, who.employeeId, 40);
      return { items: rows.map((r) => ({ code: r.activity_code, lastUsed: new Date(r.last_used).toISOString() })) };
    },
  );
}
