import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/** PostgreSQL text cannot hold U+0000; input carrying it is refused up front instead of failing in SQL. */
function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findNul(v, `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(k, path, depth + 1) ?? findNul(v, path ? `${path}.${k}` : k, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = findNul(request.params, '') ?? findNul(request.query, '') ?? findNul(request.body, '');
    if (field !== undefined) {
      throw new AppError('VALIDATION', 'Teks tidak boleh memuat karakter NUL.', [{ field: field || 'isi', message: 'Memuat karakter NUL.' }]);
    }
  });
}
