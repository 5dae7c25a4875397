import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;

/**
 * Fastify's own response serializers (fast-json-stringify), each built the first time its route
 * answers with that status instead of when the route is registered. Building all of them up front
 * was about 40 % of a server start (over 200 routes, each schema first checked against the JSON
 * Schema meta-schema), paid again by every test file that builds the app and by every restart of
 * the fault test. What a serializer does is unchanged: the same schema, the same compiler, the same
 * fields dropped. `eager` builds them at registration, as Fastify would, so that one test can prove
 * every response schema compiles (http/response-schemas.test.ts).
 */
export function lazySerializers(eager = false): SerializerFactory {
  const real = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = real(externalSchemas, options);
    if (eager) return compile;
    return (route) => {
      let serialize: ((data: unknown) => string) | undefined;
      return (data: unknown) => (serialize ??= compile(route) as (data: unknown) => string)(data);
    };
  };
}
