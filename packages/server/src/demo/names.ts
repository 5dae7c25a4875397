import type { Sex } from '@kinerja/core';
import type { Random, Weighted } from './random.js';

/**
 * Indonesian personal names as they appear in a West Kalimantan civil service roster: Malay (with the
 * local Syarif/Uray/Gusti/Utin nobility prefixes), Dayak (mostly Catholic given names with Dayak
 * family names), Javanese, Chinese-Indonesian (Pontianak and Singkawang Hakka/Teochew surnames),
 * Batak with marga, Bugis, Madurese, Minang and Sundanese. Written by hand rather than taken from a
 * fake-data library, whose id_ID lists are almost all Javanese.
 */
export type Ethnicity = 'melayu' | 'dayak' | 'jawa' | 'tionghoa' | 'batak' | 'bugis' | 'madura' | 'minang' | 'sunda';

/** Roughly the mix of a Kalimantan Barat provincial workforce. */
export const ETHNICITY_MIX: Weighted<Ethnicity> = [
  ['melayu', 30],
  ['dayak', 27],
  ['jawa', 17],
  ['bugis', 6],
  ['batak', 5],
  ['tionghoa', 4],
  ['sunda', 4],
  ['madura', 4],
  ['minang', 3],
];

export interface PersonName {
  name: string;
  ethnicity: Ethnicity;
  /** Whether H./Hj. (hajj) may precede the name. */
  muslim: boolean;
}

const w = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

const MELAYU = {
  male: w('Muhammad, Ahmad, Hendri, Rudi, Zulkifli, Hamdan, Syahrial, Rizal, Fauzan, Iskandar, Jamaluddin, Khairul, Mahmud, Ridwan, Sulaiman, Yusuf, Azhar, Firdaus, Hasan, Hairul, Zainal, Taufik, Rahmat, Syamsudin, Mursalin, Arief, Fadli, Ikhsan, Irwan, Junaidi, Harisandi, Syahrul, Erwin, Herman, Hermansyah, Jumadi, Kamaruddin, Mulyadi, Nasrullah, Rusdi, Sabri, Suhardi, Usman, Zulfadli, Ismail, Abdullah, Amran, Effendi, Faisal, Hamzah, Helmi, Abdul Rahman, Abdul Hamid, Muhammad Rizky, Muhammad Ikhsan, Ahmad Fauzi'),
  maleLast: w('Anwar, Hamid, Rahman, Saputra, Hidayat, Syahputra, Ramadhan, Fadillah, Akbar, Maulana, Hakim, Ibrahim, Kurniawan, Rizki, Mahmud, Effendi, Fahmi, Ansari, Jamil, Arsyad'),
  female: w('Nurhayati, Siti Aisyah, Rahmawati, Nurul, Fitriani, Yuliana, Mariani, Rosmawati, Zulaikha, Rahmah, Nur Asiah, Dewi, Aminah, Halimah, Fatimah, Juliana, Hasnah, Maimunah, Erna, Yanti, Herlina, Mardiana, Nurlaila, Rosita, Suryani, Zahara, Nurjanah, Hartini, Misnawati, Rusmini, Salmah, Nuraini, Norma, Siti Khadijah, Nurul Huda, Sri Wahyuni, Ernawati, Linda'),
  femaleLast: w('Hidayah, Safitri, Sari, Handayani, Puspita, Rahmadani, Maulida, Amalia, Khairunnisa, Fitria, Ramadhani, Azizah, Febriani, Marlina, Yusnita, Anggraini'),
  maleNoble: w('Syarif, Uray, Gusti, Wan, Abang'),
  femaleNoble: w('Syarifah, Utin, Gusti, Wan, Dayang'),
  /** Pontianak's Arab-descended families, carried after a Syarif/Syarifah name. */
  arabFamily: w('Alkadrie, Alaydrus, Assegaf, Alhabsyi, Almutahar'),
};

