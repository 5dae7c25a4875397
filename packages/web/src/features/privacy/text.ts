/** Texts of "Data saya" (Bahasa Indonesia first, English second). */
import type { ReadKindName } from '@kinerja/core/api';
import type { Role } from '../../api/types';
import { useI18n, type Lang } from '../../i18n';

const id = {
  title: 'Data saya',
  shortcut: 'Data saya dan siapa yang melihatnya',
  archive: {
    title: 'Arsip semua data saya',
    intro: 'Semua data Anda di Kinerja dalam satu berkas ZIP: data diri, jurnal dengan foto bukti dan keputusan atasan, SKP, dan siapa yang melihat data Anda. Ini hak Anda menurut UU 27/2022.',
    start: 'Siapkan arsip',
    starting: 'Meminta…',
    making: (done: number, total: number) => (total > 0 ? `Menyiapkan arsip… ${done} dari ${total} bagian` : 'Menyiapkan arsip…'),
    makingHint: 'Boleh ditinggal: arsip tetap disiapkan dan muncul di sini.',
    ready: (size: string, until: string) => `Arsip siap (${size}). Dapat diunduh sampai ${until}.`,
    download: 'Unduh arsip',
    failed: 'Arsip gagal dibuat.',
    again: 'Siapkan arsip baru',
    onBehalf: (reason: string) => `Disiapkan admin atas permintaan tertulis: ${reason}`,
  },
  reads: {
    title: 'Siapa yang melihat data saya',
    intro: 'Setiap kali atasan, admin, atau auditor membuka data Anda, tercatat di sini (sekali per orang, per jenis data, per hari). Data yang Anda buka sendiri tidak dicatat.',
    none: 'Belum ada yang membuka data Anda dalam 90 hari terakhir.',
    period: (from: string, to: string) => `${from} – ${to}`,
    truncated: 'Hanya 500 catatan terbaru yang ditampilkan.',
    kind: {
      profile: 'membuka data diri Anda',
      journal: 'membuka riwayat kegiatan jurnal Anda',
      validation: 'memeriksa kegiatan Anda untuk validasi',
      skp: 'membuka SKP Anda',
      evaluation: 'membuka evaluasi kinerja Anda',
      evidence: 'membuka berkas bukti Anda',
      tpp: 'membuka rincian TPP Anda',
    } satisfies Record<ReadKindName, string>,
    role: { employee: 'Pegawai', agency_admin: 'Admin OPD', bkd_admin: 'Admin BKD', auditor: 'Auditor', finance: 'Bendahara' } as Record<Role, string>,
  },
};

type PrivacyText = typeof id;

const en: PrivacyText = {
  title: 'My data',
  shortcut: 'My data and who looked at it',
  archive: {
    title: 'An archive of all my data',
    intro: 'All your data in Kinerja as one ZIP file: your profile, your journal with its photos and your supervisor’s decisions, your SKP, and who looked at your data. Your right under Law 27/2022.',
    start: 'Prepare the archive',
    starting: 'Asking…',
    making: (done: number, total: number) => (total > 0 ? `Preparing the archive… ${done} of ${total} parts` : 'Preparing the archive…'),
    makingHint: 'You may leave: it is prepared anyway and appears here.',
    ready: (size: string, until: string) => `The archive is ready (${size}). It can be downloaded until ${until}.`,
    download: 'Download the archive',
    failed: 'The archive could not be made.',
    again: 'Prepare a new archive',
    onBehalf: (reason: string) => `Prepared by an admin on a written request: ${reason}`,
  },
  reads: {
    title: 'Who looked at my data',
    intro: 'Each time a supervisor, an admin or an auditor opens your data, it is listed here (once per person, kind of data and day). What you open yourself is not listed.',
    none: 'Nobody opened your data in the last 90 days.',
    period: (from: string, to: string) => `${from} – ${to}`,
    truncated: 'Only the latest 500 are shown.',
    kind: {
      profile: 'opened your profile',
      journal: 'opened the history of your journal',
      validation: 'checked your entries for validation',
      skp: 'opened your SKP',
      evaluation: 'opened your performance evaluation',
      evidence: 'opened your evidence files',
      tpp: 'opened your TPP breakdown',
    },
    role: { employee: 'Employee', agency_admin: 'Agency admin', bkd_admin: 'BKD admin', auditor: 'Auditor', finance: 'Finance officer' } as Record<Role, string>,
  },
};

const TEXT: Record<Lang, PrivacyText> = { id, en };

export function usePrivacyText(): PrivacyText {
  return TEXT[useI18n().lang];
}
