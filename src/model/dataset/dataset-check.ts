import { datasetSchemaChecker } from '../contract/dataset-schema.ts';
import { formatPath, type JsonPath } from '../json/json-path.ts';
import type { JsonDocument } from '../json/json-source.ts';
import { isRecord, recordContext } from '../json/schema-check.ts';
import { migrateVersion1 } from './migrate.ts';
import { didYouMean } from '../json/suggest.ts';
import type { Dataset, Diagnostic, Paragraph } from '../contract/types.ts';

/**
 * Loading a compiled dataset: what `memograph check out.json` runs and what the explorer runs on
 * `?data=` URLs. A dataset may come from anywhere, so nothing in it is trusted: the shape is
 * checked against `dataset.schema.json`, then every reference and every quote.
 */

export interface DatasetResult {
  /** The dataset, or null when it has any error. */
  readonly dataset: Dataset | null;
  /** Errors and warnings, in file order within each kind of check. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The version of the contract this code reads. */
export const SCHEMA_VERSION = 2;
/** Older versions this one still reads (see migrate.ts). */
const READABLE_VERSIONS: readonly unknown[] = [1, SCHEMA_VERSION];

/**
 * Beyond this many errors the rest are summarised in one line: a dataset that is wrong
 * throughout says so just as well in a page as in a hundred thousand lines, and the browser stays
 * responsive.
 */
export const MAX_DATASET_ERRORS = 200;

/**
 * Validates a dataset that is already a value (built in memory, or parsed elsewhere). Without
 * source text there are no lines to point at, so diagnostics carry line 0 and name the path.
 */
export function validateDataset(value: unknown, fileName: string): DatasetResult {
  return checkDataset(value, fileName, undefined);
}

class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private errors = 0;
  private dropped = 0;

  constructor(
    private readonly root: unknown,
    private readonly file: string,
    private readonly json: JsonDocument | undefined,
  ) {}

  get errorCount(): number {
    return this.errors;
  }

  error(path: JsonPath, problem: string, part: 'value' | 'key' = 'value'): void {
    this.errors++;
    if (this.errors > MAX_DATASET_ERRORS) {
      this.dropped++;
      return;
    }
    const message = `${formatPath(path)}: ${problem}${recordContext(this.root, path)}`;
    this.diagnostics.push(this.at(path, message, part));
  }

  /** Adds an already worded message (from the schema checker). */
  raw(path: JsonPath, message: string, part: 'value' | 'key'): void {
    this.errors++;
    if (this.errors > MAX_DATASET_ERRORS) {
      this.dropped++;
      return;
    }
    this.diagnostics.push(this.at(path, message, part));
  }

  /** "line 12", or the path when there is no text to count lines in. */
  where(path: JsonPath): string {
    return this.json ? `line ${this.json.locate(path).line}` : formatPath(path);
  }

  finish(): Diagnostic[] {
    if (this.dropped > 0) {
      this.diagnostics.push({
        severity: 'error',
        file: this.file,
        line: 0,
        column: 0,
        message: `${this.dropped} more error${this.dropped === 1 ? '' : 's'} not shown (only the first ${MAX_DATASET_ERRORS} are listed)`,
      });
    }
    return this.diagnostics;
  }

  private at(path: JsonPath, message: string, part: 'value' | 'key'): Diagnostic {
    if (this.json) return this.json.diagnostic(path, message, 'error', part);
    return { severity: 'error', file: this.file, line: 0, column: 0, message };
  }
}

/**
 * The checks themselves. `json`, when given, is the positional parse of the same text, so that
 * every diagnostic names its line and column; without it diagnostics name the path only.
 */
export function checkDataset(
  given: unknown,
  file: string,
  json: JsonDocument | undefined,
): DatasetResult {
  const value = isRecord(given) && given['schemaVersion'] === 1 ? migrateVersion1(given) : given;
  const report = new Reporter(value, file, json);

  // A different version is a different contract: its other complaints would only mislead.
  const version =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (version !== undefined && !READABLE_VERSIONS.includes(version)) {
    report.error(
      ['schemaVersion'],
      `this file is schemaVersion ${JSON.stringify(version)}, but this version of Memograph reads schemaVersion 1 and ${SCHEMA_VERSION}`,
    );
    return { dataset: null, diagnostics: report.finish() };
  }

  for (const issue of datasetSchemaChecker().check(value)) {
    report.raw(issue.path, issue.message, issue.part);
  }
  // References and quotes are only meaningful, and only safe to follow, in a well-formed file.
  if (report.errorCount > 0) return { dataset: null, diagnostics: report.finish() };

  const dataset = value as Dataset;
  checkReferences(dataset, report);
  if (report.errorCount > 0) return { dataset: null, diagnostics: report.finish() };
  return { dataset, diagnostics: report.finish() };
}