const DAYAK = {
  male: w('Yohanes, Paulus, Petrus, Stefanus, Yosef, Agustinus, Antonius, Fransiskus, Markus, Lukas, Matius, Kristianus, Robertus, Valentinus, Yulius, Dominikus, Benediktus, Ignatius, Heronimus, Aloysius, Kornelis, Martinus, Yakobus, Adrianus, Andreas, Sebastianus, Simon, Thomas, Vinsensius, Hendrikus, Gregorius, Klemens, Silvester, Yosua, Natalis, Florentinus, Bernadus, Laurensius'),
  female: w('Maria, Theresia, Yuliana, Agustina, Veronika, Fransiska, Elisabeth, Katarina, Magdalena, Natalia, Lusia, Rosalina, Regina, Yosefina, Agnes, Monika, Margaretha, Helena, Sesilia, Florentina, Yasinta, Benedikta, Kristina, Skolastika, Susana, Paskalia, Marselina, Yustina'),
  family: w('Ajat, Ubing, Lagan, Ukat, Lawing, Nyawai, Tingang, Layang, Lahau, Bunsu, Ontot, Sidot, Ajun, Jangkang, Nyangun, Kuin, Apui, Ading, Anyang, Bakat, Dungan, Jalung, Lejau, Luhan, Mering, Asan, Lawai, Limbang, Sinun, Ameng, Ngabut, Bilung, Kimha, Ringkai, Usat, Jelani, Masri, Iban, Nyarong, Tamen'),
  /** Many Dayak families use a second Western or Indonesian given name instead. */
  second: w('Efendi, Sudarno, Clarus, Sanjaya, Darius, Suryadi, Sukardi, Pranata, Edi, Darmanto, Gunawan, Ekot, Kurniawan, Setiawan, Pasifikus, Elias, Nikodemus'),
};

const JAWA = {
  male: w('Agus, Budi, Dwi, Eko, Tri, Heru, Joko, Bambang, Hadi, Wahyu, Yudi, Teguh, Bayu, Dedi, Slamet, Sugeng, Imam, Setyo, Bagus, Aris, Andri, Sigit, Wawan, Anang, Totok, Gatot, Hari, Dimas, Yoga, Adi'),
  maleLast: w('Santoso, Prasetyo, Nugroho, Wibowo, Susanto, Haryanto, Purnomo, Setiawan, Kurniawan, Hidayat, Saputro, Wijayanto, Utomo, Raharjo, Sulistyo, Riyadi, Subagyo, Pamungkas, Prabowo, Yulianto, Suryanto, Wahyudi, Hartono, Suprapto, Sutanto, Firmansyah, Prakoso, Widodo'),
  /** Older Javanese often carry one name only. */
  single: w('Sutrisno, Suparman, Purwanto, Widodo, Sumarno, Sukamto, Sugiyono, Parjo, Supriyadi, Mulyono, Suwarno, Sunarto, Tukiran, Paimin, Sarwono, Kasiman, Darmadi, Waluyo, Sukirno, Rusdianto'),
  female: w('Sri, Dwi, Tri, Endang, Retno, Rini, Dyah, Wulan, Ani, Yuni, Siti, Eka, Nining, Tutik, Umi, Kartika, Ratna, Indah, Wiwik, Puji, Lilik, Ika, Dian, Novi'),
  femaleLast: w('Wahyuni, Lestari, Rahayu, Astuti, Handayani, Wulandari, Kusumawati, Sulistyowati, Pratiwi, Utami, Suryani, Susanti, Purwaningsih, Setyaningsih, Mulyani, Widayati, Hastuti, Ningsih, Yuliati, Anggraini, Rahmawati, Safitri, Kurniasih'),
  femaleSingle: w('Sulastri, Suyati, Sumiyati, Sukarni, Painem, Tumini, Wartini, Sunarsih, Sriyanti, Partini, Wagiyem, Sutinah, Mujiati, Ngatini, Suparmi, Rubiyah'),
};

const TIONGHOA = {
  male: w('Hendra, Hendrik, Andreas, Ricky, Susanto, Hartono, Willy, Suryadi, Johan, Kevin, Robby, Felix, Budiman, Edy, Yanto, Hengky, Jimmy, Rudy, Sutrisno, Wendy, Aloysius, Agus'),
  female: w('Lily, Susan, Mei Ling, Lidya, Vivi, Meilani, Fenny, Sherly, Yenny, Liana, Cindy, Elvina, Lina, Susi, Melinda, Novita, Herlina, Linda, Mariana, Yuliana'),
  surname: w('Tan, Lim, Tjhai, Bong, Lie, Ng, Liu, Kho, Tjong, Phang, Wong, Lay, Tjhin, Lo, Chin, Sim'),
  indonesian: w('Wijaya, Gunawan, Halim, Salim, Hartanto, Tanoto, Setiadi, Kurniadi, Chandra, Santoso, Lukito, Sugianto, Hendrawan'),
  syllable: w('Chui, Mie, Siu, Fung, Ket, Fa, Lian, Mei, Hok, Sin, Ling, Fui, Kian, Jin, Hui, Khiun, Min, Jun, Lan, Kim, Sen, Phin'),
};

