import { html, nothing } from 'lit';
import type { ActorMatch, DatasetIndex } from '../../model/dataset/query.ts';
import { KIND_LABELS, relationHeadline } from '../../model/words/describe.ts';
import { paragraphLabel } from '../../model/words/describe.ts';
import type {
  ParagraphMatch,
  RelationMatch,
  SearchResults,
  Snippet,
} from '../../model/explorer/search.ts';
import type { Selection } from '../../model/explorer/view-state.ts';

/** How many results each group lists; its heading says how many there are in all. */
export const SHOWN_PER_GROUP = 5;

/** One option of the listbox: what it shows and what choosing it selects. */
export type SearchEntry =
  | { readonly kind: 'actor'; readonly match: ActorMatch }
  | { readonly kind: 'relation'; readonly match: RelationMatch }
  | { readonly kind: 'paragraph'; readonly match: ParagraphMatch };

export interface SearchGroup {
  readonly id: 'actors' | 'relations' | 'paragraphs';
  readonly label: string;
  readonly total: number;
  readonly entries: readonly SearchEntry[];
}

/** The groups with anything in them, in the order the listbox shows them. */
export function searchGroups(results: SearchResults): readonly SearchGroup[] {
  const groups: SearchGroup[] = [
    {
      id: 'actors',
      label: 'Actors',
      total: results.actors.length,
      entries: results.actors
        .slice(0, SHOWN_PER_GROUP)
        .map((match) => ({ kind: 'actor', match }) as const),
    },
    {
      id: 'relations',
      label: 'Relations',
      total: results.relations.length,
      entries: results.relations
        .slice(0, SHOWN_PER_GROUP)
        .map((match) => ({ kind: 'relation', match }) as const),
    },
    {
      id: 'paragraphs',
      label: 'Paragraphs',
      total: results.paragraphs.length,
      entries: results.paragraphs
        .slice(0, SHOWN_PER_GROUP)
        .map((match) => ({ kind: 'paragraph', match }) as const),
    },
  ];
  return groups.filter((g) => g.total > 0);
}

/** What choosing an entry selects. */
export function entrySelection(entry: SearchEntry): Selection {
  switch (entry.kind) {
    case 'actor':
      return { kind: 'actor', id: entry.match.actor.id };
    case 'relation':
      return { kind: 'relation', id: entry.match.relation.id };
    case 'paragraph':
      return { kind: 'paragraph', document: entry.match.document, id: entry.match.paragraph.id };
  }
}

function snippet(s: Snippet) {
  return html`${s.before}<mark>${s.match}</mark>${s.after}`;
}

/** An option's content; the listbox item around it is the element's. */
export function entryContent(index: DatasetIndex, entry: SearchEntry) {
  switch (entry.kind) {
    case 'actor': {
      const m = entry.match;
      return html`<span class="name">${m.actor.name}</span>
        ${m.matched !== m.actor.name ? html`<span class="detail">“${m.matched}”</span>` : nothing}
        <span class="kind">${KIND_LABELS[m.actor.kind]}</span>`;
    }
    case 'relation': {
      const m = entry.match;
      const r = m.relation;
      const likelihood = r.likelihood ? ` · “${r.likelihood.term}”` : '';
      const polarity = r.polarity === 'affirmed' ? '' : ` · ${r.polarity}`;
      return html`<span class="name">${relationHeadline(index, r)}</span>
        <span class="detail"
          >${m.field === 'quote' ? snippet(m.snippet) : html`“${m.snippet.after}”`}</span
        >
        <span class="kind">${paragraphLabel(index, r)}${likelihood}${polarity}</span>`;
    }
    case 'paragraph': {
      const m = entry.match;
      const p = m.paragraph;
      return html`<span class="name"
          >¶${p.n}${p.marking ? ` (${p.marking})` : ''}${p.heading ? ` · ${p.heading}` : ''}</span
        >
        <span class="detail">${snippet(m.snippet)}</span>
        <span class="kind">${m.hits === 1 ? 'once' : `${m.hits} times`}</span>`;
    }
  }
}

const NOUNS = {
  actors: ['actor', 'actors'],
  relations: ['relation', 'relations'],
  paragraphs: ['paragraph', 'paragraphs'],
} as const;

/** "2 actors, 12 relations and 1 paragraph match": for the live region. */
export function describeTotals(groups: readonly SearchGroup[]): string {
  const parts = groups.map((g) => `${g.total} ${NOUNS[g.id][g.total === 1 ? 0 : 1]}`);
  const list =
    parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  const one = groups.length === 1 && groups[0]!.total === 1;
  return `${list} ${one ? 'matches' : 'match'}`;
}
