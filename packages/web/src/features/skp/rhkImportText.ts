/** Words of the SKP's RHK import screen (Bahasa Indonesia first, English second). */
import { useI18n, type Lang } from '../../i18n';

const id = {
  link: 'Isi RHK dari Excel',
  title: 'Isi RHK dari Excel',
  intro: 'Tulis RHK dan IKI di Excel, lalu unggah. Daftar RHK draf ini diganti dengan isi berkas; perilaku kerja dan lampiran tidak berubah.',
  back: 'Kembali ke SKP',
  step1: '1. Unduh templat',
  step1Hint: 'Templat berisi RHK draf ini dan, pada lembar "RHK Atasan", RHK atasan yang dapat diintervensi beserta kodenya (A1, A2, …). Satu baris per IKI.',
  download: 'Unduh templat (.xlsx)',
  step2: '2. Unggah berkas yang sudah diisi',
  step2Hint: 'Berkas diperiksa dulu tanpa menyimpan apa pun.',
  pick: 'Pilih berkas .xlsx',
  pickAgain: 'Pilih berkas lain',
  notXlsx: 'Pilih berkas Excel (.xlsx) dari templat.',
  checking: 'Memeriksa berkas…',
  applying: 'Menerapkan…',
  unsavedDraft: 'Ada perubahan SKP di perangkat ini yang belum tersimpan. Kembali ke SKP dan simpan dulu, agar tidak tertimpa oleh berkas.',
  problemsTitle: (n: number) => (n === 1 ? '1 masalah ditemukan' : `${n} masalah ditemukan`),
  problemsHint: 'Tidak ada yang disimpan. Perbaiki baris berikut di Excel, lalu unggah lagi.',
  problemWhere: (row: number, column: string, cell: string | null) => `Baris ${row}${column ? ` · ${column}` : ''}${cell ? ` (${cell})` : ''}`,
  unchanged: 'Isi berkas sama dengan draf SKP; tidak ada yang berubah.',
  previewTitle: (n: number) => `Hasil uji coba: ${n} RHK siap diterapkan`,
  previewHint: 'Belum ada yang disimpan. Periksa daftar berikut, lalu terapkan.',
  change: { baru: 'Baru', diubah: 'Diubah', tetap: 'Tetap' } as Record<'baru' | 'diubah' | 'tetap', string>,
  jenis: { utama: 'Utama', tambahan: 'Tambahan' } as Record<'utama' | 'tambahan', string>,
  parent: 'Mengintervensi',
  noParent: 'Belum mengintervensi RHK atasan',
  iki: (n: number) => `${n} IKI`,
  removedTitle: (n: number) => `${n} RHK draf tidak ada di berkas dan akan dihapus:`,
  apply: 'Terapkan ke draf SKP',
  applied: 'RHK dari berkas tersimpan di draf SKP.',
  openSkp: 'Buka SKP',
};
type RhkImportText = typeof id;

const en: RhkImportText = {
  link: 'Fill in RHK from Excel',
  title: 'Fill in RHK from Excel',
  intro: "Write the RHK and IKI in Excel, then upload. The draft's RHK list is replaced with the file's; work behaviour and the appendix do not change.",
  back: 'Back to the SKP',
  step1: '1. Download the template',
  step1Hint: "The template holds this draft's RHK and, on the \"RHK Atasan\" sheet, the supervisor's RHK that can be intervened, with their codes (A1, A2, …). One row per IKI.",
  download: 'Download the template (.xlsx)',
  step2: '2. Upload the filled-in file',
  step2Hint: 'The file is checked first, without saving anything.',
  pick: 'Choose an .xlsx file',
  pickAgain: 'Choose another file',
  notXlsx: 'Choose an Excel file (.xlsx) made from the template.',
  checking: 'Checking the file…',
  applying: 'Applying…',
  unsavedDraft: 'This device holds SKP changes not saved yet. Go back to the SKP and save them first, so the file does not overwrite them.',
  problemsTitle: (n) => (n === 1 ? '1 problem found' : `${n} problems found`),
  problemsHint: 'Nothing was saved. Correct these rows in Excel, then upload again.',
  problemWhere: (row, column, cell) => `Row ${row}${column ? ` · ${column}` : ''}${cell ? ` (${cell})` : ''}`,
  unchanged: 'The file says what the SKP draft already holds; nothing changes.',
  previewTitle: (n) => `Dry run: ${n} RHK ready to apply`,
  previewHint: 'Nothing has been saved yet. Check the list, then apply it.',
  change: { baru: 'New', diubah: 'Changed', tetap: 'Unchanged' },
  jenis: { utama: 'Main', tambahan: 'Additional' },
  parent: 'Intervenes',
  noParent: "Does not intervene a supervisor's RHK yet",
  iki: (n) => `${n} IKI`,
  removedTitle: (n) => `${n} draft RHK not in the file will be removed:`,
  apply: 'Apply to the SKP draft',
  applied: "The file's RHK are saved in the SKP draft.",
  openSkp: 'Open the SKP',
};

const TEXT: Record<Lang, RhkImportText> = { id, en };

export function useRhkImportText(): RhkImportText {
  return TEXT[useI18n().lang];
}
