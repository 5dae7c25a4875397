import JSZip from 'jszip';
import { AppError } from '../../http/errors.js';

/**
 * An uploaded XLSX is a ZIP of XML parts, read whole into memory by exceljs. Before exceljs sees it,
 * this reads the ZIP (JSZip, which exceljs uses too) and refuses, with the reason in Bahasa Indonesia:
 * - a ZIP bomb: parts that inflate beyond `maxUnpackedBytes` in all (counted while inflating, so a
 *   header that lies about the size does not help), or more than `maxEntries` parts;
 * - zip-slip names (`../`, an absolute path, a drive letter or a backslash): no spreadsheet has them;
 * - any XML part with a document type declaration (`<!DOCTYPE`): an XLSX never needs one, and refusing
 *   it rules out external entities (XXE) and entity expansion ("billion laughs") whatever the parser does.
 * Memory stays bounded: JSZip inflates 16 KiB of compressed input at a time and the count stops at the limit.
 */
export interface XlsxLimits {
  maxUnpackedBytes: number;
  maxEntries: number;
}

/** A real province import (15,000 people) unpacks to well under 30 MiB. */
export const XLSX_LIMITS: XlsxLimits = { maxUnpackedBytes: 100 * 1024 * 1024, maxEntries: 2_000 };

export class XlsxRefused extends Error {
  constructor(
    readonly reason: 'too_large' | 'unsafe',
    message: string,
  ) {
    super(message);
  }
}

const UNSAFE_NAME = /(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-zA-Z]:|\\|\0/;

function inflateCounting(file: JSZip.JSZipObject, budget: { left: number }, onText: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const stream = file.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        if (done) return;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          done = true;
          stream.pause();
          stream.removeAllListeners('data');
          reject(new XlsxRefused('too_large', 'Isi berkas XLSX terlalu besar setelah dibuka (kemungkinan "ZIP bomb"); berkas ditolak.'));
          return;
        }
        onText(chunk);
      })
      .on('error', (e: Error) => {
        if (!done) {
          done = true;
          reject(e);
        }
      })
      .on('end', () => {
        if (!done) {
          done = true;
          resolve();
        }
      });
  });
}

const DOCTYPE = Buffer.from('<!DOCTYPE', 'latin1');
const ENTITY = Buffer.from('<!ENTITY', 'latin1');

/** Throws `XlsxRefused` for a hostile workbook; other ZIP damage is left to the reader's own message. */
export async function guardXlsx(buf: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return; // not a readable ZIP: the spreadsheet reader reports it as a damaged file
  }
  const files = Object.values(zip.files);
  if (files.length > limits.maxEntries) {
    throw new XlsxRefused('too_large', `Berkas XLSX berisi ${files.length.toLocaleString('id-ID')} bagian; batasnya ${limits.maxEntries.toLocaleString('id-ID')}. Berkas ditolak.`);
  }
  for (const f of files) {
    const original = (f as JSZip.JSZipObject & { unsafeOriginalName?: string }).unsafeOriginalName ?? f.name;
    if (UNSAFE_NAME.test(original)) {
      throw new XlsxRefused('unsafe', 'Berkas XLSX berisi nama bagian yang tidak wajar (jalur keluar folder); berkas ditolak.');
    }
  }
  const budget = { left: limits.maxUnpackedBytes };
  for (const f of files) {
    if (f.dir) continue;
    // Every part is scanned, not only *.xml: exceljs reads parts by what the workbook names, not by extension.
    const media = f.name.startsWith('xl/media/');
    let carry = Buffer.alloc(0);
    let declared = false;
    try {
      await inflateCounting(f, budget, (chunk) => {
        if (declared || media) return;
        const window = Buffer.concat([carry, chunk]);
        if (window.includes(DOCTYPE) || window.includes(ENTITY)) declared = true;
        carry = window.subarray(Math.max(0, window.length - 8));
      });
    } catch (e) {
      if (e instanceof XlsxRefused) throw e;
      continue; // a damaged part: exceljs says the file is damaged if it needs it; the other parts are still checked
    }
    if (declared) {
      throw new XlsxRefused('unsafe', 'Berkas XLSX berisi deklarasi DOCTYPE atau ENTITY (entitas XML); berkas ditolak. Simpan ulang dari Excel.');
    }
  }
}

/** For a route: a hostile workbook is the sender's fault, answered 413 (too big unpacked) or 415 (unsafe). */
export async function refuseHostileXlsx(buf: Buffer): Promise<void> {
  try {
    await guardXlsx(buf);
  } catch (e) {
    if (!(e instanceof XlsxRefused)) throw e;
    throw new AppError(e.reason === 'too_large' ? 'PAYLOAD_TOO_LARGE' : 'UNSUPPORTED_MEDIA_TYPE', e.message);
  }
}
