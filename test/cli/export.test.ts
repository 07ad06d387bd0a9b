import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/model/export/csv.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import { all, parseXml } from '../fixtures/xml-reader.ts';
import { expectNoStackTrace, memograph, useScratch } from './run.ts';

/**
 * `memograph export`: the memo's relations written in every format, the filter flags read as the
 * app reads its links, and every mistake on the command line named with its flag.
 */

const MEMO = 'graph-data/peru-hostages-1996';
const HINT = 'run "memograph help export" for usage\n';
const RELATIONS = (
  JSON.parse(readFileSync(join(MEMO, 'relations.json'), 'utf8')) as {
    relations: { id: string; polarity: string; quote: string }[];
  }
).relations;

const scratch = useScratch('memograph-export-');

describe('memograph export writes the memo', () => {
  it('as GEXF with every relation as an edge', () => {
    const out = scratch.place('memo.gexf');
    const r = memograph('export', MEMO, '--format', 'gexf', '--out', out.typed);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `wrote ${out.typed} — GEXF: ${RELATIONS.length} relations, 25 actors. Showing all ${RELATIONS.length} relations.\n`,
    );
    const doc = parseXml(readFileSync(out.abs, 'utf8'));
    expect(all(doc, 'edge').map((e) => e.attributes['id'])).toEqual(RELATIONS.map((x) => x.id));
    expect(scratch.leftovers()).toEqual([]);
  });

  it('as CSV filtered by polarity and highest marking, as the app filters', () => {
    const out = scratch.place('affirmed-c.csv');
    const r = memograph(
      'export',
      MEMO,
      '--format=csv',
      '--polarity',
      'affirmed',
      '--max-marking',
      'C',
      '-o',
      out.typed,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('hidden: negated, indeterminate, above CONFIDENTIAL.');
    const [head, ...rows] = parseCsv(readFileSync(out.abs, 'utf8'));
    const polarity = head!.indexOf('polarity');
    const marking = head!.indexOf('marking');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(RELATIONS.length);
    for (const row of rows) {
      expect(row[polarity]).toBe('affirmed');
      expect(['U', 'C']).toContain(row[marking]);
    }
  });

  it('as a dataset the checker accepts, from bundles and again from that dataset', () => {
    const json = scratch.place('subset.json');
    expect(
      memograph(
        'export',
        MEMO,
        '--types',
        'mediates,negotiates',
        '--format',
        'json',
        '--out',
        json.typed,
      ).status,
    ).toBe(0);
    const { dataset, diagnostics } = parseDataset(readFileSync(json.abs, 'utf8'), json.typed);
    expect(diagnostics).toEqual([]);
    expect(new Set(dataset!.relations.map((r) => r.type))).toEqual(
      new Set(['mediates', 'negotiates']),
    );
    expect(memograph('check', json.typed).status).toBe(0);
    const bib = scratch.place('subset.bib');
    const r = memograph('export', json.typed, '--format', 'bibtex', '--out', bib.typed);
    expect(r.status).toBe(0);
    expect(readFileSync(bib.abs, 'utf8')).toMatch(/^@techreport\{inr1996peru-p\d+,$/m);
  });

  it('in every format, each file holding a known quote or key', () => {
    const quote = RELATIONS[0]!.quote;
    const expectations: Record<string, (text: string) => void> = {
      graphml: (t) => expect(all(parseXml(t), 'edge')).toHaveLength(RELATIONS.length),
      'csl-json': (t) => expect((JSON.parse(t) as unknown[]).length).toBe(10),
      markdown: (t) => expect(t).toContain(`> ${quote}`),
      html: (t) => expect(t).toContain('@media print'),
    };
    for (const [format, check] of Object.entries(expectations)) {
      const out = scratch.place(`all.${format}`);
      const r = memograph(
        'export',
        MEMO,
        '--format',
        format,
        '--group-by',
        'actor',
        '--out',
        out.typed,
      );
      expect(r.status, r.stderr).toBe(0);
      check(readFileSync(out.abs, 'utf8'));
    }
  });

  it('replaces an existing file whole', () => {
    const out = scratch.place('again.gexf');
    writeFileSync(out.abs, 'old content');
    expect(memograph('export', MEMO, '-f', 'gexf', '-o', out.typed).status).toBe(0);
    expect(readFileSync(out.abs, 'utf8').startsWith('<?xml')).toBe(true);
  });
});

describe('memograph export says what is wrong on the command line', () => {
  const cases: [string, string[], string][] = [
    [
      'an unknown format, with the allowed ones',
      [MEMO, '--format', 'xml', '--out', 'x.xml'],
      'memograph export: --format "xml" is not a format memograph writes; use one of graphml, gexf, csv, json, csl-json, bibtex, markdown, html',
    ],
    [
      'a format close to a known one',
      [MEMO, '--format', 'gefx', '--out', 'x'],
      'memograph export: --format "gefx" is not a format memograph writes (did you mean "gexf"?); use one of graphml, gexf, csv, json, csl-json, bibtex, markdown, html',
    ],
    [
      'a missing format',
      [MEMO, '--out', 'x'],
      'memograph export: missing --format: say which, one of graphml, gexf, csv, json, csl-json, bibtex, markdown, html',
    ],
    [
      'a missing --out',
      [MEMO, '--format', 'csv'],
      'memograph export: missing --out <file>: say where to write the export',
    ],
    [
      '--out without a value',
      [MEMO, '--format', 'csv', '--out'],
      'memograph export: --out needs a value: the file to write',
    ],
    [
      'no input',
      ['--format', 'csv', '--out', 'x.csv'],
      'memograph export: nothing to export: name bundle folders or a compiled dataset .json file',
    ],
    [
      'a bad highest marking, naming the flag and the allowed levels',
      [MEMO, '--format', 'csv', '--out', 'x.csv', '--max-marking', 'X'],
      'memograph export: --max-marking X: Unknown highest marking "X": it can be "U", "C", "S", "TS".',
    ],
    [
      'an unknown polarity',
      [MEMO, '--format', 'csv', '--out', 'x.csv', '--polarity', 'maybe'],
      'memograph export: --polarity maybe: Unknown polarity "maybe": it can be "affirmed", "negated", "indeterminate".',
    ],
    [
      'an unknown relation type',
      [MEMO, '--format', 'csv', '--out', 'x.csv', '--types', 'kidnaps'],
      'memograph export: --types kidnaps: Unknown relation type "kidnaps": the dataset has no such type.',
    ],
    [
      'a bad grouping',
      [MEMO, '--format', 'html', '--out', 'x.html', '--group-by', 'place'],
      'memograph export: --group-by "place" is not a grouping; use one of type, actor',
    ],
    [
      'a misspelt flag',
      [MEMO, '--fromat', 'csv'],
      'memograph export: unknown option "--fromat" (did you mean "--format"?)',
    ],
    [
      'a flag twice',
      [MEMO, '-f', 'csv', '--format', 'gexf', '--out', 'x'],
      'memograph export: --format is given more than once',
    ],
  ];
  for (const [what, args, message] of cases) {
    it(what, () => {
      const r = memograph('export', ...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${message}\n${HINT}`);
      expect(r.stdout).toBe('');
      expectNoStackTrace(r);
    });
  }

  it('refuses to write into the bundle it reads', () => {
    const r = memograph('export', MEMO, '--format', 'json', '--out', `${MEMO}/relations.json`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('export never writes into a bundle');
  });

  it('reports a missing input as a problem, and writes nothing', () => {
    const out = scratch.place('never.csv');
    const r = memograph(
      'export',
      'graph-data/no-such-bundle',
      '--format',
      'csv',
      '--out',
      out.typed,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `graph-data/no-such-bundle: bundle folder not found\nmemograph export: ${out.typed} not written because of the errors above\n`,
    );
    expectNoStackTrace(r);
  });

  it('prints its help', () => {
    const r = memograph('help', 'export');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--max-marking <level>');
    expect(memograph('export', '--help').stdout).toBe(r.stdout);
    expect(memograph('--help').stdout).toContain('memograph export <bundle-folder');
  });
});
