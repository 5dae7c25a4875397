import {
  agency,
  asisten,
  badan,
  bagian,
  bidang,
  biro,
  cabdin,
  small,
  sub,
  upt,
  wadir,
  type AgencySpec,
  type UnitSpec,
} from './chart-builders.js';

/**
 * The demo province's perangkat daerah (OPD) with their organisation charts: 37 agencies named and
 * structured as in a Kalimantan Barat provincial government. `size` is each agency's relative share
 * of the requested employee count (the default 5,200 gives roughly these numbers).
 */

const SETDA = agency({
  code: 'SETDA',
  name: 'Sekretariat Daerah',
  short: 'Setda',
  size: 330,
  fields: ['pemerintahan', 'umum', 'hukum', 'ekonomi'],
  head: 'Sekretaris Daerah',
  sekretariat: false,
  top: { tier: 'jpt_madya', kelas: 16 },
  children: [
    asisten('1', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', [
      biro('PEM', 'Biro Pemerintahan dan Otonomi Daerah', 'setda', [
        bagian('PEM|Bagian Pemerintahan'),
        bagian('OTDA|Bagian Otonomi Daerah'),
        bagian('KS|Bagian Kerja Sama'),
      ]),
      biro('KESRA', 'Biro Kesejahteraan Rakyat', 'setda', [
        bagian('BINTAL|Bagian Bina Mental dan Spiritual'),
        bagian('KESOS|Bagian Kesejahteraan Sosial'),
        bagian('DIKBUD|Bagian Pendidikan dan Kebudayaan'),
      ]),
      biro('HUKUM', 'Biro Hukum', 'hukum', [
        bagian('PUU|Bagian Perundang-undangan'),
        bagian('BANKUM|Bagian Bantuan Hukum'),
        bagian('JDIH|Bagian Dokumentasi dan Informasi Hukum'),
      ]),
    ]),
    asisten('2', 'Asisten Perekonomian dan Pembangunan', [
      biro('EKON', 'Biro Perekonomian', 'setda', [
        bagian('EKON|Bagian Perekonomian'),
        bagian('SDA|Bagian Sumber Daya Alam'),
        bagian('BUMD|Bagian BUMD dan BLUD'),
      ]),
      biro('ADPEM', 'Biro Administrasi Pembangunan', 'setda', [
        bagian('PROGRAM|Bagian Penyusunan Program Pembangunan'),
        bagian('DALPROG|Bagian Pengendalian Program Pembangunan'),
        bagian('EVLAP|Bagian Evaluasi dan Pelaporan Pembangunan'),
      ]),
      biro('PBJ', 'Biro Pengadaan Barang dan Jasa', 'pbj', [
        bagian('PENGADAAN|Bagian Pengelolaan Pengadaan Barang dan Jasa'),
        bagian('LPSE|Bagian Layanan Pengadaan Secara Elektronik'),
        bagian('ADVOKASI|Bagian Pembinaan dan Advokasi Pengadaan'),
      ]),
    ]),
    asisten('3', 'Asisten Administrasi Umum', [
      biro('ORG', 'Biro Organisasi', 'setda', [
        bagian('KELEMBAGAAN|Bagian Kelembagaan dan Analisis Jabatan'),
        bagian('RBAK|Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja'),
        bagian('TATALAKSANA|Bagian Tata Laksana'),
      ]),
      biro('UMUM', 'Biro Umum', 'rumahtangga', [
        { ...bagian('TUPIM|Bagian Tata Usaha Pimpinan'), staff: 0, children: [sub('Subbagian Tata Usaha Gubernur'), sub('Subbagian Tata Usaha Wakil Gubernur')] },
        { ...bagian('RT|Bagian Rumah Tangga'), staff: 0, children: [sub('Subbagian Rumah Tangga Gubernur'), sub('Subbagian Perlengkapan')] },
        { ...bagian('KEU|Bagian Keuangan', 'keuangan'), staff: 0, children: [sub('Subbagian Anggaran'), sub('Subbagian Perbendaharaan')] },
      ]),
      biro('ADPIM', 'Biro Administrasi Pimpinan', 'humas', [
        bagian('MATKOM|Bagian Materi dan Komunikasi Pimpinan'),
        bagian('PROTOKOL|Bagian Protokol'),
        bagian('RENPEG|Bagian Perencanaan dan Kepegawaian', 'umpeg'),
      ]),
    ]),
  ],
});

const SETWAN = agency({
  code: 'SETWAN',
  name: 'Sekretariat DPRD',
  short: 'Setwan',
  size: 110,
  fields: ['pemerintahan', 'hukum', 'umum'],
  head: 'Sekretaris DPRD',
  sekretariat: false,
  children: [
    bidang('BAG-UMUM', 'Bagian Umum dan Keuangan', 'umpeg', [
      'Subbagian Tata Usaha dan Kepegawaian',
      sub('Subbagian Keuangan', 'keuangan'),
      sub('Subbagian Rumah Tangga dan Perlengkapan', 'rumahtangga'),
    ], { kelas: 12 }),
    bidang('BAG-SIDANG', 'Bagian Persidangan dan Perundang-undangan', 'setwan', ['Subbagian Persidangan dan Risalah', 'Subbagian Perundang-undangan'], { kelas: 12 }),
    bidang('BAG-FASILITASI', 'Bagian Fasilitasi Penganggaran dan Pengawasan', 'setwan', ['Subbagian Fasilitasi Penganggaran', 'Subbagian Fasilitasi Pengawasan'], { kelas: 12 }),
    bidang('BAG-HUMAS', 'Bagian Hubungan Masyarakat dan Protokol', 'humas', ['Subbagian Hubungan Masyarakat', 'Subbagian Protokol'], { kelas: 12 }),
  ],
});

const irban = (n: string, name = `Inspektur Pembantu Wilayah ${n}`): UnitSpec => ({
  ...bidang(`IRBAN-${n}`, name.replace('Inspektur', 'Inspektorat'), 'inspektorat', [], { kelas: 12 }),
  head: name,
  staff: 1,
});

