import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BundleSource } from '../../src/model/annotation/bundle-source.ts';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { bandForTerm, isHedged } from '../../src/model/words/likelihood.ts';
import { parseMemo, type ParsedParagraph } from '../../src/model/memo/memo-parser.ts';
import {
  synthesizeCorpus,
  synthOptionsProblem,
  type SynthCorpus,
  type SynthOptions,
} from '../../src/model/synth/synth.ts';
import { ACTOR_KINDS, type Dataset } from '../../src/model/contract/types.ts';

/**
 * The synthetic corpus generator: what it writes must pass the same compiler the CLI runs, with
 * no diagnostics at all, and must look like a real collection (heavy-tailed degrees, hedges,
 * negations, reported claims) in the proportions the generator promises.
 */

interface ActorJson {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  memberOf?: string;
  description: string;
}
interface RelationJson {
  id: string;
  source: string;
  target: string;
  type: string;
  paragraph: string;
  quote: string;
  start: number;
  end: number;
  polarity: string;
  likelihood: { term: string; band: string } | null;
  basis: string;
  attributedTo?: string;
  date?: { iso: string; phrase: string };
}
interface DocumentJson {
  id: string;
  source: string;
  date: string;
  citation: { office?: string };
}

function sources(corpus: SynthCorpus): BundleSource[] {
  return corpus.bundles.map((b) => ({
    name: `corpus/${b.folder}`,
    exists: true,
    readFile: (f) => b.files[f],
  }));
}

function file<T>(bundle: SynthCorpus['bundles'][number], name: string): T {
  const text = bundle.files[name];
  if (text === undefined) throw new Error(`${bundle.folder}: no ${name}`);
  return JSON.parse(text) as T;
}

function memoOf(bundle: SynthCorpus['bundles'][number]): string {
  const doc = file<DocumentJson>(bundle, 'document.json');
  const text = bundle.files[doc.source];
  if (text === undefined) throw new Error(`${bundle.folder}: no ${doc.source}`);
  return text;
}

function allRelations(corpus: SynthCorpus): RelationJson[] {
  return corpus.bundles.flatMap(
    (b) => file<{ relations: RelationJson[] }>(b, 'relations.json').relations,
  );
}

/** Relation ends per actor id. */
function degrees(corpus: SynthCorpus): number[] {
  const degree = new Map<string, number>();
  for (const r of allRelations(corpus)) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  return [...degree.values()].sort((a, b) => b - a);
}

const OPTIONS: SynthOptions = { documents: 12, actors: 600, relations: 3000, seed: 7 };
const corpus = synthesizeCorpus(OPTIONS);
const compiled = compileBundles(sources(corpus));
const dataset = compiled.dataset as Dataset;

