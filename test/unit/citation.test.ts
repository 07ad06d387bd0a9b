import { describe, expect, it } from 'vitest';
import {
  bibtexEntry,
  bibtexKey,
  chicagoDate,
  chicagoNote,
  chicagoShortNote,
  citedPassage,
  CITATION_FORMATS,
  citationFormatById,
  curlyQuotes,
  escapeBibtex,
  escapeMarkdown,
  markdownCitation,
} from '../../src/model/words/citation.ts';
import { indexDataset, type DatasetIndex } from '../../src/model/dataset/query.ts';
import type {
  CitationDetails,
  Dataset,
  MemoDocument,
  Relation,
} from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { memoIndex } from '../fixtures/memo-dataset.ts';

const mini = indexDataset(miniDataset);
const doc0 = miniDataset.documents[0]!;

function rel(index: DatasetIndex, id: string): Relation {
  const r = index.relationById.get(id);
  if (!r) throw new Error(`no relation ${id}`);
  return r;
}

/** The mini dataset with its one document changed. */
function withDocument(patch: Partial<Omit<MemoDocument, 'citation'>>, citation?: CitationDetails) {
  const document: MemoDocument = { ...doc0, ...patch, citation: citation ?? doc0.citation };
  const dataset: Dataset = { ...miniDataset, documents: [document] };
  return indexDataset(dataset);
}

/** Shaped like the INR memo: issuer spelled out, office "INR", banner SECRET/NOFORN. */
const memoLike = withDocument(
  {
    title: 'Peru/Hostages: What Next?',
    titleMarking: 'U',
    issuer: 'U.S. Department of State, Bureau of Intelligence and Research',
    classification: 'SECRET/NOFORN',
  },
  { documentType: 'Intelligence memorandum', office: 'INR' },
);

describe('chicagoDate', () => {
  it('spells the month and keeps the day as written, whatever the time zone', () => {
    expect(chicagoDate('1996-12-28')).toBe('December 28, 1996');
    expect(chicagoDate('1997-01-01')).toBe('January 1, 1997');
  });
  it('shows an unreadable date as given rather than inventing one', () => {
    expect(chicagoDate('1996-13-01')).toBe('1996-13-01');
    expect(chicagoDate('late 1996')).toBe('late 1996');
  });
});

