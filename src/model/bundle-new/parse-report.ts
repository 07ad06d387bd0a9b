import type { ParsedMemo } from '../memo/memo-parser.ts';
import { isInCapitals, type SuggestedActor } from './suggest-actors.ts';

/**
 * What `memograph new` read in a memo, one line per thing, so that the user sees at a glance
 * whether the parser understood the document before annotating it: the paragraphs under their
 * headings, the pages rejoined, the furniture and redactions set aside, the suggested actors.
 */

const FIRST_WORDS = 8;

/** The first words of a text, with "…" when there is more. */
export function firstWords(text: string, count = FIRST_WORDS): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function metadata(memo: ParsedMemo): string[] {
  const lines: string[] = [];
  const marking = memo.titleMarking === null ? '' : ` (${memo.titleMarking})`;
  lines.push(`title: ${memo.title === null ? '(none found)' : `${memo.title}${marking}`}`);
  if (memo.documentType !== null) lines.push(`document type: ${memo.documentType}`);
  lines.push(`date: ${memo.date ?? '(none found)'}`);
  if (memo.office !== null) lines.push(`office: ${memo.office}`);
  if (memo.classification !== null) lines.push(`classification: ${memo.classification}`);
  const header = memo.header;
  if (header !== null) {
    for (const [key, value] of Object.entries(header)) {
      if (typeof value === 'string') lines.push(`header ${key}: ${value}`);
    }
  }
  return lines;
}

function paragraphLines(memo: ParsedMemo): string[] {
  const lines: string[] = [
    `${plural(memo.paragraphs.length, 'paragraph')}, ${plural(memo.headings.length, 'heading')}, ${plural(memo.pageCount, 'page')}:`,
  ];
  let heading: string | null = null;
  for (const p of memo.paragraphs) {
    if (p.heading !== null && p.heading !== heading) {
      const h = memo.headings.find((x) => x.text === p.heading);
      const marking = h?.marking ? ` (${h.marking})` : '';
      const label = h?.label ? `${h.label} ` : '';
      lines.push(`  heading: ${label}${p.heading}${marking}`);
    }
    heading = p.heading;
    const label = p.label === null ? '' : ` ${p.label}`;
    const marking = p.marking === null ? ' (unmarked)' : ` (${p.marking})`;
    lines.push(`    ¶${p.n}${label}${marking} p.${p.page}: ${firstWords(p.text)}`);
  }
  return lines;
}

function pageLines(memo: ParsedMemo): string[] {
  const n = new Map(memo.paragraphs.map((p) => [p.id, p.n]));
  return memo.pageBreaks.map((b) =>
    b.offset > 0
      ? `  page ${b.page} begins inside ¶${n.get(b.paragraph)}: rejoined`
      : `  page ${b.page} begins before ¶${n.get(b.paragraph)}`,
  );
}

/** The report's lines, without line ends. */
export function parseReport(memo: ParsedMemo, actors: readonly SuggestedActor[]): string[] {
  const n = new Map(memo.paragraphs.map((p) => [p.id, p.n]));
  const lines = [...metadata(memo), ...paragraphLines(memo)];
  if (memo.pageBreaks.length > 0) lines.push('page breaks:', ...pageLines(memo));
  if (memo.furniture.length > 0) {
    lines.push(`furniture (kept out of the paragraphs): ${memo.furniture.length} lines`);
    for (const f of memo.furniture) lines.push(`  p.${f.page} ${f.kind}: ${f.text}`);
  }
  if (memo.redactions.length > 0) {
    lines.push(`redactions: ${memo.redactions.length}`);
    for (const r of memo.redactions) {
      const where = r.paragraph === null ? 'before ¶1' : `¶${n.get(r.paragraph)}`;
      const inside = r.start === null ? 'after' : 'in';
      lines.push(`  ${r.kind} ${r.text} ${r.paragraph === null ? where : `${inside} ${where}`}`);
    }
  }
  lines.push(`suggested actors: ${actors.length}`);
  const capitals = memo.paragraphs.filter((p) => isInCapitals(p.text)).map((p) => `¶${p.n}`);
  if (capitals.length > 0) {
    lines.push(
      `  (none from ${capitals.join(', ')}: printed in capitals, where a name cannot be told from a word)`,
    );
  }
  for (const a of actors) {
    const aliases = a.aliases.length > 0 ? ` (also ${a.aliases.join(', ')})` : '';
    lines.push(`  ${a.name}${aliases} — ${a.kind}, named ${a.count}×`);
  }
  return lines;
}