describe('synthesizeCorpus: a valid corpus', () => {
  it('compiles with no error and no warning', () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  it('has exactly the documents, actors and relations asked for', () => {
    expect(corpus.bundles).toHaveLength(OPTIONS.documents);
    expect(dataset.documents).toHaveLength(OPTIONS.documents);
    expect(dataset.actors).toHaveLength(OPTIONS.actors);
    expect(dataset.relations).toHaveLength(OPTIONS.relations);
    expect(corpus.summary).toEqual({
      documents: OPTIONS.documents,
      paragraphs: dataset.documents.reduce((n, d) => n + d.paragraphs.length, 0),
      actors: OPTIONS.actors,
      relationTypes: dataset.relationTypes.length,
      relations: OPTIONS.relations,
      hedged: dataset.relations.filter((r) => isHedged(r.likelihood)).length,
      negated: dataset.relations.filter((r) => r.polarity === 'negated').length,
    });
  });

  it('names folders d001… in date order, each with its text and the four annotation files', () => {
    expect(corpus.bundles.map((b) => b.folder)).toEqual(
      Array.from({ length: 12 }, (_, i) => `d${String(i + 1).padStart(3, '0')}`),
    );
    for (const b of corpus.bundles) {
      expect(Object.keys(b.files).sort()).toEqual(
        [
          `${b.folder}.txt`,
          'actors.json',
          'document.json',
          'relation-types.json',
          'relations.json',
        ].sort(),
      );
    }
    const dates = dataset.documents.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('spreads document dates over 1996–1997, and each memo prints its own', () => {
    const big = synthesizeCorpus({ documents: 60, actors: 50, relations: 60, seed: 3 });
    const dates = big.bundles.map((b) => file<DocumentJson>(b, 'document.json').date);
    expect(dates.every((d) => d >= '1996-01-01' && d <= '1997-12-31')).toBe(true);
    expect(new Set(dates.map((d) => d.slice(0, 4)))).toEqual(new Set(['1996', '1997']));
    expect(new Set(dates).size).toBeGreaterThan(40);
    for (const b of big.bundles) {
      const { memo } = parseMemo(memoOf(b));
      expect(memo.date).toBe(file<DocumentJson>(b, 'document.json').date);
    }
  });

  it('uses every kind of actor, and all twelve relation types', () => {
    expect(new Set(dataset.actors.map((a) => a.kind))).toEqual(new Set(ACTOR_KINDS));
    expect(dataset.relationTypes.length).toBeGreaterThanOrEqual(10);
    expect(dataset.relationTypes.length).toBeLessThanOrEqual(12);
    const used = new Set(dataset.relations.map((r) => r.type));
    expect(used.size).toBe(dataset.relationTypes.length);
  });
});

describe('synthesizeCorpus: deterministic', () => {
  it('gives the same files, byte for byte, for the same seed', () => {
    const again = synthesizeCorpus(OPTIONS);
    expect(again.bundles).toEqual(corpus.bundles);
  });

  it('gives a different corpus for another seed', () => {
    const other = synthesizeCorpus({ ...OPTIONS, seed: 8 });
    expect(other.bundles).toHaveLength(corpus.bundles.length);
    for (const [i, b] of other.bundles.entries()) {
      const mine = corpus.bundles[i];
      expect(b.files[`${b.folder}.txt`]).not.toBe(mine?.files[`${b.folder}.txt`]);
      expect(b.files['actors.json']).not.toBe(mine?.files['actors.json']);
    }
  });

  it('never reads Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random was called');
    });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now was called');
    });
    try {
      expect(
        synthesizeCorpus({ documents: 3, actors: 40, relations: 90, seed: 1 }).bundles,
      ).toHaveLength(3);
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });
});

describe('synthesizeCorpus: ids and actors', () => {
  const relations = allRelations(corpus);

  it('gives every relation a corpus-wide unique id that no actor has', () => {
    const ids = relations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^d\d{3}-r\d{5}$/);
    const actorIds = new Set(dataset.actors.map((a) => a.id));
    expect(ids.filter((id) => actorIds.has(id))).toEqual([]);
    expect(relations.filter((r) => r.source === r.target)).toEqual([]);
  });

  it('lists in each bundle exactly the actors its relations use, identical in every bundle', () => {
    const copies = new Map<string, string>();
    for (const b of corpus.bundles) {
      const listed = file<{ actors: ActorJson[] }>(b, 'actors.json').actors;
      const used = new Set(
        file<{ relations: RelationJson[] }>(b, 'relations.json').relations.flatMap((r) => [
          r.source,
          r.target,
        ]),
      );
      expect(new Set(listed.map((a) => a.id))).toEqual(used);
      expect(listed).toHaveLength(used.size);
      for (const a of listed) {
        const text = JSON.stringify(a);
        expect(copies.get(a.id) ?? text, `actor ${a.id} in ${b.folder}`).toBe(text);
        copies.set(a.id, text);
        // memberOf always names an actor of the same bundle.
        if (a.memberOf !== undefined) expect(used.has(a.memberOf)).toBe(true);
      }
    }
  });

  it('links some actors by memberOf, without cycles', () => {
    // synth gives each member one parent; the compiled contract holds it as a list.
    for (const a of dataset.actors) expect(a.memberOf?.length ?? 1).toBe(1);
    const parent = new Map(dataset.actors.map((a) => [a.id, a.memberOf?.[0]]));
    const members = dataset.actors.filter((a) => a.memberOf !== undefined);
    expect(members.length).toBeGreaterThan(dataset.actors.length / 20);
    for (const a of members) {
      const seen = new Set<string>();
      for (let id: string | undefined = a.id; id !== undefined; id = parent.get(id)) {
        expect(seen.has(id), `memberOf loops through ${id}`).toBe(false);
        seen.add(id);
      }
    }
  });

  it('gives unique made-up names, and 0–2 aliases that the memos actually print', () => {
    const names = dataset.actors.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z]*(?: [A-Za-z]+)*$/);
    const texts = corpus.bundles.map(memoOf).join('\n');
    const counts = [0, 0, 0];
    for (const a of dataset.actors) {
      expect(a.aliases.length).toBeLessThanOrEqual(2);
      counts[a.aliases.length]! += 1;
      for (const alias of a.aliases) {
        expect(texts, `alias "${alias}" of ${a.id}`).toMatch(
          new RegExp(`(?<![A-Za-z])${alias}(?![A-Za-z])`),
        );
      }
      expect(a.description).toMatch(/^Synthetic .+\.$/);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[2]).toBeGreaterThan(0);
  });

  it('writes relation types identical in every bundle, colours at least 3:1 on white', () => {
    const first = corpus.bundles[0]?.files['relation-types.json'];
    for (const b of corpus.bundles) expect(b.files['relation-types.json']).toBe(first);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const v = parseInt(hex.slice(i, i + 2), 16) / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const colours = dataset.relationTypes.map((t) => t.color);
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of colours) expect(1.05 / (luminance(c) + 0.05)).toBeGreaterThanOrEqual(3);
  });
});

