import { describe, expect, it } from 'vitest';
import type { BundleSource } from '../../src/model/annotation/bundle-source.ts';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import { fullDataset, syntheticDataset } from '../fixtures/datasets.ts';

/**
 * The explorer validates `?data=` files with the same model code the CLI uses; these tests run
 * that code in real Chromium to prove it needs nothing from Node.
 */
describe('parseDataset in the browser', () => {
  it('accepts a good dataset and locates a broken one', () => {
    const good = fullDataset();
    expect(parseDataset(JSON.stringify(good, null, 2), 'data.json')).toEqual({
      dataset: good,
      diagnostics: [],
    });
    const broken = JSON.stringify(good, null, 2).replace(
      '"target": "bolivia"',
      '"target": "bolivi"',
    );
    expect(
      parseDataset(broken, 'https://example.org/data.json').diagnostics.map(formatDiagnostic),
    ).toEqual([
      expect.stringMatching(
        /^https:\/\/example\.org\/data\.json:\d+:\d+: relations\[2\]\.target: unknown actor "bolivi" \(did you mean "bolivia"\?\) — relation "r3"$/,
      ),
    ]);
  });

  it('loads 100,000 relations (time printed, not asserted)', () => {
    const text = JSON.stringify(syntheticDataset(100_000));
    const started = performance.now();
    const { dataset, diagnostics } = parseDataset(text, 'big.json');
    const ms = performance.now() - started;
    expect(diagnostics).toEqual([]);
    expect(dataset?.relations).toHaveLength(100_000);
    console.log(`parseDataset in Chromium, 100,000 relations: ${Math.round(ms)} ms`);
  });

  it('compiles an in-memory bundle', () => {
    const files: Record<string, string> = {
      'document.json': JSON.stringify({
        id: 'memo',
        source: 'memo.txt',
        issuer: 'INR',
        date: '1996-12-28',
        citation: { documentType: 'Intelligence memorandum' },
      }),
      'memo.txt': 'Peru: Standoff (U)\n\nThe MRTA probably holds the ambassador. (C)\n',
      'actors.json': JSON.stringify({
        actors: [
          { id: 'mrta', name: 'MRTA', kind: 'armed-group', aliases: [], description: '' },
          { id: 'ambassador', name: 'Ambassador', kind: 'person', aliases: [], description: '' },
        ],
      }),
      'relation-types.json': JSON.stringify({
        relationTypes: [
          { id: 'holds', label: 'holds', directed: true, definition: 'Holds.', color: '#aa3377' },
        ],
      }),
      'relations.json': JSON.stringify({
        relations: [
          {
            id: 'r1',
            source: 'mrta',
            target: 'ambassador',
            type: 'holds',
            paragraph: 'p1',
            quote: 'probably  holds the ambassador',
            polarity: 'affirmed',
            likelihood: { term: 'probably', band: 'likely' },
            basis: 'judgment',
          },
        ],
      }),
    };
    const src: BundleSource = { name: 'memo', exists: true, readFile: (f) => files[f] };
    const { dataset, diagnostics } = compileBundles([src]);
    expect(diagnostics).toEqual([]);
    expect(dataset?.relations[0]).toMatchObject({
      quote: 'probably holds the ambassador',
      start: 9,
      end: 38,
    });
  });
});