const INSPEKTORAT = agency({
  code: 'INSPEKTORAT',
  name: 'Inspektorat',
  short: 'Inspektorat',
  size: 105,
  fields: ['ekonomi', 'hukum', 'pemerintahan'],
  head: 'Inspektur',
  kelas: 15,
  sekretariat: 'large',
  children: [irban('I'), irban('II'), irban('III'), irban('IV'), irban('KHUSUS', 'Inspektur Pembantu Khusus')],
});

const BAPPEDA = agency({
  code: 'BAPPEDA',
  name: 'Badan Perencanaan Pembangunan Daerah',
  short: 'Bappeda',
  size: 90,
  fields: ['ekonomi', 'teknik', 'pemerintahan'],
  kelas: 15,
  sekretariat: 'large',
  children: [
    bidang('PEPD', 'Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', 'perencanaan', [
      'Subbidang Perencanaan Makro',
      'Subbidang Pengendalian dan Evaluasi',
      'Subbidang Data dan Informasi Pembangunan',
    ]),
    bidang('EKOSDA', 'Bidang Perekonomian dan Sumber Daya Alam', 'perencanaan', ['Subbidang Perekonomian', 'Subbidang Sumber Daya Alam']),
    bidang('INFRA', 'Bidang Infrastruktur dan Kewilayahan', 'perencanaan', ['Subbidang Infrastruktur', 'Subbidang Kewilayahan'], { plh: true }),
    bidang('PPM', 'Bidang Pemerintahan dan Pembangunan Manusia', 'perencanaan', ['Subbidang Pemerintahan', 'Subbidang Pembangunan Manusia']),
  ],
});

const BKD = agency({
  code: 'BKD',
  name: 'Badan Kepegawaian Daerah',
  short: 'BKD',
  size: 85,
  fields: ['umum', 'pemerintahan', 'psikologi'],
  sekretariat: 'large',
  // The BKD's own admin is a Pengelola Kepegawaian of its Sekretariat.
  umpeg: { admin: 'agency_admin', ensure: ['PKEP'] },
  children: [
    bidang('PPI', 'Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian', 'kepegawaian', [
      'Subbidang Pengadaan dan Pemberhentian',
      // The province-wide admin runs the personnel information system.
      { ...sub('INFO|Subbidang Informasi Kepegawaian', 'kepegawaianInfo'), admin: 'bkd_admin', ensure: ['PRAKOM'] },
    ]),
    bidang('MUTASI', 'Bidang Mutasi dan Promosi', 'kepegawaian', ['Subbidang Mutasi', 'Subbidang Promosi dan Kepangkatan']),
    bidang('PKA', 'Bidang Penilaian Kinerja Aparatur dan Penghargaan', 'kepegawaian', ['Subbidang Penilaian Kinerja', 'Subbidang Penghargaan dan Disiplin']),
    bidang('BKP', 'Bidang Pembinaan dan Kesejahteraan Pegawai', 'kepegawaian', ['Subbidang Pembinaan Pegawai', 'Subbidang Kesejahteraan Pegawai']),
  ],
});

const BPKAD = agency({
  code: 'BPKAD',
  name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
  short: 'BPKAD',
  size: 115,
  fields: ['ekonomi'],
  kelas: 15,
  children: [
    bidang('ANGGARAN', 'Bidang Anggaran', 'keuanganDaerah', ['Subbidang Anggaran Pendapatan dan Pembiayaan', 'Subbidang Anggaran Belanja']),
    bidang('PERBEN', 'Bidang Perbendaharaan', 'keuanganDaerah', ['Subbidang Pengelolaan Kas', 'Subbidang Belanja Pegawai', 'Subbidang Belanja Barang dan Modal']),
    bidang('AKUNTANSI', 'Bidang Akuntansi dan Pelaporan', 'keuanganDaerah', ['Subbidang Akuntansi', 'Subbidang Pelaporan Keuangan']),
    bidang('ASET', 'Bidang Pengelolaan Aset Daerah', 'aset', ['Subbidang Perencanaan dan Penatausahaan Aset', 'Subbidang Pemanfaatan dan Pengamanan Aset']),
  ],
});

const samsat = (code: string, place: string) => upt(code, `UPT Pendapatan Daerah Wilayah ${place}`, 'pendapatan', 2, [`Seksi Pelayanan Pajak Kendaraan Bermotor`]);

const BAPENDA = agency({
  code: 'BAPENDA',
  name: 'Badan Pendapatan Daerah',
  short: 'Bapenda',
  size: 210,
  fields: ['ekonomi', 'pemerintahan'],
  kelas: 15,
  children: [
    bidang('PAJAK', 'Bidang Pajak Daerah', 'pendapatan', ['Subbidang Pajak Kendaraan Bermotor', 'Subbidang Pajak Daerah Lainnya']),
    bidang('RETRIBUSI', 'Bidang Retribusi dan Pendapatan Lain-lain', 'pendapatan', ['Subbidang Retribusi Daerah', 'Subbidang Lain-lain Pendapatan Daerah yang Sah']),
    bidang('DALEV', 'Bidang Pengendalian dan Evaluasi Pendapatan', 'pendapatan', ['Subbidang Pengendalian', 'Subbidang Evaluasi dan Pelaporan']),
    samsat('PTK', 'Kota Pontianak'),
    samsat('KKR', 'Kabupaten Kubu Raya'),
    samsat('SKW', 'Kota Singkawang'),
    samsat('SGU', 'Kabupaten Sanggau'),
    samsat('STG', 'Kabupaten Sintang'),
    samsat('KTP', 'Kabupaten Ketapang'),
  ],
});

