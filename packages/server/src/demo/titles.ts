import type { Sex } from '@kinerja/core';
import type { Random } from './random.js';

/**
 * Academic and professional titles (gelar), written as Indonesian rosters write them: professional
 * prefixes (dr., drg., drh., apt., Ir., Drs./Dra., Dr.) before the name, degrees after it, H./Hj.
 * (hajj) between the academic prefix and the name.
 */
export type Education = 'sma' | 'd3' | 's1' | 's2' | 's3';

export type Field =
  | 'umum'
  | 'ekonomi'
  | 'hukum'
  | 'komputer'
  | 'teknik'
  | 'pendidikan'
  | 'keperawatan'
  | 'kebidanan'
  | 'kedokteran'
  | 'kedokteran_gigi'
  | 'kedokteran_jiwa'
  /** Physicians in management posts: dr. with a public-health or hospital-management master's. */
  | 'manajemen_kesehatan'
  | 'apoteker'
  | 'farmasi'
  | 'kesmas'
  | 'gizi'
  | 'laboratorium'
  | 'radiologi'
  | 'rekam_medis'
  | 'fisioterapi'
  | 'psikologi'
  | 'sosial'
  | 'pemerintahan'
  | 'pertanian'
  | 'peternakan'
  | 'kedokteran_hewan'
  | 'perikanan'
  | 'kehutanan'
  | 'lingkungan'
  | 'statistik'
  | 'komunikasi'
  | 'perpustakaan'
  | 'budaya'
  | 'pariwisata'
  | 'geologi';

interface FieldTitles {
  d3?: readonly string[];
  s1: readonly string[];
  s2: readonly string[];
  /** A professional prefix that replaces the bachelor's degree (dr., drg., drh.). */
  profession?: string;
  /** Engineers and agronomists who graduated before 1993 are "Ir." instead of S.T./S.P. */
  oldIr?: boolean;
  /** Social science and education graduates before 1993 are Drs./Dra. */
  oldDrs?: boolean;
}

