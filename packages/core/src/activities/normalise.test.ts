import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './abbreviations.js';
import { expand, groupWords, indexWords, normalise, stem, STOPWORDS, words } from './normalise.js';

describe('normalise', () => {
  it.each([
    ['Mengagendakan Surat Masuk', 'mengagendakan surat masuk'],
    ['  Rakor   BIMTEK\t\nSKP  ', 'rakor bimtek skp'],
    ['Pengadaan Barang/Jasa', 'pengadaan barang jasa'],
    ['SPP-UP; SPP-GU', 'spp up spp gu'],
    ['Menyusun draf Rencana Kerja (Renja) OPD', 'menyusun draf rencana kerja renja opd'],
    ["Jum'at", 'jumat'],
    ['Jum’at', 'jumat'],
    ['Pénélitian café naïve', 'penelitian cafe naive'],
    ['K3 & B3 — 2025', 'k3 b3 2025'],
    ['SP4N-LAPOR!', 'sp4n lapor'],
    ['...', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('is idempotent and leaves only letters, digits and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const n = normalise(s);
        expect(normalise(n)).toBe(n);
        expect(n).toMatch(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
      }),
    );
  });

  it('splits into words', () => {
    expect(words(' Laporan  bulanan. ')).toEqual(['laporan', 'bulanan']);
    expect(words(' - ')).toEqual([]);
  });
});

describe('abbreviation table', () => {
  it('has at least 40 entries, all in normalised form, with unique keys', () => {
    expect(ABBREVIATIONS.length).toBeGreaterThanOrEqual(40);
    const keys = new Set<string>();
    for (const [from, ...to] of ABBREVIATIONS) {
      expect(normalise(from), from).toBe(from);
      expect(keys.has(from), `duplicate ${from}`).toBe(false);
      keys.add(from);
      expect(to.length).toBeGreaterThan(0);
      for (const t of to) expect(normalise(t), t).toBe(t);
    }
  });

  it.each([
    ['rakor', 'rapat koordinasi'],
    ['rapim', 'rapat pimpinan'],
    ['lap bulanan', 'laporan bulanan'],
    ['bimtek', 'bimbingan teknis'],
    ['diklat', 'pendidikan dan pelatihan'],
    ['monev', 'monitoring dan evaluasi'],
    ['Renja', 'rencana kerja'],
    ['renstra', 'rencana strategis'],
    ['SKP', 'sasaran kinerja pegawai'],
    ['SPJ', 'surat pertanggungjawaban'],
    ['SPPD', 'surat perintah perjalanan dinas'],
    ['DL', 'perjalanan dinas'],
    ['dinas luar ke Jakarta', 'perjalanan dinas ke jakarta'],
    ['ANC', 'antenatal care'],
    ['RPP', 'rencana pelaksanaan pembelajaran'],
    ['KBM', 'kegiatan belajar mengajar'],
    ['BMD', 'barang milik daerah'],
    ['LAKIP', 'laporan akuntabilitas kinerja instansi pemerintah'],
    ['LKjIP', 'laporan kinerja instansi pemerintah'],
    ['PBJ', 'pengadaan barang jasa'],
    ['ttd', 'tanda tangan'],
    ['srt msk', 'surat masuk'],
    ['srt klr', 'surat keluar'],
    ['juknis', 'petunjuk teknis'],
    ['SK', 'surat keputusan'],
    ['ndinas', 'nota dinas'],
    ['e-mail', 'surel'],
    ['Satpol PP', 'satuan polisi pamong praja'],
    ['rakor dan rapim', 'rapat koordinasi dan rapat pimpinan'],
    ['surat masuk', 'surat masuk'],
  ])('expand(%j) → %j', (input, expected) => {
    expect(expand(input)).toBe(expected);
  });

  it('matches the longest phrase first and keeps every alternative', () => {
    expect(groupWords(['satpol', 'pp', 'patroli'])).toEqual([
      { words: ['satpol', 'pp'], expansions: [['satuan', 'polisi', 'pamong', 'praja']] },
      { words: ['patroli'], expansions: [] },
    ]);
    expect(groupWords(['lakip'])[0]!.expansions).toEqual([
      ['laporan', 'akuntabilitas', 'kinerja', 'instansi', 'pemerintah'],
      ['lkjip'],
    ]);
  });

  it('indexes the words and their expansions without stopwords', () => {
    expect(indexWords('Mengikuti pendidikan dan pelatihan (diklat)')).toEqual([
      'mengikuti', 'pendidikan', 'pelatihan', 'diklat', 'pendidikan', 'pelatihan', 'pelatihan',
    ]);
    expect(indexWords('Menyusun draf Rencana Kerja (Renja) OPD')).toEqual([
      'menyusun', 'draf', 'rencana', 'kerja', 'renja', 'rencana', 'kerja', 'opd', 'organisasi', 'perangkat', 'daerah', 'perangkat', 'daerah',
    ]);
    for (const w of ['dan', 'yang', 'di', 'untuk', 'dengan']) expect(STOPWORDS.has(w)).toBe(true);
  });
});

