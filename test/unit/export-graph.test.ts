import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/model/export/gexf.ts';
import { toGraphml } from '../../src/model/export/graphml.ts';
import { ACTOR_FIELDS, RELATION_FIELDS } from '../../src/model/export/fields.ts';
import { escapeXml } from '../../src/model/export/xml.ts';
import type { ExportInput } from '../../src/model/export/export-input.ts';
import { chicagoNote } from '../../src/model/words/citation.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import type { Dataset } from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { memoIndex } from '../fixtures/memo-dataset.ts';
import { all, parseXml, type XmlElement } from '../fixtures/xml-reader.ts';

const memo = memoIndex();
const whole: ExportInput = {
  index: memo,
  relations: memo.dataset.relations,
  filters: 'All relations',
};

/** The mini dataset with stored positions, as `memograph build --layout` writes them. */
const placed: Dataset = {
  ...miniDataset,
  actors: miniDataset.actors.map((a, i) => ({
    ...a,
    position: { x: 10 * i + 0.5, y: 20 * i + 5 },
  })),
};
const mini = indexDataset(placed);
const miniInput: ExportInput = {
  index: mini,
  relations: placed.relations,
  filters: 'All relations',
};

function gexfAttrs(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of all(el, 'attvalue')) out[v.attributes['for']!] = v.attributes['value']!;
  return out;
}

function graphmlData(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of el.children.filter((c) => c.name === 'data')) out[d.attributes['key']!] = d.text;
  return out;
}

describe('GEXF 1.3', () => {
  it('writes every relation of the memo as an edge and every actor in them as a node', () => {
    const doc = parseXml(toGexf(whole));
    expect(doc.name).toBe('gexf');
    expect(doc.attributes['version']).toBe('1.3');
    expect(doc.attributes['xmlns']).toBe('http://gexf.net/1.3');
    const edges = all(doc, 'edge');
    expect(edges).toHaveLength(memo.dataset.relations.length);
    expect(edges.length).toBeGreaterThanOrEqual(61);
    const ends = new Set(memo.dataset.relations.flatMap((r) => [r.source, r.target]));
    expect(
      all(doc, 'node')
        .map((n) => n.attributes['id'])
        .sort(),
    ).toEqual([...ends].sort());
  });

  it('declares every relation and actor field and carries their values', () => {
    const doc = parseXml(toGexf(whole));
    const declared = (cls: string) =>
      all(doc, 'attributes')
        .find((a) => a.attributes['class'] === cls)!
        .children.map((c) => c.attributes['id']);
    expect(declared('edge')).toEqual(RELATION_FIELDS.map((f) => f.id));
    expect(declared('node')).toEqual(ACTOR_FIELDS.map((f) => f.id));
    const r = memo.relationById.get('p8-r4')!;
    const edge = all(doc, 'edge').find((e) => e.attributes['id'] === r.id)!;
    expect(edge.attributes['source']).toBe(r.source);
    expect(edge.attributes['target']).toBe(r.target);
    const v = gexfAttrs(edge);
    expect(v['quote']).toBe(r.quote);
    expect(v['polarity']).toBe('indeterminate');
    expect(v['basis']).toBe('reported');
    expect(v['attributedTo']).toBe(r.attributedTo);
    expect(v['paragraphNumber']).toBe('8');
    expect(v['citation']).toBe(chicagoNote(memo, r));
    expect(v['note']).toBe(r.note);
  });

  it('places nodes at their stored positions, y turned over for Gephi', () => {
    const doc = parseXml(toGexf(miniInput));
    for (const a of placed.actors.filter((x) =>
      all(doc, 'node').some((n) => n.attributes['id'] === x.id),
    )) {
      const node = all(doc, 'node').find((n) => n.attributes['id'] === a.id)!;
      const pos = all(node, 'viz:position')[0]!;
      expect(Number(pos.attributes['x'])).toBe(a.position!.x);
      expect(Number(pos.attributes['y'])).toBe(-a.position!.y);
      expect(gexfAttrs(node)['name']).toBe(a.name);
      expect(gexfAttrs(node)['kind']).toBe(a.kind);
    }
  });

  it('marks undirected relation types and keeps markup in names as text', () => {
    const doc = parseXml(toGexf(miniInput));
    const r3 = all(doc, 'edge').find((e) => e.attributes['id'] === 'r3')!;
    expect(r3.attributes['type']).toBe('undirected');
    const names = all(doc, 'node').map((n) => n.attributes['label']);
    expect(names).toContain('<img src=x onerror=alert(1)>');
  });

  it('writes only the view: a filtered export has just its relations and their actors', () => {
    const view = memo.dataset.relations.filter((r) => r.polarity === 'affirmed').slice(0, 5);
    const doc = parseXml(toGexf({ index: memo, relations: view, filters: 'affirmed only' }));
    expect(all(doc, 'edge').map((e) => e.attributes['id'])).toEqual(view.map((r) => r.id));
    expect(all(doc, 'description')[0]!.text).toBe('affirmed only');
  });
});

describe('GraphML', () => {
  it('parses back with every relation as an edge and every field as data', () => {
    const doc = parseXml(toGraphml(whole));
    expect(doc.name).toBe('graphml');
    const keys = all(doc, 'key');
    expect(
      keys.filter((k) => k.attributes['for'] === 'edge').map((k) => k.attributes['attr.name']),
    ).toEqual(RELATION_FIELDS.map((f) => f.id));
    expect(
      keys.filter((k) => k.attributes['for'] === 'node').map((k) => k.attributes['attr.name']),
    ).toEqual(ACTOR_FIELDS.map((f) => f.id));
    const edges = all(doc, 'edge');
    expect(edges).toHaveLength(memo.dataset.relations.length);
    for (const [i, r] of memo.dataset.relations.entries()) {
      const data = graphmlData(edges[i]!);
      expect(edges[i]!.attributes['id']).toBe(r.id);
      expect(data['e_quote']).toBe(r.quote);
      expect(data['e_relationType']).toBe(r.type);
      expect(data['e_likelihoodTerm']).toBe(r.likelihood?.term);
    }
  });

  it('gives undirected types directed="false", positions and list fields', () => {
    const doc = parseXml(toGraphml(miniInput));
    const r3 = all(doc, 'edge').find((e) => e.attributes['id'] === 'r3')!;
    expect(r3.attributes['directed']).toBe('false');
    const front = all(doc, 'node').find((n) => n.attributes['id'] === placed.actors[0]!.id)!;
    const data = graphmlData(front);
    expect(Number(data['n_x'])).toBe(placed.actors[0]!.position!.x);
    expect(data['n_name']).toBe(placed.actors[0]!.name);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" \'d\' > e')).toBe(
      'a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e',
    );
    expect(escapeXml('bell\u0007 \ud800 ok \ud83d\ude00')).toBe(
      'bell\ufffd \ufffd ok \ud83d\ude00',
    );
    expect(parseXml(`<a b="${escapeXml('line\nbreak')}"/>`).attributes['b']).toBe('line\nbreak');
  });
});