/** Ids must be unique within their list; returns id → index of the first with that id. */
function uniqueIds(
  items: readonly { readonly id: string }[],
  listPath: JsonPath,
  noun: string,
  report: Reporter,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]?.id ?? '';
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else {
      report.error(
        [...listPath, i, 'id'],
        `duplicate ${noun} id "${id}" (first at ${report.where([...listPath, first, 'id'])})`,
      );
    }
  }
  return seen;
}

function checkReferences(d: Dataset, report: Reporter): void {
  uniqueIds(d.documents, ['documents'], 'document', report);
  const actorIds = uniqueIds(d.actors, ['actors'], 'actor', report);
  const typeIds = uniqueIds(d.relationTypes, ['relationTypes'], 'relation type', report);
  uniqueIds(d.relations, ['relations'], 'relation', report);
  d.relations.forEach((r, i) => {
    // The graph keeps actors and relations in one id space: a clash would hide one of them.
    if (actorIds.has(r.id)) {
      report.error(
        ['relations', i, 'id'],
        `relation id "${r.id}" is also the id of an actor (${report.where(['actors', actorIds.get(r.id) ?? 0, 'id'])}); give the relation another id`,
      );
    }
  });

  const paragraphsByDocument = new Map<string, Map<string, Paragraph>>();
  d.documents.forEach((doc, di) => {
    const byId = new Map<string, Paragraph>();
    doc.paragraphs.forEach((p, pi) => {
      if (byId.has(p.id)) {
        report.error(
          ['documents', di, 'paragraphs', pi, 'id'],
          `duplicate paragraph id "${p.id}" in document "${doc.id}"`,
        );
      }
      byId.set(p.id, p);
    });
    if (!paragraphsByDocument.has(doc.id)) paragraphsByDocument.set(doc.id, byId);

    const unknownParagraph = (path: JsonPath, id: string) =>
      report.error(
        path,
        `unknown paragraph "${id}" in document "${doc.id}"${didYouMean(id, byId.keys())}`,
      );
    doc.redactions.forEach((r, ri) => {
      const path = ['documents', di, 'redactions', ri];
      if (r.paragraph === null) return;
      const p = byId.get(r.paragraph);
      if (!p) return unknownParagraph([...path, 'paragraph'], r.paragraph);
      if ((r.start === null) !== (r.end === null)) {
        report.error(path, 'start and end must both be numbers or both be null');
      } else if (r.start !== null && r.end !== null) {
        if (r.end < r.start || r.end > p.text.length) {
          report.error(
            [...path, 'end'],
            `start ${r.start} and end ${r.end} do not lie within paragraph "${p.id}" (${p.text.length} characters)`,
          );
        }
      }
    });
    doc.pageBreaks.forEach((b, bi) => {
      const path = ['documents', di, 'pageBreaks', bi];
      const p = byId.get(b.paragraph);
      if (!p) return unknownParagraph([...path, 'paragraph'], b.paragraph);
      if (b.offset > p.text.length) {
        report.error(
          [...path, 'offset'],
          `offset ${b.offset} is past the end of paragraph "${p.id}" (${p.text.length} characters)`,
        );
      }
    });
  });

  const actorNames = () => actorIds.keys();
  d.actors.forEach((a, i) => {
    memberIds(a.memberOf).forEach((id, k) => {
      if (!actorIds.has(id)) {
        report.error(
          ['actors', i, 'memberOf', k],
          `unknown actor "${id}"${didYouMean(id, actorNames())}`,
        );
      }
    });
  });
  for (const cycle of memberOfCycles(d.actors)) {
    const first = cycle[0] ?? '';
    report.error(
      ['actors', actorIds.get(first) ?? 0, 'memberOf'],
      `memberOf goes round in a circle: ${[...cycle, first].join(' → ')}`,
    );
  }

  for (let i = 0; i < d.relations.length; i++) {
    const r = d.relations[i];
    if (!r) continue;
    const path = ['relations', i];
    if (!actorIds.has(r.source)) {
      report.error(
        [...path, 'source'],
        `unknown actor "${r.source}"${didYouMean(r.source, actorNames())}`,
      );
    }
    if (!actorIds.has(r.target)) {
      report.error(
        [...path, 'target'],
        `unknown actor "${r.target}"${didYouMean(r.target, actorNames())}`,
      );
    }
    if (r.source === r.target) {
      report.error(
        [...path, 'target'],
        `source and target are the same actor "${r.source}"; a relation links two actors`,
      );
    }
    if (!typeIds.has(r.type)) {
      report.error(
        [...path, 'type'],
        `unknown relation type "${r.type}"${didYouMean(r.type, typeIds.keys())}`,
      );
    }
    const paragraphs = paragraphsByDocument.get(r.document);
    if (!paragraphs) {
      report.error(
        [...path, 'document'],
        `unknown document "${r.document}"${didYouMean(r.document, paragraphsByDocument.keys())}`,
      );
      continue;
    }
    const p = paragraphs.get(r.paragraph);
    if (!p) {
      report.error(
        [...path, 'paragraph'],
        `unknown paragraph "${r.paragraph}" in document "${r.document}"${didYouMean(r.paragraph, paragraphs.keys())}`,
      );
      continue;
    }
    if (r.end < r.start || r.end > p.text.length) {
      report.error(
        [...path, 'end'],
        `start ${r.start} and end ${r.end} do not lie within paragraph "${p.id}" (${p.text.length} characters)`,
      );
      continue;
    }
    const actual = p.text.slice(r.start, r.end);
    if (actual !== r.quote) {
      const found = p.text.indexOf(r.quote);
      const hint =
        found >= 0
          ? `; the quote is at start ${found}, end ${found + r.quote.length}`
          : '; the quote does not occur in the paragraph at all';
      report.error(
        [...path, 'quote'],
        `does not match paragraph "${p.id}" between start ${r.start} and end ${r.end}, which reads ${JSON.stringify(excerpt(actual))}${hint}`,
      );
    }
  }
}

