import type { FileFormat } from './types.js';

export type SniffResult = { ok: true; format: FileFormat } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * Decides the format from the bytes, not the name or the browser's content type: both lie
 * (a CSV saved as .xlsx, a renamed PDF). Cheap enough to run inside the request.
 */
export function sniffFormat(buf: Buffer): SniffResult {
  if (startsWith(buf, ZIP)) {
    // File names in a ZIP are stored uncompressed, so the workbook part is visible in the raw bytes.
    if (buf.includes('xl/workbook.xml')) return { ok: true, format: 'xlsx' };
    return { ok: false, message: 'Berkas ZIP ini bukan buku kerja Excel (.xlsx). Unggah berkas .xlsx atau .csv.' };
  }
  if (startsWith(buf, OLE)) {
    return {
      ok: false,
      message: 'Berkas Excel lama (.xls) atau berkas yang dilindungi kata sandi tidak didukung. Buka di Excel lalu simpan sebagai .xlsx tanpa kata sandi, atau sebagai CSV UTF-8.',
    };
  }
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return { ok: false, message: 'Berkas teks UTF-16 ("Unicode Text") tidak didukung; simpan sebagai "CSV UTF-8" atau .xlsx.' };
  }
  if (buf.includes(0)) return { ok: false, message: notSpreadsheet };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return { ok: false, message: notSpreadsheet };
  }
  return { ok: true, format: 'csv' };
}

const notSpreadsheet =
  'Jenis berkas tidak dikenali: berkas bukan XLSX dan bukan teks CSV UTF-8. Unggah berkas .xlsx, atau simpan sebagai "CSV UTF-8 (dipisahkan koma)".';
