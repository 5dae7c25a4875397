import { ApplySetParams, ApplySetResult, RoutineSetSchema, SetBody, SetParams } from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { applySet, deleteSet, listSets, saveSet } from './sets.js';
import { journalistOf } from './who.js';

export async function setRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/journal/sets',
    {
      schema: {
        tags: ['journal'],
        summary: 'Set kegiatan rutin saya',
        response: { 200: Type.Object({ items: Type.Array(RoutineSetSchema) }), ...errorResponses() },
      },
    },
    async (request) => ({ items: await listSets(ctx, journalistOf(request)) }),
  );

  app.put(
    '/journal/sets/:setId',
    { schema: { tags: ['journal'], summary: 'Simpan set kegiatan rutin', params: SetParams, body: SetBody, response: { 204: Type.Null(), ...errorResponses(409) } } },
    async (request, reply) => {
      await saveSet(ctx, journalistOf(request), request.params.setId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/journal/sets/:setId',
    { schema: { tags: ['journal'], summary: 'Hapus set kegiatan rutin', params: SetParams, response: { 204: Type.Null(), ...errorResponses() } } },
    async (request, reply) => {
      await deleteSet(ctx, journalistOf(request), request.params.setId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/journal/days/:date/apply-set/:setId',
    {
      schema: {
        tags: ['journal'],
        summary: 'Isi hari dengan satu set kegiatan rutin',
        params: ApplySetParams,
        response: { 200: ApplySetResult, ...errorResponses(404, 422) },
      },
    },
    async (request) => {
      const { date, setId } = request.params;
      return applySet(ctx, journalistOf(request), setId, date);
    },
  );
}
