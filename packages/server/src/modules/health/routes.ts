import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { currentMigration } from '../../db/migrate.js';
import { LATEST_MIGRATION } from '../../db/migrations/index.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Status server dan basis data',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
            migration: Type.Union([Type.String(), Type.Null()]),
            latestMigration: Type.String(),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: ctx.dbKind,
      migration: await currentMigration(ctx.db, ctx.dbSchema),
      latestMigration: LATEST_MIGRATION,
    }),
  );
}
