import { describe, expect, it } from 'vitest';
import type { BundleSource } from '../../src/model/annotation/bundle-source.ts';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { validateDataset } from '../../src/model/dataset/dataset-check.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import { base, bundle, bundleWith } from '../fixtures/lima-bundle.ts';

/** compileBundles: several bundles merged into one dataset, and every disagreement between them. */

/** A second bundle about Havana that shares actors and a type with the first. */
const HAVANA =
  'Cuba: Offer to Mediate (U)\n\nHavana probably remains best positioned to mediate with the MRTA. (S)\n';
function havana(
  change: (files: {
    document: Record<string, unknown>;
    actors: Record<string, unknown>[];
    types: Record<string, unknown>[];
    relations: Record<string, unknown>[];
  }) => void = () => {},
): BundleSource {
  const files = {
    document: { ...base.document, id: 'havana', source: 'cable.txt', date: '1996-12-30' },
    actors: [
      { id: 'cuba', name: 'Cuba', kind: 'state', aliases: ['Havana'], description: '' },
      {
        id: 'mrta',
        name: 'MRTA',
        kind: 'armed-group',
        aliases: ['Tupac Amaru', 'the terrorists'],
        description: 'Another description.',
      },
      { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'], description: 'The state.' },
    ],
    types: [
      {
        id: 'mediates',
        label: 'mediates with',
        directed: false,
        definition: 'Go-between.',
        color: '#228833',
      },
      { ...base.types.relationTypes[1] },
    ],
    relations: [
      {
        id: 'h1',
        source: 'cuba',
        target: 'mrta',
        type: 'mediates',
        paragraph: 'p1',
        quote: 'Havana probably remains best positioned to mediate with the MRTA',
        polarity: 'affirmed',
        likelihood: { term: 'probably', band: 'likely' },
        basis: 'judgment',
      },
    ] as Record<string, unknown>[],
  };
  change(files);
  const texts: Record<string, string> = {
    'cable.txt': HAVANA,
    'document.json': JSON.stringify(files.document, null, 2),
    'actors.json': JSON.stringify({ actors: files.actors }, null, 2),
    'relation-types.json': JSON.stringify({ relationTypes: files.types }, null, 2),
    'relations.json': JSON.stringify({ relations: files.relations }, null, 2),
  };
  return { name: 'graph-data/havana', exists: true, readFile: (f) => texts[f] };
}

describe('compileBundles merges bundles', () => {
  it('into one dataset that satisfies the contract', () => {
    const { dataset, diagnostics } = compileBundles([bundle(), havana()]);
    expect(diagnostics).toEqual([]);
    expect(dataset).not.toBeNull();
    expect(validateDataset(dataset, 'merged').diagnostics).toEqual([]);
    expect(dataset?.documents.map((d) => d.id)).toEqual(['lima', 'havana']);
    expect(dataset?.relations.map((r) => [r.id, r.document])).toEqual([
      ['r1', 'lima'],
      ['r2', 'lima'],
      ['r3', 'lima'],
      ['h1', 'havana'],
    ]);
    expect(dataset?.relationTypes.map((t) => t.id)).toEqual([
      'holds-hostage',
      'communicates-with',
      'mediates',
    ]);
  });

  it('pools aliases in first-seen order and keeps the first non-empty description', () => {
    const { dataset } = compileBundles([bundle(), havana()]);
    const actor = (id: string) => dataset?.actors.find((a) => a.id === id);
    expect(actor('mrta')).toEqual({
      id: 'mrta',
      name: 'MRTA',
      kind: 'armed-group',
      aliases: ['the terrorists', 'Tupac Amaru'],
      description: 'Tupac Amaru Revolutionary Movement.',
    });
    expect(actor('japan')).toMatchObject({ aliases: ['Tokyo'], description: 'The state.' });
    expect(dataset?.actors.map((a) => a.id)).toEqual([
      'mrta',
      'japan',
      'japanese-ambassador',
      'bolivian-ambassador',
      'fujimori',
      'icrc',
      'cuba',
    ]);
  });

  it('refuses two documents with one id', () => {
    const { dataset, diagnostics } = compileBundles([bundle(), bundle({}, 'graph-data/copy')]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toContain(
      'graph-data/copy/document.json:3:9: id: document id "lima" is already used by graph-data/lima/document.json:3:9; each document needs its own id',
    );
  });

  it('refuses actors that disagree on name or kind, pointing at both', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.actors[1] = { ...f.actors[1], name: 'Tupac Amaru', kind: 'people' };
        f.actors.push({
          id: 'japanese-ambassador',
          name: 'Japanese ambassador',
          kind: 'person',
          aliases: [],
          memberOf: 'cuba',
          description: '',
        });
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/actors.json:14:15: actors[1].name: actor "mrta" has name "Tupac Amaru" here but "MRTA" at graph-data/lima/actors.json:5:15; an actor in several bundles must agree',
      'graph-data/havana/actors.json:15:15: actors[1].kind: actor "mrta" has kind "people" here but "armed-group" at graph-data/lima/actors.json:6:15; an actor in several bundles must agree',
    ]);
  });

  it('pools what several bundles say an actor belongs to', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.actors.push({
          id: 'japanese-ambassador',
          name: 'Japanese ambassador',
          kind: 'person',
          aliases: [],
          memberOf: ['cuba', 'japan'],
          description: '',
        });
      }),
    ]);
    expect(diagnostics).toEqual([]);
    const ambassador = dataset?.actors.find((a) => a.id === 'japanese-ambassador');
    expect(ambassador?.memberOf).toEqual(['japan', 'cuba']);
  });

  it('refuses relation types that disagree on label or direction, and warns on colour', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.types[1] = { ...f.types[1], label: 'talks to', directed: true, color: '#000000' };
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/relation-types.json:12:16: relationTypes[1].label: relation type "communicates-with" has label "talks to" here but "communicates with" at graph-data/lima/relation-types.json:12:16; a relation type in several bundles must agree',
      'graph-data/havana/relation-types.json:13:19: relationTypes[1].directed: relation type "communicates-with" has directed true here but false at graph-data/lima/relation-types.json:13:19; a relation type in several bundles must agree',
      'graph-data/havana/relation-types.json:15:16: warning: relationTypes[1].color: relation type "communicates-with" is #000000 here but #4477aa at graph-data/lima/relation-types.json:15:16; the first colour is used',
    ]);
  });

  it('keeps the first colour when only the colour differs', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.types[1] = { ...f.types[1], color: '#000000' };
      }),
    ]);
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(dataset?.relationTypes.find((t) => t.id === 'communicates-with')?.color).toBe('#4477aa');
  });

  it('refuses a relation id used in two bundles, naming both files', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.relations[0] = { ...f.relations[0], id: 'r2' };
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/relations.json:4:13: relations[0].id: relation id "r2" is also used at graph-data/lima/relations.json:18:13; relation ids must be unique across the dataset',
    ]);
  });

  it('refuses memberOf loops that only appear when bundles are put together', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.actors[2] = { ...f.actors[2], memberOf: 'japanese-ambassador' };
        f.actors.push({
          id: 'japanese-ambassador',
          name: 'Japanese ambassador',
          kind: 'person',
          aliases: [],
          description: '',
        });
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/actors.json:30:19: actors[2].memberOf: the bundles together make memberOf go round in a circle: japan → japanese-ambassador → japan',
    ]);
  });

  it('gives no dataset when any one bundle has an error', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      bundleWith('relations', ['relations', 0, 'source'], 'nobody', 'graph-data/broken'),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.some((d) => d.file === 'graph-data/broken/relations.json')).toBe(true);
  });
});
