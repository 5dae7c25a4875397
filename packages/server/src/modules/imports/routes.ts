import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

// Placeholder until the import module lands (being written now); registers nothing.
export async function importRoutes(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