const DISDIKBUD = agency({
  code: 'DISDIKBUD',
  name: 'Dinas Pendidikan dan Kebudayaan',
  short: 'Disdikbud',
  size: 1150,
  fields: ['pendidikan', 'pendidikan', 'umum'],
  kelas: 15,
  children: [
    bidang('SMA', 'Bidang Pembinaan Sekolah Menengah Atas', 'pendidikan', [
      'Seksi Kurikulum dan Penilaian SMA',
      'Seksi Peserta Didik dan Pembangunan Karakter SMA',
      'Seksi Kelembagaan dan Sarana Prasarana SMA',
    ]),
    bidang('SMK', 'Bidang Pembinaan Sekolah Menengah Kejuruan', 'pendidikan', [
      'Seksi Kurikulum dan Penilaian SMK',
      'Seksi Peserta Didik dan Pembangunan Karakter SMK',
      'Seksi Kelembagaan dan Sarana Prasarana SMK',
    ]),
    bidang('PK', 'Bidang Pembinaan Pendidikan Khusus', 'pendidikan', ['Seksi Kurikulum dan Peserta Didik Pendidikan Khusus', 'Seksi Kelembagaan Pendidikan Khusus']),
    bidang('GTK', 'Bidang Guru dan Tenaga Kependidikan', 'pendidikan', ['Seksi Guru dan Tenaga Kependidikan SMA', 'Seksi Guru dan Tenaga Kependidikan SMK dan Pendidikan Khusus']),
    bidang('BUD', 'Bidang Kebudayaan', 'kebudayaan', ['Seksi Cagar Budaya dan Permuseuman', 'Seksi Kesenian dan Tradisi']),
    upt('MUSEUM', 'UPT Museum Provinsi', 'kebudayaan', 1),
    cabdin('PTK', 'Kota Pontianak dan Kabupaten Kubu Raya', [
      ['SMAN1-PTK', 'SMA Negeri 1 Pontianak'],
      ['SMAN3-PTK', 'SMA Negeri 3 Pontianak'],
      ['SMAN7-PTK', 'SMA Negeri 7 Pontianak'],
      ['SMKN1-PTK', 'SMK Negeri 1 Pontianak'],
      ['SMKN4-PTK', 'SMK Negeri 4 Pontianak'],
      ['SMAN1-SRY', 'SMA Negeri 1 Sungai Raya'],
      ['SMAN1-SKK', 'SMA Negeri 1 Sungai Kakap'],
      ['SLBN1-PTK', 'SLB Negeri 1 Pontianak'],
    ]),
    cabdin('MPW', 'Kabupaten Mempawah dan Kabupaten Landak', [
      ['SMAN1-MPW', 'SMA Negeri 1 Mempawah Hilir'],
      ['SMKN1-MPW', 'SMK Negeri 1 Mempawah Hilir'],
      ['SMAN1-SPY', 'SMA Negeri 1 Sungai Pinyuh'],
      ['SMAN1-NGB', 'SMA Negeri 1 Ngabang'],
      ['SMKN1-NGB', 'SMK Negeri 1 Ngabang'],
    ]),
    cabdin('SKW', 'Kota Singkawang, Kabupaten Sambas dan Kabupaten Bengkayang', [
      ['SMAN1-SKW', 'SMA Negeri 1 Singkawang'],
      ['SMAN3-SKW', 'SMA Negeri 3 Singkawang'],
      ['SMKN1-SKW', 'SMK Negeri 1 Singkawang'],
      ['SMAN1-SBS', 'SMA Negeri 1 Sambas'],
      ['SMAN1-PMK', 'SMA Negeri 1 Pemangkat'],
      ['SMAN1-BKY', 'SMA Negeri 1 Bengkayang'],
    ]),
    cabdin('SGU', 'Kabupaten Sanggau dan Kabupaten Sekadau', [
      ['SMAN1-SGU', 'SMA Negeri 1 Sanggau'],
      ['SMKN1-SGU', 'SMK Negeri 1 Sanggau'],
      ['SMAN1-SKD', 'SMA Negeri 1 Sekadau Hilir'],
      ['SMAN1-KBY', 'SMA Negeri 1 Kembayan'],
    ]),
    cabdin('STG', 'Kabupaten Sintang, Kabupaten Melawi dan Kabupaten Kapuas Hulu', [
      ['SMAN1-STG', 'SMA Negeri 1 Sintang'],
      ['SMKN1-STG', 'SMK Negeri 1 Sintang'],
      ['SMAN1-NPH', 'SMA Negeri 1 Nanga Pinoh'],
      ['SMAN1-PSB', 'SMA Negeri 1 Putussibau Utara'],
      ['SLBN-STG', 'SLB Negeri Sintang'],
    ]),
    cabdin('KTP', 'Kabupaten Ketapang dan Kabupaten Kayong Utara', [
      ['SMAN1-KTP', 'SMA Negeri 1 Ketapang'],
      ['SMKN1-KTP', 'SMK Negeri 1 Ketapang'],
      ['SMAN1-SKN', 'SMA Negeri 1 Sukadana'],
      ['SMAN1-SDI', 'SMA Negeri 1 Sandai'],
    ]),
  ],
});

const DINKES = agency({
  code: 'DINKES',
  name: 'Dinas Kesehatan',
  short: 'Dinkes',
  size: 170,
  fields: ['manajemen_kesehatan', 'kesmas', 'kesmas', 'umum'],
  kelas: 15,
  sekretariat: 'large',
  umpeg: { admin: 'agency_admin', ensure: ['PKEP'] },
  keuangan: { admin: 'finance' },
  children: [
    bidang('KESMAS', 'Bidang Kesehatan Masyarakat', 'kesmas', [
      { ...sub('KGZ|Seksi Kesehatan Keluarga dan Gizi'), ensure: ['ADMPK', 'NUTR', 'BIDAN'], showcase: true },
      'PROMKES|Seksi Promosi dan Pemberdayaan Masyarakat',
      'KESLING|Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga',
    ]),
    bidang('P2P', 'Bidang Pencegahan dan Pengendalian Penyakit', 'p2p', [
      { ...sub('SURV|Seksi Surveilans dan Imunisasi'), vacancy: 'plt', ensure: ['EPID', 'ADMPK'] },
      'P2PM|Seksi Pencegahan dan Pengendalian Penyakit Menular',
      'PTM|Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa',
    ]),
    bidang('YANKES', 'Bidang Pelayanan Kesehatan', 'yankes', [
      'PRIMER|Seksi Pelayanan Kesehatan Primer',
      { ...sub('RUJUKAN|Seksi Pelayanan Kesehatan Rujukan'), vacancy: 'empty', ensure: ['ADMKES'] },
      'TRAD|Seksi Pelayanan Kesehatan Tradisional',
    ]),
    bidang('SDK', 'Bidang Sumber Daya Kesehatan', 'sdk', ['FARMALKES|Seksi Kefarmasian dan Alat Kesehatan', 'SDMK|Seksi Sumber Daya Manusia Kesehatan']),
    upt('LABKES', 'UPT Laboratorium Kesehatan Daerah', 'labkes', 2),
    upt('PELKES', 'UPT Pelatihan Kesehatan', 'pelatihanKes', 1),
  ],
});

