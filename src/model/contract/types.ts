/**
 * The compiled dataset contract (schemaVersion 2; version 1 is read and migrated, see
 * src/model/dataset/migrate.ts).
 *
 * This is what `memograph build` writes and what the explorer reads. It is described
 * for editors and other tools by `graph-data/schema/dataset.schema.json` and for people by
 * `docs/dataset.md`. Everything here is plain data: no classes, no DOM, no functions, so the
 * same values travel through JSON, Node and the browser unchanged.
 */

/** A paragraph's or a title's portion marking, as printed: "U", "C", "S", "S/NF", "TS//SI"… */
export type PortionMarking = string;

export interface Dataset {
  readonly schemaVersion: 2;
  readonly documents: readonly MemoDocument[];
  readonly actors: readonly Actor[];
  readonly relationTypes: readonly RelationType[];
  readonly relations: readonly Relation[];
}

// ---------------------------------------------------------------------------------------------
// Documents

export interface MemoDocument {
  /** Stable id, unique in the dataset, e.g. "inr-1996-12-28-peru-hostages". */
  readonly id: string;
  /** The title as printed, without its portion marking. */
  readonly title: string;
  /** The title's own portion marking ("U"), or null when the title carries none. */
  readonly titleMarking: PortionMarking | null;
  /** The banner classification ("SECRET/NOFORN"), or null when the document has none. */
  readonly classification: string | null;
  /** Who issued it, spelled out: "U.S. Department of State, Bureau of Intelligence and Research". */
  readonly issuer: string;
  /** ISO date of issue, YYYY-MM-DD. */
  readonly date: string;
  readonly citation: CitationDetails;
  readonly paragraphs: readonly Paragraph[];
  /** Redactions and FOIA exemption codes, where they occur. */
  readonly redactions: readonly Redaction[];
  /** Where each new page begins, so a reader can show the document as issued. */
  readonly pageBreaks: readonly PageBreak[];
  /** Running lines printed on the pages (dates, office codes, banner), kept but never paragraphs. */
  readonly furniture: readonly FurnitureLine[];
  /** The document-type line as printed ("INTELLIGENCE NOTE", "MEMORANDUM FOR"), when there is one. */
  readonly documentTypeLine?: string;
  /** The header of a cable or memorandum (SUBJECT, REF, TAGS, FROM, TO…), when there is one. */
  readonly header?: DocumentHeader;
  /**
   * Every heading in reading order with its own marking and number, present when any heading
   * has either (a paragraph's `heading` names the heading's text).
   */
  readonly headings?: readonly Heading[];
}

/** The header lines of a cable or memorandum, as printed, each only when the document has it. */
export interface DocumentHeader {
  readonly from?: string;
  readonly to?: string;
  readonly info?: string;
  readonly subject?: string;
  readonly ref?: string;
  readonly tags?: string;
  /** ISO date read from a "DATE:" line or a cable's date-time group ("281530Z DEC 96"). */
  readonly date?: string;
}

/** A section heading as printed: its text, its own portion marking and its number. */
export interface Heading {
  readonly text: string;
  readonly marking: PortionMarking | null;
  /** The heading's printed number ("A.", "II."), or null. */
  readonly label: string | null;
}

/** What a citation needs beyond title, issuer and date. Nothing here is guessed. */
export interface CitationDetails {
  /** The kind of document: "Intelligence memorandum", "Cable"… */
  readonly documentType: string;
  /** The issuing office's short form as printed ("INR"). */
  readonly office?: string;
  /** Where the copy is held or was released, when known. */
  readonly archive?: string;
  /** A stable identifier in that archive, when known. */
  readonly identifier?: string;
  /** Where the copy can be found, when known. Shown as text, never fetched. */
  readonly url?: string;
  /** Declassification or release note in citation style, as far as the copy itself shows it. */
  readonly release?: string;
  /** The annotator's remarks on the copy: shown with the document, never printed in a citation. */
  readonly notes?: string;
}

export interface Paragraph {
  /** "p1", "p2"… in reading order. Stable: annotations cite it. */
  readonly id: string;
  /** 1-based paragraph number, printed as ¶n. */
  readonly n: number;
  /** The section heading the paragraph falls under, or null before the first heading. */
  readonly heading: string | null;
  /** The portion marking ("C", "S/NF"), stored apart from the text, or null. */
  readonly marking: PortionMarking | null;
  /** The verbatim text without its marking. A page-split paragraph is rejoined with one space. */
  readonly text: string;
  /** 1-based page on which the paragraph begins. */
  readonly page: number;
  /** The paragraph's printed number ("1.", "A.", "(1)"), kept out of its text; absent when unnumbered. */
  readonly label?: string;
}

export interface Redaction {
  /** "redaction" for a blacked-out span ("[redacted]"), "exemption" for a FOIA code ("B1"). */
  readonly kind: 'redaction' | 'exemption';
  /** As printed: "[redacted]", "B1". */
  readonly text: string;
  readonly page: number;
  /** The paragraph that contains it, or for a mark between paragraphs the one it follows (null before the first). */
  readonly paragraph: string | null;
  /** Offsets in that paragraph's text when the mark sits inside it, else null. */
  readonly start: number | null;
  readonly end: number | null;
}

