import { bandForTerm } from '../words/likelihood.ts';
import { excerpt } from '../dataset/dataset-check.ts';
import type { ParsedParagraph } from '../memo/memo-parser.ts';
import { didYouMean } from '../json/suggest.ts';
import { isLintRuleId, LINT_RULE_IDS } from '../lint/rules.ts';
import type { JsonPath } from '../json/json-path.ts';
import type { Relation } from '../contract/types.ts';
import { claimDetails, type RelationAnnotation } from './annotations.ts';
import {
  loadRecordList,
  problemAt,
  type BundleCompiler,
  type CheckedRecords,
  type LoadedFile,
} from './bundle-reader.ts';
import { paragraphUsesTerm, resolveQuote, type QuoteSpan } from './quotes.ts';

export interface RelationContext {
  /** Undefined when actors.json could not be read, so references cannot be checked. */
  readonly actorIds: ReadonlySet<string> | undefined;
  readonly typeIds: ReadonlySet<string> | undefined;
  readonly paragraphs: ReadonlyMap<string, ParsedParagraph> | undefined;
  readonly sourceFile: string | undefined;
  readonly documentId: string | undefined;
}

/** Reads relations.json: ids once each, then every relation checked against the bundle. */
export function compileRelations(
  c: BundleCompiler,
  ctx: RelationContext,
): Omit<CheckedRecords<Relation>, 'ids'> {
  const { file, kept, origins } = loadRecordList<RelationAnnotation>(
    c,
    'relations.json',
    'relations.schema.json',
    'relations',
    'relation',
  );
  const relations: Relation[] = [];
  if (file) {
    for (const { item: r, index } of kept) {
      const compiled = compileRelation(c, file, r, index, ctx);
      if (compiled) relations.push(compiled);
    }
  }
  return { file, records: relations, origins };
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

  if (r.date?.until !== undefined && r.date.until < r.date.iso) {
    error(
      at(['date', 'until']),
      `${r.date.until} is before the span's start ${r.date.iso}; a span ends on or after it begins`,
    );
  }
  (r.reviewed ?? []).forEach((entry, i) => {
    if (!isLintRuleId(entry.rule)) {
      const guess = didYouMean(entry.rule, LINT_RULE_IDS);
      error(
        at(['reviewed', i, 'rule']),
        `unknown linter rule "${entry.rule}"${guess}; the rules are ${LINT_RULE_IDS.join(', ')}`,
      );
    }
    if (entry.why.trim() === '') {
      error(at(['reviewed', i, 'why']), 'is empty; say why the rule does not apply here');
    }
  });

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
      const { term: fullTerm, band } = r.likelihood;
      // The term is the annotator's text, of any length: messages show the start of it.
      const term = excerpt(fullTerm, 60);
      if (!paragraphUsesTerm(paragraph.text, fullTerm)) {
        error(
          at(['likelihood', 'term']),
          `"${term}" does not occur in paragraph ${paragraph.id}; the term must be the paragraph's own word`,
        );
      }
      const expected = bandForTerm(fullTerm);
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
    ...claimDetails(r),
  };
}

function describeParagraphIds(paragraphs: ReadonlyMap<string, unknown>): string {
  const ids = [...paragraphs.keys()];
  if (ids.length === 0) return 'no paragraphs';
  if (ids.length === 1) return 'only paragraph p1';
  return `paragraphs ${ids[0]} to ${ids[ids.length - 1]}`;
}
