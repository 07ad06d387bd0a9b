import { formatIsoDate, parseIsoDate } from '../memo/dates.ts';
import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import type { MemoDocument, Paragraph, Relation } from '../contract/types.ts';

/**
 * Citations for the assertion a relation records, in the forms historians, analysts and
 * students paste into their work. Every part comes from the dataset: a detail the dataset does
 * not hold (archive, identifier, release note) is left out, never guessed.
 *
 * The Chicago forms follow the 17th edition's notes style for government documents and
 * archival items: issuer as author, quoted title, a lower-case description of the item, the
 * date and the pinpoint (¶n and its portion marking); then the classification as printed and
 * the release note, then where the copy can be found.
 */

/** The document and paragraph a relation cites. */
export interface CitedPassage {
  readonly document: MemoDocument;
  readonly paragraph: Paragraph;
}

/**
 * Finds the passage a relation cites. Throws a plain-worded error when the dataset does not
 * hold it, which a validated dataset never allows.
 */
export function citedPassage(index: DatasetIndex, relation: Relation): CitedPassage {
  const document = index.documentById.get(relation.document);
  if (!document) {
    throw new Error(
      `Relation "${relation.id}" cites document "${relation.document}", which the dataset does not have.`,
    );
  }
  const paragraph = index.paragraphByKey.get(paragraphKey(relation.document, relation.paragraph));
  if (!paragraph) {
    throw new Error(
      `Relation "${relation.id}" cites paragraph "${relation.paragraph}" of "${relation.document}", which the dataset does not have.`,
    );
  }
  return { document, paragraph };
}

// --- shared pieces -----------------------------------------------------------------------------

/** "December 28, 1996"; an unreadable date is shown as given rather than dropped. */
export const chicagoDate = formatIsoDate;

/** The title as printed, without a portion marking such as "(U)" should one have slipped in. */
function plainTitle(doc: MemoDocument): string {
  let title = doc.title.trim();
  const marks = doc.titleMarking ? [doc.titleMarking] : [];
  for (const mark of [...marks, 'U', 'C', 'S', 'TS']) {
    const suffix = `(${mark})`;
    if (title.endsWith(suffix)) {
      title = title.slice(0, -suffix.length).trimEnd();
      break;
    }
  }
  return title;
}

/** Quotation marks inside a quoted title become single ones, as Chicago asks. */
function nestQuotes(title: string): string {
  return title
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{/–—-])"/g, '$1‘')
    .replace(/"/g, '’');
}

/**
 * A description mid-note starts in lower case ("intelligence memorandum"), but acronyms and
 * proper nouns ("INR cable", "State Department release") keep theirs.
 */
function midNote(phrase: string): string {
  const text = phrase.trim().replace(/[.;,]+$/, '');
  const first = text.split(/[\s;,:]/, 1)[0] ?? '';
  const proper = /^[A-Z][a-z]+$/.test(first) && COMMON_WORDS.has(first.toLowerCase());
  return proper ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Words that open a description and are not names; anything else keeps its capital. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'intelligence',
  'memorandum',
  'memo',
  'cable',
  'telegram',
  'report',
  'letter',
  'briefing',
  'assessment',
  'estimate',
  'analysis',
  'note',
  'paper',
  'summary',
  'declassified',
  'released',
  'release',
  'sanitized',
  'approved',
  'redacted',
  'partially',
  'excised',
  'obtained',
  'published',
  'reviewed',
  'copy',
  'special',
  'daily',
  'weekly',
  'current',
  'research',
  'information',
  'situation',
  'spot',
  'field',
  'talking',
  'action',
  'background',
  'transcript',
  'translation',
]);

/** "¶7 (C)", or "¶7" when the paragraph carries no marking. */
function pinpoint(p: Paragraph): string {
  return p.marking ? `¶${p.n} (${p.marking})` : `¶${p.n}`;
}

/** The issuer as a short author: the office as printed, else the last part of the issuer. */
function shortIssuer(doc: MemoDocument): string {
  const office = doc.citation.office?.trim();
  if (office) return office;
  const parts = doc.issuer.split(',').map((s) => s.trim());
  return parts[parts.length - 1] || doc.issuer.trim();
}

