import { excerpt, memberOfCycles } from '../dataset/dataset-check.ts';
import { formatPath, type JsonPath } from '../json/json-path.ts';
import { parseJson, type JsonDocument } from '../json/json-source.ts';
import { bandForTerm } from '../words/likelihood.ts';
import { parseMemo, type ParsedParagraph } from '../memo/memo-parser.ts';
import { recordContext } from '../json/schema-check.ts';
import { schemaChecker, type SchemaFileName } from '../contract/schemas.ts';
import { didYouMean } from '../json/suggest.ts';
import type {
  Actor,
  Basis,
  ClaimDate,
  Dataset,
  Diagnostic,
  Likelihood,
  MemoDocument,
  Polarity,
  Relation,
  RelationType,
} from '../contract/types.ts';

/**
 * Annotation bundles: a folder per document (`graph-data/<bundle>/`) holding document.json, the
 * verbatim text, actors.json, relation-types.json and relations.json. This module turns bundles
 * into the compiled dataset and says, file by file and line by line, everything that stops it.
 * It never touches the file system: the CLI, the Vite plugin and the tests hand it a
 * BundleSource.
 */

/** One bundle folder, as the model sees it. */
export interface BundleSource {
  /** The folder as the user named it, e.g. "graph-data/peru-hostages-1996"; prefixes every file. */
  readonly name: string;
  /** The text of a file in the folder, or undefined when there is no such file. */
  readFile(fileName: string): string | undefined;
  /** False when the folder itself does not exist. */
  readonly exists: boolean;
}

/** The files every bundle holds besides the source text, in the order they are read. */
export const BUNDLE_FILES = [
  'document.json',
  'actors.json',
  'relation-types.json',
  'relations.json',
] as const;

export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Where a compiled record was written, so a message about merging can point at both copies. */
export interface RecordOrigin {
  readonly file: string;
  /** Where in the file: ["actors", 3]. */
  readonly path: JsonPath;
  /** Where the record, or one of its fields, is written. */
  at(field?: string): SourceLocation;
}

/** One bundle compiled on its own: whatever could be compiled, and every problem found. */
export interface CompiledBundle {
  readonly name: string;
  /** Null when document.json or the source text is missing or broken. */
  readonly document: MemoDocument | null;
  /** The actors, relation types and relations that passed every check. */
  readonly actors: readonly Actor[];
  readonly relationTypes: readonly RelationType[];
  readonly relations: readonly Relation[];
  readonly diagnostics: readonly Diagnostic[];
  readonly origins: {
    readonly document: RecordOrigin | null;
    readonly actors: ReadonlyMap<string, RecordOrigin>;
    readonly relationTypes: ReadonlyMap<string, RecordOrigin>;
    readonly relations: ReadonlyMap<string, RecordOrigin>;
  };
}