const BATAK = {
  male: w('Hotman, Jonggi, Parlindungan, Maruli, Togar, Benny, Rudolf, Jansen, Daniel, Saut, Poltak, Tigor, Binsar, Ronald, Hasudungan, Bonar, Sahat, Manahan, Freddy, Edward, Robinson, Sahala'),
  female: w('Rosmauli, Romauli, Sondang, Tiur, Nurmaida, Rotua, Lasma, Debora, Ruth, Marlina, Erna, Hotnida, Lenny, Dame, Rina, Yohana, Friska, Resmi'),
  marga: w('Siregar, Simanjuntak, Sitompul, Hutapea, Panjaitan, Silalahi, Simatupang, Sihombing, Pardede, Sinaga, Situmorang, Manurung, Tambunan, Hutagalung, Sitorus, Napitupulu, Pasaribu, Nainggolan, Purba, Sianturi'),
  /** Mandailing and Angkola marga, whose bearers are mostly Muslim. */
  muslimMarga: w('Nasution, Lubis, Harahap, Siregar, Daulay, Hasibuan, Batubara'),
};

const BUGIS = {
  male: w('Muhammad, Abdul Rahman, Syamsuddin, Hasanuddin, Arifin, Asri, Sudirman, Jufri, Rusli, Amiruddin, Baharuddin, Nasrullah, Ilham, Muhlis, Ridwan, Saharuddin, Syahrir, Zainuddin, Burhanuddin, Muhammad Arsyad, Jamaluddin, Hamka'),
  maleLast: w('Arsyad, Ali, Hamzah, Yusuf, Latif, Malik, Rasyid, Amir, Saleh, Mappa, Makmur, Tahir'),
  female: w('Nurhaedah, Hasnawati, Sitti Hajrah, Rosdiana, Darmawati, Hasmah, Nurhayati, Hadijah, Marwah, Suriani, Nurbaya, Hasriani, Irmawati, Syamsiah, Sitti Aminah, Nurmiati, Rahmatia'),
  femaleLast: w('Tenri, Ajeng, Sari, Rahmi, Safitri, Wulan'),
};

const MADURA = {
  malePrefix: w('Moh., Mohammad, Ach., Abdul, Akhmad'),
  male: w('Holil, Rahem, Sanusi, Mahfud, Fathorrahman, Syamsul Arifin, Hosnan, Marsuki, Ridwan, Wahid, Fauzi, Sahri, Hasan, Jamali, Zainal Abidin, Kholik, Subairi, Hafidz, Rasyid, Toyyib, Mukhlis, Hairuddin'),
  femalePrefix: w('Siti, Nur, Ummi'),
  female: w("Maimunah, Fatimah, Rohmah, Romlah, Khotijah, Aisyah, Holifah, Rukayyah, Halimatus Sa'diyah, Qomariyah, Hosniyah, Musyarofah, Kulsum, Hasanah, Zubaidah, Sumiati, Maryam, Jamilah, Hamidah, Faridah"),
};

const MINANG = {
  male: w('Afrizal, Yusrizal, Syafrizal, Nofriadi, Zulfikar, Fadhli, Hendra, Rahmat, Irwan, Yuliardi, Defrizal, Asrul, Novrianto, Zulhendri, Rinaldi'),
  maleLast: w('Putra, Saputra, Hidayat, Syafri, Marzuki, Zainal, Effendi, Syahputra'),
  female: w('Yulia, Desi, Elfi, Nofita, Yusnidar, Rahmi, Fitri, Novita, Rosmaini, Yenti, Suci, Delvi, Yelfi, Mardiana'),
  femaleLast: w('Sari, Rahmi, Yanti, Dewi, Wati, Fitri, Yusra, Oktavia'),
};

const SUNDA = {
  male: w('Asep, Dadang, Cecep, Ujang, Yayan, Deden, Dede, Iwan, Jajang, Wawan, Ade, Rahmat, Dodi, Ayi, Engkus'),
  maleLast: w('Saepudin, Suherman, Sutisna, Hermawan, Kurnia, Ruhiyat, Sopandi, Mulyana, Suryana, Permana, Gunawan, Hidayat, Rustandi'),
  female: w('Neneng, Euis, Nining, Yayah, Enung, Tati, Lilis, Imas, Cucu, Rina, Ai, Dewi, Nenden, Rika'),
  femaleLast: w('Nurhayati, Rosita, Kartika, Sumarni, Suryani, Rahmawati, Hasanah, Komalasari, Nurjanah, Sukmawati'),
};

