import type { FastifyReply } from 'fastify';

/** A printed form as the answer: shown in the browser's viewer, named for saving, never cached. */
export function sendPdf(reply: FastifyReply, pdf: { bytes: Buffer; fileName: string }): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${pdf.fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('content-length', pdf.bytes.length)
    .send(pdf.bytes);
}
