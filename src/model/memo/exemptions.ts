/** What each FOIA exemption of 5 U.S.C. § 552(b) withholds, by its number. */
const EXEMPTIONS: ReadonlyMap<string, string> = new Map([
  ['1', 'classified national defense or foreign policy information'],
  ['2', 'internal personnel rules and practices'],
  ['3', 'exempted from disclosure by another statute'],
  ['4', 'trade secrets or confidential commercial information'],
  ['5', 'privileged inter-agency or intra-agency communication'],
  ['6', 'personal privacy'],
  ['7', 'law enforcement records'],
  ['8', 'financial institution supervision'],
  ['9', 'geological information on wells'],
]);

/** What a FOIA exemption code such as "B1" or "(b)(1)" withholds, or null when unknown. */
export function exemptionMeaning(code: string): string | null {
  const m = /^\(?b\)?\s*\(?([1-9])\)?/i.exec(code.trim());
  return m ? (EXEMPTIONS.get(m[1]!) ?? null) : null;
}
