/** Texts of the evaluation's printed forms and signed scans (Bahasa Indonesia first, English second). */
import { useI18n, type Lang } from '../../i18n';

const id = {
  detailPdf: 'Unduh Evaluasi Kinerja rinci (PDF)',
  detailPdfHint: 'Formulir Evaluasi Kinerja Pegawai: hasil kerja dengan realisasi dan umpan balik, perilaku kerja, rating, dan predikat (A4 mendatar); yang belum ditetapkan dicetak dengan tanda DRAF.',
  scans: {
    title: 'Dokumen evaluasi bertanda tangan',
    intro: 'Cetak dokumen evaluasi, tanda tangani, lalu simpan foto atau pindaiannya di sini. Hanya untuk evaluasi yang telah ditetapkan.',
    none: 'Belum ada dokumen bertanda tangan yang disimpan.',
    item: (kind: string, date: string, by: string) => `${kind}, diunggah ${date} oleh ${by}`,
    upload: 'Unggah dokumen bertanda tangan (foto atau PDF)',
    uploading: (percent: number) => `Mengunggah… ${percent}%`,
    kept: 'Dokumen bertanda tangan tersimpan.',
    earlier: 'ditandatangani sebelum dibuka kembali',
  },
};
type DocumentsText = typeof id;

const en: DocumentsText = {
  detailPdf: 'Download detailed evaluation (PDF)',
  detailPdfHint: 'The official evaluation form (in Indonesian): results with realisasi and feedback, behaviour, ratings and predikat (A4 landscape); an evaluation not yet finalised prints marked DRAF.',
  scans: {
    title: 'Signed evaluation documents',
    intro: 'Print the evaluation document, sign it, then keep a photo or scan of it here. Only for a finalised evaluation.',
    none: 'No signed document kept yet.',
    item: (kind: string, date: string, by: string) => `${kind}, uploaded ${date} by ${by}`,
    upload: 'Upload signed document (photo or PDF)',
    uploading: (percent: number) => `Uploading… ${percent}%`,
    kept: 'Signed document kept.',
    earlier: 'signed before it was reopened',
  },
};

const TEXT: Record<Lang, DocumentsText> = { id, en };

export function useDocumentsText(): DocumentsText {
  return TEXT[useI18n().lang];
}
