import { css } from 'lit';

/** What a copy did: done, or refused, with the text the reader can copy by hand. */
export type CopyOutcome = { readonly ok: true } | { readonly ok: false; readonly text: string };

/**
 * Copies text. The Clipboard API needs a secure context and permission, which an explorer
 * served over plain http on a LAN or opened air-gapped does not have, so a hidden textarea and
 * `execCommand('copy')` stand in when it is missing or refuses. The textarea is put in `root`
 * for a moment; include `copyBufferStyles` in that root's styles so it never shows.
 */
export async function copyText(text: string, root: ShadowRoot | HTMLElement): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return { ok: true };
    }
  } catch {
    // Refused or unavailable: try the older way below.
  }
  return legacyCopy(text, root) ? { ok: true } : { ok: false, text };
}

function legacyCopy(text: string, root: ShadowRoot | HTMLElement): boolean {
  const previous = root instanceof ShadowRoot ? (root.activeElement as HTMLElement | null) : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  area.className = 'copy-buffer';
  root.append(area);
  let ok = false;
  try {
    area.focus({ preventScroll: true });
    area.select();
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    previous?.focus({ preventScroll: true });
  }
  return ok;
}

/** Keeps the stand-in textarea out of sight and out of the way while it copies. */
export const copyBufferStyles = css`
  .copy-buffer {
    position: fixed;
    top: 0;
    left: 0;
    width: 1px;
    height: 1px;
    opacity: 0;
    pointer-events: none;
  }
`;
