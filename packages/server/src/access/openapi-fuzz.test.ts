import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DaySubmitItem, EntryDeleteItem, EntryPutItem, PushBody } from '@kinerja/core/api';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

/**
 * Schema-aware fuzzing of every operation in the app's own OpenAPI document: each request is built
 * from the operation's parameters and JSON body schema, mostly valid (real ids, in-range dates) so
 * that it reaches the handler, with one or more fields replaced by a hostile value: dates the
 * database or the day arithmetic cannot hold (0000-01-01, 9999-12-31, 275760-09-13), impossible
 * days, huge and negative numbers, long and odd strings, wrong types, null, nested objects. Every
 * answer must be below 500 and come within a second. Seeded and a fixed number of runs per route,
 * so a failure replays (FUZZ_SEED overrides the seed).
 */
interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  $ref?: string;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Route {
  method: string;
  path: string;
  op: Operation;
}

const RUNS_PER_ROUTE = 24;
const ANSWER_WITHIN_MS = 1000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

let t: TestApp;
let routes: Route[] = [];
let components: Record<string, Schema> = {};
const clients: Client[] = [];
/** Real values for path parameters by name, so requests get past "not found". */
const known: Record<string, string[]> = {};

beforeAll(async () => {
  t = await createTestApp();
  const p = t.fixture.people;
  // An employee, a supervisor, an agency admin and the BKD admin: each passes different access checks.
  for (const person of [p.staff1!, p.kasubbag!, p.adminA!, p.bkdAdmin!]) clients.push(await signIn(t.app, person.nip));
  const staff = clients[0]!;
  const entryId = '0190b7a0-0000-7000-8000-000000000001';
  await staff.send('PUT', `/api/v1/journal/entries/${entryId}`, { workDate: '2026-11-20', activityCode: 'ADM-002', volume: 1 });
  await staff.send('POST', '/api/v1/journal/days/2026-11-20/submit');
  const sha = await staff.upload(Buffer.from('%PDF-1.4\n%fuzz\n'), 'application/pdf').catch(() => 'a'.repeat(64));
  Object.assign(known, {
    agencyId: [t.fixture.agencyIds.A],
    employeeId: [p.staff1!.id, p.kasubbag!.id],
    entryId: [entryId],
    unitId: Object.values(t.fixture.units).map((u) => u.id),
    positionId: Object.values(t.fixture.positions).map((x) => x.id),
    date: ['2026-11-20', '2026-11-23'],
    sha256: [sha],
    code: ['ADM-001'],
  });
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, Schema> };
  };
  components = doc.components?.schemas ?? {};
  routes = Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => ({ method: m.toUpperCase(), path, op })))
    // Signing out or changing one's own password would end the sessions this test uses.
    .filter((r) => !['/api/v1/auth/logout', '/api/v1/auth/password'].includes(r.path));
});
afterAll(() => t?.close());

function resolve(schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 10; i++) s = components[s.$ref.replace('#/components/schemas/', '')] ?? {};
  return s;
}

/** Dates the database or the day arithmetic cannot hold, impossible days, and the range's edges. */
const HOSTILE = {
  date: ['0000-01-01', '0001-01-01', '1899-12-31', '2201-01-01', '9999-12-31', '275760-09-13', '2026-02-30'],
  'date-time': ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00+07:00', '9999-12-31T23:59:59.999Z', '275760-09-13T00:00:00.000Z', '1899-12-31T23:59:59Z', '2026-02-30T08:00:00Z', '2026-11-23T25:00:00Z'],
  'year-month': ['0000-01', '0001-12', '9999-12', '2201-01', '1899-12', '2026-13'],
  uuid: ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '0190b7a0-0000-7000-8000-00000000000Z'],
} as Record<string, string[]>;
const HOSTILE_NUMBERS = [0, -1, -0, 1e308, -1e308, 2 ** 53, -(2 ** 63), 9223372036854775808, 0.5, 1e-300, 2147483648, 1441, 100000];
const HOSTILE_STRINGS = [
  '', ' ', 'x'.repeat(5000), 'NaN', 'Infinity', '-1', '1e308', "'; drop table employees; --", '\u202Eevil\u202C', '𝕂𝕚𝕟𝕖𝕣𝕛𝕒 🇮🇩',
  'ا'.repeat(300), '\uFFFF\uFFFE', '%00', '../../etc/passwd', '{"a":1}', 'true', 'null',
];
const anyHostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...Object.values(HOSTILE).flat()),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom<unknown>('0000-01-01', 1, null), { maxLength: 3 }),
  fc.constant({ nested: { deeper: { deepest: ['0000-01-01', { x: 1e308 }] } } }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.constantFrom<unknown>('9999-12-31', -1, null, {}), { maxKeys: 3 }),
);

