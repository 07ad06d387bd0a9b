import { parseMemo, type ParsedParagraph } from '../memo/memo-parser.ts';
import type { MemoDocument } from '../contract/types.ts';
import type { DocumentAnnotation } from './annotations.ts';
import { isRecord } from '../json/schema-check.ts';
import { problemAt, type BundleCompiler, type LoadedFile } from './bundle-reader.ts';
import type { BundleSource } from './bundle-source.ts';

/** document.json and the text it names, compiled together. */
export interface CheckedDocument {
  /** document.json; undefined when it is missing or is not JSON. */
  readonly file: LoadedFile | undefined;
  /** Null when document.json or the source text is missing or broken. */
  readonly document: MemoDocument | null;
  /** The text's paragraphs by id; undefined when there is no readable text. */
  readonly paragraphs: ReadonlyMap<string, ParsedParagraph> | undefined;
  /** The text's file name, prefixed with the bundle's; undefined when there is no text. */
  readonly sourceFile: string | undefined;
  /** The document's id once document.json passes its schema. */
  readonly documentId: string | undefined;
}

/**
 * Reads document.json and the verbatim text it names, parses the text, and checks the two agree
 * on title and date.
 */
export function compileDocument(c: BundleCompiler, src: BundleSource): CheckedDocument {
  const docFile = c.load('document.json', 'document.schema.json');
  const docValue = docFile && isRecord(docFile.value) ? docFile.value : undefined;
  let document: MemoDocument | null = null;
  let paragraphs: ReadonlyMap<string, ParsedParagraph> | undefined;
  let sourceFile: string | undefined;
  if (docFile && docValue && typeof docValue.source === 'string') {
    const sourceOk = !docFile.issuePaths.some((p) => p[0] === 'source');
    const source = docValue.source;
    const text = sourceOk ? src.readFile(source) : undefined;
    if (sourceOk && text === undefined) {
      c.push(
        problemAt(
          docFile,
          ['source'],
          `the source text "${source}" is not in ${src.name}; it must sit beside document.json`,
        ),
      );
    }
    if (text !== undefined) {
      sourceFile = c.file(source);
      const { memo, problems } = parseMemo(text);
      for (const p of problems) {
        c.push({
          severity: p.severity,
          file: sourceFile,
          line: p.line,
          column: p.column,
          message: p.message,
        });
      }
      paragraphs = new Map(memo.paragraphs.map((p) => [p.id, p]));
      if (docFile.valid) {
        const doc = docValue as unknown as DocumentAnnotation;
        if (memo.title !== null && doc.title !== undefined && doc.title !== memo.title) {
          c.push(
            problemAt(
              docFile,
              ['title'],
              `"${doc.title}" differs from the title printed in the text, "${memo.title}"; the printed title is used`,
              'warning',
            ),
          );
        }
        if (memo.date !== null && memo.date !== doc.date) {
          c.push(
            problemAt(
              docFile,
              ['date'],
              `${doc.date} differs from the date printed in the text, ${memo.date}`,
              'warning',
            ),
          );
        }
        const title = memo.title ?? doc.title;
        if (title === undefined) {
          c.push(
            problemAt(
              docFile,
              [],
              `the source text has no title line, so document.json must give a "title"`,
            ),
          );
        } else {
          const office = doc.citation.office ?? memo.office ?? undefined;
          document = {
            id: doc.id,
            title,
            titleMarking: memo.titleMarking,
            classification: memo.classification,
            issuer: doc.issuer,
            date: doc.date,
            citation: {
              documentType: doc.citation.documentType,
              ...(office !== undefined && { office }),
              ...(doc.citation.archive !== undefined && { archive: doc.citation.archive }),
              ...(doc.citation.identifier !== undefined && {
                identifier: doc.citation.identifier,
              }),
              ...(doc.citation.url !== undefined && { url: doc.citation.url }),
              ...(doc.citation.release !== undefined && { release: doc.citation.release }),
              ...(doc.citation.notes !== undefined && { notes: doc.citation.notes }),
            },
            paragraphs: memo.paragraphs.map((p) => ({
              id: p.id,
              n: p.n,
              heading: p.heading,
              marking: p.marking,
              text: p.text,
              page: p.page,
              ...(p.label !== null && { label: p.label }),
            })),
            redactions: memo.redactions,
            pageBreaks: memo.pageBreaks,
            furniture: memo.furniture,
            ...(memo.documentType !== null && { documentTypeLine: memo.documentType }),
            ...(memo.header !== null && { header: { ...memo.header } }),
            // Paragraphs already name their heading; the list adds only markings and numbers.
            ...(memo.headings.some((h) => h.marking !== null || h.label !== null) && {
              headings: memo.headings.map((h) => ({
                text: h.text,
                marking: h.marking,
                label: h.label,
              })),
            }),
          };
        }
      }
    }
  }
  const documentId = docFile?.valid ? (docValue as unknown as DocumentAnnotation).id : undefined;
  return { file: docFile, document, paragraphs, sourceFile, documentId };
}
