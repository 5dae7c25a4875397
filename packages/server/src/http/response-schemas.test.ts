import { afterAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { createTestDatabase } from '../testing/database.js';

// The app builds each response serializer on first use (http/lazy-serializers.ts): a response schema
// that fast-json-stringify refuses would surface only when its route first answers. Building them
// all here, as Fastify does by default, keeps that a failing test instead of a 500 in production.
const handle = await createTestDatabase();
afterAll(() => handle.close());

it('every response schema of every route compiles into a serializer', async () => {
  const ctx: AppContext = {
    db: handle.db,
    dbKind: handle.kind,
    dbSchema: handle.schema,
    config: { ...loadConfig({}), webDistDir: '/nonexistent' },
    charts: new OrgChartCache(handle.db),
    now: () => new Date(),
  };
  const app = await buildApp(ctx, { eagerSerializers: true });
  await expect(app.ready()).resolves.toBeDefined();
  const routes = app.printRoutes({ commonPrefix: false });
  expect(routes).toContain('/api/v1/');
  await app.close();
}, 120_000);
