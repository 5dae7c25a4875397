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
 * Roboto parsed once for all documents. pdfkit opens each font file of each document afresh: it
 * reads the file, parses it (fontkit decodes the GSUB/GPOS tables again as the text is shaped) and
 * shapes every word again — half of a one-page document's CPU time, the same work for every
 * document. pdfmake asks its document for a font through `provideFont`; for our four files that
 * call now builds the document's own pdfkit font (its own id, glyph subset, widths — what is
 * embedded in that PDF) on the fontkit font parsed for the first document, and shares the shaped
 * words (pdfkit's layout cache, bounded) across documents. Everything else is pdfkit's own code, so
 * the bytes are those of a document whose fonts were parsed for it (render.test compares them);
 * other fonts, or a document without a layout cache, take pdfmake's own path.
 */
interface KitFont {
  font: object;
  name: string;
  layoutCache?: Record<string, unknown>;
}
interface KitDocument {
  fonts: Record<string, Partial<Record<string, unknown>>>;
  fontCache: Record<string, Record<string, KitFont>>;
  _fontCount: number;
  _fontFamilies: Record<string, KitFont>;
  _font: KitFont;
  _fontSource: unknown;
  _fontFamily: unknown;
  options: { fontLayoutCache?: boolean };
  getFontType(bold: boolean, italics: boolean): string;
  validateLocalFile(path: string): void;
}
type ProvideFont = (this: KitDocument, family: string, bold: boolean, italics: boolean) => KitFont;
interface ParsedFont {
  font: object;
  make: new (doc: KitDocument, font: object, id: string) => KitFont;
  shaped: Record<string, unknown>;
}
/** Words shaped and kept per font before the cache starts over (a word is a few glyphs). */
const SHAPED_WORDS = 20_000;
/**
 * The parsed fonts, on pdfmake's document class itself: that class is loaded once per process (a
 * CommonJS module), this module may be loaded more than once (a test runner's module registry).
 */
const SHARED = Symbol.for('kinerja.pdf.parsedFonts');
interface Shared {
  parsed: Map<string, ParsedFont>;
  fontsParsed: number;
}
type DocumentPrototype = { provideFont: ProvideFont; [SHARED]?: Shared };

function documentPrototype(): DocumentPrototype {
  const require = createRequire(createRequire(import.meta.url).resolve('pdfmake/package.json'));
  return (require('pdfmake/js/PDFDocument.js') as { default: { prototype: DocumentPrototype } }).default.prototype;
}

/** How many times one of our font files has been parsed in this process (render.test: once each). */
export function renderStatistics(): { fontsParsed: number } {
  return { fontsParsed: documentPrototype()[SHARED]?.fontsParsed ?? 0 };
}

function shareParsedFonts() {
  const prototype = documentPrototype();
  if (prototype[SHARED]) return;
  const shared: Shared = { parsed: new Map(), fontsParsed: 0 };
  prototype[SHARED] = shared;
  const provideFont = prototype.provideFont;
  prototype.provideFont = function (this: KitDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const src = this.fonts[family]?.[type];
    if (this.fontCache[family]?.[type] || typeof src !== 'string' || !FONT_FILES.has(src)) return provideFont.call(this, family, bold, italics);
    const parsed = shared.parsed.get(src);
    if (parsed && this.options.fontLayoutCache !== false) return reuse(this, family, type, src, parsed);
    shared.fontsParsed++;
    const font = provideFont.call(this, family, bold, italics);
    if (!parsed && font.layoutCache) shared.parsed.set(src, { font: font.font, make: font.constructor as ParsedFont['make'], shaped: font.layoutCache });
    return font;
  };
}

/** What pdfkit's doc.font(path) does once the file is parsed: a new id, registered by path and by name. */
function reuse(doc: KitDocument, family: string, type: string, src: string, parsed: ParsedFont): KitFont {
  doc.validateLocalFile(src);
  let font = new parsed.make(doc, parsed.font, `F${++doc._fontCount}`);
  const same = doc._fontFamilies[font.name];
  if (same && same.font === parsed.font) font = same;
  else {
    if (Object.keys(parsed.shaped).length > SHAPED_WORDS) parsed.shaped = Object.create(null) as Record<string, unknown>;
    font.layoutCache = parsed.shaped;
    doc._fontFamilies[src] = font;
    if (font.name && !doc._fontFamilies[font.name]) doc._fontFamilies[font.name] = font;
  }
  doc._font = font;
  doc._fontSource = src;
  doc._fontFamily = undefined;
  (doc.fontCache[family] ??= {})[type] = font;
  return font;
}

/**
 * A pdfmake of our own, not the package's shared instance: fonts and access policies are per
 * instance, and another module may set its own on the shared one. A document may read only the
 * font files above and nothing from the network (the SKP's text is the user's, and pdfmake would
 * otherwise fetch an image URL or read a local path named in a document).
 */
let instance: PdfMake | undefined;
function pdfmake(): PdfMake {
  if (!instance) {
    shareParsedFonts();
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

/** The same, each font parsed for this document alone as pdfkit does: what render.test compares renderPdf with. */
export async function renderPdfParsingFonts(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake().createPdf(doc, { fontLayoutCache: false }).getBuffer();
}