const T: Record<Field, FieldTitles> = {
  umum: { d3: ['A.Md.'], s1: ['S.Sos.', 'S.AP.', 'S.IP.', 'S.E.', 'S.H.'], s2: ['M.Si.', 'M.AP.', 'M.M.'], oldDrs: true },
  ekonomi: { d3: ['A.Md.Ak.', 'A.Md.'], s1: ['S.E.', 'S.E.', 'S.Ak.'], s2: ['M.M.', 'M.Si.', 'M.Ak.', 'M.E.'], oldDrs: true },
  hukum: { d3: ['A.Md.'], s1: ['S.H.'], s2: ['M.H.', 'M.Kn.'] },
  komputer: { d3: ['A.Md.Kom.', 'A.Md.T.'], s1: ['S.Kom.', 'S.Kom.', 'S.T.'], s2: ['M.Kom.', 'M.T.'] },
  teknik: { d3: ['A.Md.T.'], s1: ['S.T.'], s2: ['M.T.', 'M.Eng.'], oldIr: true },
  pendidikan: { d3: ['A.Md.Pd.'], s1: ['S.Pd.', 'S.Pd.', 'S.Pd.', 'S.Si.', 'S.Pd.I.', 'S.Kom.', 'S.S.'], s2: ['M.Pd.'], oldDrs: true },
  keperawatan: { d3: ['A.Md.Kep.'], s1: ['S.Kep., Ns.'], s2: ['M.Kep.'] },
  kebidanan: { d3: ['A.Md.Keb.'], s1: ['S.Tr.Keb.', 'S.Keb., Bd.'], s2: ['M.Keb.'] },
  kedokteran: { s1: [], s2: ['M.Kes.', 'Sp.PD.', 'Sp.A.', 'Sp.OG.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.', 'Sp.JP.', 'Sp.N.', 'Sp.P.', 'Sp.M.', 'Sp.THT-BKL.', 'Sp.PK.'], profession: 'dr.' },
  kedokteran_gigi: { s1: [], s2: ['Sp.KG.', 'Sp.Ort.', 'M.Kes.'], profession: 'drg.' },
  kedokteran_jiwa: { s1: [], s2: ['Sp.KJ.'], profession: 'dr.' },
  manajemen_kesehatan: { s1: [], s2: ['M.Kes.', 'M.Kes.', 'M.P.H.', 'M.A.R.S.'], profession: 'dr.' },
  apoteker: { s1: ['S.Farm.'], s2: ['M.Farm.'], profession: 'apt.' },
  farmasi: { d3: ['A.Md.Farm.'], s1: ['S.Farm.'], s2: ['M.Farm.'] },
  kesmas: { d3: ['A.Md.Kes.', 'A.Md.KL.'], s1: ['S.KM.'], s2: ['M.Kes.', 'M.K.M.'] },
  gizi: { d3: ['A.Md.Gz.'], s1: ['S.Gz.'], s2: ['M.Gz.'] },
  laboratorium: { d3: ['A.Md.AK.'], s1: ['S.Tr.Kes.', 'S.Si.'], s2: ['M.Si.'] },
  radiologi: { d3: ['A.Md.Rad.'], s1: ['S.Tr.Rad.'], s2: ['M.Tr.ID.'] },
  rekam_medis: { d3: ['A.Md.RMIK.', 'A.Md.PK.'], s1: ['S.Tr.RMIK.'], s2: ['M.Kes.'] },
  fisioterapi: { d3: ['A.Md.Ftr.'], s1: ['S.Ftr.'], s2: ['M.Fis.'] },
  psikologi: { s1: ['S.Psi.'], s2: ['M.Psi., Psikolog'] },
  sosial: { d3: ['A.Md.'], s1: ['S.Sos.', 'S.Tr.Sos.'], s2: ['M.Si.', 'M.Kesos.'], oldDrs: true },
  pemerintahan: { d3: ['A.Md.'], s1: ['S.IP.', 'S.STP.', 'S.Sos.'], s2: ['M.Si.', 'M.AP.'], oldDrs: true },
  pertanian: { d3: ['A.Md.P.'], s1: ['S.P.', 'S.TP.'], s2: ['M.P.', 'M.Si.'], oldIr: true },
  peternakan: { d3: ['A.Md.Pt.', 'A.Md.Vet.'], s1: ['S.Pt.'], s2: ['M.Si.', 'M.P.'] },
  kedokteran_hewan: { s1: [], s2: ['M.Si.', 'M.Sc.'], profession: 'drh.' },
  perikanan: { d3: ['A.Md.Pi.'], s1: ['S.Pi.'], s2: ['M.Si.'], oldIr: true },
  kehutanan: { d3: ['A.Md.Hut.'], s1: ['S.Hut.'], s2: ['M.Si.', 'M.P.'], oldIr: true },
  lingkungan: { d3: ['A.Md.'], s1: ['S.T.', 'S.Si.'], s2: ['M.T.', 'M.Si.', 'M.Sc.'] },
  statistik: { d3: ['A.Md.'], s1: ['S.Si.', 'S.Stat.', 'S.Tr.Stat.'], s2: ['M.Si.'] },
  komunikasi: { d3: ['A.Md.'], s1: ['S.I.Kom.', 'S.Sos.'], s2: ['M.I.Kom.', 'M.Si.'] },
  perpustakaan: { d3: ['A.Md.'], s1: ['S.IP.', 'S.Hum.'], s2: ['M.Hum.', 'M.IP.'] },
  budaya: { d3: ['A.Md.'], s1: ['S.S.', 'S.Hum.', 'S.Sn.'], s2: ['M.Hum.'] },
  pariwisata: { d3: ['A.Md.Par.'], s1: ['S.Par.', 'S.E.'], s2: ['M.Par.', 'M.M.'] },
  geologi: { d3: ['A.Md.T.'], s1: ['S.T.'], s2: ['M.T.'] },
};

export interface Titles {
  front: string | null;
  back: string | null;
}

/**
 * Titles for someone with `education` in `field`, born in `birthYear`. `hajj` adds H./Hj.; it is
 * the caller's call (it depends on religion and age).
 */
export function titlesFor(rng: Random, field: Field, education: Education, sex: Sex, birthYear: number, hajj: boolean): Titles {
  const t = T[field];
  const front: string[] = [];
  const back: string[] = [];
  if (education === 'd3') {
    if (t.d3) back.push(rng.pick(t.d3));
  } else if (education !== 'sma') {
    const oldGraduate = birthYear <= 1969;
    if (t.profession) {
      front.push(t.profession);
      // Apoteker keep their S.Farm. behind the name; physicians have no bachelor's title.
      if (t.s1.length > 0) back.push(rng.pick(t.s1));
    } else if (oldGraduate && t.oldIr && rng.chance(0.7)) {
      front.push('Ir.');
    } else if (oldGraduate && t.oldDrs && rng.chance(0.7)) {
      front.push(sex === 'L' ? 'Drs.' : 'Dra.');
    } else {
      back.push(rng.pick(t.s1));
    }
    if (education === 's2' || education === 's3') back.push(rng.pick(t.s2));
    if (education === 's3') front.unshift('Dr.');
  }
  if (hajj) front.push(sex === 'L' ? 'H.' : 'Hj.');
  return { front: front.length ? front.join(' ') : null, back: back.length ? back.join(', ') : null };
}