const PUPR = agency({
  code: 'PUPR',
  name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  short: 'Dinas PUPR',
  size: 200,
  fields: ['teknik'],
  kelas: 15,
  children: [
    bidang('BM', 'Bidang Bina Marga', 'binaMarga', ['Seksi Pembangunan Jalan dan Jembatan', 'Seksi Preservasi Jalan dan Jembatan', 'Seksi Perencanaan Teknis Jalan dan Jembatan']),
    bidang('SDA', 'Bidang Sumber Daya Air', 'sda', ['Seksi Irigasi dan Rawa', 'Seksi Sungai dan Pantai', 'Seksi Air Baku']),
    bidang('CK', 'Bidang Cipta Karya', 'ciptaKarya', ['Seksi Air Minum dan Sanitasi', 'Seksi Bangunan Gedung'], { vacancy: 'plt' }),
    bidang('TR', 'Bidang Penataan Ruang', 'tataRuang', ['Seksi Perencanaan Tata Ruang', 'Seksi Pengendalian Pemanfaatan Ruang']),
    bidang('BK', 'Bidang Bina Konstruksi', 'konstruksi', ['Seksi Pembinaan Jasa Konstruksi', 'Seksi Pengawasan Jasa Konstruksi']),
    upt('LAB', 'UPT Pengujian Material dan Peralatan Konstruksi', 'labTeknik', 2),
    upt('JJ1', 'UPT Jalan dan Jembatan Wilayah I', 'binaMarga', 2),
    upt('JJ2', 'UPT Jalan dan Jembatan Wilayah II', 'binaMarga', 2),
  ],
});

const DISHUB = agency({
  code: 'DISHUB',
  name: 'Dinas Perhubungan',
  short: 'Dishub',
  size: 130,
  fields: ['teknik', 'umum'],
  children: [
    bidang('LLAJ', 'Bidang Lalu Lintas dan Angkutan Jalan', 'perhubungan', [
      'Seksi Manajemen dan Rekayasa Lalu Lintas',
      { ...sub('Seksi Angkutan Jalan'), vacancy: 'empty' },
      'Seksi Keselamatan Lalu Lintas',
    ]),
    bidang('PELAYARAN', 'Bidang Pelayaran', 'perhubungan', ['Seksi Lalu Lintas Angkutan Sungai, Danau dan Penyeberangan', 'Seksi Kepelabuhanan']),
    bidang('SARPRAS', 'Bidang Pengembangan Sarana dan Prasarana Perhubungan', 'perhubungan', ['Seksi Sarana Perhubungan', 'Seksi Prasarana Perhubungan']),
    upt('TERMINAL', 'UPT Pengelolaan Prasarana Perhubungan Darat', 'perhubungan', 2),
    upt('PELABUHAN', 'UPT Pelabuhan Sungai dan Penyeberangan', 'perhubungan', 2),
  ],
});

const DINSOS = agency({
  code: 'DINSOS',
  name: 'Dinas Sosial',
  short: 'Dinsos',
  size: 100,
  fields: ['sosial', 'umum'],
  children: [
    bidang('DAYASOS', 'Bidang Pemberdayaan Sosial', 'sosial', [
      'Seksi Pemberdayaan Sosial Perorangan, Keluarga dan Kelembagaan',
      'Seksi Kepahlawanan, Keperintisan dan Kesetiakawanan Sosial',
    ]),
    bidang('REHSOS', 'Bidang Rehabilitasi Sosial', 'sosial', [
      'Seksi Rehabilitasi Sosial Anak dan Lanjut Usia',
      'Seksi Rehabilitasi Sosial Penyandang Disabilitas',
      'Seksi Rehabilitasi Sosial Tuna Sosial dan Korban Perdagangan Orang',
    ]),
    bidang('LINJAMSOS', 'Bidang Perlindungan dan Jaminan Sosial', 'sosial', ['Seksi Perlindungan Sosial Korban Bencana', 'Seksi Jaminan Sosial Keluarga']),
    bidang('PFM', 'Bidang Penanganan Fakir Miskin', 'sosial', ['Seksi Identifikasi dan Penguatan Kapasitas', 'Seksi Pendampingan dan Pemberdayaan']),
    upt('PSTW', 'UPT Panti Sosial Tresna Werdha Mulia Dharma', 'panti', 2),
  ],
});

const DISTANHORTI = agency({
  code: 'DISTANHORTI',
  name: 'Dinas Pertanian, Tanaman Pangan dan Hortikultura',
  short: 'Distanhorti',
  size: 110,
  fields: ['pertanian'],
  children: [
    bidang('TP', 'Bidang Tanaman Pangan', 'pertanian', ['Seksi Produksi Tanaman Pangan', 'Seksi Perbenihan Tanaman Pangan']),
    bidang('HORTI', 'Bidang Hortikultura', 'pertanian', ['Seksi Produksi Hortikultura', 'Seksi Perlindungan Hortikultura']),
    bidang('PSP', 'Bidang Prasarana dan Sarana Pertanian', 'pertanian', ['Seksi Lahan dan Irigasi Pertanian', 'Seksi Alat dan Mesin Pertanian', 'Seksi Pupuk dan Pestisida']),
    bidang('LUH', 'Bidang Penyuluhan Pertanian', 'pertanian', ['Seksi Kelembagaan dan Ketenagaan Penyuluhan', 'Seksi Metode dan Informasi Penyuluhan']),
    upt('BBI', 'UPT Balai Benih Induk Tanaman Pangan dan Hortikultura', 'pertanian', 1.5),
    upt('PTPH', 'UPT Perlindungan Tanaman Pangan dan Hortikultura', 'pertanian', 1.5),
  ],
});

