import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { memoBundle } from '../../src/model/bundle-new/memo-bundle.ts';
import { validateDataset } from '../../src/model/dataset/dataset-check.ts';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';

/**
 * What the parser reads beyond paragraphs (paragraph numbers, the document-type line, a cable's
 * header, headings' own markings) reaches the compiled dataset, which the explorer's validator
 * accepts; documents without them compile exactly as before.
 */

const FIXTURES = 'test/fixtures/memos/conventions/';

function compiled(name: string) {
  const text = readFileSync(`${FIXTURES}${name}`, 'utf8');
  const made = memoBundle(name, text, []);
  if (!('bundle' in made)) throw new Error(made.refusal);
  const { dataset, diagnostics } = compileBundles([made.bundle]);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(validateDataset(dataset!, name).diagnostics).toEqual([]);
  return { doc: dataset!.documents[0]!, memo: parseMemo(text).memo };
}

describe('the parser’s fields in the compiled document', () => {
  it('carries a cable’s header, its type line and its paragraph numbers', () => {
    const { doc, memo } = compiled('cable.txt');
    expect(doc.header).toEqual({ ...memo.header });
    expect(doc.header?.subject).toContain('MRTA HOSTAGE CRISIS');
    expect(doc.paragraphs.map((p) => p.label)).toEqual(['1.', '2.', '3.']);
    expect(doc.paragraphs[0]!.text.startsWith('1.')).toBe(false);
  });

  it('carries the document-type line as printed', () => {
    const { doc, memo } = compiled('document-types.txt');
    expect(memo.documentType).not.toBeNull();
    expect(doc.documentTypeLine).toBe(memo.documentType);
  });

  it('carries headings with their own markings and numbers', () => {
    const { doc, memo } = compiled('headings.txt');
    expect(memo.headings.some((h) => h.marking !== null || h.label !== null)).toBe(true);
    expect(doc.headings).toEqual(
      memo.headings.map((h) => ({ text: h.text, marking: h.marking, label: h.label })),
    );
  });

  it('leaves them out where the text has none', () => {
    const { doc } = compiled('trailing-markings.txt');
    expect(doc).not.toHaveProperty('header');
    expect(doc).not.toHaveProperty('headings');
    expect(doc.paragraphs.every((p) => !('label' in p))).toBe(true);
  });

  it('is refused by the validator when malformed', () => {
    const { doc } = compiled('cable.txt');
    const dataset = {
      schemaVersion: 2 as const,
      documents: [
        { ...doc, header: { subject: '' }, paragraphs: [{ ...doc.paragraphs[0]!, label: 7 }] },
      ],
      actors: [],
      relationTypes: [],
      relations: [],
    };
    const messages = validateDataset(dataset as never, 'd.json').diagnostics.map((d) => d.message);
    expect(messages.join('\n')).toMatch(/header\.subject/);
    expect(messages.join('\n')).toMatch(/paragraphs\[0\]\.label/);
  });
});
