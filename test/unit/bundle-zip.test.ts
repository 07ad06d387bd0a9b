import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../src/model/annotation/compile-bundle.ts';
import { readBundleZip, zipBundle } from '../../src/model/bundle-zip/bundle-zip.ts';
import { bundleFiles } from '../../src/model/edit/annotation-state.ts';
import { seedState } from './edit-fixtures.ts';

const state = seedState();
const files = bundleFiles(state);
const WHEN = new Date(Date.UTC(2026, 11, 6, 12));

function zipOf(entries: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]),
    ),
  );
}

describe('a bundle as a zip', () => {
  it('holds the five files in a folder named after the bundle, and reads back the same', () => {
    const bytes = zipBundle(state.name, files, WHEN);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(
      [...files.keys()].map((f) => `peru-hostages-1996/${f}`).sort(),
    );
    const read = readBundleZip(bytes, 'peru.zip');
    if (!('bundle' in read)) throw new Error(JSON.stringify(read.diagnostics));
    expect(read.warnings).toEqual([]);
    expect(read.bundle.name).toBe('peru.zip/peru-hostages-1996');
    for (const [name, text] of files) expect(read.bundle.readFile(name)).toBe(text);
    expect(compileBundle(read.bundle).diagnostics).toEqual([]);
  });

  it('is the same bytes for the same files and time', () => {
    expect(zipBundle(state.name, files, WHEN)).toEqual(zipBundle(state.name, files, WHEN));
  });

  it('reads a zip whose files sit at its top, named after the zip', () => {
    const read = readBundleZip(zipOf(Object.fromEntries(files)), 'mine.zip');
    expect('bundle' in read && read.bundle.name).toBe('mine.zip');
    expect('bundle' in read && compileBundle(read.bundle).diagnostics).toEqual([]);
  });

  it('ignores what file managers add, and warns about other files', () => {
    const read = readBundleZip(
      zipOf({
        ...Object.fromEntries([...files].map(([k, v]) => [`b/${k}`, v])),
        'b/.DS_Store': 'x',
        '__MACOSX/b/._relations.json': 'x',
        'b/notes.md': 'my notes',
      }),
      'b.zip',
    );
    expect('bundle' in read && read.warnings).toEqual([
      {
        severity: 'warning',
        file: 'b.zip/b/notes.md',
        line: 0,
        column: 0,
        message: 'is not part of a bundle and was ignored',
      },
    ]);
  });
});

describe('a zip that is not a bundle', () => {
  it('says which file is missing', () => {
    const some = Object.fromEntries([...files].filter(([k]) => k !== 'actors.json'));
    expect(readBundleZip(zipOf(some), 'b.zip')).toEqual({
      diagnostics: [
        {
          severity: 'error',
          file: 'b.zip/actors.json',
          line: 0,
          column: 0,
          message: expect.stringMatching(
            /^missing from the zip; a bundle holds document\.json, actors\.json/,
          ),
        },
      ],
    });
  });

  it('says what it holds instead', () => {
    const read = readBundleZip(zipOf({ 'report.docx': 'x', 'photo.jpg': 'y' }), 'other.zip');
    expect(read).toEqual({
      diagnostics: [
        expect.objectContaining({
          file: 'other.zip',
          message: expect.stringContaining('is not a bundle: it holds report.docx, photo.jpg'),
        }),
      ],
    });
  });

  it('says when it is not a zip at all, or empty', () => {
    expect(readBundleZip(strToU8('plain text, not a zip'), 'x.zip')).toEqual({
      diagnostics: [
        expect.objectContaining({
          file: 'x.zip',
          message: expect.stringMatching(/^not a readable zip file/),
        }),
      ],
    });
    expect(readBundleZip(zipSync({}), 'e.zip')).toEqual({
      diagnostics: [
        expect.objectContaining({ message: expect.stringMatching(/^the zip is empty/) }),
      ],
    });
  });

  it('refuses a file that is not UTF-8 with its place', () => {
    const bad = {
      ...Object.fromEntries(files),
      'relations.json': new Uint8Array([0x7b, 0x0a, 0xff, 0x7d]),
    };
    const read = readBundleZip(zipOf(bad), 'b.zip');
    expect(read).toEqual({
      diagnostics: [expect.objectContaining({ file: 'b.zip/relations.json', line: 2 })],
    });
  });

  it('leaves bad contents to the checker, at file:line:col inside the zip', () => {
    const broken = new Map(files);
    broken.set(
      'relations.json',
      files.get('relations.json')!.replace('"target": "peru-gov"', '"target": "peru-govt"'),
    );
    const read = readBundleZip(zipBundle('b', broken, WHEN), 'b.zip');
    if (!('bundle' in read)) throw new Error('not read');
    const [first] = compileBundle(read.bundle).diagnostics;
    expect(first).toMatchObject({
      file: 'b.zip/b/relations.json',
      line: 7,
      column: 17,
      message: expect.stringContaining('unknown actor "peru-govt"'),
    });
  });
});
