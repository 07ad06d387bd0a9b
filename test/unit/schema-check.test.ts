import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  compileSchema,
  isCalendarDate,
  PATTERN_WORDS,
  recordContext,
} from '../../src/model/json/schema-check.ts';
import {
  SCHEMA_FILES,
  schemaChecker,
  type SchemaFileName,
} from '../../src/model/contract/schemas.ts';
import {
  ACTOR_KINDS,
  BASES,
  LIKELIHOOD_BANDS,
  POLARITIES,
  type FurnitureLine,
  type Redaction,
} from '../../src/model/contract/types.ts';
import { changed, fullDataset, REMOVE } from '../fixtures/datasets.ts';

type Json = Record<string, unknown>;
const schemaNames = Object.keys(SCHEMA_FILES) as SchemaFileName[];
const schema = (name: SchemaFileName) => SCHEMA_FILES[name] as Json;
const defs = (name: SchemaFileName) => schema(name).$defs as Record<string, Json>;
const propsOf = (s: Json) => s.properties as Record<string, Json>;

/** Ajv with the "date" format checked by a second, independent implementation. */
function makeAjv() {
  const ajv = new Ajv2020({ strict: true, strictTypes: true, allErrors: true });
  ajv.addFormat('date', {
    type: 'string',
    validate: (s: string) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
  });
  return ajv;
}

// ---------------------------------------------------------------------------------------------
// Valid documents for each schema, and ways to break them

const dataset = fullDataset();

const valid: Record<SchemaFileName, unknown> = {
  'document.schema.json': {
    $schema: '../schema/document.schema.json',
    id: 'inr-1996-12-28-peru-hostages',
    source: 'memo.txt',
    issuer: 'U.S. Department of State, Bureau of Intelligence and Research',
    date: '1996-12-28',
    citation: { documentType: 'Intelligence memorandum', office: 'INR', url: 'https://x.org' },
    title: 'Peru/Hostages: What Next?',
  },
  'actors.schema.json': {
    $schema: '../schema/actors.schema.json',
    actors: dataset.actors.map(({ position: _position, ...a }) => a),
  },
  'relation-types.schema.json': {
    $schema: '../schema/relation-types.schema.json',
    relationTypes: dataset.relationTypes,
  },
  'relations.schema.json': {
    $schema: '../schema/relations.schema.json',
    relations: dataset.relations.map(({ document: _document, start, end, ...r }, i) =>
      i === 0 ? { ...r, start, end } : r,
    ),
  },
  'dataset.schema.json': dataset,
};