export interface CompileResult {
  /** The merged dataset, or null when any bundle or the merge has an error. */
  readonly dataset: Dataset | null;
  readonly diagnostics: readonly Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Annotation shapes, as the bundle schemas guarantee them

interface DocumentAnnotation {
  readonly id: string;
  readonly source: string;
  readonly issuer: string;
  readonly date: string;
  readonly citation: MemoDocument['citation'];
  readonly title?: string;
}

interface ActorAnnotation {
  readonly id: string;
  readonly name: string;
  readonly kind: Actor['kind'];
  readonly aliases: readonly string[];
  readonly memberOf?: string;
  readonly description: string;
}

interface RelationAnnotation {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly paragraph: string;
  readonly quote: string;
  readonly start?: number;
  readonly end?: number;
  readonly polarity: Polarity;
  readonly likelihood: Likelihood | null;
  readonly basis: Basis;
  readonly attributedTo?: string;
  readonly date?: ClaimDate;
  readonly note?: string;
}

// ---------------------------------------------------------------------------------------------
// Reading one bundle

function joinName(folder: string, file: string): string {
  return folder.endsWith('/') ? `${folder}${file}` : `${folder}/${file}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A bundle JSON file, parsed and checked against its schema. */
interface LoadedFile {
  readonly file: string;
  readonly json: JsonDocument;
  /** The parsed value; undefined when the file is missing or is not JSON. */
  readonly value: unknown;
  /** True when the whole file conforms to its schema. */
  readonly valid: boolean;
  /** Where the schema problems are. */
  readonly issuePaths: readonly JsonPath[];
  /** Indices of list items with a schema problem of their own. */
  readonly badItems: ReadonlySet<number>;
}

class BundleCompiler {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly src: BundleSource) {}

  file(name: string): string {
    return joinName(this.src.name, name);
  }

  push(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  /** A problem with no place inside the file: the file is missing. */
  fileProblem(file: string, message: string): void {
    this.push({ severity: 'error', file, line: 0, column: 0, message });
  }

  /**
   * Reads, parses and schema-checks one of the bundle's JSON files. Returns undefined when the
   * file is missing or is not JSON (the reason is already reported).
   */
  load(name: (typeof BUNDLE_FILES)[number], schema: SchemaFileName, list?: string) {
    const file = this.file(name);
    const text = this.src.readFile(name);
    if (text === undefined) {
      this.fileProblem(
        file,
        `file not found; a bundle holds ${BUNDLE_FILES.join(', ')} and the source text`,
      );
      return undefined;
    }
    const json = parseJson(text, file);
    for (const d of json.diagnostics) this.push(d);
    if (json.value === undefined) return undefined;
    const badItems = new Set<number>();
    const issuePaths: JsonPath[] = [];
    for (const issue of schemaChecker(schema).check(json.value)) {
      issuePaths.push(issue.path);
      this.push(json.diagnostic(issue.path, issue.message, 'error', issue.part));
      if (list !== undefined && issue.path[0] === list && typeof issue.path[1] === 'number') {
        badItems.add(issue.path[1]);
      }
    }
    const loaded: LoadedFile = {
      file,
      json,
      value: json.value,
      valid: issuePaths.length === 0,
      issuePaths,
      badItems,
    };
    return loaded;
  }
}

/** A located problem in one of the bundle's JSON files, worded like the schema's messages. */
function problemAt(
  loaded: LoadedFile,
  path: JsonPath,
  problem: string,
  severity: Diagnostic['severity'] = 'error',
  part: 'value' | 'key' = 'value',
): Diagnostic {
  return loaded.json.diagnostic(
    path,
    `${formatPath(path)}: ${problem}${recordContext(loaded.value, path)}`,
    severity,
    part,
  );
}

function originOf(loaded: LoadedFile, path: JsonPath): RecordOrigin {
  return {
    file: loaded.file,
    path,
    at(field) {
      const p = loaded.json.locate(field === undefined ? path : [...path, field]);
      return { file: loaded.file, line: p.line, column: p.column };
    },
  };
}

/**
 * The items of a list file ("actors", "relations"…) that passed the schema, with their index,
 * and the ids of every item that has a string id at all (so one broken record does not make
 * every reference to it "unknown" too).
 */
function usableItems<T extends { readonly id: string }>(
  loaded: LoadedFile | undefined,
  list: string,
): { items: { item: T; index: number }[]; ids: Set<string> } {
  const items: { item: T; index: number }[] = [];
  const ids = new Set<string>();
  const value = loaded && isRecord(loaded.value) ? loaded.value[list] : undefined;
  if (!loaded || !Array.isArray(value)) return { items, ids };
  value.forEach((raw: unknown, index) => {
    if (isRecord(raw) && typeof raw.id === 'string') ids.add(raw.id);
    if (!loaded.badItems.has(index)) items.push({ item: raw as T, index });
  });
  return { items, ids };
}

/**
 * Reports every id used twice in a list, at the second use, naming the line of the first.
 * Returns the items that are the first with their id.
 */
function firstOfEachId<T extends { readonly id: string }>(
  c: BundleCompiler,
  loaded: LoadedFile,
  list: string,
  noun: string,
  items: { item: T; index: number }[],
): { item: T; index: number }[] {
  const firstIndex = new Map<string, number>();
  const kept: { item: T; index: number }[] = [];
  for (const entry of items) {
    const first = firstIndex.get(entry.item.id);
    if (first === undefined) {
      firstIndex.set(entry.item.id, entry.index);
      kept.push(entry);
    } else {
      const line = loaded.json.locate([list, first, 'id']).line;
      c.push(
        problemAt(
          loaded,
          [list, entry.index, 'id'],
          `duplicate ${noun} id "${entry.item.id}" (first defined at line ${line})`,
        ),
      );
    }
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Quotes

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The quote as a pattern in which any run of whitespace matches any other run. */
function quotePattern(quote: string, flags = 'gu'): RegExp | null {
  const words = quote
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join('\\s+'), flags);
}

export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Every place `quote` occurs in `text`, whitespace differences forgiven, overlapping
 * occurrences included. Offsets are UTF-16 code units, as the contract counts them.
 */
export function findQuote(text: string, quote: string): QuoteSpan[] {
  const re = quotePattern(quote);
  if (!re) return [];
  const spans: QuoteSpan[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return spans;
}

/** Typographic look-alikes that annotators type differently from the printed text. */
function plainPunctuation(s: string): string {
  return s
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
}

/**
 * Why a quote is not in its paragraph, as precisely as can be said: the capitals differ, the
 * dashes or quotation marks differ, or the words match up to some point and then part ways.
 */
function whyQuoteIsMissing(text: string, quote: string): string {
  const insensitive = quotePattern(quote, 'iu')?.exec(text);
  if (insensitive) {
    return `the paragraph has it with different capitals: ${JSON.stringify(excerpt(insensitive[0]))}`;
  }
  const plainText = plainPunctuation(text);
  const plain = quotePattern(plainPunctuation(quote), 'u')?.exec(plainText);
  if (plain) {
    const printed = text.slice(plain.index, plain.index + plain[0].length);
    return `the paragraph prints it with other dashes or quotation marks: ${JSON.stringify(excerpt(printed))}`;
  }
  const words = quote.trim().split(/\s+/u);
  // The longest run of the quote's first words that the paragraph has; occurring is monotonic
  // in the number of words, so bisection finds it.
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (quotePattern(words.slice(0, mid).join(' '), 'u')?.test(text)) lo = mid;
    else hi = mid - 1;
  }
  const matched = words.slice(0, lo).join(' ');
  if (lo === 0 || matched.length < 8) return '';
  const m = quotePattern(matched, 'u')?.exec(text);
  if (!m) return '';
  const after = text.slice(m.index + m[0].length).trimStart();
  const paragraphNext = after.split(/\s+/u).slice(0, 4).join(' ');
  const quoteNext = words.slice(lo, lo + 4).join(' ');
  return `it matches as far as ${JSON.stringify(excerpt(matched, 60))}, then the paragraph reads ${JSON.stringify(paragraphNext || '(end of paragraph)')} where the quote has ${JSON.stringify(quoteNext)}`;
}

function spansText(spans: readonly QuoteSpan[]): string {
  return spans.map((s) => `start ${s.start}, end ${s.end}`).join('; or ');
}

// ---------------------------------------------------------------------------------------------
// Compiling one bundle

/** Word-bounded, case-insensitive, whitespace-forgiving: is the term the paragraph's own word? */
function paragraphUsesTerm(text: string, term: string): boolean {
  const words = term
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return false;
  const body = words.map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const EMPTY_ORIGINS = {
  document: null,
  actors: new Map<string, RecordOrigin>(),
  relationTypes: new Map<string, RecordOrigin>(),
  relations: new Map<string, RecordOrigin>(),
};

/**
 * Compiles one bundle on its own: reads and checks every file, resolves each relation's quote to
 * offsets in its paragraph, and reports every problem at the line and column of the offending
 * value. Never throws; returns whatever could be compiled alongside the diagnostics.
 */
export function compileBundle(src: BundleSource): CompiledBundle {
  const c = new BundleCompiler(src);
  if (!src.exists) {
    c.fileProblem(src.name, 'bundle folder not found');
    return {
      name: src.name,
      document: null,
      actors: [],
      relationTypes: [],
      relations: [],
      diagnostics: c.diagnostics,
      origins: EMPTY_ORIGINS,
    };
  }

  // document.json and the text it names
  const docFile = c.load('document.json', 'document.schema.json');
  const docValue = docFile && isRecord(docFile.value) ? docFile.value : undefined;
  let document: MemoDocument | null = null;
  let paragraphs: ReadonlyMap<string, ParsedParagraph> | undefined;
  let sourceFile: string | undefined;
  if (docFile && docValue && typeof docValue.source === 'string') {
    const sourceOk = !docFile.issuePaths.some((p) => p[0] === 'source');
    const source = docValue.source;
    const text = sourceOk ? src.readFile(source) : undefined;
    if (sourceOk && text === undefined) {
      c.push(
        problemAt(
          docFile,
          ['source'],
          `the source text "${source}" is not in ${src.name}; it must sit beside document.json`,
        ),
      );
    }
    if (text !== undefined) {
      sourceFile = c.file(source);
      const { memo, problems } = parseMemo(text);
      for (const p of problems) {
        c.push({
          severity: p.severity,
          file: sourceFile,
          line: p.line,
          column: p.column,
          message: p.message,
        });
      }
      paragraphs = new Map(memo.paragraphs.map((p) => [p.id, p]));
      if (docFile.valid) {
        const doc = docValue as unknown as DocumentAnnotation;
        if (memo.title !== null && doc.title !== undefined && doc.title !== memo.title) {
          c.push(
            problemAt(
              docFile,
              ['title'],
              `"${doc.title}" differs from the title printed in the text, "${memo.title}"; the printed title is used`,
              'warning',
            ),
          );
        }
        if (memo.date !== null && memo.date !== doc.date) {
          c.push(
            problemAt(
              docFile,
              ['date'],
              `${doc.date} differs from the date printed in the text, ${memo.date}`,
              'warning',
            ),
          );
        }
        const title = memo.title ?? doc.title;
        if (title === undefined) {
          c.push(
            problemAt(
              docFile,
              [],
              `the source text has no title line, so document.json must give a "title"`,
            ),
          );
        } else {
          const office = doc.citation.office ?? memo.office ?? undefined;
          document = {
            id: doc.id,
            title,
            titleMarking: memo.titleMarking,
            classification: memo.classification,
            issuer: doc.issuer,
            date: doc.date,
            citation: {
              documentType: doc.citation.documentType,
              ...(office !== undefined && { office }),
              ...(doc.citation.archive !== undefined && { archive: doc.citation.archive }),
              ...(doc.citation.identifier !== undefined && {
                identifier: doc.citation.identifier,
              }),
              ...(doc.citation.url !== undefined && { url: doc.citation.url }),
              ...(doc.citation.release !== undefined && { release: doc.citation.release }),
            },
            paragraphs: memo.paragraphs.map((p) => ({
              id: p.id,
              n: p.n,
              heading: p.heading,
              marking: p.marking,
              text: p.text,
              page: p.page,
            })),
            redactions: memo.redactions,
            pageBreaks: memo.pageBreaks,
            furniture: memo.furniture,
          };
        }
      }
    }
  }
  const documentId = docFile?.valid ? (docValue as unknown as DocumentAnnotation).id : undefined;

  // actors.json
  const actorsFile = c.load('actors.json', 'actors.schema.json', 'actors');
  const actorOrigins = new Map<string, RecordOrigin>();
  const actors: Actor[] = [];
  const actorItems = usableItems<ActorAnnotation>(actorsFile, 'actors');
  if (actorsFile) {
    const kept = firstOfEachId(c, actorsFile, 'actors', 'actor', actorItems.items);
    for (const { item: a, index } of kept) {
      actorOrigins.set(a.id, originOf(actorsFile, ['actors', index]));
      if (a.memberOf !== undefined && !actorItems.ids.has(a.memberOf)) {
        c.push(
          problemAt(
            actorsFile,
            ['actors', index, 'memberOf'],
            `unknown actor "${a.memberOf}"${didYouMean(a.memberOf, actorItems.ids)}`,
          ),
        );
        continue;
      }
      actors.push({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: [...a.aliases],
        ...(a.memberOf !== undefined && { memberOf: a.memberOf }),
        description: a.description,
      });
    }
    for (const cycle of memberOfCycles(kept.map((k) => k.item))) {
      const index = kept.find((k) => k.item.id === cycle[0])?.index ?? 0;
      c.push(
        problemAt(
          actorsFile,
          ['actors', index, 'memberOf'],
          `memberOf goes round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
        ),
      );
    }
  }

  // relation-types.json
  const typesFile = c.load('relation-types.json', 'relation-types.schema.json', 'relationTypes');
  const typeOrigins = new Map<string, RecordOrigin>();
  const relationTypes: RelationType[] = [];
  const typeItems = usableItems<RelationType>(typesFile, 'relationTypes');
  if (typesFile) {
    const kept = firstOfEachId(c, typesFile, 'relationTypes', 'relation type', typeItems.items);
    for (const { item: t, index } of kept) {
      typeOrigins.set(t.id, originOf(typesFile, ['relationTypes', index]));
      relationTypes.push({
        id: t.id,
        label: t.label,
        directed: t.directed,
        definition: t.definition,
        color: t.color,
      });
    }
  }

  // relations.json
  const relationsFile = c.load('relations.json', 'relations.schema.json', 'relations');
  const relationOrigins = new Map<string, RecordOrigin>();
  const relations: Relation[] = [];
  if (relationsFile) {
    const items = usableItems<RelationAnnotation>(relationsFile, 'relations').items;
    const kept = firstOfEachId(c, relationsFile, 'relations', 'relation', items);
    for (const { item: r, index } of kept) {
      relationOrigins.set(r.id, originOf(relationsFile, ['relations', index]));
      const compiled = compileRelation(c, relationsFile, r, index, {
        actorIds: actorsFile ? actorItems.ids : undefined,
        typeIds: typesFile ? typeItems.ids : undefined,
        paragraphs,
        sourceFile,
        documentId,
      });
      if (compiled) relations.push(compiled);
    }
  }

  // Read a file's problems in order, files in the order they were read.
  const fileOrder = new Map<string, number>();
  for (const d of c.diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  const diagnostics = [...c.diagnostics].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.line - b.line ||
      a.column - b.column,
  );

  return {
    name: src.name,
    document,
    actors,
    relationTypes,
    relations,
    diagnostics,
    origins: {
      document: docFile?.valid ? originOf(docFile, []) : null,
      actors: actorOrigins,
      relationTypes: typeOrigins,
      relations: relationOrigins,
    },
  };
}

