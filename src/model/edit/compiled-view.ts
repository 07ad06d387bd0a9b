import type { RelationAnnotation } from '../annotation/annotations.ts';
import { BundleCompiler } from '../annotation/bundle-reader.ts';
import { compileBundle } from '../annotation/compile-bundle.ts';
import { compileRelations } from '../annotation/relation-check.ts';
import type { Dataset, Diagnostic, MemoDocument, Relation } from '../contract/types.ts';
import { indexDataset, paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import { parseMemo, type ParsedParagraph } from '../memo/memo-parser.ts';
import { bundleSourceOf, type AnnotationState } from './annotation-state.ts';
import { formatBundleJson } from './bundle-format.ts';

/**
 * The compiled dataset of the state being edited, kept up to date edit by edit. A full compile
 * parses the text and checks every file; after an edit only the records that changed are checked
 * again (states share untouched records, so identity says what changed), and adding a relation
 * extends the explorer's index instead of rebuilding it.
 */

/** A checker's message about one field of a relation, for the form and the evidence panel. */
export interface RelationProblem {
  readonly severity: Diagnostic['severity'];
  /** The field, as a path inside the relation: "quote", "likelihood.term"; "" for the whole. */
  readonly field: string;
  readonly message: string;
}

interface Context {
  readonly document: MemoDocument;
  readonly paragraphs: ReadonlyMap<string, ParsedParagraph>;
  readonly sourceFile: string;
  readonly actorIds: ReadonlySet<string>;
  readonly typeIds: ReadonlySet<string>;
}

type Compiled = { readonly relation: Relation } | { readonly problems: RelationProblem[] };

export interface CompiledView {
  readonly state: AnnotationState;
  /** What the explorer shows: the relations that pass every check. */
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  /** The relations that do not compile, by id, with the checker's messages. */
  readonly problems: ReadonlyMap<string, readonly RelationProblem[]>;
  /** The document's own warnings (parser, document.json), from the last full compile. */
  readonly documentDiagnostics: readonly Diagnostic[];
  readonly context: Context;
  readonly compiled: WeakMap<RelationAnnotation, Compiled>;
}

/** Strips the file's place from a checker's message about relations[0]: the field and the rest. */
function problemOf(d: Diagnostic, id: string): RelationProblem {
  const m = /^relations\[0\]\.?([^:]*): ([\s\S]*)$/.exec(d.message);
  const context = ` — relation "${id}"`;
  const field = m?.[1] ?? '';
  let message = m?.[2] ?? d.message;
  if (message.endsWith(context)) message = message.slice(0, -context.length);
  return { severity: d.severity, field, message };
}

/** Checks one relation with the checker's own code, as if it were alone in relations.json. */
export function compileOneRelation(ctx: Context, r: RelationAnnotation): Compiled {
  const text = formatBundleJson({ relations: [r] });
  const c = new BundleCompiler({
    name: '',
    exists: true,
    readFile: (f) => (f === 'relations.json' ? text : undefined),
  });
  const { records } = compileRelations(c, {
    actorIds: ctx.actorIds,
    typeIds: ctx.typeIds,
    paragraphs: ctx.paragraphs,
    sourceFile: ctx.sourceFile,
    documentId: ctx.document.id,
  });
  const problems = c.diagnostics.map((d) => problemOf(d, r.id));
  const relation = records[0];
  return relation && !problems.some((p) => p.severity === 'error') ? { relation } : { problems };
}

function datasetOf(state: AnnotationState, ctx: Context, relations: Relation[]): Dataset {
  return {
    schemaVersion: 2,
    documents: [ctx.document],
    actors: state.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases],
      ...(a.memberOf !== undefined &&
        a.memberOf.length > 0 && {
          memberOf: [...new Set(typeof a.memberOf === 'string' ? [a.memberOf] : a.memberOf)],
        }),
      description: a.description,
    })),
    relationTypes: state.relationTypes,
    relations,
  };
}

function assemble(
  state: AnnotationState,
  ctx: Context,
  compiled: WeakMap<RelationAnnotation, Compiled>,
  documentDiagnostics: readonly Diagnostic[],
): CompiledView {
  const relations: Relation[] = [];
  const problems = new Map<string, RelationProblem[]>();
  for (const r of state.relations) {
    let result = compiled.get(r);
    if (!result) {
      result = compileOneRelation(ctx, r);
      compiled.set(r, result);
    }
    if ('relation' in result) relations.push(result.relation);
    else problems.set(r.id, result.problems);
  }
  const dataset = datasetOf(state, ctx, relations);
  return {
    state,
    dataset,
    index: indexDataset(dataset),
    problems,
    documentDiagnostics,
    context: ctx,
    compiled,
  };
}