type Change = readonly [path: readonly (string | number)[], to: unknown];
const invalidChanges: Record<SchemaFileName, readonly Change[]> = {
  'document.schema.json': [
    [['id'], 'Not An Id'],
    [['id'], REMOVE],
    [['source'], 'sub/memo.txt'],
    [['source'], 'memo.pdf'],
    [['date'], '1996-02-30'],
    [['date'], '1996-2-3'],
    [['date'], 19961228],
    [['citation', 'documentType'], ''],
    [['citation', 'publisher'], 'x'],
    [['citation'], REMOVE],
    [['title'], null],
    [['extra'], true],
  ],
  'actors.schema.json': [
    [['actors'], {}],
    [['actors', 0, 'kind'], 'terrorist'],
    [['actors', 0, 'aliases'], 'the terrorists'],
    [['actors', 0, 'aliases', 0], ''],
    [['actors', 0, 'memberOf'], 'Japan'],
    [['actors', 0, 'position'], { x: 1, y: 2 }],
    [['actors', 1, 'description'], REMOVE],
    [['actors', 1, 'name'], 7],
  ],
  'relation-types.schema.json': [
    [['relationTypes', 0, 'color'], 'red'],
    [['relationTypes', 0, 'color'], '#abc'],
    [['relationTypes', 0, 'directed'], 'yes'],
    [['relationTypes', 1, 'label'], REMOVE],
    [['relationTypes'], REMOVE],
  ],
  'relations.schema.json': [
    [['relations', 0, 'polarity'], 'maybe'],
    [['relations', 0, 'likelihood'], 'probably'],
    [['relations', 0, 'likelihood'], { term: 'probably' }],
    [['relations', 0, 'likelihood', 'band'], 'likly'],
    [['relations', 0, 'likelihood'], REMOVE],
    [['relations', 0, 'start'], -1],
    [['relations', 0, 'start'], 1.5],
    [['relations', 0, 'paragraph'], 'P1'],
    [['relations', 0, 'paragraph'], 'p0'],
    [['relations', 0, 'date', 'iso'], '1997-02-29'],
    [['relations', 0, 'date', 'phrase'], REMOVE],
    [['relations', 0, 'document'], 'memo-1'],
    [['relations', 1, 'basis'], 'hearsay'],
    [['relations', 1, 'quote'], ''],
  ],
  'dataset.schema.json': [
    [['schemaVersion'], 3],
    [['schemaVersion'], REMOVE],
    [['documents', 0, 'titleMarking'], REMOVE],
    [['documents', 0, 'titleMarking'], ''],
    [['documents', 0, 'paragraphs', 0, 'n'], 0],
    [['documents', 0, 'paragraphs', 0, 'heading'], 3],
    [['documents', 0, 'redactions', 0, 'kind'], 'blackout'],
    [['documents', 0, 'redactions', 0, 'start'], '12'],
    [['documents', 0, 'pageBreaks', 0, 'page'], 1],
    [['documents', 0, 'furniture', 0, 'kind'], 'footer'],
    [['actors', 0, 'position'], { x: 1 }],
    [['actors', 0, 'position', 'y'], 'top'],
    [['relations', 0, 'start'], REMOVE],
    [['relations', 0, 'document'], REMOVE],
    [['relations', 0, 'likelihood'], { term: 'probably', band: 'likely', extra: 1 }],
  ],
};