describe('chicagoNote', () => {
  it('cites the memo-like document with classification and the paragraph marking', () => {
    expect(chicagoNote(memoLike, rel(memoLike, 'r1'))).toBe(
      'U.S. Department of State, Bureau of Intelligence and Research, “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶1 (C), SECRET/NOFORN.',
    );
    expect(chicagoNote(memoLike, rel(memoLike, 'r3'))).toBe(
      'U.S. Department of State, Bureau of Intelligence and Research, “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶2 (S/NF), SECRET/NOFORN.',
    );
  });

  it('cites the mini dataset as it stands', () => {
    expect(chicagoNote(mini, rel(mini, 'r6'))).toBe(
      'Test Office of Analysis, “Ruritania: Envoys Held,” intelligence memorandum, December 28, 1996, ¶3 (S), SECRET/NOFORN.',
    );
  });

  it('matches the plain form when the document carries no classification', () => {
    const index = withDocument(
      {
        title: 'Peru/Hostages: What Next?',
        issuer: 'U.S. Department of State, Bureau of Intelligence and Research',
        classification: null,
      },
      { documentType: 'Intelligence memorandum', office: 'INR' },
    );
    expect(chicagoNote(index, rel(index, 'r1'))).toBe(
      'U.S. Department of State, Bureau of Intelligence and Research, “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶1 (C).',
    );
  });

  it('appends release, archive, identifier and URL in that order, only when present', () => {
    const index = withDocument(
      { title: 'Peru/Hostages: What Next?', classification: 'SECRET/NOFORN' },
      {
        documentType: 'Intelligence memorandum',
        office: 'INR',
        release: 'Declassified 2004.',
        archive: 'National Security Archive',
        identifier: 'Peru doc. 12',
        url: 'https://example.org/peru/12.pdf',
      },
    );
    expect(chicagoNote(index, rel(index, 'r1'))).toBe(
      'Test Office of Analysis, “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶1 (C), SECRET/NOFORN, declassified 2004, National Security Archive, Peru doc. 12, https://example.org/peru/12.pdf.',
    );
    const archiveOnly = withDocument(
      {},
      { documentType: 'Intelligence memorandum', archive: 'National Security Archive' },
    );
    expect(chicagoNote(archiveOnly, rel(archiveOnly, 'r1'))).toBe(
      'Test Office of Analysis, “Ruritania: Envoys Held,” intelligence memorandum, December 28, 1996, ¶1 (C), SECRET/NOFORN, National Security Archive.',
    );
  });

  it('leaves the pinpoint bare when the paragraph has no marking', () => {
    const paragraphs = doc0.paragraphs.map((p) => ({ ...p, marking: null }));
    const index = withDocument({ paragraphs, classification: null });
    expect(chicagoNote(index, rel(index, 'r4'))).toBe(
      'Test Office of Analysis, “Ruritania: Envoys Held,” intelligence memorandum, December 28, 1996, ¶2.',
    );
    expect(chicagoShortNote(index, rel(index, 'r4'))).toBe('TOA, “Ruritania,” ¶2.');
  });

  it('keeps acronyms and names that open a description, and nests quotes in the title', () => {
    const index = withDocument(
      { title: 'The “Robin Hood” Image', classification: null },
      { documentType: 'INR cable', release: 'State Department FOIA release' },
    );
    expect(chicagoNote(index, rel(index, 'r1'))).toBe(
      'Test Office of Analysis, “The ‘Robin Hood’ Image,” INR cable, December 28, 1996, ¶1 (C), State Department FOIA release.',
    );
  });

  it('drops a portion marking left in the title', () => {
    const index = withDocument({ title: 'Peru/Hostages: What Next? (U)', classification: null });
    expect(chicagoNote(index, rel(index, 'r1'))).toBe(
      'Test Office of Analysis, “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶1 (C).',
    );
  });

  it('says plainly when a relation cites a paragraph the dataset does not hold', () => {
    const stray: Relation = { ...rel(mini, 'r1'), id: 'rx', paragraph: 'p99' };
    expect(() => chicagoNote(mini, stray)).toThrow(
      'Relation "rx" cites paragraph "p99" of "mini-doc", which the dataset does not have.',
    );
    expect(() => citedPassage(mini, { ...stray, document: 'nope' })).toThrow(
      'Relation "rx" cites document "nope", which the dataset does not have.',
    );
  });
});

describe('chicagoShortNote', () => {
  it('uses the office and the main title', () => {
    expect(chicagoShortNote(memoLike, rel(memoLike, 'r6'))).toBe('INR, “Peru/Hostages,” ¶3 (S).');
  });
  it('falls back to the last part of the issuer when there is no office', () => {
    const index = withDocument(
      {
        title: 'Fujimori Digs In for a Long Standoff',
        issuer: 'U.S. Department of State, Bureau of Intelligence and Research',
      },
      { documentType: 'Intelligence memorandum' },
    );
    expect(chicagoShortNote(index, rel(index, 'r3'))).toBe(
      'Bureau of Intelligence and Research, “Fujimori Digs In,” ¶2 (S/NF).',
    );
  });
});

describe('markdownCitation', () => {
  it('quotes exactly, then cites with the paragraph, then names the relation', () => {
    expect(markdownCitation(memoLike, rel(memoLike, 'r2'))).toBe(
      '> The Front probably wants the Crown to free its jailed members\n' +
        '>\n' +
        '> — U.S. Department of State, Bureau of Intelligence and Research, “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶1 (C), SECRET/NOFORN.\n' +
        '\n' +
        '**Relation:** The Front → makes demands of → The Crown (likelihood “probably”)\n',
    );
  });
  it('says a negated, reported relation is negated and whose claim it is', () => {
    expect(markdownCitation(mini, rel(mini, 'r3'))).toBe(
      '> The Crown has not opened genuine talks with the Front\n' +
        '>\n' +
        '> — Test Office of Analysis, “Ruritania: Envoys Held,” intelligence memorandum, December 28, 1996, ¶2 (S/NF), SECRET/NOFORN.\n' +
        '\n' +
        '**Relation:** The Crown — negotiates with — The Front (negated; according to the Mission)\n',
    );
  });
  it('keeps markup in the data as text when the Markdown is rendered', () => {
    const md = markdownCitation(mini, rel(mini, 'r7'));
    expect(md).toContain('> \\<img src=x onerror=alert(1)\\> backs the Front\n');
    expect(md).toContain(
      '**Relation:** \\<img src=x onerror=alert(1)\\> → backs → The Front (according to A [redacted] report)\n',
    );
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });
});

