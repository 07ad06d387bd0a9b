import { describe, expect, it } from 'vitest';
import {
  minifyCssTemplate,
  minifyCssWithInterpolations,
  stripAnnotations,
} from '../../src/cli/vite-data-plugin.ts';
import { DATASET_SCHEMA } from '../../src/model/contract/dataset-schema.ts';
import { compileSchema } from '../../src/model/json/schema-check.ts';
import { changed, fullDataset, REMOVE } from '../fixtures/datasets.ts';

describe('schema annotations stripped for the browser bundle', () => {
  const stripped = stripAnnotations(DATASET_SCHEMA);
  const full = compileSchema(DATASET_SCHEMA);
  const lean = compileSchema(stripped);
  const good = fullDataset();

  it('leaves no title or description keyword, but keeps properties that are named so', () => {
    const text = JSON.stringify(stripped);
    expect(text).not.toContain('"description":"');
    expect(JSON.stringify(DATASET_SCHEMA)).toContain('"description":"');
    // MemoDocument has a property called "title": it is data, not an annotation.
    expect(text).toContain('"title":{');
    expect(text.length).toBeLessThan(JSON.stringify(DATASET_SCHEMA).length / 2);
  });

  const cases: [string, unknown][] = [
    ['the full dataset', good],
    ['a wrong polarity', changed(good, ['relations', 0, 'polarity'], 'maybe')],
    ['a missing quote', changed(good, ['relations', 0, 'quote'], REMOVE)],
    ['an extra property', changed(good, ['actors', 0, 'nickname'], 'x')],
    ['a bad colour', changed(good, ['relationTypes', 0, 'color'], 'red')],
    ['a non-date', changed(good, ['documents', 0, 'date'], '1996-02-30')],
    ['a null likelihood', changed(good, ['relations', 0, 'likelihood'], null)],
    ['a wrong band', changed(good, ['relations', 0, 'likelihood'], { term: 'may', band: 'sure' })],
    ['a title of the wrong type', changed(good, ['documents', 0, 'title'], 7)],
    ['schemaVersion 3', changed(good, ['schemaVersion'], 3)],
  ];

  it.each(cases)('judges %s exactly as the full schema does', (_name, value) => {
    expect(lean.check(value)).toEqual(full.check(value));
  });

  it('still refuses the broken cases (the comparison is not vacuous)', () => {
    const valid = new Set(['the full dataset', 'a null likelihood']);
    for (const [name, value] of cases) {
      if (valid.has(name)) expect(lean.check(value), name).toEqual([]);
      else expect(lean.check(value).length, name).toBeGreaterThan(0);
    }
  });
});

describe('CSS template minification', () => {
  it('drops comments and needless white space', () => {
    expect(
      minifyCssTemplate(`
      /* why */
      :host {
        display: block;
        color: var(--mg-text);
      }
      .a .b > .c {
        margin: 0 auto;
      }
    `),
    ).toBe(':host{display: block;color: var(--mg-text);}.a .b > .c{margin: 0 auto;}');
  });

  it('keeps descendant :focus combinators and quoted strings as written', () => {
    expect(minifyCssTemplate('.x :focus { content: "a ;  { b"; }')).toBe(
      '.x :focus{content: "a ;  { b";}',
    );
    expect(minifyCssTemplate("font-family: 'Segoe  UI' , x;")).toBe(
      "font-family: 'Segoe  UI' , x;",
    );
  });

  it('minifies around interpolations, keeping the space that separates them from words', () => {
    expect(
      minifyCssWithInterpolations(`
      .a {
        border: \${width}   solid \${colour};
        margin: 0;
      }
      \${more}
      .b { color: red; }
    `),
    ).toBe('.a{border: ${width} solid ${colour};margin: 0;}${more} .b{color: red;}');
  });

  it('leaves a template alone where minifying could change it', () => {
    // A quoted string split by an interpolation, and an interpolation with a template inside.
    expect(minifyCssWithInterpolations('.a { content: "x  ${y}  z"; }')).toBeNull();
    expect(minifyCssWithInterpolations('.a { ${f(`x`)} }')).toBeNull();
  });

  it('keeps media queries intact', () => {
    expect(minifyCssTemplate('@media (max-width: 900px) {\n  main { display: flex; }\n}')).toBe(
      '@media (max-width: 900px){main{display: flex;}}',
    );
  });
});
