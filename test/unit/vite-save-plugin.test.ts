import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveBundleHandler } from '../../src/cli/vite-save-plugin.ts';
import { zipBundle } from '../../src/model/bundle-zip/bundle-zip.ts';
import { SAVE_BUNDLE_PATH, type SaveResponse } from '../../src/model/bundle-zip/save-request.ts';
import { addActor } from '../../src/model/edit/actor-edits.ts';
import { bundleFiles } from '../../src/model/edit/annotation-state.ts';
import { seedState } from './edit-fixtures.ts';

/** The save middleware, called with fake requests as the dev server would call it. */

const HOST = 'localhost:5173';
const ORIGIN = `http://${HOST}`;
let graphData = '';

beforeEach(() => {
  graphData = mkdtempSync(join(tmpdir(), 'memograph-save-'));
  cpSync('graph-data/peru-hostages-1996', join(graphData, 'peru-hostages-1996'), {
    recursive: true,
  });
});
afterEach(() => rmSync(graphData, { recursive: true, force: true }));

interface Sent {
  status: number;
  body: SaveResponse;
  text: string;
  passedOn: boolean;
}

async function send(
  path: string,
  bytes: Uint8Array,
  headers: Record<string, string> = { host: HOST, origin: ORIGIN },
  method = 'POST',
): Promise<Sent> {
  const req = Object.assign(Readable.from([Buffer.from(bytes)]), {
    url: path,
    method,
    headers,
  }) as unknown as IncomingMessage;
  return new Promise((resolve) => {
    let status = 200;
    const res = {
      set statusCode(s: number) {
        status = s;
      },
      setHeader() {},
      end(text: string) {
        let body: SaveResponse;
        try {
          body = JSON.parse(text) as SaveResponse;
        } catch {
          body = undefined as never;
        }
        resolve({ status, body, text, passedOn: false });
      },
    } as unknown as ServerResponse;
    saveBundleHandler(graphData)(req, res, () =>
      resolve({ status: 0, body: undefined as never, text: '', passedOn: true }),
    );
  });
}

const state = seedState();
const edited = addActor({ name: 'Nestor Cerpa', kind: 'person' }).apply(state);
const zipOf = (s = edited) => zipBundle(s.name, bundleFiles(s));
const saveUrl = (name: string) => `${SAVE_BUNDLE_PATH}?bundle=${encodeURIComponent(name)}`;
const folder = () => join(graphData, 'peru-hostages-1996');

describe('Save to graph-data', () => {
  it('writes the bundle into graph-data/<bundle>/, exactly the exported files', async () => {
    writeFileSync(join(folder(), 'NOTES.md'), 'my notes');
    const sent = await send(saveUrl('peru-hostages-1996'), zipOf());
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ saved: true, folder: 'graph-data/peru-hostages-1996' });
    for (const [name, text] of bundleFiles(edited)) {
      expect(readFileSync(join(folder(), name), 'utf8')).toBe(text);
    }
    // The user's own file in the folder is kept, and nothing temporary is left beside it.
    expect(readFileSync(join(folder(), 'NOTES.md'), 'utf8')).toBe('my notes');
    expect(readdirSync(graphData)).toEqual(['peru-hostages-1996']);
  });

  it('creates a new bundle folder', async () => {
    const sent = await send(
      saveUrl('my-memo'),
      zipOf({ ...edited, name: 'my-memo', document: { ...edited.document, id: 'my-memo' } }),
    );
    expect(sent.status).toBe(200);
    expect(existsSync(join(graphData, 'my-memo', 'relations.json'))).toBe(true);
  });

  it('refuses a request from another origin, or with no origin, with 403', async () => {
    const before = readFileSync(join(folder(), 'actors.json'), 'utf8');
    for (const headers of <Record<string, string>[]>[
      { host: HOST, origin: 'http://evil.example' },
      { host: HOST },
      { host: 'evil.example', origin: 'http://evil.example' },
    ]) {
      const sent = await send(saveUrl('peru-hostages-1996'), zipOf(), headers);
      expect(sent.status).toBe(403);
      expect(sent.body.saved).toBe(false);
    }
    expect(readFileSync(join(folder(), 'actors.json'), 'utf8')).toBe(before);
  });

  it('refuses names that would leave graph-data', async () => {
    for (const name of ['../escape', '..', 'a/b', '.hidden', 'Peru', 'schema', '']) {
      const sent = await send(saveUrl(name), zipOf());
      expect(sent.status, name).toBe(400);
    }
    expect(readdirSync(join(graphData, '..')).some((n) => n === 'escape')).toBe(false);
  });

  it('refuses a bundle with errors with the checker’s messages, changing nothing', async () => {
    const broken = {
      ...edited,
      relations: [{ ...edited.relations[0]!, source: 'nobody' }, ...edited.relations.slice(1)],
    };
    const sent = await send(saveUrl('peru-hostages-1996'), zipOf(broken));
    expect(sent.status).toBe(422);
    expect(sent.body).toMatchObject({
      saved: false,
      problems: [
        expect.stringMatching(
          /^graph-data\/peru-hostages-1996\/relations\.json:\d+:\d+: .*unknown actor "nobody"/,
        ),
      ],
    });
    expect(readFileSync(join(folder(), 'relations.json'), 'utf8')).toBe(
      readFileSync('graph-data/peru-hostages-1996/relations.json', 'utf8'),
    );
  });

  it('refuses a second folder for a document graph-data already holds', async () => {
    const sent = await send(saveUrl('peru-copy'), zipOf());
    expect(sent.status).toBe(409);
    expect(sent.body).toMatchObject({
      message: expect.stringContaining('graph-data/peru-hostages-1996 already holds the document'),
    });
    expect(existsSync(join(graphData, 'peru-copy'))).toBe(false);
  });

  it('refuses what is not a bundle, and a folder that holds another document', async () => {
    expect((await send(saveUrl('x'), new Uint8Array([1, 2, 3]))).status).toBe(422);
    const other = await send(
      saveUrl('peru-hostages-1996'),
      zipOf({ ...edited, document: { ...edited.document, id: 'other-doc' } }),
    );
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({
      message: expect.stringContaining('holds another document'),
    });
  });

  it('serves the saved bundle compiled, for the page to reload with ?data=', async () => {
    const saved = await send(saveUrl('peru-hostages-1996'), zipOf());
    const dataset = saved.body.saved ? saved.body.dataset : '';
    expect(dataset).toBe('/__memograph/graph-data/peru-hostages-1996.json');
    const served = await send(dataset, new Uint8Array(), { host: HOST }, 'GET');
    expect(served.status).toBe(200);
    const compiled = JSON.parse(served.text) as { actors: { name: string }[] };
    expect(compiled.actors.map((a) => a.name)).toContain('Nestor Cerpa');
    for (const bad of ['nowhere.json', '..%2F..%2Fetc.json', 'peru-hostages-1996']) {
      const r = await send(
        `/__memograph/graph-data/${bad}`,
        new Uint8Array(),
        { host: HOST },
        'GET',
      );
      expect(r.status, bad).toBe(404);
    }
  });

  it('answers only POST, and passes other paths on', async () => {
    expect(
      (await send(saveUrl('peru-hostages-1996'), zipOf(), { host: HOST, origin: ORIGIN }, 'GET'))
        .status,
    ).toBe(405);
    expect((await send('/index.html', new Uint8Array())).passedOn).toBe(true);
  });
});
