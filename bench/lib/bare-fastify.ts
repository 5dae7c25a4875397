/**
 * The floor for any JSON route: a bare Fastify server answering a small object, no database, no
 * session. Run as its own process, like the app, so the load generator measures both the same way.
 */
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 3999);
const app = Fastify({ logger: false });
app.get('/hello', { schema: { response: { 200: { type: 'object', properties: { hello: { type: 'string' } } } } } }, async () => ({ hello: 'dunia' }));
await app.listen({ host: '127.0.0.1', port });
console.log(`ready ${port}`);
