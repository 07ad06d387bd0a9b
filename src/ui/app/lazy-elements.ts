/**
 * The elements that are not part of the first view. The memo reader is fetched as soon as this
 * module runs, alongside the dataset, but is not in the entry chunk: the graph paints without
 * waiting for it, and the reader fills its column a moment later (Lit keeps properties set on
 * <mg-reader> before it is defined).
 */
export const readerLoaded: Promise<unknown> = import('../mg-reader.ts');

/**
 * The rest of what is not needed before the graph is painted, fetched at the same time. Settles
 * either way: a chunk that fails to load leaves its elements undefined but must not hold up the
 * parts that wait for it.
 */
export const laterLoaded: Promise<void> = import('./later-elements.ts').then(
  () => undefined,
  (e: unknown) => console.error(e),
);

let panels: Promise<unknown> | null = null;

/**
 * The evidence and actor panels (with the citation exporters) load on demand, and are fetched as
 * soon as the browser is idle after the graph is painted, so that the first selection does not
 * wait for them.
 */
export function loadPanels(): Promise<unknown> {
  panels ??= Promise.all([import('../mg-evidence-panel.ts'), import('../mg-actor-panel.ts')]);
  return panels;
}

export function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}
