import {
  claimDetails,
  type ActorAnnotation,
  type RelationAnnotation,
} from '../annotation/annotations.ts';
import { BUNDLE_FILES, type BundleSource } from '../annotation/bundle-source.ts';
import { compileBundle, type CompiledBundle } from '../annotation/compile-bundle.ts';
import type { Diagnostic, RelationType } from '../contract/types.ts';
import { formatBundleJson } from './bundle-format.ts';

/**
 * What an annotator edits: one bundle's files as values. The verbatim text and document.json are
 * never changed by an edit; actors and relations are. States are immutable: every edit returns a
 * new state that shares every record it did not touch, which is what lets the compiled dataset be
 * updated record by record (see compiled-view.ts).
 */
export interface AnnotationState {
  /** The bundle's folder name ("peru-hostages-1996"), also its name in graph-data. */
  readonly name: string;
  /** The verbatim text's file name, as document.json's "source" gives it. */
  readonly sourceName: string;
  /** The verbatim text, byte for byte as opened. */
  readonly sourceText: string;
  /** document.json as read, key order kept. */
  readonly document: Readonly<Record<string, unknown>>;
  readonly actors: readonly ActorAnnotation[];
  readonly relationTypes: readonly RelationType[];
  readonly relations: readonly RelationAnnotation[];
  /** Each JSON file's "$schema" as read, written back unchanged. */
  readonly schemaRefs: Readonly<Partial<Record<BundleFileName, string>>>;
}

export type BundleFileName = (typeof BUNDLE_FILES)[number];

export type StateResult =
  | { readonly state: AnnotationState; readonly compiled: CompiledBundle }
  | {
      /** The checker's messages, file:line:col, for a bundle that cannot be edited as it is. */
      readonly diagnostics: readonly Diagnostic[];
    };

function listOf<T>(text: string | undefined, key: string): T[] {
  const value = JSON.parse(text ?? '{}') as Record<string, unknown>;
  return (value[key] ?? []) as T[];
}

function schemaRef(text: string | undefined): string | undefined {
  const value = JSON.parse(text ?? '{}') as Record<string, unknown>;
  return typeof value.$schema === 'string' ? value.$schema : undefined;
}

/**
 * Opens a bundle for editing. A bundle with any error is refused with the checker's own
 * messages, since an edit made on top of a broken file could not be checked; warnings are fine.
 */
export function stateFromBundle(src: BundleSource): StateResult {
  const compiled = compileBundle(src);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || compiled.document === null) {
    return { diagnostics: errors.length > 0 ? errors : compiled.diagnostics };
  }
  const documentText = src.readFile('document.json')!;
  const document = JSON.parse(documentText) as Record<string, unknown>;
  const sourceName = document.source as string;
  const schemaRefs: Partial<Record<BundleFileName, string>> = {};
  for (const file of BUNDLE_FILES) {
    const ref = schemaRef(src.readFile(file));
    if (ref !== undefined) schemaRefs[file] = ref;
  }
  const { $schema: _ignored, ...documentFields } = document;
  return {
    compiled,
    state: {
      name: baseName(src.name),
      sourceName,
      sourceText: src.readFile(sourceName)!,
      document: documentFields,
      actors: listOf<ActorAnnotation>(src.readFile('actors.json'), 'actors'),
      relationTypes: listOf<RelationType>(src.readFile('relation-types.json'), 'relationTypes'),
      relations: listOf<RelationAnnotation>(src.readFile('relations.json'), 'relations'),
      schemaRefs,
    },
  };
}

/** "graph-data/peru-hostages-1996/" → "peru-hostages-1996". */
function baseName(folder: string): string {
  const parts = folder.split(/[/\\]/).filter((p) => p !== '');
  return (parts[parts.length - 1] ?? folder).replace(/\.zip$/i, '');
}

/** A relation with its fields in the order graph-data writes them. */
function orderedRelation(r: RelationAnnotation): RelationAnnotation {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    paragraph: r.paragraph,
    quote: r.quote,
    ...(r.start !== undefined && { start: r.start }),
    ...(r.end !== undefined && { end: r.end }),
    polarity: r.polarity,
    likelihood: r.likelihood && { term: r.likelihood.term, band: r.likelihood.band },
    basis: r.basis,
    ...claimDetails(r),
  };
}

/**
 * The bundle's files as text, by file name: the verbatim text unchanged and the JSON files in
 * graph-data's formatting, so that what is saved or exported passes `memograph check --strict`
 * and `prettier --check` as it stands.
 */
export function bundleFiles(state: AnnotationState): ReadonlyMap<string, string> {
  const withSchema = (file: BundleFileName, body: Record<string, unknown>) => {
    const ref = state.schemaRefs[file];
    return formatBundleJson(ref === undefined ? body : { $schema: ref, ...body });
  };
  return new Map<string, string>([
    [state.sourceName, state.sourceText],
    ['document.json', withSchema('document.json', { ...state.document })],
    ['actors.json', withSchema('actors.json', { actors: state.actors })],
    [
      'relation-types.json',
      withSchema('relation-types.json', { relationTypes: state.relationTypes }),
    ],
    [
      'relations.json',
      withSchema('relations.json', { relations: state.relations.map(orderedRelation) }),
    ],
  ]);
}

/** The state's files as a BundleSource, for the compiler and the checker. */
export function bundleSourceOf(state: AnnotationState, folder = state.name): BundleSource {
  const files = bundleFiles(state);
  return { name: folder, exists: true, readFile: (file) => files.get(file) };
}
