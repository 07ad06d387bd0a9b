import actors from '../../../graph-data/peru-hostages-1996/actors.json?raw';
import document from '../../../graph-data/peru-hostages-1996/document.json?raw';
import text from '../../../graph-data/peru-hostages-1996/inr-1996-12-28-peru-hostages-what-next.txt?raw';
import relationTypes from '../../../graph-data/peru-hostages-1996/relation-types.json?raw';
import relations from '../../../graph-data/peru-hostages-1996/relations.json?raw';
import type { BundleSource } from '../../model/annotation/bundle-source.ts';

/**
 * The embedded memo's bundle, as graph-data holds it, so that the memo the page opens with can be
 * annotated like any other: its files are in this chunk, fetched only when annotating it.
 */
const FILES = new Map<string, string>([
  ['document.json', document],
  ['actors.json', actors],
  ['relation-types.json', relationTypes],
  ['relations.json', relations],
  ['inr-1996-12-28-peru-hostages-what-next.txt', text],
]);

/** The embedded memo's document id. */
export const EMBEDDED_DOCUMENT = (JSON.parse(document) as { id: string }).id;

export const embeddedBundle: BundleSource = {
  name: 'peru-hostages-1996',
  exists: true,
  readFile: (name) => FILES.get(name),
};
