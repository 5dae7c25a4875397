import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { expect, it } from 'vitest';
import { skpDocument } from './layout.js';
import { renderPdf, renderPdfParsingFonts, renderStatistics } from './render.js';
import { sampleJaModel } from './samples.js';

/** The PDF's bytes without its creation date (pdfmake writes the time of rendering) and the ID pdfkit derives from it. */
const undated = (pdf: Buffer) =>
  pdf
    .toString('latin1')
    .replace(/\(D:[0-9]{14}Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID []');

/** A short document in the four styles, each person's own words. */
const letter = (name: string): TDocumentDefinitions => ({
  content: [
    { text: `Surat untuk ${name}`, bold: true },
    { text: 'Dengan hormat, kami sampaikan hasil evaluasi kinerja.', italics: true },
    { text: `Ditandatangani oleh ${name}, Kepala Bidang Pelayanan Kesehatan.`, bold: true, italics: true },
    'Catatan: fi ffl — “kutipan” 1.234,56 %',
  ],
  defaultStyle: { font: 'Roboto', fontSize: 10 },
});

it('parses each font file once for all documents, and prints the same bytes as a document that parses its own', async () => {
  const documents = [skpDocument(sampleJaModel()), letter('dr. Yohanes Anyang, M.Kes.'), letter('Siti Rahmawati, S.Kep.'), skpDocument(sampleJaModel({ agencyName: 'Dinas Pendidikan Provinsi Kalimantan Barat' }))];
  for (const doc of documents) await renderPdf(doc);
  expect(renderStatistics().fontsParsed).toBeLessThanOrEqual(4);
  for (const doc of documents) {
    // Rendered twice: the layout cache then answers every word, and the bytes stay the same.
    for (let i = 0; i < 2; i++) {
      const parsed = renderStatistics().fontsParsed;
      const shared = await renderPdf(doc);
      expect(renderStatistics().fontsParsed).toBe(parsed);
      expect(undated(shared)).toBe(undated(await renderPdfParsingFonts(doc)));
      expect(renderStatistics().fontsParsed).toBeGreaterThan(parsed);
    }
  }
});
