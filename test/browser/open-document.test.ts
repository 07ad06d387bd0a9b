import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import actorsJson from '../../graph-data/peru-hostages-1996/actors.json?raw';
import documentJson from '../../graph-data/peru-hostages-1996/document.json?raw';
import memoText from '../../graph-data/peru-hostages-1996/inr-1996-12-28-peru-hostages-what-next.txt?raw';
import typesJson from '../../graph-data/peru-hostages-1996/relation-types.json?raw';
import relationsJson from '../../graph-data/peru-hostages-1996/relations.json?raw';
import { zipBundle } from '../../src/model/bundle-zip/bundle-zip.ts';
import {
  OpenDocumentController,
  type OpenedDocument,
} from '../../src/ui/app/open-document-controller.ts';

const MEMO = `SECRET

(U) Ruritania: Talks at the Border

12 March 1998

1. (S) The International Committee of the Red Cross visited the camp on 10 March.

2. (C) President Rudolf Elphberg said he would not negotiate.

SECRET
`;

class OpenHost extends LitElement {
  shown: OpenedDocument[] = [];
  readonly opener = new OpenDocumentController(this, (opened) => this.shown.push(opened));

  protected override render() {
    return html`${this.opener.renderButton()}${this.opener.renderMenu(() => {})}
    ${this.opener.renderOverlay()}`;
  }
}
customElements.define('test-open-host', OpenHost);

async function mount(): Promise<OpenHost> {
  const host = document.createElement('test-open-host') as OpenHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

function drag(host: HTMLElement, type: string, file?: File): DragEvent {
  const data = new DataTransfer();
  if (file) data.items.add(file);
  const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
  host.dispatchEvent(event);
  return event;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
});

describe('OpenDocumentController', () => {
  it('renders a button named "Open document…" and a hidden picker for memos and datasets', async () => {
    const host = await mount();
    const root = host.shadowRoot!;
    const button = root.querySelector('button');
    expect(button?.textContent?.trim()).toBe('Open document…');
    const input = root.querySelector<HTMLInputElement>('input[type=file]');
    expect(input?.accept).toBe('.txt,.json,.zip,text/plain,application/json,application/zip');
    expect(input?.multiple).toBe(true);
    expect(input?.hidden).toBe(true);
  });

  it('opens a memo as a dataset with its suggested actors and no relations', async () => {
    const host = await mount();
    await host.opener.open(new File([MEMO], 'ruritania.txt', { type: 'text/plain' }));
    expect(host.opener.problem).toBeNull();
    expect(host.shown).toHaveLength(1);
    const [opened] = host.shown;
    expect(opened?.name).toBe('ruritania.txt');
    expect(opened?.notices[0]).toMatch(/^No relations yet/);
    expect(opened?.dataset.documents[0]?.title).toBe('Ruritania: Talks at the Border');
    expect(opened?.dataset.relations).toEqual([]);
    expect(opened?.dataset.actors.length).toBeGreaterThan(0);
  });

  it('keeps a bad file’s problem and shows nothing new', async () => {
    const host = await mount();
    await host.opener.open(new File(['{"documents": ['], 'broken.json'));
    expect(host.shown).toEqual([]);
    expect(host.opener.problem?.summary).toBe(
      'The dataset broken.json is not a valid Memograph dataset (1 problem).',
    );
    expect(host.opener.problem?.details[0]).toMatch(/^broken\.json:1:\d+: /);
  });

  it('refuses a file over the limit without reading it', async () => {
    const host = await mount();
    const big = new File(['x'], 'huge.txt');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    Object.defineProperty(big, 'arrayBuffer', {
      value: () => Promise.reject(new Error('read a file over the limit')),
    });
    await host.opener.open(big);
    expect(host.opener.problem?.summary).toBe(
      'huge.txt is too large to open (60 MB): the limit is 50 MB.',
    );
  });

  it('shows the drop overlay while a file is dragged over, and opens the dropped file', async () => {
    const host = await mount();
    const file = new File([MEMO], 'dropped.txt', { type: 'text/plain' });
    expect(drag(host, 'dragenter', file).defaultPrevented).toBe(true);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('.drop-overlay')?.textContent?.trim()).toBe(
      'Drop a memo (.txt), a dataset (.json), or a bundle (its files, or a .zip) to open it',
    );
    expect(drag(host, 'dragover', file).defaultPrevented).toBe(true);
    drag(host, 'drop', file);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('.drop-overlay')).toBeNull();
    await until(() => host.shown.length > 0);
    expect(host.shown[0]?.name).toBe('dropped.txt');
  });

  it('hides the overlay when the drag leaves, counting nested enters', async () => {
    const host = await mount();
    const file = new File([MEMO], 'x.txt');
    drag(host, 'dragenter', file);
    drag(host, 'dragenter', file);
    drag(host, 'dragleave');
    await host.updateComplete;
    expect(host.opener.dragging).toBe(true);
    drag(host, 'dragleave');
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('.drop-overlay')).toBeNull();
  });

  it('ignores a drag that carries no file', async () => {
    const host = await mount();
    const data = new DataTransfer();
    data.setData('text/plain', 'words');
    host.dispatchEvent(new DragEvent('dragenter', { bubbles: true, dataTransfer: data }));
    await host.updateComplete;
    expect(host.opener.dragging).toBe(false);
  });
});

