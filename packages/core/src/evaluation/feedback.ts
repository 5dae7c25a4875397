/**
 * Umpan balik berkelanjutan (PermenPANRB 6/2022): the penilai's feedback per RHK, per IKI or per
 * BerAKHLAK value during the period, a preset phrase (as the apps in use offer) plus free text.
 */
export const FEEDBACK_TARGETS = ['rhk', 'iki', 'perilaku'] as const;
export type FeedbackTarget = (typeof FEEDBACK_TARGETS)[number];

export const FEEDBACK_PRESETS = ['sangat_baik_pertahankan', 'dapat_dipertahankan', 'perlu_ditingkatkan', 'lengkapi_bukti_dukung', 'percepat_penyelesaian'] as const;
export type FeedbackPreset = (typeof FEEDBACK_PRESETS)[number];

export const FEEDBACK_PRESET_LABEL: Readonly<Record<FeedbackPreset, string>> = {
  sangat_baik_pertahankan: 'Sangat baik, terus pertahankan',
  dapat_dipertahankan: 'Dapat dipertahankan',
  perlu_ditingkatkan: 'Perlu ditingkatkan',
  lengkapi_bukti_dukung: 'Lengkapi bukti dukung',
  percepat_penyelesaian: 'Percepat penyelesaian',
};
