/** Texts of the selfie check-in screens (Bahasa Indonesia first, English second). */
import { useI18n, type Lang } from '../../../i18n';

const id = {
  title: 'Presensi swafoto',
  intro: 'Hadapkan wajah ke kamera di dalam area kantor. Wajah dicocokkan di ponsel ini dengan foto acuan Anda.',
  loading: 'Memuat…',
  loadingModels: 'Memuat model wajah (sekali saja, lalu tersimpan untuk luring)…',
  start: 'Mulai presensi',
  enrolTitle: 'Foto acuan wajah',
  enrolIntro: 'Belum ada foto acuan yang disetujui. Ambil foto wajah Anda; admin instansi akan memeriksanya.',
  enrolPending: 'Foto acuan Anda menunggu persetujuan admin.',
  enrolRejected: (note: string | null) => `Foto acuan ditolak${note ? `: ${note}` : ''}. Ambil foto baru.`,
  takeReference: 'Ambil foto acuan',
  sent: 'Foto acuan terkirim. Menunggu persetujuan admin.',
  cameraDenied: 'Kamera tidak dapat dibuka. Izinkan kamera untuk aplikasi ini.',
  locationDenied: 'Lokasi tidak dapat dibaca. Izinkan lokasi dan nyalakan GPS.',
  noFace: 'Wajah tidak terlihat jelas atau lebih dari satu wajah. Coba lagi di tempat terang.',
  checking: 'Memeriksa wajah dan keaktifan…',
  location: (acc: number) => `Lokasi terbaca, akurasi ±${Math.round(acc)} m`,
  place: { inside: 'Di dalam area kantor', outside: 'Di luar area kantor', inaccurate: 'Lokasi kurang akurat', no_fence: 'Area kantor belum ditetapkan', invalid_fix: 'Lokasi tidak terbaca' },
  scores: (m: number, l: number) => `Kecocokan wajah ${Math.round(m * 100)}%, keaktifan ${Math.round(l * 100)}%`,
  accepted: (time: string) => `Presensi tercatat pukul ${time}.`,
  refused: 'Presensi tersimpan tetapi tidak dihitung:',
  queued: 'Tidak ada sambungan. Presensi disimpan di ponsel dan dikirim otomatis dengan waktu pengambilan foto.',
  queuedCount: (n: number) => `${n} presensi menunggu dikirim.`,
  skewed: 'Jam ponsel berbeda jauh dari jam server; waktu terima yang dipakai.',
  again: 'Presensi lagi',
  admin: {
    title: 'Presensi swafoto instansi',
    fences: 'Area kantor',
    name: 'Nama area',
    lat: 'Lintang',
    lon: 'Bujur',
    radius: 'Radius (meter)',
    polygon: 'atau tempel GeoJSON poligon',
    save: 'Simpan area',
    remove: 'Hapus',
    pending: 'Foto acuan menunggu persetujuan',
    none: 'Tidak ada.',
    approve: 'Setujui',
    reject: 'Tolak',
    anomalies: 'Kejanggalan 7 hari terakhir',
    kinds: { shared_coordinates: 'Koordinat sama dipakai banyak orang', impossible_travel: 'Perpindahan mustahil', too_perfect_accuracy: 'Akurasi terlalu sempurna', outside_geofence: 'Di luar area kantor' },
    badGeoJson: 'GeoJSON tidak terbaca: perlu Polygon atau Feature berisi Polygon.',
  },
};
type SelfieText = typeof id;

const en: SelfieText = {
  ...id,
  title: 'Selfie check-in',
  intro: 'Face the camera inside the office area. Your face is matched on this phone against your reference photo.',
  loading: 'Loading…',
  loadingModels: 'Loading the face models (once, then kept for offline use)…',
  start: 'Check in',
  enrolTitle: 'Face reference',
  enrolIntro: 'No approved reference photo yet. Take a photo of your face; your agency admin will check it.',
  enrolPending: 'Your reference photo is waiting for approval.',
  enrolRejected: (note) => `Reference photo rejected${note ? `: ${note}` : ''}. Take a new one.`,
  takeReference: 'Take reference photo',
  sent: 'Reference photo sent. Waiting for approval.',
  cameraDenied: 'The camera could not be opened. Allow camera access for this app.',
  locationDenied: 'The location could not be read. Allow location and turn on GPS.',
  noFace: 'No clear single face. Try again in better light.',
  checking: 'Checking the face and liveness…',
  location: (acc) => `Location read, accuracy ±${Math.round(acc)} m`,
  place: { inside: 'Inside the office area', outside: 'Outside the office area', inaccurate: 'Location not accurate enough', no_fence: 'No office area set', invalid_fix: 'Location unreadable' },
  scores: (m, l) => `Face match ${Math.round(m * 100)}%, liveness ${Math.round(l * 100)}%`,
  accepted: (time) => `Check-in recorded at ${time}.`,
  refused: 'Check-in stored but not counted:',
  queued: 'No connection. The check-in is kept on this phone and sent automatically with the photo time.',
  queuedCount: (n) => `${n} check-ins waiting to be sent.`,
  skewed: "The phone's clock differs a lot from the server's; the receipt time was used.",
  again: 'Check in again',
};

export function selfieText(lang: Lang): SelfieText {
  return lang === 'en' ? en : id;
}
export function useSelfieText(): SelfieText {
  return selfieText(useI18n().lang);
}