const CURATED = new Map([
  ['document.json', documentJson],
  ['actors.json', actorsJson],
  ['relation-types.json', typesJson],
  ['relations.json', relationsJson],
  ['inr-1996-12-28-peru-hostages-what-next.txt', memoText],
]);
const filesOf = (files: ReadonlyMap<string, string>) =>
  [...files].map(([n, t]) => new File([t], n));

describe('opening a bundle', () => {
  it('opens the files of a bundle picked together, compiled in the page', async () => {
    const host = await mount();
    await host.opener.open(filesOf(CURATED));
    expect(host.opener.problem).toBeNull();
    const [opened] = host.shown;
    expect(opened?.name).toBe('inr-1996-12-28-peru-hostages.zip');
    expect(opened?.dataset.relations.length).toBe(JSON.parse(relationsJson).relations.length);
    expect(opened?.bundle?.readFile('relations.json')).toBe(relationsJson);
  });

  it('opens a bundle .zip', async () => {
    const host = await mount();
    const zip = zipBundle('peru-hostages-1996', CURATED);
    await host.opener.open(new File([zip], 'peru.zip', { type: 'application/zip' }));
    expect(host.opener.problem).toBeNull();
    expect(host.shown[0]?.name).toBe('peru.zip');
    expect(host.shown[0]?.dataset.documents[0]?.id).toBe('inr-1996-12-28-peru-hostages');
  });

  it('gives a bad bundle the checker’s file:line:col messages and keeps what was open', async () => {
    const host = await mount();
    const broken = new Map(CURATED);
    broken.set(
      'relations.json',
      relationsJson.replace('"target": "peru-gov"', '"target": "peru-govt"'),
    );
    await host.opener.open(filesOf(broken));
    expect(host.shown).toEqual([]);
    expect(host.opener.problem?.summary).toBe(
      'The bundle inr-1996-12-28-peru-hostages has errors (1 problem).',
    );
    expect(host.opener.problem?.details[0]).toMatch(
      /^inr-1996-12-28-peru-hostages\/relations\.json:7:17: relations\[0\]\.target: unknown actor "peru-govt"/,
    );
  });

  it('says which file is missing, and what a zip that is not a bundle holds', async () => {
    const host = await mount();
    const some = new Map([...CURATED].filter(([n]) => n !== 'actors.json'));
    await host.opener.open(filesOf(some));
    expect(host.opener.problem?.details[0]).toMatch(
      /^inr-1996-12-28-peru-hostages\/actors\.json: missing; open it together with the others/,
    );
    const other = zipBundle('x', new Map([['notes.md', 'hello']]));
    await host.opener.open(new File([other], 'other.zip'));
    expect(host.opener.problem?.details[0]).toMatch(
      /^other\.zip: is not a bundle: it holds notes\.md/,
    );
    expect(host.shown).toEqual([]);
  });
});