const DISBUNNAK = agency({
  code: 'DISBUNNAK',
  name: 'Dinas Perkebunan dan Peternakan',
  short: 'Disbunnak',
  size: 100,
  fields: ['pertanian', 'peternakan', 'kedokteran_hewan'],
  children: [
    bidang('PRODBUN', 'Bidang Produksi Perkebunan', 'perkebunan', ['Seksi Tanaman Tahunan', 'Seksi Tanaman Semusim dan Rempah']),
    bidang('P2HP', 'Bidang Pengolahan dan Pemasaran Hasil Perkebunan', 'perkebunan', ['Seksi Pengolahan Hasil Perkebunan', 'Seksi Pemasaran dan Usaha Perkebunan']),
    bidang('NAK', 'Bidang Peternakan', 'peternakan', ['Seksi Produksi Ternak', 'Seksi Pakan dan Bibit Ternak']),
    bidang('KESWAN', 'Bidang Kesehatan Hewan dan Kesehatan Masyarakat Veteriner', 'peternakan', ['Seksi Kesehatan Hewan', 'Seksi Kesehatan Masyarakat Veteriner']),
    upt('LABVET', 'UPT Laboratorium Kesehatan Hewan dan Kesehatan Masyarakat Veteriner', 'peternakan', 1.5),
  ],
});

const DKP = agency({
  code: 'DKP',
  name: 'Dinas Kelautan dan Perikanan',
  short: 'DKP',
  size: 85,
  fields: ['perikanan'],
  children: [
    bidang('KP3K', 'Bidang Kelautan, Pesisir dan Pulau-Pulau Kecil', 'perikanan', ['Seksi Pendayagunaan Pesisir dan Pulau-Pulau Kecil', 'Seksi Konservasi dan Pengawasan']),
    bidang('TANGKAP', 'Bidang Perikanan Tangkap', 'perikanan', ['Seksi Kapal dan Alat Penangkapan Ikan', 'Seksi Pelabuhan Perikanan']),
    bidang('BUDIDAYA', 'Bidang Perikanan Budidaya', 'perikanan', ['Seksi Produksi Perikanan Budidaya', 'Seksi Kesehatan Ikan dan Lingkungan']),
    bidang('PDS', 'Bidang Pengolahan dan Pemasaran Hasil Perikanan', 'perikanan', ['Seksi Pengolahan Hasil Perikanan', 'Seksi Pemasaran Hasil Perikanan']),
    upt('PPSR', 'UPT Pelabuhan Perikanan Sungai Rengas', 'perikanan', 1.5),
  ],
});

const DISKOMINFO = agency({
  code: 'DISKOMINFO',
  name: 'Dinas Komunikasi dan Informatika',
  short: 'Diskominfo',
  size: 75,
  fields: ['komputer', 'komunikasi'],
  children: [
    bidang('IKP', 'Bidang Informasi dan Komunikasi Publik', 'kominfo', ['Seksi Pengelolaan Informasi Publik', 'Seksi Pengelolaan Komunikasi Publik']),
    bidang('APTIKA', 'Bidang Aplikasi Informatika', 'kominfo', ['Seksi Layanan E-Government', 'Seksi Tata Kelola Teknologi Informasi dan Komunikasi']),
    bidang('SANDISTAT', 'Bidang Persandian dan Statistik', 'kominfo', ['Seksi Persandian dan Keamanan Informasi', 'Seksi Statistik Sektoral']),
  ],
});

const kph = (code: string, place: string) =>
  upt(`KPH-${code}`, `UPT Kesatuan Pengelolaan Hutan ${place}`, 'kehutanan', 2.2, ['Seksi Perlindungan Hutan dan Pemberdayaan Masyarakat']);

const DLHK = agency({
  code: 'DLHK',
  name: 'Dinas Lingkungan Hidup dan Kehutanan',
  short: 'DLHK',
  size: 200,
  fields: ['kehutanan', 'lingkungan'],
  kelas: 15,
  children: [
    bidang('TL', 'Bidang Tata Lingkungan', 'lingkungan', ['Seksi Inventarisasi RPPLH dan KLHS', 'Seksi Kajian Dampak Lingkungan']),
    bidang('PPKL', 'Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan', 'lingkungan', [
      'Seksi Pemantauan Kualitas Lingkungan',
      { ...sub('Seksi Pencegahan dan Penanggulangan Pencemaran'), vacancy: 'empty' },
    ]),
    bidang('PH', 'Bidang Pengelolaan Hutan', 'kehutanan', ['Seksi Perencanaan Hutan', 'Seksi Pemanfaatan Hutan']),
    bidang('PKSDAE', 'Bidang Perlindungan dan Konservasi Sumber Daya Alam dan Ekosistem', 'kehutanan', ['Seksi Perlindungan Hutan', 'Seksi Konservasi Sumber Daya Alam']),
    bidang('PSKL', 'Bidang Penyuluhan, Perhutanan Sosial dan Hutan Adat', 'kehutanan', ['Seksi Penyuluhan Kehutanan', 'Seksi Perhutanan Sosial dan Hutan Adat']),
    kph('KKR', 'Kubu Raya'),
    kph('STG', 'Sintang Timur'),
    kph('KPS', 'Kapuas Hulu Selatan'),
    kph('KTS', 'Ketapang Selatan'),
    kph('MLW', 'Melawi'),
  ],
});

const DISPAR = agency({
  code: 'DISPAR',
  name: 'Dinas Pariwisata dan Ekonomi Kreatif',
  short: 'Disparekraf',
  size: 58,
  fields: ['pariwisata', 'umum'],
  top: { vacancy: 'plt' },
  children: [
    bidang('DESTINASI', 'Bidang Destinasi Pariwisata', 'pariwisata', ['Seksi Pengembangan Destinasi', 'Seksi Tata Kelola Destinasi']),
    bidang('PEMASARAN', 'Bidang Pemasaran Pariwisata', 'pariwisata', ['Seksi Promosi Pariwisata', 'Seksi Analisis Pasar dan Kemitraan']),
    bidang('EKRAF', 'Bidang Ekonomi Kreatif', 'pariwisata', ['Seksi Pengembangan Ekonomi Kreatif', 'Seksi Fasilitasi Usaha Ekonomi Kreatif']),
  ],
});

const DISKUMKM = small('DISKUMKM', 'Dinas Koperasi, Usaha Kecil dan Menengah', 'Diskumkm', 58, ['ekonomi'], 'koperasi', [
  ['KELEMBAGAAN', 'Bidang Kelembagaan dan Pengawasan Koperasi', ['Seksi Kelembagaan Koperasi', 'Seksi Pengawasan dan Pemeriksaan Koperasi']],
  ['DAYAKOP', 'Bidang Pemberdayaan Koperasi', ['Seksi Pemberdayaan Koperasi', 'Seksi Pembiayaan Koperasi']],
  ['UKM', 'Bidang Usaha Kecil dan Menengah', ['Seksi Pemberdayaan UKM', 'Seksi Pengembangan UKM']],
]);

