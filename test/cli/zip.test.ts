import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fsBundleSource } from '../../src/cli/fs-bundle.ts';
import { zipBundle } from '../../src/model/bundle-zip/bundle-zip.ts';
import { bundleFiles, stateFromBundle } from '../../src/model/edit/annotation-state.ts';
import { expectNoStackTrace, memograph, ROOT, useScratch } from './run.ts';

/** `memograph check` and `build` take a bundle .zip, as "Export bundle" downloads it. */

const scratch = useScratch('memograph-zip-');

function curatedFiles(): ReadonlyMap<string, string> {
  const opened = stateFromBundle(fsBundleSource('graph-data/peru-hostages-1996', ROOT));
  if (!('state' in opened)) throw new Error('curated bundle does not open');
  return bundleFiles(opened.state);
}

describe('a bundle zip on the command line', () => {
  it('is checked --strict and built like the folder it holds', () => {
    const zip = scratch.place('peru.zip');
    writeFileSync(zip.abs, zipBundle('peru-hostages-1996', curatedFiles()));
    const checked = memograph('check', zip.typed, '--strict');
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/: ok — 1 document, 10 paragraphs/);

    const out = scratch.place('peru.json');
    const built = memograph('build', zip.typed, '--out', out.typed);
    expect(built.status).toBe(0);
    const fromFolder = scratch.place('folder.json');
    memograph('build', 'graph-data/peru-hostages-1996', '--out', fromFolder.typed);
    expect(readFileSync(out.abs, 'utf8')).toBe(readFileSync(fromFolder.abs, 'utf8'));
  });

  it('gets the checker’s file:line:col messages for bad contents', () => {
    const files = new Map(curatedFiles());
    files.set(
      'relations.json',
      files.get('relations.json')!.replace('"target": "peru-gov"', '"target": "peru-govt"'),
    );
    const zip = scratch.place('bad.zip');
    writeFileSync(zip.abs, zipBundle('b', files));
    const r = memograph('check', zip.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${zip.typed}/b/relations.json:7:17: relations[0].target: unknown actor "peru-govt"`,
    );
    expectNoStackTrace(r);
  });

  it('says which file a zip that is not a bundle misses, and writes nothing', () => {
    const zip = scratch.place('half.zip');
    writeFileSync(zip.abs, zipSync({ 'document.json': strToU8('{}') }));
    const out = scratch.place('half.json');
    const r = memograph('build', zip.typed, '--out', out.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${zip.typed}/actors.json: missing from the zip`);
    expect(r.stderr).toContain('not written');
    expectNoStackTrace(r);
  });

  it('refuses a file that is not a zip with a message', () => {
    const zip = scratch.place('fake.zip');
    writeFileSync(zip.abs, 'hello');
    const r = memograph('check', zip.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${zip.typed}: not a readable zip file`);
    expectNoStackTrace(r);
  });
});
