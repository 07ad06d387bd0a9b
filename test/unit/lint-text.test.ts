import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/model/lint/cues.ts';
import { clauses, sentences, type Span } from '../../src/model/lint/text-spans.ts';

/** The linter's sentence and clause splitter, and its cue finder. */

function texts(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('ends a sentence at . ? ! before a capital, a digit or the end', () => {
    const t = 'The MRTA holds them. Will it talk? Yes! 225 were freed.';
    expect(texts(t, sentences(t))).toEqual([
      'The MRTA holds them.',
      'Will it talk?',
      'Yes!',
      '225 were freed.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const t = 'He said "no." Then he left.';
    expect(texts(t, sentences(t))).toEqual(['He said "no."', 'Then he left.']);
  });

  it('does not end a sentence at an initial or a common abbreviation', () => {
    const t = 'The U.S. Embassy and Mr. Cipriani met Gen. Vidal. They talked.';
    expect(texts(t, sentences(t))).toEqual([
      'The U.S. Embassy and Mr. Cipriani met Gen. Vidal.',
      'They talked.',
    ]);
  });

  it('does not end a sentence before a lower-case word', () => {
    const t = 'It fell to approx. one hundred. Then more.';
    expect(texts(t, sentences(t))).toEqual(['It fell to approx. one hundred.', 'Then more.']);
  });

  it('takes text without a final stop as one sentence, and empty text as none', () => {
    expect(texts('no stop here', sentences('no stop here'))).toEqual(['no stop here']);
    expect(sentences('   ')).toEqual([]);
  });
});

describe('clauses', () => {
  it('splits at ; : and spaced dashes', () => {
    const t = 'It believes – probably correctly – it holds enough; the rest: gone. Next — here.';
    expect(texts(t, clauses(t))).toEqual([
      'It believes',
      'probably correctly',
      'it holds enough',
      'the rest',
      'gone.',
      'Next',
      'here.',
    ]);
  });

  it('splits before ", but", ", and" and a subordinating word, which opens the next clause', () => {
    const t = 'Cuba is a candidate, but no steps were taken, and none are planned while it waits.';
    expect(texts(t, clauses(t))).toEqual([
      'Cuba is a candidate',
      'but no steps were taken',
      'and none are planned',
      'while it waits.',
    ]);
  });

  it('ends a clause that opens with a subordinating word at its first comma', () => {
    const t =
      'Though the MRTA freed many, it doubtless believes it holds enough. Still, though he may talk, he does not.';
    expect(texts(t, clauses(t))).toEqual([
      'Though the MRTA freed many',
      'it doubtless believes it holds enough.',
      'Still,',
      'though he may talk',
      'he does not.',
    ]);
  });

  it('keeps a time together', () => {
    const t = 'They met at 10:30 and talked.';
    expect(texts(t, clauses(t))).toEqual(['They met at 10:30 and talked.']);
  });
});

describe('findCues', () => {
  function cues(text: string): string[] {
    return findCues(text).map((c) => `${c.kind}:${c.text}`);
  }

  it('finds whole words and phrases, capitals aside', () => {
    expect(cues('According  to Lima, he Probably said no.')).toEqual([
      'attribution:According  to',
      'estimative:Probably',
      'attribution:said',
      'negation:no',
    ]);
  });

  it("does not find a cue inside a word, but finds n't at a word's end", () => {
    expect(cues("Notably, the mayor nowhere doesn’t deny it; he didn't.")).toEqual([
      'negation:n’t',
      "negation:n't",
    ]);
  });

  it('reads the longer cue: "no doubt", "not necessarily", "unlikely", "most likely"', () => {
    expect(cues('no doubt; not necessarily; no evidence that; unlikely; most likely')).toEqual([
      'estimative:no doubt',
      'indeterminate:not necessarily',
      'indeterminate:no evidence that',
      'estimative:unlikely',
      'estimative:most likely',
    ]);
  });

  it('takes "May" before a day for the month', () => {
    expect(cues('On May 5 they may talk.')).toEqual(['estimative:may']);
  });
});
