/**
 * Perilaku kerja (PermenPANRB 6/2022): the 7 core values BerAKHLAK, each printed on the SKP with
 * its 3 panduan perilaku. The leader adds one Ekspektasi Khusus Pimpinan per value (not per
 * indicator). Text as printed on the official SKP forms.
 */
export const BERAKHLAK_VALUES = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;
export type BerakhlakValue = (typeof BERAKHLAK_VALUES)[number];

export interface BerakhlakEntry {
  label: string;
  panduanPerilaku: readonly [string, string, string];
}

export const BERAKHLAK: Readonly<Record<BerakhlakValue, BerakhlakEntry>> = {
  berorientasi_pelayanan: {
    label: 'Berorientasi Pelayanan',
    panduanPerilaku: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  akuntabel: {
    label: 'Akuntabel',
    panduanPerilaku: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
      'Menggunakan kekayaan dan BMN secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  kompeten: {
    label: 'Kompeten',
    panduanPerilaku: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  harmonis: {
    label: 'Harmonis',
    panduanPerilaku: [
      'Menghargai setiap orang apapun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  loyal: {
    label: 'Loyal',
    panduanPerilaku: [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  adaptif: {
    label: 'Adaptif',
    panduanPerilaku: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  kolaboratif: {
    label: 'Kolaboratif',
    panduanPerilaku: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
};

export function isBerakhlakValue(s: string): s is BerakhlakValue {
  return (BERAKHLAK_VALUES as readonly string[]).includes(s);
}
