/** One entry of the activity dictionary (kamus aktivitas). */
export type ActivityItem = {
  /** Stable code, e.g. "ADM-0001". */
  code: string;
  /** What the employee did, verb + object: "Mengagendakan surat masuk". */
  name: string;
  /** Output unit (satuan): Surat, Dokumen, Pasien, Jam Pelajaran … */
  unit: string;
  /** Norma waktu: standard minutes credited per unit of output. */
  standardMinutes: number;
  /** Position kinds the entry is meant for (PositionKind values); empty means everyone. */
  positionKinds: string[];
  /** Kelompok, e.g. "Kepegawaian". */
  group: string;
};
