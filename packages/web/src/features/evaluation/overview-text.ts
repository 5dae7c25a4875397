/** Texts of the evaluation overview and the evaluation screens' XLSX downloads (Bahasa Indonesia first, English second). */
import { useI18n, type Lang } from '../../i18n';

const id = {
  title: 'Ringkasan evaluasi kinerja',
  shortcut: 'Ringkasan evaluasi kinerja instansi',
  adminLink: 'Ringkasan evaluasi kinerja',
  pickAgency: 'Pilih instansi untuk melihat ringkasan evaluasi kinerjanya.',
  intro: 'Per unit: evaluasi yang belum dibuka, berjalan, dan sudah ditetapkan untuk SKP yang disetujui pada periode ini, dan siapa yang belum selesai.',
  back: 'Kembali ke instansi',
  period: 'Periode',
  deadline: (date: string) => `Batas penetapan evaluasi tahunan: ${date}.`,
  progress: (done: string, total: string) => `${done} dari ${total} evaluasi ditetapkan`,
  state: { belum_dibuka: 'Belum dibuka', berjalan: 'Berjalan', final: 'Ditetapkan' },
  total: 'Jumlah',
  units: 'Per unit',
  unitsHint: 'Angka unit termasuk unit di bawahnya.',
  hiddenUnits: (n: number) => `${n} unit tanpa SKP disetujui pada periode ini tidak ditampilkan.`,
  showUnfinished: (n: string) => `Lihat yang belum selesai (${n})`,
  unfinished: (n: string) => `Belum ditetapkan (${n})`,
  unfinishedIn: (n: string, unit: string) => `Belum ditetapkan di ${unit} (${n})`,
  unfinishedHint: 'Daftar untuk mengingatkan pegawai dan pejabat penilainya sebelum batas waktu.',
  allUnits: 'Tampilkan semua unit',
  noneUnfinished: 'Semua evaluasi periode ini sudah ditetapkan.',
  penilai: (name: string) => `Pejabat penilai: ${name}`,
  noPenilai: 'Pejabat penilai belum tercatat',
  showAll: (n: string) => `Tampilkan semua (${n})`,
  downloadOverview: 'Unduh ringkasan (Excel)',
  downloadUnfinished: 'Unduh daftar belum ditetapkan (Excel)',
  downloadUnfinishedUnit: (unit: string) => `Unduh daftar belum ditetapkan ${unit} (Excel)`,
  downloadTeam: 'Unduh penilaian tim (Excel)',
  downloadHint: 'Unduhan dicatat dalam jejak audit.',
};
type OverviewText = typeof id;

const en: OverviewText = {
  title: 'Performance evaluation overview',
  shortcut: 'Agency performance evaluation overview',
  adminLink: 'Performance evaluation overview',
  pickAgency: 'Choose an agency to see its evaluation overview.',
  intro: 'Per unit: evaluations not started, in progress and finalised for the SKP approved in this period, and who has not finished.',
  back: 'Back to the agency',
  period: 'Period',
  deadline: (date: string) => `Deadline for the annual evaluation: ${date}.`,
  progress: (done: string, total: string) => `${done} of ${total} evaluations finalised`,
  state: { belum_dibuka: 'Not started', berjalan: 'In progress', final: 'Finalised' },
  total: 'Total',
  units: 'By unit',
  unitsHint: "A unit's figures include the units under it.",
  hiddenUnits: (n: number) => `${n} units with no approved SKP in this period are not shown.`,
  showUnfinished: (n: string) => `See who has not finished (${n})`,
  unfinished: (n: string) => `Not finalised (${n})`,
  unfinishedIn: (n: string, unit: string) => `Not finalised in ${unit} (${n})`,
  unfinishedHint: 'The list to remind employees and their raters before the deadline.',
  allUnits: 'Show all units',
  noneUnfinished: 'Every evaluation of this period is finalised.',
  penilai: (name: string) => `Rater: ${name}`,
  noPenilai: 'No rater recorded',
  showAll: (n: string) => `Show all (${n})`,
  downloadOverview: 'Download overview (Excel)',
  downloadUnfinished: 'Download the not-finalised list (Excel)',
  downloadUnfinishedUnit: (unit: string) => `Download the not-finalised list of ${unit} (Excel)`,
  downloadTeam: 'Download team ratings (Excel)',
  downloadHint: 'Downloads are recorded in the audit trail.',
};

const TEXT: Record<Lang, OverviewText> = { id, en };

export function useOverviewText(): OverviewText {
  return TEXT[useI18n().lang];
}
