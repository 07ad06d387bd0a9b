import type { ParsedMemo } from '../memo/memo-parser.ts';
import { suggestActors, type SuggestedActor } from './suggest-actors.ts';

/**
 * The annotation files `memograph new` writes beside a memo it has never seen: what the parser
 * read goes into document.json, the suggested actors into actors.json, and relations start
 * empty. Nothing is made up: a field the text does not give is left out, or, where the schema
 * requires it, given a placeholder that says to edit it, and listed in `placeholders`.
 */

/** The file names of a bundle other than its memo, in the order they are written. */
export const NEW_BUNDLE_FILES = [
  'document.json',
  'actors.json',
  'relation-types.json',
  'relations.json',
] as const;

export const PLACEHOLDER_ISSUER = 'Unknown issuer (edit document.json)';
export const PLACEHOLDER_TITLE = 'Untitled (edit document.json)';
/** The schema requires a calendar date; this one is plainly not the memo's. */
export const PLACEHOLDER_DATE = '0001-01-01';
export const DEFAULT_DOCUMENT_TYPE = 'Memorandum';

export interface NewBundleInput {
  /** The memo's file name as given ("peru-note.txt"). */
  readonly fileName: string;
  readonly memo: ParsedMemo;
  /** The document id asked for, or undefined to take it from the file name. */
  readonly id?: string;
  /** "../schema/" when the bundle is written inside the repository, else null: no $schema. */
  readonly schemaBase: string | null;
  /** The standard relation types, as listed in a bundle's relation-types.json. */
  readonly relationTypes: readonly unknown[];
}

export interface NewBundle {
  /** The memo's file name inside the bundle. */
  readonly source: string;
  readonly documentId: string;
  /** The JSON files, by name, as text. */
  readonly files: ReadonlyMap<(typeof NEW_BUNDLE_FILES)[number], string>;
  readonly actors: readonly SuggestedActor[];
  /** One line for each value the user must fill in: `"issuer" …`. */
  readonly placeholders: readonly string[];
}

/** The document id a file name suggests: "INR 1996-12-28.txt" → "inr-1996-12-28". */
export function documentIdFor(fileName: string): string {
  const id = fileName
    .replace(/\.txt$/i, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '');
  return id === '' ? 'document' : id;
}

export const DOCUMENT_ID_RE = /^[a-z0-9][a-z0-9._-]*$/;

/** The memo's name in the bundle: as given when the schema accepts it, else `<id>.txt`. */
export function sourceNameFor(fileName: string, id: string): string {
  return /^[^/\\]+\.txt$/.test(fileName) ? fileName : `${id}.txt`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The suggestion mark an actor carries until someone confirms it. */
export function suggestionNote(actor: SuggestedActor): string {
  const times = actor.count === 1 ? 'once' : `${actor.count} times`;
  const where = actor.paragraphs.map((n) => `¶${n}`).join(', ');
  const kind = actor.kindReason === null ? '' : `; kind guessed from ${actor.kindReason}`;
  return `Suggested by memograph new: named ${times} (${where})${kind}; confirm, rename or delete.`;
}

export function newBundle(input: NewBundleInput): NewBundle {
  const { memo } = input;
  const documentId = input.id ?? documentIdFor(input.fileName);
  const source = sourceNameFor(input.fileName, documentId);
  const schema = (name: string) =>
    input.schemaBase === null ? {} : { $schema: `${input.schemaBase}${name}.schema.json` };
  const placeholders: string[] = [];

  const issuer = memo.header?.from;
  if (issuer === undefined) {
    placeholders.push(`"issuer" is "${PLACEHOLDER_ISSUER}": the text does not say who issued it`);
  }
  if (memo.date === null) {
    placeholders.push(
      `"date" is ${PLACEHOLDER_DATE}: no date of issue was found in the text; write it YYYY-MM-DD`,
    );
  }
  if (memo.title === null) {
    placeholders.push(`"title" is "${PLACEHOLDER_TITLE}": the text has no title line`);
  }
  const release = memo.furniture.find((f) => /approved\s+for\s+release/i.test(f.text))?.text;
  const document = {
    ...schema('document'),
    id: documentId,
    source,
    issuer: issuer ?? PLACEHOLDER_ISSUER,
    date: memo.date ?? PLACEHOLDER_DATE,
    citation: {
      documentType: memo.documentType ?? DEFAULT_DOCUMENT_TYPE,
      ...(memo.office !== null && { office: memo.office }),
      ...(release !== undefined && { release }),
    },
    ...(memo.title === null && { title: PLACEHOLDER_TITLE }),
  };

  const actors = suggestActors(memo.paragraphs);
  const files = new Map<(typeof NEW_BUNDLE_FILES)[number], string>([
    ['document.json', json(document)],
    [
      'actors.json',
      json({
        ...schema('actors'),
        actors: actors.map((a) => ({
          id: a.id,
          name: a.name,
          kind: a.kind,
          aliases: a.aliases,
          description: suggestionNote(a),
        })),
      }),
    ],
    [
      'relation-types.json',
      json({ ...schema('relation-types'), relationTypes: input.relationTypes }),
    ],
    ['relations.json', json({ ...schema('relations'), relations: [] })],
  ]);
  return { source, documentId, files, actors, placeholders };
}
