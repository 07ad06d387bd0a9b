import { describe, expect, it } from 'vitest';
import {
  indexDataset,
  searchActors,
  groupByType,
  otherEnd,
} from '../../src/model/dataset/query.ts';
import {
  INITIAL_STATE,
  countsByType,
  fromSearchParams,
  hideAllTypes,
  sameSelection,
  select,
  setFilters,
  setLayout,
  setTypeVisible,
  showAllTypes,
  showOnlyType,
  toSearchParams,
  visibleRelations,
} from '../../src/model/explorer/view-state.ts';
import { INITIAL_FILTERS, hideHedged, hideNegated } from '../../src/model/explorer/filters.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);
const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);

describe('dataset index', () => {
  it('counts degree per actor, each parallel relation counting once per end', () => {
    expect(index.degree.get('front')).toBe(5); // r1 r2 r3 r5 r7
    expect(index.degree.get('crown')).toBe(4); // r2 r3 r4 r6
    expect(index.degree.get('envoys')).toBe(1);
  });

  it('groups relations by paragraph and counts them by type', () => {
    expect(ids(index.relationsByParagraph.get('mini-doc\u0000p2') ?? [])).toEqual([
      'r3',
      'r4',
      'r5',
    ]);
    expect(index.relationCountByType.get('mediates')).toBe(2);
    expect(index.relationCountByType.get('holds')).toBe(1);
  });

  it('lists each actor’s relations once, as source or target', () => {
    expect(ids(index.relationsByActor.get('league') ?? [])).toEqual(['r4', 'r5', 'r6']);
    expect(otherEnd(index.relationById.get('r6')!, 'league')).toBe('crown');
  });

  it('groups relations by type in the dataset’s type order', () => {
    const groups = groupByType(index, index.relationsByActor.get('crown') ?? []);
    expect(groups.map((g) => g.type.id)).toEqual(['demands', 'negotiates', 'mediates', 'opposes']);
  });
});

describe('actor search', () => {
  it('finds by alias, case- and accent-insensitively, exact before prefix before substring', () => {
    const hits = searchActors(index, 'the');
    expect(hits.map((h) => h.actor.id)).toContain('front');
    expect(searchActors(index, 'LEAGUE')[0]?.actor.id).toBe('league');
    expect(searchActors(index, 'envo')[0]?.matched).toBe('The envoys');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchActors(index, '   ')).toEqual([]);
    expect(searchActors(index, 'e', 2)).toHaveLength(2);
  });

  it('ranks a name match above a mere substring', () => {
    const hits = searchActors(index, 'crown');
    expect(hits[0]?.actor.id).toBe('crown');
    expect(hits[0]?.rank).toBeLessThanOrEqual(1);
  });
});

describe('filters', () => {
  it('hides a type, and All brings it back', () => {
    const s = setTypeVisible(INITIAL_STATE, 'mediates', false);
    expect(s.filters.hiddenTypes).toEqual(['mediates']);
    expect(ids(visibleRelations(index, s))).toEqual(['r1', 'r2', 'r3', 'r6', 'r7']);
    expect(visibleRelations(index, showAllTypes(s))).toHaveLength(7);
  });

  it('None hides everything and Only keeps one type', () => {
    expect(visibleRelations(index, hideAllTypes(INITIAL_STATE, index))).toHaveLength(0);
    expect(ids(visibleRelations(index, showOnlyType(INITIAL_STATE, index, 'mediates')))).toEqual([
      'r4',
      'r5',
    ]);
  });

  it('hides negated and hedged relations on request', () => {
    expect(
      ids(visibleRelations(index, setFilters(INITIAL_STATE, hideNegated(INITIAL_FILTERS, true)))),
    ).not.toContain('r3');
    const hedgedHidden = ids(
      visibleRelations(index, setFilters(INITIAL_STATE, hideHedged(INITIAL_FILTERS, true))),
    );
    // "may" is hedged; "probably" and "almost certainly" are not.
    expect(hedgedHidden).not.toContain('r4');
    expect(hedgedHidden).toContain('r2');
    expect(hedgedHidden).toContain('r6');
  });

  it('Hide hedged also hides what the document declines to say, hedged or not', () => {
    // r5 is indeterminate; here without its "may", so only its polarity leaves it unsettled.
    const plainWords = indexDataset({
      ...miniDataset,
      relations: miniDataset.relations.map((r) => (r.id === 'r5' ? { ...r, likelihood: null } : r)),
    });
    const s = setFilters(INITIAL_STATE, hideHedged(INITIAL_FILTERS, true));
    expect(ids(visibleRelations(plainWords, s))).not.toContain('r5');
    expect(countsByType(plainWords, s.filters).get('mediates')).toBe(0);
    expect(ids(visibleRelations(plainWords, INITIAL_STATE))).toContain('r5');
    // Hide negated leaves it alone: the document does not deny it.
    const n = setFilters(INITIAL_STATE, hideNegated(INITIAL_FILTERS, true));
    expect(ids(visibleRelations(plainWords, n))).toContain('r5');
  });

  it('narrows to the relations a selected paragraph supports, still filtered', () => {
    const s = select(INITIAL_STATE, { kind: 'paragraph', document: 'mini-doc', id: 'p2' });
    expect(ids(visibleRelations(index, s))).toEqual(['r3', 'r4', 'r5']);
    expect(ids(visibleRelations(index, setTypeVisible(s, 'negotiates', false)))).toEqual([
      'r4',
      'r5',
    ]);
  });

  it('counts per type ignore the type filter but honour the others', () => {
    const s = setFilters(setTypeVisible(INITIAL_STATE, 'holds', false), {
      ...hideHedged(INITIAL_FILTERS, true),
      hiddenTypes: ['holds'],
    });
    const counts = countsByType(index, s.filters);
    expect(counts.get('holds')).toBe(1);
    expect(counts.get('mediates')).toBe(0);
  });
});

