import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * poppler-utils (pdftotext, pdftoppm, pdffonts) read the rendered PDFs back. CI installs them
 * (.ci/run); on a machine without them the tests that need them are skipped, except in CI, where
 * their absence fails the run.
 */
export const HAVE_POPPLER = spawnSync('pdftoppm', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export interface PageImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black … 255 white. */
  grey: Buffer;
  path: string;
}

export interface ReadBack {
  /** pdftotext -raw (content order: a table cell's lines stay together), every page. */
  text: string;
  /** `pdffonts` rows: font name and whether it is embedded. */
  fonts: { name: string; embedded: boolean }[];
  /** One PNG per page (pdftoppm -png -r 60), decoded. */
  pages: PageImage[];
}

/**
 * Writes the PDF to `outDir` (kept, so a person can look at the PNG) or a temporary folder, and
 * reads it back as text, fonts and page images.
 */
export async function readBack(pdf: Buffer, name: string, outDir?: string): Promise<ReadBack> {
  const dir = outDir ?? (await mkdtemp(join(tmpdir(), 'skp-pdf-')));
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  try {
    const text = run('pdftotext', ['-raw', file, '-']);
    const fonts = run('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        // name, type words…, encoding, emb, sub, uni, object, id: "emb" is the 5th column from the end.
        return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
      });
    run('pdftoppm', ['-png', '-r', '60', file, join(dir, name)]);
    const pngs = (await readdir(dir)).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
    const pages: PageImage[] = [];
    for (const png of pngs) {
      const path = join(dir, png);
      const { data, info } = await sharp(path).greyscale().raw().toBuffer({ resolveWithObject: true });
      pages.push({ width: info.width, height: info.height, grey: data, path });
    }
    return { text, fonts, pages };
  } finally {
    if (!outDir) await rm(dir, { recursive: true, force: true });
  }
}

/** Share of dark pixels (< 160) in a region given as fractions of the page: x0, y0, x1, y1 in 0…1. */
export function inkIn(page: PageImage, x0: number, y0: number, x1: number, y1: number): number {
  const [left, right] = [Math.floor(x0 * page.width), Math.ceil(x1 * page.width)];
  const [top, bottom] = [Math.floor(y0 * page.height), Math.ceil(y1 * page.height)];
  let dark = 0;
  for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) if (page.grey[y * page.width + x]! < 160) dark++;
  return dark / Math.max(1, (right - left) * (bottom - top));
}

/** Share of pixels that are not white (< 245): light greys such as a watermark count too. */
export function tintIn(page: PageImage, x0: number, y0: number, x1: number, y1: number): number {
  const [left, right] = [Math.floor(x0 * page.width), Math.ceil(x1 * page.width)];
  const [top, bottom] = [Math.floor(y0 * page.height), Math.ceil(y1 * page.height)];
  let tinted = 0;
  for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) if (page.grey[y * page.width + x]! < 245) tinted++;
  return tinted / Math.max(1, (right - left) * (bottom - top));
}

/** Text with runs of spaces made one, so a phrase wrapped in a table cell can still be found word by word. */
export function words(text: string): string {
  return text.replace(/\s+/g, ' ');
}
