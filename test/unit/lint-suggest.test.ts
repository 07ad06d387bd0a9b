import { describe, expect, it } from 'vitest';
import type { Relation } from '../../src/model/contract/types.ts';
import { cueFindings } from '../../src/model/lint/cue-rules.ts';
import { quoteContext } from '../../src/model/lint/quote-context.ts';
import { suggestAssertion } from '../../src/model/lint/suggest-assertion.ts';

/** What the annotation form proposes for a selected quote, from the linter's own cue tables. */

function suggest(text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return suggestAssertion(text, start, start + quote.length);
}

describe('suggestAssertion', () => {
  it('proposes a plain affirmed fact when the clause has no cue', () => {
    expect(
      suggest('The ICRC carried messages. Fujimori may talk.', 'ICRC carried messages'),
    ).toEqual({
      polarity: 'affirmed',
      likelihood: null,
      basis: 'fact',
      reasons: [
        { field: 'polarity', value: 'affirmed', because: 'no negation in the clause' },
        { field: 'likelihood', value: null, because: 'no estimative word in the clause' },
        { field: 'basis', value: 'fact', because: 'stated without hedge or attribution' },
      ],
    });
  });

  it('reads the estimative word of the clause, with its band and why', () => {
    const s = suggest('The MRTA probably holds the ambassador.', 'holds the ambassador');
    expect(s.likelihood).toEqual({ term: 'probably', band: 'likely' });
    expect(s.basis).toBe('judgment');
    expect(s.reasons).toContainEqual({
      field: 'likelihood',
      value: 'likely',
      because: "from 'probably'",
    });
  });

  it('prefers the hedge inside the quote, then the nearest before it', () => {
    const t = 'It may wait, but it doubtless believes – probably correctly – it retains enough.';
    expect(suggest(t, 'probably correctly – it retains enough').likelihood?.term).toBe('probably');
    expect(suggest(t, 'it retains enough').likelihood).toBeNull();
  });

  it('reads a negation, and "not necessarily" as indeterminate and unquantified', () => {
    expect(suggest('The MRTA does not hold him.', 'hold him').polarity).toBe('negated');
    const s = suggest('Talks do not necessarily mean a deal.', 'mean a deal');
    expect(s.polarity).toBe('indeterminate');
    expect(s.likelihood).toEqual({ term: 'not necessarily', band: 'unquantified' });
    expect(s.reasons[0]).toEqual({
      field: 'polarity',
      value: 'indeterminate',
      because: "from 'not necessarily'",
    });
  });

  it('reads an attribution in the sentence, and whom "according to" names', () => {
    const s = suggest(
      'Fujimori may be testing the waters with the ICRC, according to Embassy Lima.',
      'testing the waters with the ICRC',
    );
    expect(s.basis).toBe('reported');
    expect(s.attributedTo).toBe('Embassy Lima');
    expect(s.likelihood).toEqual({ term: 'may', band: 'unquantified' });
    expect(s.reasons).toContainEqual({
      field: 'attributedTo',
      value: 'Embassy Lima',
      because: "from 'according to'",
    });
    const t = 'Though the MRTA said it would free no one, it has since released two envoys.';
    expect(suggest(t, 'would free no one').basis).toBe('reported');
    // An attribution in a subordinate clause does not reach the main clause.
    expect(suggest(t, 'released two envoys').basis).toBe('fact');
    const said = suggest('The MRTA said it would free no one.', 'free no one');
    expect(said.basis).toBe('reported');
    expect(said.attributedTo).toBeUndefined();
  });
});

describe('suggestAssertion and the linter', () => {
  const PARAGRAPHS = [
    "Though the MRTA has significantly reduced the number of hostages, it doubtless believes – probably correctly – it retains enough captives to deter President Fujimori from a near-term rescue attempt. The partial hostage release reduced Fujimori's incentive to negotiate in earnest for now.",
    'Cuba remains the most likely candidate to mediate the crisis, but no concrete steps appear to have been taken.',
    'Still, though Fujimori may be using the ICRC and others in part to establish a framework for serious give-and-take, he does not appear to have launched genuine negotiations, according to Embassy Lima.',
    'Its willingness to talk does not necessarily translate into flexibility; there is no evidence that the group has refused to take the bait, and it could hold out for weeks.',
  ];

  it('never proposes what the cue rules then flag', () => {
    for (const text of PARAGRAPHS) {
      const words = [...text.matchAll(/\S+/g)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      for (let i = 0; i < words.length; i += 2) {
        for (let j = i; j < Math.min(words.length, i + 9); j += 3) {
          const { start } = words[i]!;
          const { end } = words[j]!;
          const s = suggestAssertion(text, start, end);
          const relation: Relation = {
            id: 'r',
            source: 'a',
            target: 'b',
            type: 't',
            document: 'd',
            paragraph: 'p1',
            quote: text.slice(start, end),
            start,
            end,
            polarity: s.polarity,
            likelihood: s.likelihood,
            basis: s.basis,
            // The form asks for whom a reported claim is attributed to when the text does not say.
            ...(s.basis === 'reported' && { attributedTo: s.attributedTo ?? 'someone' }),
          };
          const findings = cueFindings({ relation, text, context: quoteContext(text, start, end) });
          expect(findings, relation.quote).toEqual([]);
        }
      }
    }
  });
});