describe('the schema files', () => {
  for (const name of schemaNames) {
    it(`${name} is a valid JSON Schema 2020-12 that Ajv compiles in strict mode`, () => {
      const ajv = makeAjv();
      expect(schema(name).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(ajv.validateSchema(schema(name))).toBe(true);
      expect(() => ajv.compile(schema(name))).not.toThrow();
    });

    it(`${name} uses only what the interpreter supports`, () => {
      expect(() => compileSchema(schema(name))).not.toThrow();
    });

    it(`${name} gives every property a title and a description`, () => {
      const missing: string[] = [];
      const walk = (s: unknown, where: string): void => {
        if (Array.isArray(s)) s.forEach((x, i) => walk(x, `${where}/${i}`));
        if (s === null || typeof s !== 'object') return;
        for (const [k, v] of Object.entries(s)) {
          if (k === 'properties') {
            for (const [p, ps] of Object.entries(v as Json)) {
              const def = ps as Json;
              if (typeof def.title !== 'string' || typeof def.description !== 'string') {
                missing.push(`${where}/properties/${p}`);
              }
            }
          }
          walk(v, `${where}/${k}`);
        }
      };
      walk(schema(name), '#');
      expect(missing).toEqual([]);
    });

    it(`${name} has words for every pattern it uses`, () => {
      const patterns = JSON.stringify(schema(name)).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
      for (const p of patterns) {
        const pattern = (JSON.parse(`{${p}}`) as { pattern: string }).pattern;
        expect(PATTERN_WORDS, pattern).toHaveProperty([pattern]);
      }
    });
  }

  it('takes its enums from the constants in types.ts', () => {
    const actor = propsOf(defs('actors.schema.json').actor ?? {});
    const relation = propsOf(defs('relations.schema.json').relation ?? {});
    const likelihood = propsOf(defs('relations.schema.json').likelihood ?? {});
    expect(actor.kind?.enum).toEqual([...ACTOR_KINDS]);
    expect(relation.polarity?.enum).toEqual([...POLARITIES]);
    expect(relation.basis?.enum).toEqual([...BASES]);
    expect(likelihood.band?.enum).toEqual([...LIKELIHOOD_BANDS]);

    // The contract has no runtime lists for these two; `satisfies` ties the lists to the types.
    const redactionKinds = [
      'redaction',
      'exemption',
    ] as const satisfies readonly Redaction['kind'][];
    const furnitureKinds = [
      'date',
      'office',
      'exemption',
      'banner',
      'page-number',
      'other',
    ] as const satisfies readonly FurnitureLine['kind'][];
    const exhaustive: [
      Exclude<Redaction['kind'], (typeof redactionKinds)[number]>,
      Exclude<FurnitureLine['kind'], (typeof furnitureKinds)[number]>,
    ] extends [never, never]
      ? true
      : false = true;
    expect(exhaustive).toBe(true);
    const d = defs('dataset.schema.json');
    expect(propsOf(d.redaction ?? {}).kind?.enum).toEqual([...redactionKinds]);
    expect(propsOf(d.furnitureLine ?? {}).kind?.enum).toEqual([...furnitureKinds]);
  });

  it('keeps the definitions shared by bundle files and the dataset identical', () => {
    const d = defs('dataset.schema.json');
    const shared: [SchemaFileName, string][] = [
      ['document.schema.json', 'id'],
      ['document.schema.json', 'isoDate'],
      ['document.schema.json', 'citation'],
      ['relation-types.schema.json', 'color'],
      ['relations.schema.json', 'likelihood'],
      ['relations.schema.json', 'claimDate'],
      ['relations.schema.json', 'paragraphId'],
    ];
    for (const [file, name] of shared) expect(d[name], `${file} ${name}`).toEqual(defs(file)[name]);

    // A bundle may leave a type's family out (it is then "other"); the dataset always has one.
    const bundleType = defs('relation-types.schema.json').relationType ?? {};
    const compiledType = d.relationType ?? {};
    const { family: compiledFamily, ...typeRest } = propsOf(compiledType);
    const { family: bundleFamily, ...bundleTypeRest } = propsOf(bundleType);
    expect(typeRest).toEqual(bundleTypeRest);
    expect(bundleFamily?.enum).toEqual(compiledFamily?.enum);
    expect(compiledType.required).toEqual([...(bundleType.required as string[]), 'family']);

    // A bundle may write memberOf as one id; the dataset always holds a list.
    const bundleActor = defs('actors.schema.json').actor ?? {};
    const compiledActor = d.actor ?? {};
    const { position, memberOf, ...rest } = propsOf(compiledActor);
    expect(position).toBeDefined();
    const { memberOf: bundleMemberOf, ...bundleRest } = propsOf(bundleActor);
    expect(rest).toEqual(bundleRest);
    expect(bundleMemberOf?.anyOf).toContainEqual({
      type: memberOf?.type,
      items: memberOf?.items,
      minItems: memberOf?.minItems,
    });
    expect(compiledActor.required).toEqual(bundleActor.required);

    const annotated = defs('relations.schema.json').relation ?? {};
    const compiled = d.relation ?? {};
    expect(Object.keys(propsOf(compiled)).sort()).toEqual(
      [...Object.keys(propsOf(annotated)), 'document'].sort(),
    );
    expect([...(compiled.required as string[])].sort()).toEqual(
      [...(annotated.required as string[]), 'document', 'start', 'end'].sort(),
    );
    for (const field of [
      'polarity',
      'likelihood',
      'basis',
      'attributedTo',
      'date',
      'note',
      'reviewed',
    ]) {
      expect(propsOf(compiled)[field], field).toEqual(propsOf(annotated)[field]);
    }
  });

  it('describes exactly the fields of the contract in types.ts', () => {
    // fullDataset() is typed as Dataset and fills every optional field too.
    const d = defs('dataset.schema.json');
    const doc = dataset.documents[0];
    const keysOf = (def: string) => Object.keys(propsOf(d[def] ?? {})).sort();
    const keys = (o: object | undefined) => Object.keys(o ?? {}).sort();
    expect(Object.keys(propsOf(schema('dataset.schema.json'))).sort()).toEqual(
      [...keys(dataset), '$schema'].sort(),
    );
    expect(keysOf('document')).toEqual(keys(doc));
    expect(keysOf('citation')).toEqual(keys(doc?.citation));
    expect(keysOf('paragraph')).toEqual(keys(doc?.paragraphs[0]));
    expect(keysOf('redaction')).toEqual(keys(doc?.redactions[0]));
    expect(keysOf('pageBreak')).toEqual(keys(doc?.pageBreaks[0]));
    expect(keysOf('furnitureLine')).toEqual(keys(doc?.furniture[0]));
    expect(keysOf('actor')).toEqual(keys(Object.assign({}, ...dataset.actors)));
    expect(keysOf('relationType')).toEqual(keys(dataset.relationTypes[0]));
    expect(keysOf('relation')).toEqual(keys(dataset.relations[0]));
    expect(keysOf('likelihood')).toEqual(keys(dataset.relations[0]?.likelihood ?? undefined));
    expect(keysOf('claimDate')).toEqual(keys(dataset.relations[0]?.date));
    const documentProps = propsOf(d.document ?? {});
    expect(Object.keys(propsOf(documentProps.header ?? {})).sort()).toEqual(keys(doc?.header));
    const heading = (documentProps.headings?.items ?? {}) as Json;
    expect(Object.keys(propsOf(heading)).sort()).toEqual(keys(doc?.headings?.[0]));
  });
});

describe('the interpreter agrees with Ajv', () => {
  for (const name of schemaNames) {
    const ajv = makeAjv();
    const ajvValidate = ajv.compile(schema(name));
    const ours = schemaChecker(name);
    const cases: [string, unknown][] = [
      ['the valid fixture', valid[name]],
      ...invalidChanges[name].map(([path, to]): [string, unknown] => [
        `${path.join('.')} = ${to === REMOVE ? '(removed)' : JSON.stringify(to)}`,
        changed(valid[name], path, to),
      ]),
      ['an array instead of an object', []],
      ['null', null],
    ];
    for (const [label, doc] of cases) {
      it(`${name}: ${label}`, () => {
        const ajvSays = ajvValidate(doc);
        const issues = ours.check(doc);
        expect(issues.length === 0, issues.map((i) => i.message).join('\n')).toBe(ajvSays);
        if (label !== 'the valid fixture') expect(ajvSays).toBe(false);
      });
    }
  }
});

describe('messages', () => {
  const relations = schemaChecker('relations.schema.json');
  const base = valid['relations.schema.json'];
  const messages = (path: readonly (string | number)[], to: unknown) =>
    relations.check(changed(base, path, to)).map((i) => i.message);

  it('name the field, the allowed values, the value given and the record', () => {
    expect(messages(['relations', 0, 'polarity'], 'maybe')).toEqual([
      'relations[0].polarity: must be one of "affirmed", "negated", "indeterminate", got "maybe" — relation "r1"',
    ]);
    expect(messages(['relations', 0, 'likelihood', 'band'], 'likly')).toEqual([
      expect.stringMatching(
        /^relations\[0\]\.likelihood\.band: must be one of "almost-no-chance", .* got "likly" \(did you mean "likely"\?\) — relation "r1"$/,
      ),
    ]);
  });

  it('say what a pattern means instead of showing it', () => {
    expect(messages(['relations', 0, 'source'], 'MRTA')).toEqual([
      'relations[0].source: must be an id (lower-case letters, digits, ".", "_" or "-", starting with a letter or digit), got "MRTA" — relation "r1"',
    ]);
    expect(messages(['relations', 0, 'paragraph'], '3')).toEqual([
      'relations[0].paragraph: must be a paragraph id such as "p3", got "3" — relation "r1"',
    ]);
  });

  it('check dates against the calendar', () => {
    expect(messages(['relations', 0, 'date', 'iso'], '1996-02-30')).toEqual([
      'relations[0].date.iso: must be a real calendar date, got "1996-02-30" — relation "r1"',
    ]);
  });

  it('explain a wrong form where null is allowed, and look inside the object form', () => {
    expect(messages(['relations', 0, 'likelihood'], 'probably')).toEqual([
      'relations[0].likelihood: must be an object or null, got "probably" — relation "r1"',
    ]);
    expect(messages(['relations', 0, 'likelihood'], { term: 'probably' })).toEqual([
      'relations[0].likelihood: missing required field "band" — relation "r1"',
    ]);
  });

  it('point unknown fields at their key and suggest the field meant', () => {
    const issues = relations.check(changed(base, ['relations', 0, 'qoute'], 'x'));
    expect(issues).toEqual([
      {
        path: ['relations', 0, 'qoute'],
        part: 'key',
        message: 'relations[0]: unknown field "qoute" (did you mean "quote"?) — relation "r1"',
      },
    ]);
  });

  it('list every missing field in one message', () => {
    expect(
      relations
        .check({ relations: [{ id: 'r9', source: 'a', target: 'b', type: 't' }] })
        .map((i) => i.message),
    ).toEqual([
      'relations[0]: missing required fields "paragraph", "quote", "polarity", "likelihood" and "basis" — relation "r9"',
    ]);
  });

  it('say "whole number" and show the number', () => {
    expect(messages(['relations', 0, 'start'], 2.5)).toEqual([
      'relations[0].start: must be a whole number, got 2.5 — relation "r1"',
    ]);
    expect(messages(['relations', 0, 'start'], -3)).toEqual([
      'relations[0].start: must be at least 0, got -3 — relation "r1"',
    ]);
  });

  it('report top-level problems as such', () => {
    expect(relations.check([]).map((i) => i.message)).toEqual([
      'top level: must be an object, got an array',
    ]);
  });
});

describe('compileSchema', () => {
  it('refuses keywords it would not enforce', () => {
    expect(() => compileSchema({ type: 'array', uniqueItems: true })).toThrow(
      /unsupported keyword "uniqueItems"/,
    );
    expect(() => compileSchema({ $ref: 'other.json#/x' })).toThrow(/cannot resolve \$ref/);
    expect(() => compileSchema({ type: 'string', format: 'email' })).toThrow(/unsupported format/);
  });

  it('handles oneOf, maximum and false schemas', () => {
    const c = compileSchema({
      type: 'object',
      properties: {
        n: { oneOf: [{ type: 'integer', maximum: 3 }, { type: 'null' }] },
        never: false,
      },
    });
    expect(c.check({ n: 2 })).toEqual([]);
    expect(c.check({ n: null })).toEqual([]);
    expect(c.check({ n: 9 }).map((i) => i.message)).toEqual(['n: must be at most 3, got 9']);
    expect(c.check({ n: 'x' }).map((i) => i.message)).toEqual([
      'n: must be a whole number or null, got "x"',
    ]);
    expect(c.check({ never: 1 }).map((i) => i.message)).toEqual(['never: is not allowed here']);
  });
});

describe('isCalendarDate', () => {
  it('knows the calendar', () => {
    expect(isCalendarDate('1996-12-28')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('1996-02-29')).toBe(true);
    expect(isCalendarDate('1997-02-29')).toBe(false);
    expect(isCalendarDate('1996-04-31')).toBe(false);
    expect(isCalendarDate('1996-13-01')).toBe(false);
    expect(isCalendarDate('1996-00-10')).toBe(false);
    expect(isCalendarDate('1996-12-00')).toBe(false);
    expect(isCalendarDate('96-12-28')).toBe(false);
  });
});

describe('recordContext', () => {
  it('names the innermost record with an id', () => {
    const root = { documents: [{ id: 'memo', paragraphs: [{ id: 'p2', text: 1 }] }] };
    expect(recordContext(root, ['documents', 0, 'paragraphs', 0, 'text'])).toBe(
      ' — paragraph "p2"',
    );
    expect(recordContext(root, ['documents', 0, 'title'])).toBe(' — document "memo"');
    expect(recordContext(root, ['documents', 0, 'id'])).toBe('');
    expect(recordContext(root, ['other'])).toBe('');
  });
});