export interface PageBreak {
  /** The page that begins here (2 for the first break). */
  readonly page: number;
  /** The paragraph in which, or before which, the new page begins. */
  readonly paragraph: string;
  /** Offset in that paragraph's text where the new page begins; 0 when it begins before the paragraph. */
  readonly offset: number;
}

export interface FurnitureLine {
  readonly kind: 'date' | 'office' | 'exemption' | 'banner' | 'page-number' | 'other';
  /** The line as printed. */
  readonly text: string;
  readonly page: number;
}

// ---------------------------------------------------------------------------------------------
// Actors

export const ACTOR_KINDS = [
  'person',
  'armed-group',
  'government',
  'state',
  'international-organisation',
  /** An informal group of states with no secretariat of its own: the G-7. */
  'group-of-states',
  'religious-figure',
  'media',
  'people',
  'office',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** The other names the text uses for the actor: "the terrorists", "Lima", "Havana"… */
  readonly aliases: readonly string[];
  /** The actors this one belongs to or acts for (Castro → Cuba; Japan → G-7). Never empty. */
  readonly memberOf?: readonly string[];
  /** One line. */
  readonly description: string;
  /** Stored layout position, when `memograph build --layout` computed one. */
  readonly position?: { readonly x: number; readonly y: number };
}

// ---------------------------------------------------------------------------------------------
// Relation types

/**
 * Families of relation types. Colour can tell about eight things apart for every reader, not the
 * thirty distinctions a document needs, so the graph colours by family and the label tells the
 * types of a family apart. See docs/annotation-guide.md for each type's definition.
 */
export const RELATION_FAMILIES = [
  'custody',
  'force',
  'negotiation',
  'stance',
  'influence',
  'support',
  'information',
  'other',
] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export interface RelationType {
  readonly id: string;
  /** Short verb phrase read between source and target: "holds hostage". */
  readonly label: string;
  readonly directed: boolean;
  /** One line: when an assertion belongs to this type. */
  readonly definition: string;
  readonly family: RelationFamily;
  /** #rrggbb. The set of colours stays distinguishable for colour-blind readers. */
  readonly color: string;
}

// ---------------------------------------------------------------------------------------------
// Relations: one relation is one assertion the document makes

/**
 * affirmed: the document says the relation holds · negated: it says it does not ·
 * indeterminate: it declines to say either way ("does not necessarily", "no evidence that").
 */
export const POLARITIES = ['affirmed', 'negated', 'indeterminate'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const BASES = ['fact', 'judgment', 'reported', 'speculation'] as const;
/** fact: stated as fact · judgment: the issuer's assessment · reported: a named source's claim · speculation: others' speculation. */
export type Basis = (typeof BASES)[number];

/**
 * ICD 203 likelihood bands, plus "unquantified" for hedges that the ICD 203 scale does not
 * calibrate ("may", "could", "appears"). See src/model/words/likelihood.ts for the term table.
 */
export const LIKELIHOOD_BANDS = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certain',
  'unquantified',
] as const;
export type LikelihoodBand = (typeof LIKELIHOOD_BANDS)[number];

export interface Likelihood {
  /** The document's own estimative word(s) for this assertion, verbatim: "probably", "doubtless". */
  readonly term: string;
  readonly band: LikelihoodBand;
}

export interface ClaimDate {
  /** YYYY-MM-DD. */
  readonly iso: string;
  /** The document's own phrase: "Sunday's release", "Christmas Day", "December 22". */
  readonly phrase: string;
  /** For a span ("since December 22"): its last day, YYYY-MM-DD, on or after `iso`. */
  readonly until?: string;
}

/** A linter rule the annotator reviewed for one relation and found not to apply. */
export interface ReviewedException {
  /** The rule's id, as `memograph check` prints it. */
  readonly rule: string;
  /** Why it does not apply: the annotator's reasoning, shown with the evidence. */
  readonly why: string;
}

export interface Relation {
  /** Unique in the dataset. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly document: string;
  readonly paragraph: string;
  /** W3C TextQuoteSelector: the exact text of the paragraph between start and end. */
  readonly quote: string;
  /** W3C TextPositionSelector: character offsets in the paragraph's text (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  readonly polarity: Polarity;
  /** null when the claim is stated as plain fact. */
  readonly likelihood: Likelihood | null;
  readonly basis: Basis;
  /** For reported claims: who says so ("Embassy Lima", "an MRTA spokesman"). */
  readonly attributedTo?: string;
  readonly date?: ClaimDate;
  readonly note?: string;
  readonly reviewed?: readonly ReviewedException[];
}

// ---------------------------------------------------------------------------------------------
// Diagnostics: every problem the loader, the validator or the CLI finds

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** The file as the user named it (relative path, or a URL in the browser). */
  readonly file: string;
  /** 1-based. 0 when the problem has no place inside the file (a missing file). */
  readonly line: number;
  /** 1-based. 0 when the problem has no place inside the file. */
  readonly column: number;
  readonly message: string;
}
