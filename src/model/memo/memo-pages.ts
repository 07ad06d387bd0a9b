/**
 * The parsed memo, put together in document order: paragraphs numbered, pages counted, and every
 * redaction, page break and furniture line placed on its page. The checks that need the whole
 * document (one issue date, one banner, markings under the banner, the printed page total) are
 * made here too.
 *
 * Pages: a run of furniture between two content blocks ends a page when it holds a running date,
 * an office code, a page number or the banner. A run holding only exemption codes is margin
 * furniture beside the text. Furniture before the first paragraph (a letterhead) and at the end
 * of the text (the last page's footer) starts no new page.
 */
import type { FurnitureLine, PageBreak, Redaction } from '../contract/types.ts';
import { bannerLevel, normaliseBanner, portionLevel } from './memo-classification.ts';
import type { ParsedHeading, ParsedMemo, ParsedParagraph, SourceSpan } from './memo-parser.ts';
import { unitMarking, type Event, type Unit } from './memo-paragraphs.ts';
import type { Problems } from './memo-problems.ts';
import { INLINE_REDACTION_RE } from './memo-redactions.ts';

/** Number the paragraphs, count pages and place every redaction, break and furniture line. */
export function assembleMemo(
  events: readonly Event[],
  documentIsMarked: boolean,
  problems: Problems,
  locate: (startLine: number, endLine: number) => SourceSpan,
): ParsedMemo {
  const paragraphs: ParsedParagraph[] = [];
  const redactions: Redaction[] = [];
  const pageBreaks: PageBreak[] = [];
  const furniture: FurnitureLine[] = [];
  const ids = new Map<Unit, string>();
  let title: string | null = null;
  let titleMarking: string | null = null;
  let heading: string | null = null;
  let page = 1;
  // Pages that begin before the next paragraph (more than one when a page holds only a heading).
  const pendingBreaks: number[] = [];
  let lastParagraph: string | null = null;
  let date: { iso: string; line: number } | null = null;
  let office: string | null = null;
  let banner: { text: string; level: number } | null = null;
  let printedTotal: { total: number; line: number } | null = null;
  const levelChecks: { marking: string; line: number; what: string }[] = [];
  const headings: ParsedHeading[] = [];

  for (const event of events) {
    if (event.type === 'unit') {
      const unit = event.unit;
      const first = unit.blocks[0];
      if (first === undefined) continue;
      const marking = unitMarking(unit);
      if (unit.role === 'title') {
        title = unit.text;
        titleMarking = marking;
        if (marking) levelChecks.push({ marking, line: first.startLine, what: 'the title' });
        continue;
      }
      if (unit.role === 'heading') {
        heading = unit.text;
        headings.push({ text: unit.text, marking, label: first.label, line: first.startLine });
        continue;
      }
      const n = paragraphs.length + 1;
      const id = `p${n}`;
      ids.set(unit, id);
      lastParagraph = id;
      for (const pending of pendingBreaks.splice(0)) {
        pageBreaks.push({ page: pending, paragraph: id, offset: 0 });
      }
      const label = first.label;
      paragraphs.push({
        id,
        n,
        heading,
        marking,
        text: unit.text,
        page,
        line: first.startLine,
        label,
        source: locate(first.startLine, (unit.blocks[unit.blocks.length - 1] ?? first).endLine),
      });
      for (const block of unit.blocks) {
        for (const code of block.exemptions) {
          const onPage = page + unit.blocks.indexOf(block);
          furniture.push({ kind: 'exemption', text: code, page: onPage });
          redactions.push({
            kind: 'exemption',
            text: code,
            page: onPage,
            paragraph: id,
            start: null,
            end: null,
          });
        }
      }
      if (marking) levelChecks.push({ marking, line: first.startLine, what: `paragraph ${id}` });
      if (marking === null && documentIsMarked) {
        const last = unit.blocks[unit.blocks.length - 1] ?? first;
        problems.warning(
          last.endLine,
          last.endColumn,
          `paragraph ${id} has no portion marking, though the document's other paragraphs carry one like (C)`,
        );
      }
      for (const m of unit.text.matchAll(INLINE_REDACTION_RE)) {
        const start = m.index;
        const pagesIn = unit.splits.filter((s) => s.offset <= start).length;
        redactions.push({
          kind: 'redaction',
          text: m[0],
          page: page + pagesIn,
          paragraph: id,
          start,
          end: start + m[0].length,
        });
      }
      continue;
    }

    const { run, inUnit } = event;
    let linePage = page;
    const seen = new Set<string>();
    for (const entry of run.entries) {
      // A page number naming the next page is that page's header, and so is what follows it;
      // so is a banner or stamp printed a second time, since each page prints it once.
      const repeated = (entry.kind === 'banner' || entry.stamp === true) && seen.has(entry.text);
      if (run.role === 'page-end' && (entry.pageNumber === page + 1 || repeated)) {
        linePage = page + 1;
      }
      seen.add(entry.text);
      furniture.push({ kind: entry.kind, text: entry.text, page: linePage });
      for (const mark of entry.marks ?? []) {
        redactions.push({
          kind: entry.kind === 'exemption' ? 'exemption' : 'redaction',
          text: mark,
          page: linePage,
          paragraph: lastParagraph,
          start: null,
          end: null,
        });
      }
      if (entry.kind === 'date' && entry.iso) {
        if (date === null) date = { iso: entry.iso, line: entry.line };
        else if (date.iso !== entry.iso) {
          problems.warning(
            entry.line,
            1,
            `date line "${entry.text}" reads ${entry.iso}, but line ${date.line} gave the issue date as ${date.iso}`,
          );
        }
      }
      if (entry.kind === 'office' && office === null) office = entry.text;
      if (entry.kind === 'banner') {
        const text = entry.text.replace(/^\(\s*|\s*\)$/g, '');
        const level = bannerLevel(text);
        if (banner === null) banner = { text, level };
        else if (normaliseBanner(banner.text) !== normaliseBanner(text)) {
          problems.warning(
            entry.line,
            1,
            `classification banner "${text}" differs from the first banner "${banner.text}"`,
          );
        }
      }
      if (entry.pageTotal !== undefined && printedTotal === null) {
        printedTotal = { total: entry.pageTotal, line: entry.line };
      }
      if (entry.pageNumber !== undefined && entry.pageNumber !== linePage) {
        problems.warning(
          entry.line,
          1,
          `page number "${entry.text}" is printed where the page furniture counts page ${linePage}`,
        );
      }
    }
    if (run.role !== 'page-end') continue;
    page++;
    const id = inUnit ? ids.get(inUnit) : undefined;
    const split = inUnit?.splits.find((s) => s.run === run);
    if (id !== undefined && split) pageBreaks.push({ page, paragraph: id, offset: split.offset });
    else pendingBreaks.push(page);
  }

  const anything = events.length > 0;
  const pageCount = anything ? page : 0;
  if (printedTotal && printedTotal.total !== pageCount) {
    problems.warning(
      printedTotal.line,
      1,
      `the page furniture says the document has ${printedTotal.total} pages, but ${pageCount} were found`,
    );
  }
  if (banner) {
    const limit = banner;
    for (const check of levelChecks) {
      const level = portionLevel(check.marking);
      if (level > limit.level) {
        problems.warning(
          check.line,
          1,
          `${check.what} is marked (${check.marking}), above the banner classification ${limit.text}`,
        );
      }
    }
  }

  return {
    title,
    titleMarking,
    documentType: null,
    header: null,
    headings,
    classification: banner?.text ?? null,
    date: date?.iso ?? null,
    office,
    paragraphs,
    redactions,
    pageBreaks,
    furniture,
    pageCount,
  };
}