describe('synthesizeCorpus: every relation is a sentence that says it', () => {
  const paragraphs = new Map<string, ParsedParagraph>();
  const documents = new Map<string, DocumentJson>();
  for (const b of corpus.bundles) {
    const doc = file<DocumentJson>(b, 'document.json');
    documents.set(b.folder, doc);
    for (const p of parseMemo(memoOf(b)).memo.paragraphs) paragraphs.set(`${doc.id}/${p.id}`, p);
  }
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const names = (id: string) => {
    const a = actors.get(id);
    return a ? [a.name, ...a.aliases] : [];
  };

  it('quotes a verbatim span of its paragraph at start–end that names both actors', () => {
    for (const b of corpus.bundles) {
      for (const r of file<{ relations: RelationJson[] }>(b, 'relations.json').relations) {
        const p = paragraphs.get(`${b.folder}/${r.paragraph}`);
        expect(p, `${r.id}: paragraph ${r.paragraph}`).toBeDefined();
        expect(p?.text.slice(r.start, r.end)).toBe(r.quote);
        expect(
          names(r.source).some((n) => r.quote.includes(n)),
          `${r.id} names its source`,
        ).toBe(true);
        expect(
          names(r.target).some((n) => r.quote.includes(n)),
          `${r.id} names its target`,
        ).toBe(true);
      }
    }
  });

  it('carries its likelihood term inside the quote, with the band of the term table', () => {
    for (const r of dataset.relations) {
      if (!r.likelihood) continue;
      expect(r.quote.toLowerCase()).toContain(r.likelihood.term);
      expect(bandForTerm(r.likelihood.term)).toBe(r.likelihood.band);
    }
  });

  it('hedges about 30 % and negates about 10 %, and says so in the quote', () => {
    const n = dataset.relations.length;
    const hedged = dataset.relations.filter((r) => isHedged(r.likelihood)).length / n;
    const negated = dataset.relations.filter((r) => r.polarity === 'negated');
    expect(hedged).toBeGreaterThan(0.27);
    expect(hedged).toBeLessThan(0.33);
    expect(negated.length / n).toBeGreaterThan(0.08);
    expect(negated.length / n).toBeLessThan(0.12);
    for (const r of negated) expect(r.quote).toMatch(/\bnot\b|\bno evidence that\b/);
    for (const r of dataset.relations.filter((x) => x.polarity === 'affirmed')) {
      expect(r.quote).not.toMatch(/\bnot\b|\bno evidence\b/);
    }
    const plain = dataset.relations.filter((r) => r.likelihood === null).length / n;
    expect(plain).toBeGreaterThan(0.3);
  });

  it('mixes the four bases; a reported claim names its source in the sentence', () => {
    const bases = new Map<string, number>();
    for (const r of dataset.relations) bases.set(r.basis, (bases.get(r.basis) ?? 0) + 1);
    for (const basis of ['fact', 'judgment', 'reported', 'speculation']) {
      expect(bases.get(basis) ?? 0, basis).toBeGreaterThan(dataset.relations.length / 50);
    }
    for (const r of dataset.relations) {
      const p = paragraphs.get(`${r.document}/${r.paragraph}`);
      if (r.basis === 'reported') {
        expect(r.attributedTo).toBeDefined();
        expect(p?.text.toLowerCase()).toContain(`according to ${r.attributedTo?.toLowerCase()}`);
      } else expect(r.attributedTo).toBeUndefined();
    }
  });

  it('dates about a quarter of the claims, with the phrase in the sentence and a date before the memo', () => {
    const dated = dataset.relations.filter((r) => r.date !== undefined);
    expect(dated.length / dataset.relations.length).toBeGreaterThan(0.2);
    expect(dated.length / dataset.relations.length).toBeLessThan(0.3);
    for (const r of dated) {
      const date = r.date;
      if (!date) continue;
      const p = paragraphs.get(`${r.document}/${r.paragraph}`);
      expect(p?.text).toContain(`As of ${date.phrase}, `);
      const memoDate = documents.get(r.document)?.date ?? '';
      expect(date.iso < memoDate).toBe(true);
      const [year, month, day] = date.iso.split('-').map(Number);
      const monthName = new Date(Date.UTC(2000, (month ?? 1) - 1, 1)).toLocaleString('en-US', {
        month: 'long',
        timeZone: 'UTC',
      });
      // The year is printed only when it is not the memo's own.
      const sameYear = memoDate.startsWith(`${year}-`);
      expect(date.phrase).toBe(sameYear ? `${monthName} ${day}` : `${monthName} ${day}, ${year}`);
    }
  });
});