interface RelationContext {
  /** Undefined when actors.json could not be read, so references cannot be checked. */
  readonly actorIds: ReadonlySet<string> | undefined;
  readonly typeIds: ReadonlySet<string> | undefined;
  readonly paragraphs: ReadonlyMap<string, ParsedParagraph> | undefined;
  readonly sourceFile: string | undefined;
  readonly documentId: string | undefined;
}

/** Checks one schema-valid relation and compiles it; null when it has any error. */
function compileRelation(
  c: BundleCompiler,
  file: LoadedFile,
  r: RelationAnnotation,
  index: number,
  ctx: RelationContext,
): Relation | null {
  const at = (field: string | (string | number)[]): JsonPath => [
    'relations',
    index,
    ...(Array.isArray(field) ? field : [field]),
  ];
  let ok = true;
  const error = (path: JsonPath, problem: string, part: 'value' | 'key' = 'value') => {
    ok = false;
    c.push(problemAt(file, path, problem, 'error', part));
  };
  const warn = (path: JsonPath, problem: string) =>
    c.push(problemAt(file, path, problem, 'warning'));

  if (ctx.actorIds) {
    for (const end of ['source', 'target'] as const) {
      const id = r[end];
      if (!ctx.actorIds.has(id)) {
        error(at(end), `unknown actor "${id}"${didYouMean(id, ctx.actorIds)}`);
      }
    }
  }
  if (r.source === r.target) {
    error(
      at('target'),
      `source and target are the same actor "${r.source}"; a relation links two actors`,
    );
  }
  if (ctx.typeIds && !ctx.typeIds.has(r.type)) {
    error(at('type'), `unknown relation type "${r.type}"${didYouMean(r.type, ctx.typeIds)}`);
  }

  if (r.basis === 'reported' && r.attributedTo === undefined) {
    error(at('basis'), 'a reported claim needs "attributedTo": say who reports it');
  }
  if (r.basis !== 'reported' && r.attributedTo !== undefined) {
    warn(
      at('attributedTo'),
      `basis is "${r.basis}", not "reported"; attributedTo is meant for reported claims`,
    );
  }

  let span: QuoteSpan | undefined;
  const paragraph = ctx.paragraphs?.get(r.paragraph);
  if (ctx.paragraphs && !paragraph) {
    error(
      at('paragraph'),
      `unknown paragraph "${r.paragraph}"; the text has ${describeParagraphIds(ctx.paragraphs)}`,
    );
  }
  if (paragraph) {
    span = resolveQuote(r, paragraph, ctx.sourceFile ?? '', (field, problem) =>
      error(at(field), problem),
    );
    if (r.likelihood) {
      const { term, band } = r.likelihood;
      if (!paragraphUsesTerm(paragraph.text, term)) {
        error(
          at(['likelihood', 'term']),
          `"${term}" does not occur in paragraph ${paragraph.id}; the term must be the paragraph's own word`,
        );
      }
      const expected = bandForTerm(term);
      if (expected === undefined) {
        warn(
          at(['likelihood', 'term']),
          `"${term}" is not in the likelihood term table, so its band "${band}" cannot be checked`,
        );
      } else if (expected !== band) {
        error(
          at(['likelihood', 'band']),
          `"${term}" is "${expected}" in the likelihood term table, not "${band}"`,
        );
      }
    }
  }

  if (!ok || !span || !paragraph || ctx.documentId === undefined) return null;
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    document: ctx.documentId,
    paragraph: r.paragraph,
    quote: paragraph.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    polarity: r.polarity,
    likelihood: r.likelihood ? { term: r.likelihood.term, band: r.likelihood.band } : null,
    basis: r.basis,
    ...(r.attributedTo !== undefined && { attributedTo: r.attributedTo }),
    ...(r.date !== undefined && { date: { iso: r.date.iso, phrase: r.date.phrase } }),
    ...(r.note !== undefined && { note: r.note }),
  };
}

