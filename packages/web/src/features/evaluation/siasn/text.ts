/** Texts of the SIASN export screen and the reference-code editor (Bahasa Indonesia first, English second). */
import { useI18n, type Lang } from '../../../i18n';

const id = {
  title: 'Ekspor SIASN',
  adminLink: 'Ekspor SIASN (SKP dan kinerja periodik)',
  pickAgency: 'Pilih instansi yang hasil evaluasinya akan diekspor ke SIASN.',
  back: 'Kembali ke instansi',
  intro: 'Hasil evaluasi tahunan (skp22) dan periodik (kinerja periodik) yang sudah ditetapkan, dengan nama kolom dan kode referensi SIASN, untuk diunggah ke SIASN.',
  year: 'Tahun',
  downloadXlsx: 'Unduh Excel (XLSX)',
  downloadJson: 'Unduh JSON',
  downloadCsv: 'Unduh CSV (SKP tahunan)',
  downloadHint: 'Setiap unduhan dicatat dalam jejak audit.',
  push: 'Kirim ke SIASN',
  pushing: 'Mengirim…',
  pushOff: 'Pengiriman langsung ke SIASN tidak aktif di server ini. Unduh berkas di atas dan unggah di SIASN.',
  pushResult: (sent: number, failed: number) => `${sent} data terkirim, ${failed} gagal.`,
  pushFailedHint: 'Data yang gagal tetap ada di berkas ekspor; perbaiki lalu kirim ulang.',
  pushFailedAgain: (failed: number) => `Kirim ulang ${failed} data yang gagal`,
  codes: 'Kode referensi SIASN',
  codesIntro: 'Angka yang disimpan SIASN di samping setiap nilai. Diambil dari daftar referensi SIASN, bukan ditetapkan aplikasi.',
  codesReadOnly: 'Hanya admin BKD yang dapat mengubah kode.',
  empty: 'belum diisi',
  emptyCount: (n: number) => `${n} kode belum diisi`,
  code: 'Kode',
  save: 'Simpan',
  saved: 'Tersimpan',
  list: {
    perilakuDanKinerja: 'Hasil kerja dan perilaku (perilakuDanKinerja)',
    kuadranNilai: 'Predikat (kuadranNilai)',
    periodik: 'Periode (periodik)',
    koefisien: 'Koefisien jabatan fungsional (koefisien)',
    golonganPns: 'Golongan penilai (golonganPns)',
  },
};
type SiasnText = typeof id;

const en: SiasnText = {
  title: 'SIASN export',
  adminLink: 'SIASN export (SKP and periodic performance)',
  pickAgency: 'Choose the agency whose evaluation results to export to SIASN.',
  back: 'Back to the agency',
  intro: 'Finalised annual (skp22) and periodic (kinerja periodik) evaluation results, with SIASN’s column names and reference codes, to upload to SIASN.',
  year: 'Year',
  downloadXlsx: 'Download Excel (XLSX)',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV (annual SKP)',
  downloadHint: 'Every download is recorded in the audit trail.',
  push: 'Send to SIASN',
  pushing: 'Sending…',
  pushOff: 'Sending straight to SIASN is not enabled on this server. Download a file above and upload it in SIASN.',
  pushResult: (sent: number, failed: number) => `${sent} records sent, ${failed} failed.`,
  pushFailedHint: 'Failed records stay in the export file; fix them and send again.',
  pushFailedAgain: (failed: number) => `Send the ${failed} failed records again`,
  codes: 'SIASN reference codes',
  codesIntro: 'The numbers SIASN stores beside each value. They come from SIASN’s reference lists, not from this app.',
  codesReadOnly: 'Only the BKD admin can change the codes.',
  empty: 'not set',
  emptyCount: (n: number) => `${n} codes not set`,
  code: 'Code',
  save: 'Save',
  saved: 'Saved',
  list: {
    perilakuDanKinerja: 'Work results and behaviour (perilakuDanKinerja)',
    kuadranNilai: 'Rating (kuadranNilai)',
    periodik: 'Period (periodik)',
    koefisien: 'Functional position coefficient (koefisien)',
    golonganPns: 'Rater’s grade (golonganPns)',
  },
};

const TEXT: Record<Lang, SiasnText> = { id, en };

export function useSiasnText(): SiasnText {
  return TEXT[useI18n().lang];
}