describe('synthesizeCorpus: memos that read like the real ones', () => {
  it('parse without a single problem into the paragraphs the relations cite', () => {
    for (const b of corpus.bundles) {
      const doc = file<DocumentJson>(b, 'document.json');
      const { memo, problems } = parseMemo(memoOf(b));
      expect(problems, b.folder).toEqual([]);
      expect(memo.title).toMatch(/^.+: .+$/);
      expect(memo.titleMarking).toBe('U');
      expect(memo.classification).toBe('SECRET/NOFORN');
      expect(memo.office).toBe(doc.citation.office);
      expect(memo.paragraphs.every((p) => p.marking !== null)).toBe(true);
      const ids = new Set(memo.paragraphs.map((p) => p.id));
      for (const r of file<{ relations: RelationJson[] }>(b, 'relations.json').relations) {
        expect(ids.has(r.paragraph)).toBe(true);
      }
    }
  });

  it('have several sentences a paragraph, headings, page furniture, redactions and the banner', () => {
    const memos = corpus.bundles.map((b) => parseMemo(memoOf(b)).memo);
    const paragraphs = memos.flatMap((m) => m.paragraphs);
    const sentences = paragraphs.map((p) => p.text.split(/(?<=\.) (?=[A-Z[])/).length);
    expect(Math.min(...sentences)).toBeGreaterThanOrEqual(2);
    expect(sentences.reduce((a, b) => a + b, 0) / sentences.length).toBeGreaterThan(3);
    expect(new Set(paragraphs.map((p) => p.marking))).toEqual(new Set(['U', 'C', 'S', 'S/NF']));
    expect(paragraphs.filter((p) => p.heading !== null).length).toBeGreaterThan(
      paragraphs.length / 2,
    );
    for (const m of memos) {
      expect(m.furniture.some((f) => f.kind === 'date')).toBe(true);
      expect(m.furniture.some((f) => f.kind === 'banner')).toBe(true);
      expect(m.pageBreaks.length).toBeGreaterThan(0);
    }
    const redactions = memos.flatMap((m) => m.redactions);
    expect(redactions.some((r) => r.kind === 'redaction' && r.text === '[redacted]')).toBe(true);
    expect(redactions.some((r) => r.kind === 'exemption' && r.text === 'B1')).toBe(true);
    // A page that ends mid-paragraph, rejoined by the parser.
    expect(memos.some((m) => m.pageBreaks.some((b) => b.offset > 0))).toBe(true);
  });
});

describe('synthesizeCorpus: heavy-tailed degrees', () => {
  const big = synthesizeCorpus({ documents: 40, actors: 5000, relations: 25000, seed: 11 });
  const degree = degrees(big);

  it('gives every actor at least one relation when there are enough relations', () => {
    expect(degree).toHaveLength(5000);
    expect(degree.at(-1)).toBeGreaterThanOrEqual(1);
    expect(degree.reduce((a, b) => a + b, 0)).toBe(2 * 25000);
  });

  it('has a few hubs and a small median: the top 1 % hold ≥ 15 % of the relation ends', () => {
    const top = degree.slice(0, 50).reduce((a, b) => a + b, 0);
    const median = degree[Math.floor(degree.length / 2)] ?? 0;
    expect(top / (2 * 25000)).toBeGreaterThanOrEqual(0.15);
    expect(median).toBeLessThanOrEqual(5);
    expect(degree[0]).toBeGreaterThan(100 * median);
    // Not one giant star either: the biggest hub holds a small share of all ends.
    expect(degree[0]! / (2 * 25000)).toBeLessThan(0.05);
  });
});

describe('synthesizeCorpus: edge sizes', () => {
  it('with fewer relations than half the actors, uses 2M actors once each', () => {
    const small = synthesizeCorpus({ documents: 2, actors: 100, relations: 20, seed: 1 });
    const result = compileBundles(sources(small));
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.actors).toHaveLength(40);
    expect(small.summary.actors).toBe(40);
    expect(degrees(small).every((d) => d === 1)).toBe(true);
  });

  it('with fewer relations than documents, and with none at all, still writes valid memos', () => {
    for (const options of [
      { documents: 5, actors: 10, relations: 3, seed: 2 },
      { documents: 3, actors: 0, relations: 0, seed: 2 },
      { documents: 1, actors: 2, relations: 50, seed: 2 },
    ]) {
      const c = synthesizeCorpus(options);
      const result = compileBundles(sources(c));
      expect(result.diagnostics, JSON.stringify(options)).toEqual([]);
      expect(result.dataset?.documents).toHaveLength(options.documents);
      expect(result.dataset?.relations).toHaveLength(options.relations);
    }
  });

  it('refuses options it cannot honour, naming the option', () => {
    const base = { documents: 1, actors: 2, relations: 1, seed: 0 };
    expect(synthOptionsProblem(base)).toBeNull();
    expect(synthOptionsProblem({ ...base, relations: -1 })).toBe(
      'relations must be a whole number ≥ 0',
    );
    expect(synthOptionsProblem({ ...base, documents: 0 })).toBe(
      'documents must be a whole number ≥ 1',
    );
    expect(synthOptionsProblem({ ...base, actors: 2.5 })).toBe('actors must be a whole number ≥ 0');
    expect(synthOptionsProblem({ ...base, seed: 2 ** 32 })).toBe('seed must be at most 4294967295');
    expect(synthOptionsProblem({ ...base, actors: 1 }, (o) => `--${o}`)).toBe(
      '--actors must be at least 2 when --relations is above 0: a relation links two different actors',
    );
    expect(() => synthesizeCorpus({ ...base, documents: Number.NaN })).toThrow(RangeError);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('synthesizeCorpus with very few actors', () => {
  it('pairs every relation without a self-relation, even when draws pile onto one actor', () => {
    for (let seed = 0; seed < 200; seed++) {
      for (const options of [
        { documents: 1, actors: 2, relations: 3, seed },
        { documents: 5, actors: 2, relations: 3, seed: 4294967295 - seed },
        { documents: 2, actors: 3, relations: 7, seed },
      ]) {
        const corpus = synthesizeCorpus(options);
        expect(corpus.summary.relations).toBe(options.relations);
      }
    }
  });
});