function describeParagraphIds(paragraphs: ReadonlyMap<string, unknown>): string {
  const ids = [...paragraphs.keys()];
  if (ids.length === 0) return 'no paragraphs';
  if (ids.length === 1) return 'only paragraph p1';
  return `paragraphs ${ids[0]} to ${ids[ids.length - 1]}`;
}

/**
 * Finds where the relation's quote sits in its paragraph. With start and/or end given they must
 * pick out an occurrence of the quote; without them the quote must occur exactly once.
 */
function resolveQuote(
  r: RelationAnnotation,
  p: ParsedParagraph,
  sourceFile: string,
  error: (field: string, problem: string) => void,
): QuoteSpan | undefined {
  const spans = findQuote(p.text, r.quote);
  if (r.quote.trim() === '') {
    error('quote', 'is only whitespace; quote the words that make the assertion');
    return undefined;
  }
  if (spans.length === 0) {
    const why = whyQuoteIsMissing(p.text, r.quote);
    const where = sourceFile ? ` (${sourceFile}, line ${p.line})` : '';
    error(
      'quote',
      `not found in paragraph ${p.id}, whitespace aside${why ? `; ${why}` : ''}; ${p.id}${where} begins ${JSON.stringify(excerpt(p.text))}`,
    );
    return undefined;
  }
  if (r.start !== undefined && r.end !== undefined && r.start > r.end) {
    error('start', `start ${r.start} is after end ${r.end}; the quote is at ${spansText(spans)}`);
    return undefined;
  }
  if (r.start === undefined && r.end === undefined) {
    const only = spans[0];
    if (spans.length === 1 && only) return only;
    error(
      'quote',
      `occurs ${spans.length} times in paragraph ${p.id} (${spansText(spans)}); add "start" to say which: ${spans.map((s) => `"start": ${s.start}`).join(' or ')}`,
    );
    return undefined;
  }
  const chosen = spans.find(
    (s) =>
      (r.start === undefined || s.start === r.start) && (r.end === undefined || s.end === r.end),
  );
  if (chosen) return chosen;
  const given = [
    r.start !== undefined ? `start ${r.start}` : '',
    r.end !== undefined ? `end ${r.end}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const selected =
    r.start !== undefined && r.end !== undefined
      ? `, which select ${JSON.stringify(excerpt(p.text.slice(r.start, r.end)))},`
      : '';
  error(
    r.start !== undefined ? 'start' : 'end',
    `${given}${selected} ${r.start !== undefined && r.end !== undefined ? 'do' : 'does'} not match the quote; in paragraph ${p.id} the quote is at ${spansText(spans)}`,
  );
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Merging bundles into one dataset

function where(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/** `actors[3].name`: the field of a record as the merge messages name it. */
function fieldPath(origin: RecordOrigin, field: string): string {
  return formatPath([...origin.path, field]);
}

function located(
  loc: SourceLocation,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return { severity, file: loc.file, line: loc.line, column: loc.column, message };
}

interface MergedActor {
  id: string;
  name: string;
  kind: Actor['kind'];
  aliases: string[];
  memberOf?: string;
  description: string;
  origin: RecordOrigin;
  memberOfOrigin?: RecordOrigin;
}

/**
 * Compiles every bundle and merges them into one dataset. Documents must have distinct ids, and
 * so must relations across the whole dataset. Actors with the same id are one actor: their names,
 * kinds and memberOf must agree (an absent memberOf agrees with any), aliases are pooled in the
 * order first seen, and the first non-empty description is kept. Relation types with the same id
 * must agree on label and direction; the first colour wins, with a warning when they differ.
 * The dataset is null when anything is an error.
 */
export function compileBundles(srcs: readonly BundleSource[]): CompileResult {
  const bundles = srcs.map(compileBundle);
  const diagnostics: Diagnostic[] = bundles.flatMap((b) => b.diagnostics);

  const documents: MemoDocument[] = [];
  const documentOrigins = new Map<string, RecordOrigin>();
  for (const b of bundles) {
    const doc = b.document;
    const origin = b.origins.document;
    if (!doc || !origin) continue;
    const earlier = documentOrigins.get(doc.id);
    if (earlier) {
      diagnostics.push(
        located(
          origin.at('id'),
          `${formatPath(['id'])}: document id "${doc.id}" is already used by ${where(earlier.at('id'))}; each document needs its own id`,
        ),
      );
      continue;
    }
    documentOrigins.set(doc.id, origin);
    documents.push(doc);
  }

  const actors = new Map<string, MergedActor>();
  for (const b of bundles) {
    for (const a of b.actors) {
      const origin = b.origins.actors.get(a.id);
      if (!origin) continue;
      const first = actors.get(a.id);
      if (!first) {
        actors.set(a.id, {
          id: a.id,
          name: a.name,
          kind: a.kind,
          aliases: [...a.aliases],
          ...(a.memberOf !== undefined && { memberOf: a.memberOf, memberOfOrigin: origin }),
          description: a.description,
          origin,
        });
        continue;
      }
      const disagree = (field: 'name' | 'kind' | 'memberOf', mine: unknown, theirs: unknown) =>
        diagnostics.push(
          located(
            origin.at(field),
            `${fieldPath(origin, field)}: actor "${a.id}" has ${field} ${JSON.stringify(mine)} here but ${JSON.stringify(theirs)} at ${where(first.origin.at(field))}; an actor in several bundles must agree`,
          ),
        );
      if (a.name !== first.name) disagree('name', a.name, first.name);
      if (a.kind !== first.kind) disagree('kind', a.kind, first.kind);
      if (a.memberOf !== undefined) {
        if (first.memberOf === undefined) {
          first.memberOf = a.memberOf;
          first.memberOfOrigin = origin;
        } else if (first.memberOf !== a.memberOf) {
          disagree('memberOf', a.memberOf, first.memberOf);
        }
      }
      for (const alias of a.aliases) if (!first.aliases.includes(alias)) first.aliases.push(alias);
      if (first.description === '' && a.description !== '') first.description = a.description;
    }
  }
  const mergedActors = [...actors.values()];
  if (bundles.length > 1) {
    for (const cycle of memberOfCycles(mergedActors)) {
      const origin = actors.get(cycle[0] ?? '')?.memberOfOrigin;
      if (!origin) continue;
      diagnostics.push(
        located(
          origin.at('memberOf'),
          `${fieldPath(origin, 'memberOf')}: the bundles together make memberOf go round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
        ),
      );
    }
  }

  const types = new Map<string, { type: RelationType; origin: RecordOrigin }>();
  for (const b of bundles) {
    for (const t of b.relationTypes) {
      const origin = b.origins.relationTypes.get(t.id);
      if (!origin) continue;
      const first = types.get(t.id);
      if (!first) {
        types.set(t.id, { type: t, origin });
        continue;
      }
      for (const field of ['label', 'directed'] as const) {
        if (t[field] !== first.type[field]) {
          diagnostics.push(
            located(
              origin.at(field),
              `${fieldPath(origin, field)}: relation type "${t.id}" has ${field} ${JSON.stringify(t[field])} here but ${JSON.stringify(first.type[field])} at ${where(first.origin.at(field))}; a relation type in several bundles must agree`,
            ),
          );
        }
      }
      if (t.color.toLowerCase() !== first.type.color.toLowerCase()) {
        diagnostics.push(
          located(
            origin.at('color'),
            `${fieldPath(origin, 'color')}: relation type "${t.id}" is ${t.color} here but ${first.type.color} at ${where(first.origin.at('color'))}; the first colour is used`,
            'warning',
          ),
        );
      }
    }
  }

  const relations: Relation[] = [];
  const relationOrigins = new Map<string, RecordOrigin>();
  for (const b of bundles) {
    for (const r of b.relations) {
      const origin = b.origins.relations.get(r.id);
      if (!origin) continue;
      const earlier = relationOrigins.get(r.id);
      if (earlier) {
        diagnostics.push(
          located(
            origin.at('id'),
            `${fieldPath(origin, 'id')}: relation id "${r.id}" is also used at ${where(earlier.at('id'))}; relation ids must be unique across the dataset`,
          ),
        );
        continue;
      }
      const actor = actors.get(r.id);
      if (actor) {
        // The graph keeps actors and relations in one id space: a clash would hide one of them.
        diagnostics.push(
          located(
            origin.at('id'),
            `${fieldPath(origin, 'id')}: relation id "${r.id}" is also the id of an actor (${where(actor.origin.at('id'))}); give the relation another id`,
          ),
        );
        continue;
      }
      relationOrigins.set(r.id, origin);
      relations.push(r);
    }
  }

  if (diagnostics.some((d) => d.severity === 'error')) return { dataset: null, diagnostics };
  return {
    dataset: {
      schemaVersion: 1,
      documents,
      actors: mergedActors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        ...(a.memberOf !== undefined && { memberOf: a.memberOf }),
        description: a.description,
      })),
      relationTypes: [...types.values()].map((t) => t.type),
      relations,
    },
    diagnostics,
  };
}