const DISPERINDAG = small('DISPERINDAG', 'Dinas Perindustrian dan Perdagangan', 'Disperindag', 75, ['ekonomi', 'teknik'], 'perdagangan', [
  ['INDUSTRI', 'Bidang Perindustrian', ['Seksi Industri Agro', 'Seksi Industri Logam, Mesin dan Kimia']],
  ['DAGRI', 'Bidang Perdagangan Dalam Negeri', ['Seksi Distribusi dan Sarana Perdagangan', 'Seksi Bahan Pokok dan Barang Penting']],
  ['DAGLU', 'Bidang Perdagangan Luar Negeri', ['Seksi Ekspor', 'Seksi Impor dan Kerja Sama Perdagangan']],
  ['PKTN', 'Bidang Perlindungan Konsumen dan Tertib Niaga', ['Seksi Perlindungan Konsumen', 'Seksi Pengawasan Barang Beredar dan Jasa']],
]);

const DISNAKERTRANS = small(
  'DISNAKERTRANS',
  'Dinas Tenaga Kerja dan Transmigrasi',
  'Disnakertrans',
  90,
  ['hukum', 'umum'],
  'tenagaKerja',
  [
    ['LATTAS', 'Bidang Pelatihan dan Penempatan Tenaga Kerja', ['Seksi Pelatihan dan Produktivitas', 'Seksi Penempatan dan Perluasan Kesempatan Kerja']],
    ['HIJSK', 'Bidang Hubungan Industrial dan Jaminan Sosial', ['Seksi Persyaratan Kerja dan Kelembagaan', 'Seksi Penyelesaian Perselisihan Hubungan Industrial']],
    ['WASNAKER', 'Bidang Pengawasan Ketenagakerjaan', ['Seksi Norma Kerja', 'Seksi Norma Keselamatan dan Kesehatan Kerja']],
    ['TRANS', 'Bidang Transmigrasi', ['Seksi Penyiapan Kawasan Transmigrasi', 'Seksi Pengembangan Kawasan Transmigrasi'], 'transmigrasi'],
  ],
  [upt('BLK', 'UPT Balai Latihan Kerja', 'blk', 2)],
);

const DISPORA = small('DISPORA', 'Dinas Kepemudaan dan Olahraga', 'Dispora', 58, ['umum', 'pendidikan'], 'pemudaOlahraga', [
  ['PEMUDA', 'Bidang Pemberdayaan Pemuda', ['Seksi Kepemimpinan dan Kepeloporan Pemuda', 'Seksi Kewirausahaan Pemuda']],
  ['BUDORA', 'Bidang Pembudayaan Olahraga', ['Seksi Olahraga Pendidikan', 'Seksi Olahraga Rekreasi']],
  ['PRESTASI', 'Bidang Peningkatan Prestasi Olahraga', ['Seksi Pembinaan Prestasi', 'Seksi Sarana dan Prasarana Olahraga']],
]);

const DISPUSIP = agency({
  code: 'DISPUSIP',
  name: 'Dinas Perpustakaan dan Kearsipan',
  short: 'Dispusip',
  size: 65,
  fields: ['perpustakaan', 'umum'],
  children: [
    bidang('LAYANAN', 'Bidang Layanan dan Pengembangan Perpustakaan', 'perpustakaan', ['Seksi Layanan Perpustakaan', 'Seksi Deposit dan Pengolahan Bahan Pustaka']),
    bidang('BINARSIP', 'Bidang Pembinaan Kearsipan', 'kearsipan', ['Seksi Pembinaan Arsip Dinamis', 'Seksi Pengawasan Kearsipan']),
    bidang('ARSTATIS', 'Bidang Pengelolaan Arsip Statis', 'kearsipan', ['Seksi Akuisisi dan Pengolahan Arsip', 'Seksi Preservasi dan Layanan Arsip']),
  ],
});

const DPMPTSP = small('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 65, ['ekonomi', 'hukum'], 'investasi', [
  ['PROMOSI', 'Bidang Perencanaan dan Promosi Penanaman Modal', ['Seksi Perencanaan Penanaman Modal', 'Seksi Promosi Penanaman Modal']],
  ['PERIZINAN', 'Bidang Pelayanan Perizinan dan Non Perizinan', ['Seksi Perizinan Ekonomi', 'Seksi Perizinan Non Ekonomi', 'Seksi Pengaduan dan Informasi Layanan']],
  ['DALAK', 'Bidang Pengendalian Pelaksanaan Penanaman Modal', ['Seksi Pemantauan dan Pembinaan', 'Seksi Pengawasan Penanaman Modal']],
]);

const DKPANGAN = small('DKPANGAN', 'Dinas Ketahanan Pangan', 'Dinas Ketahanan Pangan', 58, ['pertanian'], 'pangan', [
  ['KETERSEDIAAN', 'Bidang Ketersediaan dan Kerawanan Pangan', ['Seksi Ketersediaan Pangan', 'Seksi Kerawanan Pangan']],
  ['DISTRIBUSI', 'Bidang Distribusi dan Cadangan Pangan', ['Seksi Distribusi Pangan', 'Seksi Cadangan Pangan']],
  ['KONSUMSI', 'Bidang Konsumsi dan Keamanan Pangan', ['Seksi Konsumsi Pangan', 'Seksi Keamanan Pangan']],
]);

const DPMD = small('DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 58, ['pemerintahan'], 'desa', [
  ['PEMDES', 'Bidang Pemerintahan Desa', ['Seksi Administrasi Pemerintahan Desa', 'Seksi Aparatur dan Keuangan Desa']],
  ['PMKD', 'Bidang Pemberdayaan Masyarakat dan Kelembagaan Desa', ['Seksi Kelembagaan Masyarakat Desa', 'Seksi Pemberdayaan Masyarakat Desa']],
  ['PEKD', 'Bidang Pengembangan Ekonomi dan Kawasan Perdesaan', ['Seksi Usaha Ekonomi Desa', 'Seksi Pembangunan Kawasan Perdesaan']],
]);

