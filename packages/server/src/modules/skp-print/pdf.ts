import type { Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { readableSkp } from '../skp/index.js';
import { skpDocument } from './layout.js';
import { printModelOf } from './model.js';
import { renderPdf } from './render.js';

export interface SkpPdf {
  bytes: Buffer;
  /** ASCII only (digits, letters, dashes): safe in Content-Disposition as it is. */
  fileName: string;
}

/** The SKP as its readers (skp.read) may print it. */
export async function skpPdf(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<SkpPdf> {
  const skp = await readableSkp(ctx, p, agencyId, skpId);
  const model = await printModelOf(ctx, skp);
  const bytes = await renderPdf(skpDocument(model));
  const nip = (model.pegawai.nip ?? '').replace(/\D/g, '');
  const fileName = `SKP-${nip || 'pegawai'}-${skp.period_from.slice(0, 4)}-v${model.version}${model.approved ? '' : '-draf'}.pdf`;
  return { bytes, fileName };
}