/** At most 80 characters of a text, for messages. */
export function excerpt(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** memberOf as a list, whether a bundle wrote one id or several. */
export function memberIds(memberOf: string | readonly string[] | undefined): readonly string[] {
  if (memberOf === undefined) return [];
  return typeof memberOf === 'string' ? [memberOf] : memberOf;
}

/**
 * Every loop in the memberOf graph, each once, as the ids in order starting from the one that
 * comes first in the list. An actor may belong to several (Japan to the G-7 and the UN), so
 * this is a depth-first search; each actor is entered once overall, so it stays linear.
 */
export function memberOfCycles(
  actors: readonly { readonly id: string; readonly memberOf?: string | readonly string[] }[],
): string[][] {
  const parents = new Map<string, readonly string[]>();
  for (const a of actors) if (!parents.has(a.id)) parents.set(a.id, memberIds(a.memberOf));
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const state = new Map<string, 'walking' | 'done'>();
  const seen = new Set<string>();
  const cycles: string[][] = [];
  const trail: string[] = [];
  const visit = (start: string): void => {
    // An explicit stack: a chain of thousands of memberships must not overflow the call stack.
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'walking');
    trail.push(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const up = parents.get(top.id) ?? [];
      if (top.next >= up.length) {
        state.set(top.id, 'done');
        trail.pop();
        stack.pop();
        continue;
      }
      const parent = up[top.next++]!;
      const s = state.get(parent);
      if (s === 'walking') {
        const cycle = trail.slice(trail.indexOf(parent));
        // Start the loop at the actor listed first, so the message is the same however found.
        let first = 0;
        cycle.forEach((c, i) => {
          if ((order.get(c) ?? 0) < (order.get(cycle[first] ?? '') ?? 0)) first = i;
        });
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        const key = rotated.join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotated);
        }
      } else if (s === undefined && parents.has(parent)) {
        state.set(parent, 'walking');
        trail.push(parent);
        stack.push({ id: parent, next: 0 });
      }
    }
  };
  for (const a of actors) if (!state.has(a.id)) visit(a.id);
  return cycles;
}
