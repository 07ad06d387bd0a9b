/**
 * The id of the `<script type="application/json">` element that carries a compiled dataset
 * inside a self-contained page (`memograph-offline.html`). The page reads it instead of fetching
 * `data/…json`, which a page opened from a file could not do. The CLI writes it and the page
 * reads it, so the name lives here, where both may import it.
 */
export const INLINE_DATASET_ID = 'memograph-dataset';