/** Mostly the kind of nonsense that fits the field's own type, sometimes anything at all. */
function hostileFor(schemaIn: Schema | undefined): fc.Arbitrary<unknown> {
  const s = resolve(schemaIn);
  const leaf = resolve((s.anyOf ?? s.oneOf)?.find((b) => resolve(b).type !== 'null') ?? s);
  const fitting = leaf.format && HOSTILE[leaf.format]
    ? fc.constantFrom(...HOSTILE[leaf.format]!)
    : leaf.type === 'integer' || leaf.type === 'number'
      ? fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double())
      : leaf.type === 'string'
        ? fc.constantFrom(...HOSTILE_STRINGS)
        : anyHostile;
  return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 1, arbitrary: anyHostile });
}

/** A value the schema accepts (as far as these generators can tell), to carry the hostile one in. */
function validValue(schemaIn: Schema | undefined, name = ''): fc.Arbitrary<unknown> {
  const s = resolve(schemaIn);
  if (known[name]) return fc.constantFrom(...known[name]!);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const branches = (s.anyOf ?? s.oneOf)?.filter((b) => resolve(b).type !== 'null');
  if (branches?.length) return fc.oneof(...branches.map((b) => validValue(b, name)));
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'date') return fc.constantFrom('2026-11-20', '2026-11-23', '2026-01-01', '2025-12-31');
      if (s.format === 'date-time') return fc.constantFrom('2026-11-23T08:00:00+07:00', '2026-11-20T01:00:00Z');
      if (s.format === 'year-month') return fc.constantFrom('2026-11', '2026-01');
      if (s.format === 'uuid') return fc.uuid();
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
      return fc.string({ minLength: Math.max(1, s.minLength ?? 1), maxLength: Math.min(s.maxLength ?? 20, 20) });
    case 'integer': {
      // A bound on one side only (a year from 2000, say) sets the range from that side.
      const min = Math.max(s.minimum ?? Math.min(0, s.maximum ?? 0), -1e6);
      return fc.integer({ min, max: Math.min(s.maximum ?? Math.max(min + 100, 100), 1e6) });
    }
    case 'number': {
      const min = Math.max(s.exclusiveMinimum ?? s.minimum ?? 0, 0) + 0.5;
      return fc.double({ min, max: Math.min(s.maximum ?? Math.max(min + 100, 100), 1e6), noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      // Short arrays, but never shorter than the schema asks (the seven BerAKHLAK values, say).
      const minLength = Math.max(s.minItems ?? 0, 1);
      return fc.array(validValue(s.items), { minLength, maxLength: Math.max(Math.min(s.maxItems ?? 2, 2), minLength) });
    }
    default: {
      if (!s.properties) return fc.constant({});
      const keys = Object.keys(s.properties);
      // Every property present: a nested field chosen for the hostile value then always has a parent.
      return fc.record(Object.fromEntries(keys.map((k) => [k, validValue(s.properties![k], k)])));
    }
  }
}

/** Where one hostile value can go: a path or query parameter, or a field of the JSON body at any depth. */
interface Slot {
  in: 'path' | 'query' | 'body';
  keys: (string | number)[];
  schema: Schema | undefined;
}

function bodySlots(schemaIn: Schema | undefined, keys: (string | number)[], out: Slot[]): Slot[] {
  const s = resolve(schemaIn);
  if (keys.length) out.push({ in: 'body', keys, schema: s });
  if (keys.length >= 4) return out;
  if (s.properties) for (const k of Object.keys(s.properties)) bodySlots(s.properties[k], [...keys, k], out);
  else if (s.items) bodySlots(s.items, [...keys, 0], out);
  else {
    const inner = (s.anyOf ?? s.oneOf)?.filter((b) => resolve(b).type !== 'null');
    if (inner?.length === 1) bodySlots(inner[0], keys, []).forEach((x) => out.push(x));
  }
  return out;
}

