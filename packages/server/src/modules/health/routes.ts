import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { currentMigration } from '../../db/migrate.js';
import { LATEST_MIGRATION } from '../../db/migrations/index.js';
import { passesUnderPressure } from '../../http/load-guard.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get(
    '/health',
    {
      // Answers while the load guard refuses other requests, so a monitor sees "busy", not "down".
      config: { public: true, ...passesUnderPressure },
      schema: {
        tags: ['system'],
        summary: 'Status server dan basis data',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
            migration: Type.Union([Type.String(), Type.Null()]),
            latestMigration: Type.String(),
            busy: Type.Boolean({ description: 'true: permintaan lain sedang ditolak (503) karena server kelebihan beban' }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: ctx.dbKind,
      migration: await currentMigration(ctx.db, ctx.dbSchema),
      latestMigration: LATEST_MIGRATION,
      // isUnderPressure exists only when the load guard is on (http/load-guard.ts).
      busy: app.hasDecorator('isUnderPressure') ? app.isUnderPressure() : false,
    }),
  );
}