describe('the opened document in the address', () => {
  it('is named in the page’s address and opened again on reload', async () => {
    const { listDocuments, removeDocument } = await import('../../src/ui/open/document-store.ts');
    for (const d of await listDocuments()) await removeDocument(d.name);
    const first = await mount();
    await first.opener.open(new File([MEMO], 'reloaded.txt', { type: 'text/plain' }));
    expect(new URLSearchParams(location.search).get('open')).toBe('reloaded.txt');
    first.remove();

    // A reload: the element's own dataset loads first, then the kept document replaces it.
    const host = await mount();
    await new Promise((r) => setTimeout(r, 50));
    expect(host.shown).toEqual([]);
    host.dispatchEvent(new CustomEvent('mg-dataset-loaded'));
    await until(() => host.shown.length > 0);
    expect(host.shown[0]?.name).toBe('reloaded.txt');
    expect(host.opener.current).toBe('reloaded.txt');
    await removeDocument('reloaded.txt');
  });

  it('says so when the document it names is not kept any more, and forgets it', async () => {
    history.replaceState(null, '', `${location.pathname}?open=gone.txt&actor=x`);
    const host = await mount();
    host.dispatchEvent(new CustomEvent('mg-dataset-error'));
    await until(() => host.opener.problem !== null);
    expect(host.opener.problem?.summary).toMatch(
      /^gone\.txt, named in the page's address, is not kept/,
    );
    expect(location.search).toBe('?actor=x');
    expect(host.shown).toEqual([]);
  });
});

describe('kept documents', () => {
  it('keeps an opened file across controllers, lists it in the Documents menu, and forgets it', async () => {
    const { listDocuments, removeDocument } = await import('../../src/ui/open/document-store.ts');
    for (const d of await listDocuments()) await removeDocument(d.name);
    const first = await mount();
    await first.opener.open(new File([MEMO], 'kept.txt', { type: 'text/plain' }));
    expect((await listDocuments()).map((d) => d.name)).toEqual(['kept.txt']);
    first.remove();

    // A new page: the menu lists the kept file, and choosing it opens it again.
    const host = await mount();
    await until(() => host.shadowRoot!.querySelector('details.documents') !== null);
    await until(() => host.shadowRoot!.querySelectorAll('.documents li').length === 2);
    const root = host.shadowRoot!;
    const names = [...root.querySelectorAll('.doc-name')].map((b) => b.textContent?.trim());
    expect(names).toEqual(['The embedded memo', 'kept.txt']);
    root.querySelectorAll<HTMLButtonElement>('.doc-name')[1]!.click();
    await until(() => host.shown.length > 0);
    expect(host.shown[0]?.name).toBe('kept.txt');
    expect(host.opener.current).toBe('kept.txt');

    root.querySelector<HTMLButtonElement>('button[aria-label="Remove kept.txt"]')!.click();
    await until(() => root.querySelector('.documents') === null);
    expect(root.querySelector('.documents')).toBeNull();
    expect(await listDocuments()).toEqual([]);
  });

  it('keeps one entry per name, the latest first', async () => {
    const store = await import('../../src/ui/open/document-store.ts');
    for (const d of await store.listDocuments()) await store.removeDocument(d.name);
    await store.saveDocument(new File(['a'], 'a.txt'));
    await new Promise((r) => setTimeout(r, 5));
    await store.saveDocument(new File(['b'], 'b.txt'));
    await new Promise((r) => setTimeout(r, 5));
    await store.saveDocument(new File(['a2'], 'a.txt'));
    expect((await store.listDocuments()).map((d) => d.name)).toEqual(['a.txt', 'b.txt']);
    expect(await (await store.readDocument('a.txt'))?.text()).toBe('a2');
    expect(await store.readDocument('missing.txt')).toBeNull();
    for (const d of await store.listDocuments()) await store.removeDocument(d.name);
  });
});
