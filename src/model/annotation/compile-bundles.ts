import { memberOfCycles } from '../dataset/dataset-check.ts';
import { formatPath } from '../json/json-path.ts';
import type {
  Actor,
  Dataset,
  Diagnostic,
  MemoDocument,
  Relation,
  RelationType,
} from '../contract/types.ts';
import type { RecordOrigin, SourceLocation } from './bundle-reader.ts';
import type { BundleSource } from './bundle-source.ts';
import { compileBundle } from './compile-bundle.ts';

export interface CompileResult {
  /** The merged dataset, or null when any bundle or the merge has an error. */
  readonly dataset: Dataset | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Where each relation of the dataset was written, for messages about it (the linter's). */
  readonly relationOrigins: ReadonlyMap<string, RecordOrigin>;
}

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
  memberOf: string[];
  description: string;
  origin: RecordOrigin;
  memberOfOrigin?: RecordOrigin;
}

/**
 * Compiles every bundle and merges them into one dataset. Documents must have distinct ids, and
 * so must relations across the whole dataset. Actors with the same id are one actor: their names
 * and kinds must agree, aliases and memberOf are pooled in the order first seen (an actor may
 * belong to several), and the first non-empty description is kept. Relation types with the same id
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
          memberOf: [...(a.memberOf ?? [])],
          ...(a.memberOf !== undefined && { memberOfOrigin: origin }),
          description: a.description,
          origin,
        });
        continue;
      }
      const disagree = (field: 'name' | 'kind', mine: unknown, theirs: unknown) =>
        diagnostics.push(
          located(
            origin.at(field),
            `${fieldPath(origin, field)}: actor "${a.id}" has ${field} ${JSON.stringify(mine)} here but ${JSON.stringify(theirs)} at ${where(first.origin.at(field))}; an actor in several bundles must agree`,
          ),
        );
      if (a.name !== first.name) disagree('name', a.name, first.name);
      if (a.kind !== first.kind) disagree('kind', a.kind, first.kind);
      for (const parent of a.memberOf ?? []) {
        if (first.memberOf.includes(parent)) continue;
        first.memberOf.push(parent);
        first.memberOfOrigin ??= origin;
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
      for (const field of ['label', 'directed', 'family'] as const) {
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

  if (diagnostics.some((d) => d.severity === 'error')) {
    return { dataset: null, diagnostics, relationOrigins };
  }
  return {
    dataset: {
      schemaVersion: 2,
      documents,
      actors: mergedActors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        ...(a.memberOf.length > 0 && { memberOf: a.memberOf }),
        description: a.description,
      })),
      relationTypes: [...types.values()].map((t) => t.type),
      relations,
    },
    diagnostics,
    relationOrigins,
  };
}
