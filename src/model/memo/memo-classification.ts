/**
 * Portion markings and classification banners: which parenthesised strings are markings, and the
 * rank of each level so that a paragraph marked above its document's banner can be reported.
 */

/** Portion classification levels, with their rank for comparison against the banner. */
const PORTION_LEVELS: Readonly<Record<string, number>> = {
  U: 0,
  R: 0,
  FOUO: 0,
  CUI: 0,
  SBU: 0,
  C: 1,
  S: 2,
  TS: 3,
};

/**
 * Dissemination controls and SCI control systems that may follow the level: "S/NF",
 * "TS//SI/TK//NOFORN", "S//REL TO USA, GBR". SCI systems may carry sub-compartments ("SI-G").
 */
const PORTION_CONTROL =
  '(?:(?:NF|NOFORN|ORCON|OC|NOCONTRACT|NC|PROPIN|PR|RELIDO|IMCON|IMC|FISA|FGI|DSEN|LIMDIS|' +
  'EXDIS|NODIS|SBU|WN|WNINTEL|LES|FOUO|RD|FRD|CNWDI|FVEY|SAR|DISPLAY ONLY|SI|TK|HCS|G|KDK|' +
  'BUR|RSV)(?:-[A-Z0-9]+)*|REL(?: TO [A-Z]{3,4}(?:, ?[A-Z]{3,4})*)?)';
const PORTION_MARKING_RE = new RegExp(
  `^(${Object.keys(PORTION_LEVELS).join('|')})(?:\\/\\/?${PORTION_CONTROL})*$`,
);

const BANNER_LEVELS: Readonly<Record<string, number>> = {
  UNCLASSIFIED: 0,
  RESTRICTED: 0,
  CONFIDENTIAL: 1,
  SECRET: 2,
  'TOP SECRET': 3,
};
export const BANNER_RE =
  /^(\()?\s*(TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED)((?:\s*(?:\/\/?|-)\s*[A-Z][A-Z0-9 ,.-]*)*)\s*(\))?$/;

/** Something that looks like a marking ("(S//XYZ)") but is not one the parser knows. */
export const MARKING_LOOKALIKE_RE = /^\((?:U|C|S|TS)\/\/?[^()]{0,40}\)/;

/**
 * Whether a parenthesised string is a portion marking ("S/NF", "TS//SI//NF") rather than an
 * ordinary parenthetical ("see below", "1996"). Takes the text inside the parentheses.
 */
export function isPortionMarking(inner: string): boolean {
  return PORTION_MARKING_RE.test(inner);
}

export function portionLevel(marking: string): number {
  const level = /^[A-Z]+/.exec(marking)?.[0] ?? '';
  return Object.hasOwn(PORTION_LEVELS, level) ? PORTION_LEVELS[level]! : 0;
}

export function bannerLevel(banner: string): number {
  const level = /^(TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED)/.exec(banner)?.[1] ?? '';
  return Object.hasOwn(BANNER_LEVELS, level) ? BANNER_LEVELS[level]! : 0;
}

/** Banners that differ only in their spacing or in "/" versus "//" are the same banner. */
export function normaliseBanner(banner: string): string {
  return banner.replace(/\s*\/\/?\s*/g, '/').replace(/\s+/g, ' ');
}