const DISDUKCAPIL = small('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 55, ['pemerintahan', 'komputer'], 'dukcapil', [
  ['DAFDUK', 'Bidang Pelayanan Pendaftaran Penduduk', ['Seksi Identitas Penduduk', 'Seksi Pindah Datang Penduduk']],
  ['CAPIL', 'Bidang Pelayanan Pencatatan Sipil', ['Seksi Kelahiran dan Kematian', 'Seksi Perkawinan dan Perceraian']],
  ['PIAK', 'Bidang Pengelolaan Informasi Administrasi Kependudukan', ['Seksi Sistem Informasi Administrasi Kependudukan', 'Seksi Pengolahan dan Penyajian Data']],
]);

const DP3A = small(
  'DP3A',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
  'DP3A',
  60,
  ['sosial', 'psikologi', 'umum'],
  'perempuanAnak',
  [
    ['KHPK', 'Bidang Kualitas Hidup Perempuan dan Keluarga', ['Seksi Kualitas Hidup Perempuan', 'Seksi Kualitas Keluarga']],
    ['PP', 'Bidang Perlindungan Hak Perempuan', ['Seksi Pencegahan Kekerasan terhadap Perempuan', 'Seksi Penanganan Kasus Kekerasan terhadap Perempuan']],
    ['PHA', 'Bidang Pemenuhan Hak Anak dan Perlindungan Khusus Anak', ['Seksi Pemenuhan Hak Anak', 'Seksi Perlindungan Khusus Anak']],
  ],
  [upt('PPA', 'UPT Perlindungan Perempuan dan Anak', 'perempuanAnak', 1)],
);

const SATPOLPP = agency({
  code: 'SATPOLPP',
  name: 'Satuan Polisi Pamong Praja',
  short: 'Satpol PP',
  size: 150,
  fields: ['pemerintahan', 'hukum', 'umum'],
  children: [
    bidang('GAKDA', 'Bidang Penegakan Peraturan Daerah', 'satpol', ['Seksi Pembinaan, Pengawasan dan Penyuluhan', 'Seksi Penyelidikan dan Penyidikan']),
    bidang('TRANTIBUM', 'Bidang Ketertiban Umum dan Ketenteraman Masyarakat', 'satpol', ['Seksi Operasi dan Pengendalian', 'Seksi Kerja Sama']),
    bidang('LINMAS', 'Bidang Perlindungan Masyarakat', 'satpol', ['Seksi Satuan Perlindungan Masyarakat', 'Seksi Bina Potensi Masyarakat']),
    bidang('SDA', 'Bidang Sumber Daya Aparatur', 'satpol', ['Seksi Pelatihan Dasar', 'Seksi Teknis Fungsional']),
  ],
});

const BPBD = agency({
  code: 'BPBD',
  name: 'Badan Penanggulangan Bencana Daerah',
  short: 'BPBD',
  size: 75,
  fields: ['lingkungan', 'pemerintahan', 'teknik'],
  head: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
  children: [
    bidang('PK', 'Bidang Pencegahan dan Kesiapsiagaan', 'bencana', ['Seksi Pencegahan', 'Seksi Kesiapsiagaan']),
    bidang('KL', 'Bidang Kedaruratan dan Logistik', 'bencana', ['Seksi Kedaruratan', 'Seksi Logistik']),
    bidang('RR', 'Bidang Rehabilitasi dan Rekonstruksi', 'bencana', ['Seksi Rehabilitasi', 'Seksi Rekonstruksi']),
  ],
});

const KESBANGPOL = badan('KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', 58, ['pemerintahan', 'sosial'], 'kesbangpol', [
  ['IDEOLOGI', 'Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa', ['Subbidang Ideologi dan Wawasan Kebangsaan', 'Subbidang Karakter Bangsa']],
  ['POLDAGRI', 'Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan', ['Subbidang Politik Dalam Negeri', 'Subbidang Organisasi Kemasyarakatan']],
  ['KEWASPADAAN', 'Bidang Kewaspadaan Nasional dan Penanganan Konflik', ['Subbidang Kewaspadaan Dini', 'Subbidang Penanganan Konflik']],
]);

const BPSDM = badan('BPSDM', 'Badan Pengembangan Sumber Daya Manusia', 'BPSDM', 65, ['pemerintahan', 'pendidikan', 'umum'], 'bpsdm', [
  ['SKPK', 'Bidang Sertifikasi Kompetensi dan Pengelolaan Kelembagaan', ['Subbidang Sertifikasi Kompetensi', 'Subbidang Pengelolaan Kelembagaan']],
  ['PKM', 'Bidang Pengembangan Kompetensi Manajerial dan Fungsional', ['Subbidang Kompetensi Manajerial', 'Subbidang Kompetensi Fungsional']],
  ['PKT', 'Bidang Pengembangan Kompetensi Teknis', ['Subbidang Kompetensi Teknis Umum', 'Subbidang Kompetensi Teknis Inti']],
]);

const BRIDA = badan('BRIDA', 'Badan Riset dan Inovasi Daerah', 'Brida', 50, ['pemerintahan', 'ekonomi'], 'riset', [
  ['RISPEMSOS', 'Bidang Riset dan Inovasi Pemerintahan dan Sosial', ['Subbidang Riset Pemerintahan', 'Subbidang Riset Sosial dan Kependudukan']],
  ['RISEKBANG', 'Bidang Riset dan Inovasi Ekonomi dan Pembangunan', ['Subbidang Riset Ekonomi', 'Subbidang Riset Pembangunan']],
  ['DIFUSI', 'Bidang Penerapan dan Difusi Inovasi', ['Subbidang Penerapan Inovasi', 'Subbidang Difusi Inovasi']],
]);

const DISPERKIM = small('DISPERKIM', 'Dinas Perumahan Rakyat dan Kawasan Permukiman', 'Disperkim', 65, ['teknik'], 'perumahan', [
  ['PERUMAHAN', 'Bidang Perumahan', ['Seksi Penyediaan Perumahan', 'Seksi Perumahan Swadaya']],
  ['KAWASAN', 'Bidang Kawasan Permukiman', ['Seksi Penataan Kawasan Permukiman', 'Seksi Peningkatan Kualitas Permukiman']],
  ['PSU', 'Bidang Prasarana, Sarana dan Utilitas Umum', ['Seksi Prasarana dan Sarana', 'Seksi Pertanahan']],
]);