describe('stem', () => {
  // Families that must meet: the verb, the noun and the root.
  it.each([
    [['menyusun', 'penyusunan', 'disusun', 'susun'], 'susun'],
    [['mengagendakan', 'agenda'], 'agenda'],
    [['melaporkan', 'laporan', 'pelaporan', 'dilaporkan'], 'lapor'],
    [['mengawasi', 'pengawasan', 'pengawas', 'diawasi'], 'awas'],
    [['memeriksa', 'pemeriksaan', 'diperiksa', 'periksa'], 'periksa'],
    [['melayani', 'pelayanan', 'layanan'], 'layan'],
    [['merencanakan', 'perencanaan', 'rencana'], 'rencana'],
    [['mempersiapkan', 'persiapan', 'menyiapkan'], 'siap'],
    [['mendata', 'pendataan', 'data'], 'data'],
    [['menulis', 'penulisan', 'ditulis'], 'tulis'],
    [['menerima', 'penerimaan', 'diterima', 'terima'], 'terima'],
    [['memimpin', 'pemimpin', 'pimpinan', 'kepemimpinan'], 'pimpin'],
    [['menilai', 'penilaian', 'nilai'], 'nilai'],
    [['memutakhirkan', 'pemutakhiran'], 'mutakhir'],
    [['memusnahkan', 'pemusnahan'], 'musnah'],
    [['menyetujui', 'persetujuan'], 'setuju'],
    [['menyuluh', 'penyuluh', 'penyuluhan'], 'suluh'],
    [['menghadiri', 'kehadiran'], 'hadir'],
    [['mengatur', 'peraturan', 'pengaturan'], 'atur'],
    [['mengubah', 'perubahan'], 'ubah'],
    [['meneliti', 'penelitian', 'peneliti'], 'teliti'],
    [['mengoordinasikan', 'mengkoordinasikan', 'koordinasi'], 'koordinasi'],
    [['memverifikasi', 'verifikasi'], 'verifikasi'],
    [['menyosialisasikan', 'sosialisasi'], 'sosialisasi'],
    [['mendisposisikan', 'disposisi'], 'disposisi'],
    [['membangun', 'pembangunan'], 'bangun'],
    [['pertanian', 'petani'], 'tani'],
    [['perjalanan', 'jalan'], 'jalan'],
    [['perizinan', 'izin'], 'izin'],
    [['kepegawaian', 'pegawai'], 'pegawai'],
  ])('%j → %j', (family, root) => {
    for (const w of family) expect(stem(w), w).toBe(root);
  });

  it.each([
    ['kegiatan', 'giat'],
    ['keuangan', 'uang'],
    ['bulanan', 'bulan'],
    ['harian', 'hari'],
    ['pelatihan', 'latih'],
    ['pendidikan', 'didik'],
    ['pembelajaran', 'belajar'],
    ['mengikuti', 'ikut'],
    ['memberikan', 'beri'],
    ['memberi', 'beri'],
    ['menguji', 'uji'],
    ['mengisi', 'isi'],
  ])('%s → %s', (w, root) => {
    expect(stem(w)).toBe(root);
  });

  it.each([
    // roots that look affixed, short words, abbreviations, words with digits
    'dinas', 'disposisi', 'disiplin', 'diklat', 'media', 'menteri', 'penting', 'pensiun', 'perintah',
    'bulan', 'jalan', 'taman', 'rapat', 'surat', 'data', 'apel',
    'renja', 'rakor', 'lakip', 'sp2d', 'covid19',
  ])('leaves %s alone', (w) => {
    expect(stem(w)).toBe(w);
  });

  it('documents its limits: ber-/ter- stay, k-initial roots lose the k only in derived forms', () => {
    expect(stem('tersusun')).toBe('tersusun');
    expect(stem('bertugas')).toBe('bertugas');
    expect(stem('mengelola')).toBe('elola');
    expect(stem('pengelolaan')).toBe('elola');
    expect(stem('kelola')).toBe('kelola');
  });

  it('never returns an empty or longer word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,16}$/), (w) => {
        const s = stem(w);
        expect(s.length).toBeGreaterThan(0);
        expect(s.length).toBeLessThanOrEqual(w.length);
      }),
    );
  });
});