describe('URL form', () => {
  it('leaves a default view out of the URL and keeps foreign parameters', () => {
    const params = toSearchParams(INITIAL_STATE, index, new URLSearchParams('data=/x.json'));
    expect(params.toString()).toBe('data=%2Fx.json');
  });

  it('round-trips filters, selection and layout', () => {
    let s = setTypeVisible(INITIAL_STATE, 'holds', false);
    s = setFilters(s, hideNegated(s.filters, true));
    s = select(s, { kind: 'relation', id: 'r6' });
    s = setLayout(s, 'circle');
    const params = toSearchParams(s, index);
    expect(params.get('types')).toBe('demands,negotiates,mediates,opposes,supports');
    expect(params.get('relation')).toBe('r6');
    const back = fromSearchParams(params, index);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual(s);
  });

  it('writes an empty type list when every type is hidden', () => {
    const params = toSearchParams(hideAllTypes(INITIAL_STATE, index), index);
    expect(params.get('types')).toBe('');
    expect(fromSearchParams(params, index).state.filters.hiddenTypes).toHaveLength(6);
  });

  it('round-trips actor and paragraph selections', () => {
    for (const selection of [
      { kind: 'actor', id: 'league' },
      { kind: 'paragraph', document: 'mini-doc', id: 'p3' },
    ] as const) {
      const params = toSearchParams(select(INITIAL_STATE, selection), index);
      expect(sameSelection(fromSearchParams(params, index).state.selection, selection)).toBe(true);
    }
  });

  it('reports unknown ids and layouts in words and ignores them', () => {
    const { state, problems } = fromSearchParams(
      new URLSearchParams('relation=nope&layout=spiral&types=holds,bogus'),
      index,
    );
    expect(state.selection).toBeNull();
    expect(state.layout).toBe('force');
    expect(problems).toEqual([
      'Unknown relation type "bogus": the dataset has no such type.',
      'The link names a relation "nope" that this dataset does not have.',
      'Unknown layout "spiral"; using force.',
    ]);
  });

  it('blames an unknown document, not the paragraph, whatever the id', () => {
    for (const doc of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nope']) {
      const { state, problems } = fromSearchParams(
        new URLSearchParams({ paragraph: 'p1', doc }),
        index,
      );
      expect(state.selection).toBeNull();
      expect(problems).toEqual([
        `The link names a document "${doc}" that this dataset does not have.`,
      ]);
    }
  });

  it('takes no id for an object property', () => {
    const params = new URLSearchParams(
      'types=constructor,__proto__&relation=constructor&actor=__proto__&layout=toString',
    );
    const { state, problems } = fromSearchParams(params, index);
    expect(state.selection).toBeNull();
    expect(state.filters.hiddenTypes).toHaveLength(miniDataset.relationTypes.length);
    expect(problems).toEqual([
      'Unknown relation type "constructor": the dataset has no such type.',
      'Unknown relation type "__proto__": the dataset has no such type.',
      'The link names a relation "constructor" that this dataset does not have.',
      'Unknown layout "toString"; using force.',
    ]);
    for (const id of ['constructor', '__proto__']) {
      expect(fromSearchParams(new URLSearchParams({ actor: id }), index).problems).toEqual([
        `The link names an actor "${id}" that this dataset does not have.`,
      ]);
      expect(fromSearchParams(new URLSearchParams({ paragraph: id }), index).problems).toEqual([
        `The link names a paragraph "${id}" that this dataset does not have.`,
      ]);
    }
  });
});
