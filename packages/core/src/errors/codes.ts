/**
 * Stable error codes of the API. The message is Bahasa Indonesia (what the user reads); clients may
 * translate by code. Status is the HTTP status the server answers with.
 */
export const ERRORS = {
  VALIDATION: { status: 400, message: 'Data yang dikirim tidak valid.' },
  BAD_REQUEST: { status: 400, message: 'Permintaan tidak dapat diproses.' },
  UNAUTHENTICATED: { status: 401, message: 'Silakan masuk terlebih dahulu.' },
  BAD_CREDENTIALS: { status: 401, message: 'NIP atau kata sandi salah.' },
  ACCOUNT_LOCKED: { status: 423, message: 'Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal.' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Anda harus mengganti kata sandi terlebih dahulu.' },
  TEMPORARY_PASSWORD_EXPIRED: { status: 401, message: 'Kata sandi sementara sudah kedaluwarsa. Minta admin instansi mengatur ulang kata sandi Anda.' },
  TWO_FACTOR_REQUIRED: { status: 403, message: 'Masukkan kode verifikasi dua langkah terlebih dahulu.' },
  TWO_FACTOR_ENROLMENT_REQUIRED: { status: 403, message: 'Peran akun Anda wajib memakai verifikasi dua langkah. Aktifkan dulu sebelum melanjutkan.' },
  BAD_TWO_FACTOR_CODE: { status: 401, message: 'Kode verifikasi salah, kedaluwarsa, atau sudah pernah dipakai.' },
  CSRF: { status: 403, message: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.' },
  FORBIDDEN: { status: 403, message: 'Anda tidak berhak melakukan tindakan ini.' },
  NOT_FOUND: { status: 404, message: 'Data tidak ditemukan.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Alamat API tidak dikenal.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Metode tidak diizinkan.' },
  CONFLICT: { status: 409, message: 'Data telah berubah atau bertentangan dengan data lain.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Berkas atau data terlalu besar.' },
  URI_TOO_LONG: { status: 414, message: 'Alamat permintaan terlalu panjang.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Jenis berkas atau isi permintaan tidak didukung.' },
  NOT_AN_EMPLOYEE: { status: 403, message: 'Fitur ini hanya untuk akun yang terhubung dengan data pegawai.' },
  WINDOW_CLOSED: { status: 422, message: 'Batas waktu pengisian untuk tanggal ini sudah lewat.' },
  FUTURE_DATE: { status: 422, message: 'Tanggal kegiatan tidak boleh di masa depan.' },
  OVERLAP: { status: 422, message: 'Waktu kegiatan bertabrakan dengan kegiatan lain pada hari yang sama.' },
  UNKNOWN_ACTIVITY: { status: 422, message: 'Kode kegiatan tidak ada dalam kamus aktivitas.' },
  ENTRY_NOT_EDITABLE: { status: 409, message: 'Kegiatan ini sudah dikirim atau divalidasi sehingga tidak dapat diubah.' },
  EVIDENCE_MISSING: { status: 422, message: 'Berkas bukti belum diunggah.' },
  INFECTED_FILE: { status: 422, message: 'Berkas ditolak: pemindai antivirus menemukan virus atau program berbahaya di dalamnya.' },
  UPLOAD_OFFSET: { status: 409, message: 'Potongan berkas tidak menyambung dengan bagian yang sudah diterima server. Lanjutkan dari posisi yang diberikan server.' },
  IMPORT_INVALID: { status: 422, message: 'Berkas impor berisi baris yang tidak valid; tidak ada data yang disimpan.' },
  RHK_REQUIRED: { status: 422, message: 'Instansi Anda mewajibkan setiap kegiatan dikaitkan dengan RHK dari SKP yang telah disetujui.' },
  RHK_NOT_IN_SKP: { status: 422, message: 'RHK yang dipilih bukan RHK dari SKP Anda yang telah disetujui untuk tanggal kegiatan.' },
  SKP_CASCADE: { status: 422, message: 'SKP belum dapat diajukan: RHK belum mengintervensi RHK pejabat penilai yang berlaku. Lihat rinciannya.' },
  EVALUATION_FINALISED: { status: 409, message: 'Evaluasi kinerja ini sudah ditetapkan (final) sehingga tidak dapat diubah; buka kembali dengan alasan bila perlu koreksi.' },
  EVALUATION_NOT_READY: { status: 422, message: 'Evaluasi kinerja belum dapat ditetapkan. Lihat rinciannya.' },
  TPP_RULE_SET_INVALID: { status: 422, message: 'Berkas aturan TPP tidak valid. Lihat rinciannya.' },
  SIASN_PUSH_OFF: { status: 409, message: 'Pengiriman langsung ke SIASN belum diaktifkan di server ini; unduh ekspor XLSX atau JSON dan unggah di SIASN.' },
  SIASN_NOTHING_TO_RESEND: { status: 409, message: 'Tidak ada data yang gagal pada pengiriman terakhir ke SIASN untuk tahun ini.' },
  TPP_RULE_SET_USED: { status: 409, message: 'Versi aturan TPP ini sudah dipakai dalam perhitungan sehingga tidak dapat diganti; simpan sebagai versi baru.' },
  TPP_RUN_LOCKED: { status: 409, message: 'TPP bulan ini sudah dikunci; perubahan hanya melalui perhitungan ulang yang tercatat.' },
  TPP_NOT_FINAL: { status: 409, message: 'Masih ada data TPP yang belum final. Periksa daftarnya sebelum mengunci.' },
  WEAK_PASSWORD: { status: 422, message: 'Kata sandi baru tidak memenuhi syarat.' },
  RATE_LIMITED: { status: 429, message: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.' },
  INTERNAL: { status: 500, message: 'Terjadi kesalahan pada server. Data Anda tidak berubah; silakan coba lagi.' },
  UNAVAILABLE: { status: 503, message: 'Server sedang sibuk. Silakan coba lagi sebentar lagi.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field-level problems, e.g. from input validation. */
    details?: { field: string; message: string }[];
  };
}