/** Joins name parts, dropping a repeated word ("Effendi Effendi") that random pairing can produce. */
function join(...parts: (string | undefined)[]): string {
  const words: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    for (const word of p.split(' ')) if (words.at(-1) !== word) words.push(word);
  }
  return words.join(' ');
}

export function personName(rng: Random, sex: Sex, ethnicity: Ethnicity): PersonName {
  const male = sex === 'L';
  switch (ethnicity) {
    case 'melayu': {
      const noble = rng.chance(0.08) ? rng.pick(male ? MELAYU.maleNoble : MELAYU.femaleNoble) : undefined;
      const first = rng.pick(male ? MELAYU.male : MELAYU.female);
      const last = rng.chance(noble ? 0.5 : 0.65) ? rng.pick(male ? MELAYU.maleLast : MELAYU.femaleLast) : undefined;
      const arab = noble?.startsWith('Syarif') && rng.chance(0.5) ? rng.pick(MELAYU.arabFamily) : undefined;
      return { name: join(noble, first, arab ?? last), ethnicity, muslim: true };
    }
    case 'dayak': {
      const first = rng.pick(male ? DAYAK.male : DAYAK.female);
      const second = rng.chance(0.65) ? rng.pick(DAYAK.family) : rng.pick(DAYAK.second);
      return { name: join(first, second), ethnicity, muslim: false };
    }
    case 'jawa': {
      if (rng.chance(0.15)) return { name: rng.pick(male ? JAWA.single : JAWA.femaleSingle), ethnicity, muslim: rng.chance(0.9) };
      const name = join(rng.pick(male ? JAWA.male : JAWA.female), rng.pick(male ? JAWA.maleLast : JAWA.femaleLast));
      return { name, ethnicity, muslim: rng.chance(0.9) };
    }
    case 'tionghoa': {
      if (rng.chance(0.12)) {
        return { name: join(rng.pick(TIONGHOA.surname), rng.pick(TIONGHOA.syllable), rng.pick(TIONGHOA.syllable)), ethnicity, muslim: false };
      }
      const family = rng.chance(0.5) ? rng.pick(TIONGHOA.surname) : rng.pick(TIONGHOA.indonesian);
      return { name: join(rng.pick(male ? TIONGHOA.male : TIONGHOA.female), family), ethnicity, muslim: false };
    }
    case 'batak': {
      if (rng.chance(0.3)) {
        const first = rng.pick(male ? MELAYU.male : MELAYU.female);
        return { name: join(first, rng.pick(BATAK.muslimMarga)), ethnicity, muslim: true };
      }
      return { name: join(rng.pick(male ? BATAK.male : BATAK.female), rng.pick(BATAK.marga)), ethnicity, muslim: false };
    }
    case 'bugis': {
      const andi = rng.chance(0.25) ? 'Andi' : undefined;
      const last = rng.chance(0.45) ? rng.pick(male ? BUGIS.maleLast : BUGIS.femaleLast) : undefined;
      return { name: join(andi, rng.pick(male ? BUGIS.male : BUGIS.female), last), ethnicity, muslim: true };
    }
    case 'madura': {
      const prefix = rng.chance(0.55) ? rng.pick(male ? MADURA.malePrefix : MADURA.femalePrefix) : undefined;
      return { name: join(prefix, rng.pick(male ? MADURA.male : MADURA.female)), ethnicity, muslim: true };
    }
    case 'minang': {
      const last = rng.chance(0.6) ? rng.pick(male ? MINANG.maleLast : MINANG.femaleLast) : undefined;
      return { name: join(rng.pick(male ? MINANG.male : MINANG.female), last), ethnicity, muslim: true };
    }
    case 'sunda': {
      const last = rng.chance(0.8) ? rng.pick(male ? SUNDA.maleLast : SUNDA.femaleLast) : undefined;
      return { name: join(rng.pick(male ? SUNDA.male : SUNDA.female), last), ethnicity, muslim: true };
    }
  }
}

/** A mailbox name for the demo's reserved .example domain: lower-case letters, at most two words. */
export function mailboxName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .filter((x) => x.length > 1);
  return words.slice(0, 2).join('.') || 'pegawai';
}
