import { html } from 'lit';
import { formatBytes, type Progress } from './fetch-limits.ts';

/** How much has arrived, in words: "1.2 MB of 90 MB received", or that the server is silent. */
export function progressText(progress: Progress | null): string {
  if (progress === null) return 'Waiting for the server…';
  const of = progress.total !== null ? ` of ${formatBytes(progress.total)}` : '';
  return `${formatBytes(progress.received)}${of} received`;
}

/**
 * The bar shown while a dataset loads: what is happening, how much has arrived, and a way out.
 * Only the first words are a live region; the byte count changes too often to be announced.
 */
export function loadStatus(progress: Progress | null, cancel: () => void) {
  const total = progress?.total ?? null;
  return html`<div class="loading">
    <p role="status">Loading dataset…</p>
    ${
      total !== null && total > 0
        ? html`<progress
            max=${total}
            .value=${progress?.received ?? 0}
            aria-label="Dataset received"
          ></progress>`
        : ''
    }
    <span class="progress">${progressText(progress)}</span>
    <button @click=${cancel}>Cancel</button>
  </div>`;
}
