import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, IsoDate, Uuid } from '../../http/schemas.js';
import { SetBody, SetItem } from './schemas.js';
import { applySet, deleteSet, listSets, saveSet, type SetItem as Item } from './sets.js';
import { journalistOf } from './who.js';

const SetParams = Type.Object({ setId: Uuid });

export async function setRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get(
    '/journal/sets',
    {
      schema: {
        tags: ['journal'],
        summary: 'Set kegiatan rutin saya',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Uuid, name: Type.String(), items: Type.Array(SetItem) })) }), ...errorResponses() },
      },
    },
    async (request) => ({ items: await listSets(ctx, journalistOf(request)) }),
  );

  app.put(
    '/journal/sets/:setId',
    { schema: { tags: ['journal'], summary: 'Simpan set kegiatan rutin', params: SetParams, body: SetBody, response: { 204: Type.Null(), ...errorResponses(409) } } },
    async (request, reply) => {
      await saveSet(ctx, journalistOf(request), (request.params as { setId: string }).setId, request.body as { name: string; items: Item[] });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/journal/sets/:setId',
    { schema: { tags: ['journal'], summary: 'Hapus set kegiatan rutin', params: SetParams, response: { 204: Type.Null(), ...errorResponses() } } },
    async (request, reply) => {
      await deleteSet(ctx, journalistOf(request), (request.params as { setId: string }).setId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/journal/days/:date/apply-set/:setId',
    {
      schema: {
        tags: ['journal'],
        summary: 'Isi hari dengan satu set kegiatan rutin',
        params: Type.Object({ date: IsoDate, setId: Uuid }),
        response: {
          200: Type.Object({ created: Type.Integer(), problems: Type.Array(Type.Object({ item: Type.Integer(), message: Type.String() })) }),
          ...errorResponses(404, 422),
        },
      },
    },
    async (request) => {
      const { date, setId } = request.params as { date: string; setId: string };
      return applySet(ctx, journalistOf(request), setId, date);
    },
  );
}