const DESDM = small(
  'DESDM',
  'Dinas Energi dan Sumber Daya Mineral',
  'Dinas ESDM',
  80,
  ['geologi', 'teknik'],
  'esdm',
  [
    ['MINERBA', 'Bidang Mineral dan Batubara', ['Seksi Pengusahaan Mineral dan Batubara', 'Seksi Teknik dan Lingkungan Mineral dan Batubara']],
    ['GATRIK', 'Bidang Ketenagalistrikan', ['Seksi Pengusahaan Ketenagalistrikan', 'Seksi Teknik Ketenagalistrikan']],
    ['EBT', 'Bidang Energi Baru Terbarukan', ['Seksi Bioenergi dan Aneka Energi', 'Seksi Konservasi Energi']],
    ['GAT', 'Bidang Geologi dan Air Tanah', ['Seksi Geologi', 'Seksi Air Tanah']],
  ],
  [upt('CABDIN1', 'UPT Cabang Dinas ESDM Wilayah Timur', 'esdm', 1.5), upt('CABDIN2', 'UPT Cabang Dinas ESDM Wilayah Selatan', 'esdm', 1.5)],
);

const RSUD = agency({
  code: 'RSUD',
  name: 'Rumah Sakit Umum Daerah dr. Soedarso',
  short: 'RSUD dr. Soedarso',
  size: 560,
  fields: ['manajemen_kesehatan', 'manajemen_kesehatan', 'kesmas', 'ekonomi'],
  kelas: 15,
  head: 'Direktur Rumah Sakit Umum Daerah dr. Soedarso',
  sekretariat: false,
  children: [
    wadir('YAN', 'Wakil Direktur Pelayanan', [
      bidang('YANMED', 'Bidang Pelayanan Medik', 'rsMedik', [
        { ...sub('RJ|Seksi Pelayanan Medik Rawat Jalan dan Gawat Darurat'), staff: 3 },
        { ...sub('RI|Seksi Pelayanan Medik Rawat Inap dan Intensif'), staff: 3 },
      ]),
      bidang('KEP', 'Bidang Keperawatan', 'rsPerawat', [
        { ...sub('ASKEP|Seksi Asuhan Keperawatan'), staff: 8 },
        { ...sub('MUTU|Seksi Etika dan Mutu Keperawatan'), staff: 6, vacancy: 'plt' },
        { ...sub('RANAP|Seksi Keperawatan Rawat Inap'), staff: 8 },
      ]),
      bidang('JANG', 'Bidang Penunjang Medik', 'rsPenunjang', [
        { ...sub('DIAG|Seksi Penunjang Medik Diagnostik'), staff: 3 },
        { ...sub('NONDIAG|Seksi Penunjang Medik Non-Diagnostik'), staff: 3 },
      ]),
    ]),
    wadir('UK', 'Wakil Direktur Umum dan Keuangan', [
      bidang('BAG-UMUM', 'Bagian Umum dan Kepegawaian', 'rsAdmin', [sub('Subbagian Umum dan Perlengkapan'), sub('Subbagian Kepegawaian', 'umpeg')]),
      bidang('BAG-KEU', 'Bagian Keuangan', 'keuangan', ['Subbagian Perbendaharaan dan Mobilisasi Dana', 'Subbagian Akuntansi dan Verifikasi']),
      bidang('BAG-PRI', 'Bagian Perencanaan dan Informasi', 'rsAdmin', [sub('Subbagian Perencanaan dan Evaluasi', 'program'), sub('Subbagian Rekam Medik dan Sistem Informasi')]),
    ]),
  ],
});

const RSJ = agency({
  code: 'RSJ',
  name: 'Rumah Sakit Jiwa Daerah Sungai Bangkong',
  short: 'RSJD Sungai Bangkong',
  size: 190,
  fields: ['kedokteran_jiwa', 'manajemen_kesehatan', 'kesmas', 'keperawatan'],
  head: 'Direktur Rumah Sakit Jiwa Daerah Sungai Bangkong',
  sekretariat: false,
  children: [
    bidang('BAG-TU', 'Bagian Tata Usaha', 'rsAdmin', [
      sub('Subbagian Umum dan Kepegawaian', 'umpeg'),
      sub('Subbagian Keuangan', 'keuangan'),
      sub('Subbagian Perencanaan dan Rekam Medik', 'program'),
    ], { kelas: 12 }),
    bidang('YANMEDKEP', 'Bidang Pelayanan Medik dan Keperawatan', 'rsjLayanan', [
      { ...sub('Seksi Pelayanan Medik'), staff: 3 },
      { ...sub('Seksi Pelayanan Keperawatan'), staff: 8 },
    ]),
    bidang('JANG', 'Bidang Penunjang', 'rsPenunjang', ['Seksi Penunjang Medik', 'Seksi Penunjang Non Medik']),
  ],
});

/** In the order rosters list them: secretariats, inspectorate, badan, dinas, hospitals. */
export const AGENCIES: readonly AgencySpec[] = [
  SETDA,
  SETWAN,
  INSPEKTORAT,
  BAPPEDA,
  BKD,
  BPKAD,
  BAPENDA,
  BPSDM,
  BRIDA,
  KESBANGPOL,
  BPBD,
  DISDIKBUD,
  DINKES,
  PUPR,
  DISPERKIM,
  DISHUB,
  DINSOS,
  DISTANHORTI,
  DISBUNNAK,
  DKPANGAN,
  DKP,
  DISKOMINFO,
  DLHK,
  DESDM,
  DISPAR,
  DISKUMKM,
  DISPERINDAG,
  DISNAKERTRANS,
  DISPORA,
  DISPUSIP,
  DPMPTSP,
  DPMD,
  DISDUKCAPIL,
  DP3A,
  SATPOLPP,
  RSUD,
  RSJ,
];

export const PROVINCE_NAME = 'Provinsi Kalimantan Barat (Demo)';
export const PROVINCE_TIME_ZONE = 'Asia/Pontianak';
