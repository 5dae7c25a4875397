import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmakeShared from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

/**
 * Roboto as pdfmake ships it (Apache-2.0, in the package's own fonts/ folder): nothing is fetched
 * at run time, and pdfmake embeds the subset of glyphs each document uses. Medium serves as bold.
 */
const ROBOTO_DIR = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const ROBOTO = {
  normal: join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
  bold: join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
  italics: join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
};
const FONT_FILES = new Set(Object.values(ROBOTO));

type PdfMake = typeof pdfmakeShared;

/**
 * A pdfmake of our own, not the package's shared instance: fonts and access policies are per
 * instance, and another module may set its own on the shared one. A document may read only the
 * font files above and nothing from the network (the SKP's text is the user's, and pdfmake would
 * otherwise fetch an image URL or read a local path named in a document).
 */
let instance: PdfMake | undefined;
function pdfmake(): PdfMake {
  if (!instance) {
    const own = new (pdfmakeShared.constructor as new () => PdfMake)();
    own.setFonts({ Roboto: { ...ROBOTO } });
    own.setUrlAccessPolicy(() => false);
    own.setLocalAccessPolicy((path) => FONT_FILES.has(path));
    instance = own;
  }
  return instance;
}

/** The document as PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake().createPdf(doc).getBuffer();
}
