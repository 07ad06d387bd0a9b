import type { Diagnostic, MemoDocument, Actor, RelationType, Relation } from '../contract/types.ts';
import { compileActors } from './actor-check.ts';
import { BundleCompiler, originOf, type RecordOrigin } from './bundle-reader.ts';
import type { BundleSource } from './bundle-source.ts';
import { compileDocument } from './document-check.ts';
import { compileRelations } from './relation-check.ts';
import { compileRelationTypes } from './relation-type-check.ts';

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

  const doc = compileDocument(c, src);
  const actors = compileActors(c);
  const types = compileRelationTypes(c);
  const relations = compileRelations(c, {
    actorIds: actors.file ? actors.ids : undefined,
    typeIds: types.file ? types.ids : undefined,
    paragraphs: doc.paragraphs,
    sourceFile: doc.sourceFile,
    documentId: doc.documentId,
  });

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
    document: doc.document,
    actors: actors.records,
    relationTypes: types.records,
    relations: relations.records,
    diagnostics,
    origins: {
      document: doc.file?.valid ? originOf(doc.file, []) : null,
      actors: actors.origins,
      relationTypes: types.origins,
      relations: relations.origins,
    },
  };
}