/**
 * Compiles a state from scratch. `diagnostics` are the checker's messages when the text or
 * document.json cannot be compiled at all; the view is then undefined.
 */
export function compileView(
  state: AnnotationState,
): { readonly view: CompiledView } | { readonly diagnostics: readonly Diagnostic[] } {
  const bundle = compileBundle(bundleSourceOf(state));
  if (!bundle.document) return { diagnostics: bundle.diagnostics };
  const { memo } = parseMemo(state.sourceText);
  const ctx: Context = {
    document: bundle.document,
    paragraphs: new Map(memo.paragraphs.map((p) => [p.id, p])),
    sourceFile: `${state.name}/${state.sourceName}`,
    actorIds: new Set(state.actors.map((a) => a.id)),
    typeIds: new Set(state.relationTypes.map((t) => t.id)),
  };
  const compiled = new WeakMap<RelationAnnotation, Compiled>();
  const byId = new Map(bundle.relations.map((r) => [r.id, r]));
  for (const r of state.relations) {
    const relation = byId.get(r.id);
    if (relation) compiled.set(r, { relation });
  }
  const documentDiagnostics = bundle.diagnostics.filter(
    (d) => !d.file.endsWith('/relations.json') && d.file !== 'relations.json',
  );
  return { view: assemble(state, ctx, compiled, documentDiagnostics) };
}

/** The index with one relation added at the end, sharing everything it does not change. */
function appendToIndex(index: DatasetIndex, dataset: Dataset, r: Relation): DatasetIndex {
  const relationsByActor = new Map(index.relationsByActor);
  relationsByActor.set(r.source, [...(relationsByActor.get(r.source) ?? []), r]);
  if (r.target !== r.source) {
    relationsByActor.set(r.target, [...(relationsByActor.get(r.target) ?? []), r]);
  }
  const key = paragraphKey(r.document, r.paragraph);
  const relationsByParagraph = new Map(index.relationsByParagraph);
  relationsByParagraph.set(key, [...(relationsByParagraph.get(key) ?? []), r]);
  const relationCountByType = new Map(index.relationCountByType);
  relationCountByType.set(r.type, (relationCountByType.get(r.type) ?? 0) + 1);
  const degree = new Map(index.degree);
  degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
  degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  return {
    ...index,
    dataset,
    relationById: new Map(index.relationById).set(r.id, r),
    relationsByActor,
    relationsByParagraph,
    relationCountByType,
    degree,
  };
}

/**
 * The view of `state`, reached from `view` by edits: only relations whose records changed are
 * checked again, and an added relation extends the index. The text and document.json are never
 * edited; a state with other ones is compiled from scratch.
 */
export function updateView(view: CompiledView, state: AnnotationState): CompiledView {
  if (state === view.state) return view;
  const before = view.state;
  if (
    state.sourceText !== before.sourceText ||
    state.document !== before.document ||
    state.name !== before.name
  ) {
    const fresh = compileView(state);
    if ('view' in fresh) return fresh.view;
    // The text did not change, so it still compiles; keep what was there rather than nothing.
    return view;
  }
  const sameActors = state.actors === before.actors;
  const sameTypes = state.relationTypes === before.relationTypes;
  let ctx = view.context;
  let compiled = view.compiled;
  if (!sameActors || !sameTypes) {
    const actorIds = sameActors ? ctx.actorIds : new Set(state.actors.map((a) => a.id));
    const typeIds = sameTypes ? ctx.typeIds : new Set(state.relationTypes.map((t) => t.id));
    ctx = { ...ctx, actorIds, typeIds };
    // A relation's checks read actor and type ids only to see that they exist: a verdict stands
    // while its ids do, and any other relation is checked again (an unknown actor may now be known).
    compiled = new WeakMap();
    for (const r of before.relations) {
      const c = view.compiled.get(r);
      const known = actorIds.has(r.source) && actorIds.has(r.target) && typeIds.has(r.type);
      if (c && 'relation' in c && known) compiled.set(r, c);
    }
  }
  const appended =
    sameActors &&
    sameTypes &&
    view.problems.size === 0 &&
    state.relations.length === before.relations.length + 1 &&
    state.relations.every((r, i) => i === before.relations.length || r === before.relations[i]);
  if (appended) {
    const r = state.relations[state.relations.length - 1]!;
    const result = compileOneRelation(ctx, r);
    compiled.set(r, result);
    if ('relation' in result) {
      const dataset = { ...view.dataset, relations: [...view.dataset.relations, result.relation] };
      return {
        ...view,
        state,
        dataset,
        index: appendToIndex(view.index, dataset, result.relation),
      };
    }
    return { ...view, state, problems: new Map([[r.id, result.problems]]) };
  }
  return assemble(state, ctx, compiled, view.documentDiagnostics);
}
