import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/contract/types.ts';
import { offlineHtml } from '../../src/cli/offline-html.ts';
import { expectNoStackTrace, memograph, useScratch } from './run.ts';

/**
 * `memograph build --offline-html` writes the explorer as one file carrying the dataset it just
 * built. The page itself is tried from file:// in test/e2e/offline-page.spec.ts; here, what the
 * file holds and how the command guards the user's files.
 */

const MINI_LIMA = 'test/fixtures/bundles/mini-lima';
const HINT = 'run "memograph help build" for usage\n';
const scratch = useScratch('memograph-offline-');

function between(html: string, pattern: RegExp): string {
  const found = pattern.exec(html);
  if (!found?.[1]) throw new Error(`not found: ${String(pattern)}`);
  return found[1];
}

describe('the page', () => {
  const app = {
    script: 'const s = "</script><!-- x"; console.log(s);',
    style: 'body{margin:0}',
    icon: 'data:image/svg+xml;base64,PHN2Zy8+',
  };
  const datasetJson = JSON.stringify({ note: '</script><script>alert(1)</script>' });
  const html = offlineHtml({ app, datasetJson, title: 'A <b>memo</b> & co' });

  it('keeps a script and a dataset that contain "</script>" inside their elements', () => {
    const script = between(html, /<script type="module">([\s\S]*?)<\/script>/);
    expect(script).toBe('const s = "<\\/script><\\!-- x"; console.log(s);');
    const json = between(
      html,
      /<script type="application\/json" id="memograph-dataset">([\s\S]*?)<\/script>/,
    );
    expect(JSON.parse(json)).toEqual({ note: '</script><script>alert(1)</script>' });
  });

  it('allows exactly its own script and sheet by hash, and nothing to be fetched', () => {
    const script = between(html, /<script type="module">([\s\S]*?)<\/script>/);
    const policy = between(html, /http-equiv="Content-Security-Policy" content="([^"]+)"/);
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash(script)}';`);
    expect(policy).toContain(`'sha256-${hash(app.style)}'`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('escapes the title', () => {
    expect(html).toContain('<title>A &lt;b&gt;memo&lt;/b&gt; &amp; co</title>');
  });
});

describe('memograph build --offline-html', () => {
  it('writes one file with the built dataset inlined and no address to fetch', () => {
    const out = scratch.place('lima.html');
    const json = scratch.place('lima.json');
    const r = memograph('build', MINI_LIMA, '--out', json.typed, '--offline-html', out.typed);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`wrote ${out.typed} — the explorer in one file with`);
    const html = readFileSync(out.abs, 'utf8');
    const inlined = JSON.parse(
      between(html, /<script type="application\/json" id="memograph-dataset">([\s\S]*?)<\/script>/),
    ) as Dataset;
    const built = JSON.parse(readFileSync(json.abs, 'utf8')) as Dataset;
    expect(inlined).toEqual(built);
    expect(html).toContain(`<title>${built.documents[0]!.title} — Memograph (offline)</title>`);
    expect(html).not.toMatch(/<(?:script|img|link)[^>]+(?:src|href)="(?!data:)/);
    expect(scratch.leftovers('.lima.html')).toEqual([]);
  }, 120_000);

  it('refuses a page inside a bundle, or on the same file as --out, before writing anything', () => {
    const bundle = scratch.copy(MINI_LIMA, 'guarded');
    const inside = `${bundle.typed}/page.html`;
    let r = memograph('build', bundle.typed, '--offline-html', inside);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `memograph build: --offline-html ${inside} is inside the input bundle folder ${bundle.typed}; build never writes into a bundle (it could replace the annotations or the memo), so choose a file outside it\n${HINT}`,
    );
    expect(existsSync(join(bundle.abs, 'page.html'))).toBe(false);

    const same = scratch.place('same.out');
    writeFileSync(same.abs, 'kept');
    r = memograph('build', bundle.typed, '--out', same.typed, '--offline-html', same.typed);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `memograph build: --out and --offline-html name the same file; give each its own\n${HINT}`,
    );
    expect(readFileSync(same.abs, 'utf8')).toBe('kept');

    r = memograph('build', bundle.typed, '--offline-html');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`memograph build: --offline-html needs a file name\n${HINT}`);
    expectNoStackTrace(r);
  });
});