/** Chicago's short title: the main title before a colon, else at most four words. */
function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  if (colon > 0) return title.slice(0, colon).trim();
  const words = title.split(/\s+/);
  if (words.length <= 4) return title;
  const short = words.slice(0, 4);
  // "Fujimori Digs In for" reads as cut off; "Fujimori Digs In" does not.
  while (short.length > 1 && TRAILING_FUNCTION_WORDS.has(short[short.length - 1]!.toLowerCase())) {
    short.pop();
  }
  return short.join(' ').replace(/[,;:–—-]+$/, '');
}

const TRAILING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'to',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
]);

/** A closing comma goes inside the quotation marks; a title's own ? or ! keeps it (CMOS 6.119). */
function quotedTitleWithComma(title: string): string {
  return `“${nestQuotes(title)},”`;
}

/**
 * Straight quotation marks typed in the details ("[redacted]", it's) become curly ones, so a
 * note never mixes “these” with "these".
 */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{/–—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{/–—-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** A detail as a note prints it: curly quotes, no closing punctuation of its own. */
function noteDetail(text: string): string {
  return curlyQuotes(text.trim().replace(/[.;,]+$/, ''));
}

function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

// --- Chicago -----------------------------------------------------------------------------------

/**
 * The full Chicago note, e.g. `U.S. Department of State, Bureau of Intelligence and Research,
 * “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶7 (C), SECRET/NOFORN.`
 * The classification appears only when the document carries one, and release, archive,
 * identifier and URL only when the citation details hold them.
 */
export function chicagoNoteForPassage({ document: doc, paragraph }: CitedPassage): string {
  const c = doc.citation;
  const parts: string[] = [`${doc.issuer.trim()}, ${quotedTitleWithComma(plainTitle(doc))}`];
  if (c.documentType.trim()) parts.push(midNote(curlyQuotes(c.documentType)));
  parts.push(chicagoDate(doc.date));
  parts.push(pinpoint(paragraph));
  // Classification and release travel together ("SECRET/NOFORN, declassified 2004"), after the
  // pinpoint so the document's own description reads the same with or without them. The
  // annotator's `notes` on the copy are remarks, not part of the reference: never printed here.
  if (doc.classification?.trim()) parts.push(doc.classification.trim());
  if (c.release?.trim()) parts.push(midNote(noteDetail(c.release)));
  if (c.archive?.trim()) parts.push(noteDetail(c.archive));
  if (c.identifier?.trim()) parts.push(c.identifier.trim());
  if (c.url?.trim()) parts.push(c.url.trim());
  // The title part already ends in its own comma, so it joins with a space only.
  const [head, ...rest] = parts;
  return endSentence(`${head!} ${rest.join(', ')}`);
}

/** The short note for later references: `INR, “Peru/Hostages,” ¶7 (C).` */
export function chicagoShortNoteForPassage({ document: doc, paragraph }: CitedPassage): string {
  const title = shortTitle(plainTitle(doc));
  return `${shortIssuer(doc)}, ${quotedTitleWithComma(title)} ${pinpoint(paragraph)}.`;
}

/** The full Chicago note for the paragraph a relation cites. */
export function chicagoNote(index: DatasetIndex, relation: Relation): string {
  return chicagoNoteForPassage(citedPassage(index, relation));
}

/** The Chicago short note for the paragraph a relation cites. */
export function chicagoShortNote(index: DatasetIndex, relation: Relation): string {
  return chicagoShortNoteForPassage(citedPassage(index, relation));
}

// --- Markdown ----------------------------------------------------------------------------------

/**
 * Escapes text so a Markdown renderer shows it as written: no emphasis, links, code, raw HTML
 * (a quote naming `<img src=x onerror=…>` must stay text) or entity references.
 *
 * Square brackets stay as printed ("[redacted]" is the memo's own word) unless they could open a
 * link, an image, a footnote or a reference definition: a `]` followed by `(`, `[` or `:`, or a
 * `[^`. Escaping that `]` (or that `[`) is enough to keep the text from becoming one.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_<>|~]/g, '\\$&')
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/\[(?=\^)/g, '\\[')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function qualifiers(r: Relation): string {
  const q: string[] = [];
  if (r.polarity === 'negated') q.push('negated');
  if (r.polarity === 'indeterminate') q.push('indeterminate: the document declines to say');
  if (r.likelihood) q.push(`likelihood “${r.likelihood.term}”`);
  if (r.attributedTo) q.push(`according to ${r.attributedTo}`);
  return q.length > 0 ? ` (${q.join('; ')})` : '';
}

/**
 * The relation as one unambiguous line: "The Front → makes demands of → The Crown", or with
 * dashes on both sides for a type without direction ("The Crown — negotiates with — The Front").
 */
export function relationLine(index: DatasetIndex, r: Relation): string {
  const type = index.typeById.get(r.type);
  const label = type?.label ?? r.type;
  const joint = type?.directed === false ? '—' : '→';
  const name = (id: string) => index.actorById.get(id)?.name ?? id;
  return `${name(r.source)} ${joint} ${label} ${joint} ${name(r.target)}${qualifiers(r)}`;
}

/**
 * A Markdown quote block holding the exact quote, followed by the Chicago note (with its ¶
 * reference) and the relation the quote supports:
 *
 * ```md
 * > The Front holds the envoys
 * >
 * > — Test Office of Analysis, “Ruritania: Envoys Held,” …, ¶1 (C).
 *
 * **Relation:** The Front → holds hostage → The envoys
 * ```
 */
export function markdownCitation(index: DatasetIndex, relation: Relation): string {
  const quote = escapeMarkdown(relation.quote.replace(/\s+/g, ' ').trim());
  const note = escapeMarkdown(chicagoNote(index, relation));
  const line = escapeMarkdown(relationLine(index, relation));
  return `> ${quote}\n>\n> — ${note}\n\n**Relation:** ${line}\n`;
}

// --- BibTeX ------------------------------------------------------------------------------------

const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

/**
 * Escapes text for a braced BibTeX field. Braces become `\textbraceleft`-style commands rather
 * than `\{`, because BibTeX counts every brace, escaped or not, when it looks for a field's end.
 * Non-ASCII characters (en dashes, curly quotes, ¶, accents) stay UTF-8.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}~^&%$#_]/g, (ch) => BIBTEX_ESCAPES[ch] ?? ch);
}

const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and']);

function asciiWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * A key that stays the same for the same document: issuer short form, year and the first
 * significant title word, `inr1996peru`. Without an office, the initials of the issuer's last
 * part stand in for it ("Test Office of Analysis" → "toa").
 */
export function bibtexKey(doc: MemoDocument): string {
  const office = doc.citation.office?.trim();
  let issuer: string;
  if (office) issuer = asciiWords(office).join('');
  else {
    const words = asciiWords(shortIssuer(doc));
    const significant = words.filter((w) => !STOP_WORDS.has(w));
    issuer = (significant.length > 1 ? significant.map((w) => w[0]) : significant).join('');
  }
  const year = String(parseIsoDate(doc.date)?.year ?? '');
  const word = asciiWords(plainTitle(doc)).find((w) => !STOP_WORDS.has(w)) ?? '';
  return `${issuer || 'doc'}${year}${word}`;
}

/**
 * The key of one cited paragraph: the document's key and the paragraph number, `inr1996peru-p10`,
 * so that ¶1 and ¶10 of one memo are two entries a bibliography can hold side by side.
 */
export function bibtexPassageKey({ document: doc, paragraph }: CitedPassage): string {
  return `${bibtexKey(doc)}-p${paragraph.n}`;
}

/**
 * The pinpoint for a BibTeX note, spelled out ("Paragraph 7 (C)"): `¶` is not in BibTeX's or
 * LaTeX's default input encoding everywhere, and a word reads the same in every style.
 */
function spelledPinpoint(p: Paragraph): string {
  return p.marking ? `Paragraph ${p.n} (${p.marking})` : `Paragraph ${p.n}`;
}

/** URLs go in verbatim; only the characters that would unbalance or break the field are encoded. */
function bibtexUrl(url: string): string {
  return url
    .trim()
    .replace(
      /[{}\\\s]/g,
      (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}

/**
 * A `@techreport` entry for the cited document, with the pinpoint and markings in `note`:
 *
 * ```bibtex
 * @techreport{inr1996peru-p7,
 *   author      = {{U.S. Department of State, Bureau of Intelligence and Research}},
 *   title       = {{Peru/Hostages: What Next?}},
 *   institution = {U.S. Department of State, Bureau of Intelligence and Research},
 *   type        = {Intelligence memorandum},
 *   date        = {1996-12-28},
 *   year        = {1996},
 *   month       = dec,
 *   note        = {Paragraph 7 (C). Classification: SECRET/NOFORN.},
 * }
 * ```
 *
 * The author is double-braced because it is an institution: BibTeX would otherwise read
 * "Intelligence and Research" as two people. The title is double-braced to keep its capitals.
 */
export function bibtexEntryForPassage(
  passage: CitedPassage,
  key = bibtexPassageKey(passage),
): string {
  const { document: doc, paragraph } = passage;
  const c = doc.citation;
  const issuer = escapeBibtex(doc.issuer.trim());
  const fields: [string, string][] = [
    ['author', `{{${issuer}}}`],
    ['title', `{{${escapeBibtex(plainTitle(doc))}}}`],
    ['institution', `{${issuer}}`],
  ];
  if (c.documentType.trim()) fields.push(['type', `{${escapeBibtex(c.documentType.trim())}}`]);
  if (c.identifier?.trim()) fields.push(['number', `{${escapeBibtex(c.identifier.trim())}}`]);
  const date = parseIsoDate(doc.date);
  if (date) {
    fields.push(['date', `{${doc.date}}`]);
    fields.push(['year', `{${date.year}}`]);
    fields.push(['month', BIBTEX_MONTHS[date.month - 1]!]);
  }
  const note: string[] = [spelledPinpoint(paragraph)];
  if (doc.classification?.trim()) note.push(`Classification: ${doc.classification.trim()}`);
  if (c.release?.trim()) note.push(noteDetail(c.release));
  if (c.archive?.trim()) note.push(noteDetail(c.archive));
  fields.push(['note', `{${escapeBibtex(endSentence(note.join('. ')))}}`]);
  if (c.url?.trim()) fields.push(['url', `{${bibtexUrl(c.url)}}`]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n');
  return `@techreport{${key},\n${body}\n}\n`;
}

/** The BibTeX entry for the document a relation cites, pinpointed to its paragraph. */
export function bibtexEntry(index: DatasetIndex, relation: Relation): string {
  return bibtexEntryForPassage(citedPassage(index, relation));
}

// --- the list the explorer offers --------------------------------------------------------------

export type CitationFormatId = 'chicago' | 'chicago-short' | 'markdown' | 'bibtex';

export interface CitationFormat {
  readonly id: CitationFormatId;
  /** As shown on the format control: "Chicago", "Markdown"… */
  readonly label: string;
  /** One line saying what the format gives, for a tooltip or description. */
  readonly description: string;
  readonly format: (index: DatasetIndex, relation: Relation) => string;
}

/** The formats the evidence panel can copy, the default (full Chicago note) first. */
export const CITATION_FORMATS: readonly CitationFormat[] = [
  {
    id: 'chicago',
    label: 'Chicago',
    description: 'Chicago note (17th ed.) with paragraph and marking',
    format: chicagoNote,
  },
  {
    id: 'chicago-short',
    label: 'Short note',
    description: 'Chicago short note for later references',
    format: chicagoShortNote,
  },
  {
    id: 'markdown',
    label: 'Markdown',
    description: 'The quote as a Markdown block with its citation and relation',
    format: markdownCitation,
  },
  {
    id: 'bibtex',
    label: 'BibTeX',
    description: 'A BibTeX entry for the memo, pinpointed in its note',
    format: bibtexEntry,
  },
];

/** The format a stored setting names, or the default (full Chicago note) for anything else. */
export function citationFormatById(id: string | null | undefined): CitationFormat {
  return CITATION_FORMATS.find((f) => f.id === id) ?? CITATION_FORMATS[0]!;
}
