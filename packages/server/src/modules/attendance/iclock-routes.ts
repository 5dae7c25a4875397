import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { handshake, MachineDirectory, pollCommands, receiveAttlog, receiveCommandResults, receiveOperlog, type KnownMachine, type MachineAnswer } from './push.js';

/**
 * The machines' own endpoints (ZKTeco ADMS / "iclock" push), outside /api/v1: plain text in and out,
 * no session or cookie (a machine has neither), so the serial decides: only a serial an admin has
 * accepted gets an answer other than 403, and each request touches only its machine's agency.
 * Bodies are read as text whatever the Content-Type (firmware sends text/plain, form-urlencoded or
 * none), bounded in size, and each serial is rate-limited. Not in the OpenAPI document: it is the
 * machines' protocol, not the API.
 */
export const ICLOCK_BODY_LIMIT = 512 * 1024;
const UNKNOWN_SERIALS_PER_ADDRESS_PER_MINUTE = 30;

type Query = Record<string, string | string[] | undefined>;
const one = (q: Query, key: string): string | undefined => {
  const v = q[key];
  return Array.isArray(v) ? v[0] : v;
};

function send(reply: FastifyReply, a: MachineAnswer) {
  return reply.code(a.status).type('text/plain').send(a.body);
}

export async function iclockRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(
    async (iclock) => {
      iclock.removeAllContentTypeParsers();
      iclock.addContentTypeParser('*', { parseAs: 'string', bodyLimit: ICLOCK_BODY_LIMIT }, (_req, body, done) => done(null, body));

      const config = {
        rateLimit: {
          max: ctx.config.iclockRequestsPerMinute,
          timeWindow: '1 minute',
          // Per machine: many machines of one office share a NAT address.
          keyGenerator: (request: FastifyRequest) => `iclock:${one(request.query as Query, 'SN') ?? request.ip}`,
        },
      };
      const opts = { config, bodyLimit: ICLOCK_BODY_LIMIT, schema: { hide: true } };

      const directory = new MachineDirectory(ctx);
      // Unknown serials an address may add to the pending list per minute (each is still refused past it).
      const listing = iclock.createRateLimit({ max: UNKNOWN_SERIALS_PER_ADDRESS_PER_MINUTE, timeWindow: 60_000, keyGenerator: (request) => `iclock-unknown:${request.ip}` });
      const machine = async (request: FastifyRequest, fresh = false): Promise<KnownMachine | MachineAnswer> => {
        const q = request.query as Query;
        const mayList = async () => {
          const r = await listing(request);
          return r.isAllowed || !r.isExceeded;
        };
        return directory.identify({ serial: one(q, 'SN'), ip: request.ip, pushVersion: one(q, 'pushver') ?? null }, fresh, mayList);
      };
      const isAnswer = (m: KnownMachine | MachineAnswer): m is MachineAnswer => 'status' in m;
      const bodyText = (request: FastifyRequest) => (typeof request.body === 'string' ? request.body : '');

      for (const path of ['/cdata', '/cdata.aspx']) {
        // The handshake: options with the stamps and the machine's time zone.
        iclock.get(path, opts, async (request, reply) => {
          const q = request.query as Query;
          // The handshake reads the machine afresh: it tells the machine its stamps.
          const m = await machine(request, one(q, 'options') !== undefined);
          if (isAnswer(m)) return send(reply, m);
          if (one(q, 'options') !== undefined) return send(reply, handshake(m, one(q, 'pushver') ?? null));
          return send(reply, { status: 200, body: 'OK' });
        });
        // Data: ATTLOG punches and the OPERLOG; other tables (photos, templates, options) are acknowledged and not kept.
        iclock.post(path, opts, async (request, reply) => {
          const m = await machine(request);
          if (isAnswer(m)) return send(reply, m);
          const q = request.query as Query;
          const table = (one(q, 'table') ?? '').toUpperCase();
          if (table === 'ATTLOG') return send(reply, await receiveAttlog(ctx, m, bodyText(request), one(q, 'Stamp')));
          if (table === 'OPERLOG') return send(reply, await receiveOperlog(ctx, m, bodyText(request), one(q, 'OpStamp') ?? one(q, 'Stamp')));
          return send(reply, { status: 200, body: 'OK' });
        });
      }
      for (const path of ['/getrequest', '/getrequest.aspx']) {
        iclock.get(path, opts, async (request, reply) => {
          const m = await machine(request);
          return send(reply, isAnswer(m) ? m : await pollCommands(ctx, m));
        });
      }
      for (const path of ['/devicecmd', '/devicecmd.aspx']) {
        iclock.post(path, opts, async (request, reply) => {
          const m = await machine(request);
          return send(reply, isAnswer(m) ? m : await receiveCommandResults(ctx, m, bodyText(request)));
        });
      }
    },
    { prefix: '/iclock' },
  );
}