describe('escapeMarkdown', () => {
  it('escapes what would become emphasis, code, links, HTML, entities or list markers', () => {
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) <g> &amp; x|y ~z~ \\')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` [e\\](f) \\<g\\> \\&amp; x\\|y \\~z\\~ \\\\',
    );
    expect(escapeMarkdown('1. First')).toBe('1\\. First');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('Smith & Jones – 40%')).toBe('Smith & Jones – 40%');
  });
});

describe('bibtexEntry', () => {
  it('writes a stable @techreport for the memo-like document', () => {
    expect(bibtexEntry(memoLike, rel(memoLike, 'r3'))).toBe(
      '@techreport{inr1996peru-p2,\n' +
        '  author      = {{U.S. Department of State, Bureau of Intelligence and Research}},\n' +
        '  title       = {{Peru/Hostages: What Next?}},\n' +
        '  institution = {U.S. Department of State, Bureau of Intelligence and Research},\n' +
        '  type        = {Intelligence memorandum},\n' +
        '  date        = {1996-12-28},\n' +
        '  year        = {1996},\n' +
        '  month       = dec,\n' +
        '  note        = {Paragraph 2 (S/NF). Classification: SECRET/NOFORN.},\n' +
        '}\n',
    );
  });

  it('derives the key from the issuer when there is no office, and adds what the details hold', () => {
    const index = withDocument(
      { classification: null, title: 'The Envoys – Who Holds Them?' },
      {
        documentType: 'Cable',
        identifier: 'LIMA_01234',
        release: 'Declassified 2004',
        archive: 'National Security Archive',
        url: 'https://example.org/a b/{x}',
      },
    );
    expect(bibtexEntry(index, rel(index, 'r1'))).toBe(
      '@techreport{toa1996envoys-p1,\n' +
        '  author      = {{Test Office of Analysis}},\n' +
        '  title       = {{The Envoys – Who Holds Them?}},\n' +
        '  institution = {Test Office of Analysis},\n' +
        '  type        = {Cable},\n' +
        '  number      = {LIMA\\_01234},\n' +
        '  date        = {1996-12-28},\n' +
        '  year        = {1996},\n' +
        '  month       = dec,\n' +
        '  note        = {Paragraph 1 (C). Declassified 2004. National Security Archive.},\n' +
        '  url         = {https://example.org/a%20b/%7Bx%7D},\n' +
        '}\n',
    );
  });

  it('escapes every BibTeX special character and keeps braces balanced', () => {
    const index = withDocument(
      {
        title: 'Costs & Risks: 50% of $ {funds} #1 _now_ ~ ^ \\ “quoted”',
        issuer: 'Office of A & B',
        classification: null,
      },
      { documentType: 'Intelligence memorandum' },
    );
    const entry = bibtexEntry(index, rel(index, 'r1'));
    expect(entry).toContain(
      '  title       = {{Costs \\& Risks: 50\\% of \\$ {\\textbraceleft}funds{\\textbraceright} \\#1 \\_now\\_ {\\textasciitilde} {\\textasciicircum} {\\textbackslash} “quoted”}},\n',
    );
    expect(entry).toContain('  author      = {{Office of A \\& B}},\n');
    expect(entry.startsWith('@techreport{ob1996costs-p1,\n')).toBe(true);
    // BibTeX counts every brace, escaped or not: they must balance.
    let depth = 0;
    for (const ch of entry) {
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('keys accented titles in ASCII and skips leading articles', () => {
    const index = withDocument(
      { title: 'The Perú Crisis' },
      { documentType: 'Memo', office: 'INR/IAA' },
    );
    expect(bibtexKey(index.dataset.documents[0]!)).toBe('inriaa1996peru');
  });
});

describe('escapeBibtex', () => {
  it('maps each special character to a form BibTeX and LaTeX both accept', () => {
    expect(escapeBibtex('& % $ # _ { } ~ ^ \\')).toBe(
      '\\& \\% \\$ \\# \\_ {\\textbraceleft} {\\textbraceright} {\\textasciitilde} {\\textasciicircum} {\\textbackslash}',
    );
    expect(escapeBibtex('Lima – “armed propaganda” ¶7')).toBe('Lima – “armed propaganda” ¶7');
  });
});

describe('CITATION_FORMATS', () => {
  it('offers the full Chicago note first, then short note, Markdown and BibTeX', () => {
    expect(CITATION_FORMATS.map((f) => f.id)).toEqual([
      'chicago',
      'chicago-short',
      'markdown',
      'bibtex',
    ]);
    const r = rel(mini, 'r5');
    expect(CITATION_FORMATS[0]!.format(mini, r)).toBe(chicagoNote(mini, r));
    expect(CITATION_FORMATS[3]!.format(mini, r)).toBe(bibtexEntry(mini, r));
  });
});

describe('citations of the INR memo as its bundle stands', () => {
  const memo = memoIndex();
  const p1 = memo.dataset.relations.find((r) => r.paragraph === 'p1')!;
  const p10 = memo.dataset.relations.find((r) => r.paragraph === 'p10')!;
  const redacted = rel(memo, 'p8-r4');

  it('gives a Chicago note with a short release statement and no annotator remarks', () => {
    expect(chicagoNote(memo, p10)).toBe(
      'U.S. Department of State, Bureau of Intelligence and Research, “Peru/Hostages: What Next?,” intelligence memorandum, December 28, 1996, ¶10 (S), SECRET/NOFORN, released with redactions under FOIA exemption (b)(1).',
    );
    for (const r of memo.dataset.relations) {
      const note = chicagoNote(memo, r);
      expect(note).not.toContain('printed');
      expect(note).not.toContain('case number');
      expect(note).not.toContain('"');
    }
    // The remarks are kept with the document, where the reader shows them.
    expect(memo.dataset.documents[0]!.citation.notes).toContain('no release date or case number');
  });

  it('keeps the memo’s “[redacted]” as printed inside a Markdown quote block', () => {
    const md = markdownCitation(memo, redacted);
    expect(md.startsWith('> no follow-up [redacted] from the first days of the crisis')).toBe(true);
    expect(md).toContain(
      '**Relation:** Alberto Fujimori → releases → Imprisoned MRTA members (indeterminate: the document declines to say; according to early reporting, its source redacted)\n',
    );
  });

  it('gives ¶1 and ¶10 different BibTeX keys, with the note ending in a full stop and no ¶', () => {
    const a = bibtexEntry(memo, p1);
    const b = bibtexEntry(memo, p10);
    expect(a.split('\n')[0]).toBe('@techreport{inr1996peru-p1,');
    expect(b.split('\n')[0]).toBe('@techreport{inr1996peru-p10,');
    expect(b).toContain(
      '  note        = {Paragraph 10 (S). Classification: SECRET/NOFORN. Released with redactions under FOIA exemption (b)(1).},\n',
    );
    expect(a + b).not.toContain('¶');
  });
});

describe('curlyQuotes', () => {
  it('turns straight quotes into curly pairs and apostrophes', () => {
    expect(curlyQuotes('withheld as "[redacted]", printed "B1"')).toBe(
      'withheld as “[redacted]”, printed “B1”',
    );
    expect(curlyQuotes("the Front's 'demands'")).toBe('the Front’s ‘demands’');
  });
  it('makes a release note with straight quotes read with curly ones in the Chicago note', () => {
    const index = withDocument(
      { classification: null },
      { documentType: 'Intelligence memorandum', release: 'Released; "B1" withheld.' },
    );
    expect(chicagoNote(index, rel(index, 'r1'))).toBe(
      'Test Office of Analysis, “Ruritania: Envoys Held,” intelligence memorandum, December 28, 1996, ¶1 (C), released; “B1” withheld.',
    );
  });
});

describe('citationFormatById', () => {
  it('finds a stored format and falls back to Chicago for anything else', () => {
    expect(citationFormatById('bibtex').id).toBe('bibtex');
    expect(citationFormatById('nonsense').id).toBe('chicago');
    expect(citationFormatById(null).id).toBe('chicago');
  });
});
