import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_PIXELS } from './limits.js';

/** What the employee reads when an upload is refused: what went wrong and what to do about it. */
export const MESSAGES = {
  empty: 'Berkas kosong; pilih berkas lalu unggah ulang.',
  shaMismatch: 'Isi berkas tidak cocok dengan sidik SHA-256-nya; unggah ulang.',
  infected: (signature: string) => `Berkas ditolak: pemindai antivirus menemukan ${signature}. Berkas tidak disimpan; periksa perangkat Anda dengan antivirus lalu unggah berkas lain.`,
  scannerDown: 'Pemindai antivirus server sedang tidak dapat dihubungi, jadi berkas belum dapat diterima. Coba unggah lagi nanti.',
  tooLarge: `Berkas terlalu besar (paling besar ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB). Perkecil foto atau pindai ulang dengan resolusi lebih rendah.`,
  unsupported: 'Jenis berkas tidak didukung. Gunakan foto (JPEG/PNG/WebP) atau PDF.',
  heic: 'Jenis berkas tidak didukung. Gunakan foto (JPEG/PNG/WebP) atau PDF. Foto HEIC dari iPhone: ubah ke JPEG atau atur Kamera ke "Paling Kompatibel".',
  brokenPhoto: 'Foto rusak atau tidak dapat dibaca.',
  brokenPdf: 'Berkas PDF rusak atau tidak lengkap.',
  tooManyPixels: (megapixels: number) =>
    `Resolusi foto terlalu besar (${megapixels} megapiksel; paling besar ${Math.floor(EVIDENCE_MAX_PIXELS / 1e6)} megapiksel). Perkecil foto lalu unggah ulang.`,
  notFound: 'Berkas bukti tidak ditemukan.',
  lostFile: 'Berkas bukti hilang dari penyimpanan server. Unggah ulang berkas yang sama untuk memulihkannya.',
} as const;
