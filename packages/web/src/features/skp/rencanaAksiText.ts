/** Words of the rencana aksi screen and the agency's SKP setting (Bahasa Indonesia first, English second). */
import { useI18n, type Lang } from '../../i18n';

const id = {
  title: 'Rencana aksi',
  link: 'Rencana aksi per periode',
  intro: (per: 'bulanan' | 'triwulanan') =>
    `Langkah yang Anda rencanakan untuk setiap RHK ${per === 'bulanan' ? 'setiap bulan' : 'setiap triwulan'}, dengan target periodenya. Realisasinya diisi saat evaluasi kinerja periodik.`,
  period: 'Periode',
  rhk: (n: number) => `RHK ${n}`,
  none: 'Belum ada rencana aksi untuk periode ini.',
  noRhk: 'SKP ini belum memiliki RHK. Tulis RHK lebih dahulu.',
  add: 'Tambah rencana aksi',
  text: 'Rencana aksi',
  textHint: 'Langkah konkret, mis. "Menghimpun data kepegawaian".',
  target: 'Target periode ini',
  targetHint: 'Mis. "1 dokumen", "25%".',
  targetShown: (target: string) => `Target: ${target}`,
  save: 'Simpan',
  saving: 'Menyimpan…',
  cancel: 'Batal',
  edit: 'Ubah',
  remove: 'Hapus',
  removeConfirm: 'Hapus rencana aksi ini?',
  required: 'Wajib diisi.',
  saved: 'Rencana aksi tersimpan.',
  readOnly: 'Hanya pegawai yang bersangkutan (atau pengelola kinerja atas namanya) yang dapat mengubah rencana aksi.',
  missingRhk: 'RHK tidak ada lagi di SKP',
  missingRhkHint: 'RHK rencana aksi berikut dihapus dalam revisi SKP. Hapus atau tulis ulang pada RHK yang ada.',
  otherPeriod: 'ditulis sebelum pengaturan periode berubah',
  back: 'Kembali ke SKP',
  settingTitle: 'Periode rencana aksi',
  settingIntro: 'Rencana aksi pegawai instansi ini disusun per bulan atau per triwulan. Berlaku untuk SKP yang dimulai sejak tanggal berlakunya.',
  settingOptions: { bulanan: 'Per bulan', triwulanan: 'Per triwulan' },
  settingSaved: (from: string) => `Tersimpan, berlaku mulai ${from}.`,
};
type RencanaAksiText = typeof id;

const en: RencanaAksiText = {
  title: 'Action plan',
  link: 'Action plan per period',
  intro: (per) => `The steps you plan for each RHK ${per === 'bulanan' ? 'every month' : 'every quarter'}, with that period's target. Their results are entered in the periodic performance evaluation.`,
  period: 'Period',
  rhk: (n) => `RHK ${n}`,
  none: 'No action plan for this period yet.',
  noRhk: 'This SKP has no RHK yet. Write the RHK first.',
  add: 'Add an action',
  text: 'Action',
  textHint: 'A concrete step, e.g. "Collect the staff data".',
  target: "This period's target",
  targetHint: 'E.g. "1 document", "25%".',
  targetShown: (target) => `Target: ${target}`,
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  edit: 'Edit',
  remove: 'Remove',
  removeConfirm: 'Remove this action?',
  required: 'Required.',
  saved: 'Action saved.',
  readOnly: 'Only the employee (or the performance administrator on their behalf) can change the action plan.',
  missingRhk: 'RHK no longer in the SKP',
  missingRhkHint: 'The RHK of these actions was removed in a revision of the SKP. Remove them or write them again on an RHK that exists.',
  otherPeriod: 'written before the period setting changed',
  back: 'Back to the SKP',
  settingTitle: 'Action plan period',
  settingIntro: "This agency's employees plan their actions per month or per quarter. Applies to SKP starting on or after the effective date.",
  settingOptions: { bulanan: 'Per month', triwulanan: 'Per quarter' },
  settingSaved: (from) => `Saved, in force from ${from}.`,
};

const TEXT: Record<Lang, RencanaAksiText> = { id, en };

export function useRencanaAksiText(): RencanaAksiText {
  return TEXT[useI18n().lang];
}
