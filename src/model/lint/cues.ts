/**
 * The cue tables the linter and the annotation form share, so that the form never suggests what
 * the linter would then flag. Cues are matched case-insensitively as whole words, a run of
 * whitespace standing for the space between the words of a phrase.
 */

export type CueKind = 'attribution' | 'estimative' | 'negation' | 'indeterminate';

export const CUES: Readonly<Record<CueKind, readonly string[]>> = {
  attribution: [
    'said',
    'says',
    'according to',
    'reports',
    'reported',
    'reportedly',
    'claimed',
    'told',
    'stated',
    'described',
  ],
  estimative: [
    'almost certainly',
    // The term table's phrases around a cue word, so the whole phrase is the term.
    'most likely',
    'very likely',
    'very unlikely',
    'highly probable',
    'almost no chance',
    'probably',
    'probable',
    'unlikely',
    'likely',
    'may',
    'might',
    'could',
    'doubtless',
    'no doubt',
    'appear',
    'appears',
    'apparently',
    'seem',
    'seems',
    'seemed',
    'possibility',
    'possibly',
    'perhaps',
  ],
  negation: [
    'not',
    'no',
    'never',
    'none',
    'nothing',
    'neither',
    'nor',
    'without',
    'refused',
    "n't",
  ],
  indeterminate: ['not necessarily', 'no evidence that'],
};

export interface Cue {
  readonly kind: CueKind;
  /** The table's entry: "according to", "n't". */
  readonly cue: string;
  /** The text as printed, e.g. "According  to". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function pattern(cue: string): string {
  const words = cue.split(' ').map((w) => w.replace(/'/g, "['’]"));
  // "n't" ends a word ("doesn't"); every other cue is a whole word or phrase.
  const head = cue.startsWith('n') && cue.endsWith("'t") ? '(?<=\\p{L})' : '(?<![\\p{L}\\p{N}])';
  return `${head}${words.join('\\s+')}(?![\\p{L}\\p{N}])`;
}

const MATCHERS: readonly { kind: CueKind; cue: string; re: RegExp }[] = (
  Object.keys(CUES) as CueKind[]
).flatMap((kind) => CUES[kind].map((cue) => ({ kind, cue, re: new RegExp(pattern(cue), 'giu') })));

/** "May 5" is a date, not a hedge. */
function isMonth(text: string, cue: Cue): boolean {
  return cue.cue === 'may' && text[cue.start] === 'M' && /^\s+\d/u.test(text.slice(cue.end));
}

/**
 * Every cue in `text`, in order. A cue inside a longer one of another kind is dropped: the "no"
 * of "no doubt" is estimative, the "not" of "not necessarily" indeterminate, not negations; and
 * a shorter cue inside a longer one of its own kind ("likely" in "unlikely") is dropped too.
 */
export function findCues(text: string): Cue[] {
  const found: Cue[] = [];
  for (const { kind, cue, re } of MATCHERS) {
    for (const m of text.matchAll(re)) {
      found.push({ kind, cue, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  const kept = found.filter(
    (c) =>
      !isMonth(text, c) &&
      !found.some(
        (o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start,
      ),
  );
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
