/**
 * Which organisation's capaian an evaluation is judged under (SE MenPANRB 3/2023): the capaian is
 * set per unit and period by the next-higher leadership. Chosen, since the SE names "organisasi"
 * without saying which level of an OPD's tree: an employee belongs to the nearest unit, from their
 * post's unit upwards, that has a capaian for the period; so an agency that sets one capaian for
 * itself (its top unit) covers everyone, and a Bidang with its own capaian covers its Seksi.
 *
 * The head of a unit with its own capaian leads that organisation: their rating hasil kerja is its
 * capaian (tahap 3), and they are counted in the curve of the organisation above (the one their
 * penilai answers for), not in the one they lead.
 */
export interface OrganisationPlacement<U extends string = string> {
  /** The unit whose capaian and curve this evaluation belongs to; undefined when none has one. */
  curveUnit: U | undefined;
  /** The unit this person leads with its own capaian, when they head one. */
  ledUnit: U | undefined;
}

export function placeInOrganisation<U extends string>(input: {
  unitId: U;
  isUnitHead: boolean;
  parentOf: (unit: U) => U | null;
  hasCapaian: (unit: U) => boolean;
}): OrganisationPlacement<U> {
  const ledUnit = input.isUnitHead && input.hasCapaian(input.unitId) ? input.unitId : undefined;
  const seen = new Set<U>();
  let u: U | null = ledUnit !== undefined ? input.parentOf(input.unitId) : input.unitId;
  while (u !== null && !seen.has(u)) {
    seen.add(u);
    if (input.hasCapaian(u)) return { curveUnit: u, ledUnit };
    u = input.parentOf(u);
  }
  return { curveUnit: undefined, ledUnit };
}