function setAt(target: unknown, keys: (string | number)[], value: unknown): unknown {
  if (!keys.length) return value;
  if (target === null || typeof target !== 'object') return target;
  const [head, ...rest] = keys;
  const copy = (Array.isArray(target) ? [...(target as unknown[])] : { ...(target as object) }) as Record<string | number, unknown>;
  if (head! in copy) copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

interface FuzzRequest {
  url: string;
  payload?: string | Buffer;
  contentType?: string;
}

/**
 * One request: every parameter and body field valid except one chosen slot, which gets a hostile
 * value; or (the last choice) every slot hostile with even odds.
 */
function requestFor(route: Route, bodySchema: Schema | undefined): fc.Arbitrary<FuzzRequest> {
  const params = route.op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const content = route.op.requestBody?.content ?? {};
  const otherType = Object.keys(content).find((c) => c !== 'application/json');
  const slots: Slot[] = [
    ...pathParams.map((p): Slot => ({ in: 'path', keys: [p.name], schema: p.schema })),
    ...queryParams.map((p): Slot => ({ in: 'query', keys: [p.name], schema: p.schema })),
    ...(bodySchema ? bodySlots(bodySchema, [], []) : []),
  ];
  return fc.nat(slots.length).chain((target) => {
    const everywhere = target === slots.length;
    const pick = (slot: Slot, name: string) =>
      everywhere ? fc.oneof(validValue(slot.schema, name), hostileFor(slot.schema)) : slots[target] === slot ? hostileFor(slot.schema) : validValue(slot.schema, name);
    const slotOf = (where: 'path' | 'query', name: string) => slots.find((x) => x.in === where && x.keys[0] === name)!;
    const bodySlotsHere = slots.filter((x) => x.in === 'body');
    const hostileBodySlots = everywhere ? bodySlotsHere.filter((x) => x.keys.length === 1) : bodySlotsHere.filter((x) => x === slots[target]);
    const body: fc.Arbitrary<{ payload?: string | Buffer; contentType?: string }> = bodySchema
      ? fc
          .tuple(validValue(bodySchema), fc.tuple(...hostileBodySlots.map((x) => (everywhere ? fc.option(hostileFor(x.schema), { nil: undefined }) : hostileFor(x.schema)))))
          .map(([valid, hostile]) => {
            let value = valid;
            hostileBodySlots.forEach((x, i) => {
              if (hostile[i] !== undefined) value = setAt(value, x.keys, hostile[i]);
            });
            return { payload: JSON.stringify(value) ?? 'null', contentType: 'application/json' };
          })
      : otherType
        ? fc.uint8Array({ maxLength: 200 }).map((b) => ({ payload: Buffer.from(b), contentType: otherType.startsWith('multipart/') ? `${otherType}; boundary=fuzz` : otherType }))
        : fc.constant({});
    return fc
      .record({
        path: fc.tuple(...pathParams.map((p) => pick(slotOf('path', p.name), p.name))),
        query: fc.tuple(
          ...queryParams.map((p) => {
            const slot = slotOf('query', p.name);
            return slots[target] === slot ? pick(slot, p.name) : fc.option(pick(slot, p.name), { nil: undefined, freq: p.required ? 8 : 2 });
          }),
        ),
        body,
      })
      .map(({ path, query, body: b }) => {
        let url = route.path;
        pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(asText(path[i])) || '%20')));
        const qs = queryParams.flatMap((p, i) => (query[i] === undefined ? [] : [`${encodeURIComponent(p.name)}=${encodeURIComponent(asText(query[i]))}`]));
        return { url: qs.length ? `${url}?${qs.join('&')}` : url, ...b };
      });
  });
}

/**
 * The body schemas to fuzz a route with: its documented JSON body, except the sync push, whose items
 * the document leaves open (each is validated on its own); there each item kind gets its turn.
 */
function bodyVariants(route: Route): (Schema | undefined)[] {
  if (route.method === 'POST' && route.path === '/api/v1/sync/push') {
    return [EntryPutItem, EntryDeleteItem, DaySubmitItem].map((item) => ({ ...PushBody, properties: { ...PushBody.properties, items: { type: 'array', items: item, maxItems: 2 } } }) as Schema);
  }
  return [route.op.requestBody?.content?.['application/json']?.schema];
}

describe('every OpenAPI operation, fed generated hostile values', () => {
  it('answers below 500 and within a second', async () => {
    expect(routes.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let requests = 0;
    let expected = 0;
    let slowest = 0;
    const began = performance.now();
    for (const route of routes) {
      for (const bodySchema of bodyVariants(route)) {
        expected += RUNS_PER_ROUTE;
        await fc.assert(
          fc.asyncProperty(requestFor(route, bodySchema), fc.nat(clients.length - 1), async (req, who) => {
            const client = clients[who]!;
            const started = performance.now();
            const res = await t.app.inject({
              method: route.method as 'GET',
              url: req.url,
              headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, ...(req.contentType ? { 'content-type': req.contentType } : {}) },
              ...(req.payload === undefined ? {} : { payload: req.payload }),
            });
            const ms = performance.now() - started;
            requests++;
            slowest = Math.max(slowest, ms);
            const where = `${route.method} ${req.url.slice(0, 160)} ${typeof req.payload === 'string' ? req.payload.slice(0, 300) : ''}`;
            if (res.statusCode >= 500) failures.push(`${where} → ${res.statusCode} ${res.body.slice(0, 200)}`);
            if (ms > ANSWER_WITHIN_MS) failures.push(`${where} → took ${Math.round(ms)} ms`);
          }),
          { numRuns: RUNS_PER_ROUTE, seed: SEED },
        );
      }
    }
    console.info(`${requests} requests over ${routes.length} operations in ${Math.round(performance.now() - began)} ms; slowest answer ${Math.round(slowest)} ms`);
    expect(requests).toBe(expected);
    expect([...new Set(failures)].slice(0, 30)).toEqual([]);
  }, 180_000);
});
