/** The offline layer's words (Bahasa Indonesia first; English must match the shape). */
import { useI18n } from '../i18n';

const id = {
  state: { waiting: 'Menunggu', sending: 'Mengirim…', sent: 'Terkirim', attention: 'Perlu perhatian' },
  badgeWaiting: (n: number) => `${n} menunggu dikirim`,
  badgeAttention: (n: number) => `${n} perlu perhatian`,
  badgeAllSent: 'Semua terkirim',
  lastSync: (when: string) => `Terakhir terkirim ${when}`,
  neverSynced: 'Belum pernah terkirim',
  offline: 'Tanpa internet',
  nag: (days: number) => `Sudah ${days} hari belum terkirim. Sambungkan ke internet.`,
  title: 'Kiriman',
  intro: 'Semua perubahan disimpan dulu di ponsel ini, lalu dikirim ke server saat ada internet.',
  sendNow: 'Kirim sekarang',
  sending: 'Mengirim…',
  nothing: 'Tidak ada yang menunggu. Semua sudah terkirim.',
  nextTry: (when: string) => `Dicoba lagi otomatis pukul ${when}.`,
  signInAgain: 'Sesi Anda berakhir. Masuk lagi untuk mengirim data yang tersimpan di ponsel.',
  kinds: { 'entry.put': 'Simpan kegiatan', 'entry.delete': 'Hapus kegiatan', 'day.submit': 'Kirim hari ke atasan' },
  download: 'Unduh data yang belum terkirim',
  downloadHint: 'Simpan berkas ini bila ponsel akan direset atau diganti; berisi kegiatan dan foto yang belum terkirim.',
  notPersisted: 'Peramban bisa menghapus data di ponsel ini bila memori penuh. Kirim data secepatnya saat ada internet.',
  conflictTitle: 'Kegiatan ini diubah di tempat lain',
  conflictIntro: 'Versi di server berbeda dengan versi Anda. Pilih yang dipakai.',
  serverCopy: 'Versi di server',
  myCopy: 'Versi saya',
  serverGone: 'Kegiatan ini sudah tidak ada di server.',
  keepServer: 'Pakai versi server',
  keepMine: 'Kirim versi saya',
  retry: 'Coba kirim lagi',
  discard: 'Buang perubahan ini',
  discardConfirm: 'Yakin membuang? Perubahan ini tidak akan dikirim.',
  edit: 'Ubah kegiatan',
  savedLocal: 'Disimpan di ponsel. Akan dikirim otomatis saat ada internet.',
  deletedLocal: 'Dihapus di ponsel. Akan dikirim otomatis saat ada internet.',
  submitQueued: 'Pengiriman ke atasan disimpan di ponsel dan dikirim otomatis saat ada internet.',
  signOutWarn: (n: number) =>
    `Ada ${n} perubahan yang belum terkirim. Data itu tetap tersimpan di ponsel ini dan dikirim setelah Anda masuk lagi dengan akun yang sama. Tetap keluar?`,
  fromCache: 'Tanpa internet: menampilkan data yang tersimpan di ponsel.',
  fields: { activity: 'Kegiatan', time: 'Jam', volume: 'Volume', description: 'Keterangan', status: 'Status' },
};

export type OfflineDict = typeof id;

const en: OfflineDict = {
  state: { waiting: 'Waiting', sending: 'Sending…', sent: 'Sent', attention: 'Needs attention' },
  badgeWaiting: (n) => `${n} waiting to send`,
  badgeAttention: (n) => `${n} need attention`,
  badgeAllSent: 'Everything sent',
  lastSync: (when) => `Last sent ${when}`,
  neverSynced: 'Never sent yet',
  offline: 'No internet',
  nag: (days) => `Nothing sent for ${days} days. Connect to the internet.`,
  title: 'Outbox',
  intro: 'Every change is saved on this phone first, then sent to the server when there is internet.',
  sendNow: 'Send now',
  sending: 'Sending…',
  nothing: 'Nothing is waiting. Everything has been sent.',
  nextTry: (when) => `Trying again automatically at ${when}.`,
  signInAgain: 'Your session ended. Sign in again to send the data kept on this phone.',
  kinds: { 'entry.put': 'Save activity', 'entry.delete': 'Delete activity', 'day.submit': 'Send day to supervisor' },
  download: 'Download unsent data',
  downloadHint: 'Keep this file if the phone will be reset or replaced; it holds the unsent activities and photos.',
  notPersisted: 'The browser may delete data on this phone when storage runs low. Send your data as soon as you have internet.',
  conflictTitle: 'This activity was changed elsewhere',
  conflictIntro: 'The server’s version differs from yours. Choose which one to keep.',
  serverCopy: 'Server’s version',
  myCopy: 'My version',
  serverGone: 'This activity no longer exists on the server.',
  keepServer: 'Keep the server’s version',
  keepMine: 'Send my version',
  retry: 'Try sending again',
  discard: 'Discard this change',
  discardConfirm: 'Discard it? This change will not be sent.',
  edit: 'Edit activity',
  savedLocal: 'Saved on this phone. It will be sent automatically when there is internet.',
  deletedLocal: 'Deleted on this phone. It will be sent automatically when there is internet.',
  submitQueued: 'Sending to your supervisor is saved on this phone and goes out automatically when there is internet.',
  signOutWarn: (n) =>
    `${n} changes have not been sent. They stay on this phone and are sent after you sign in again with the same account. Sign out anyway?`,
  fromCache: 'No internet: showing the data kept on this phone.',
  fields: { activity: 'Activity', time: 'Time', volume: 'Volume', description: 'Description', status: 'Status' },
};

export function useOfflineText(): OfflineDict {
  const { lang } = useI18n();
  return lang === 'en' ? en : id;
}
export const offlineText = (lang: string): OfflineDict => (lang === 'en' ? en : id);
