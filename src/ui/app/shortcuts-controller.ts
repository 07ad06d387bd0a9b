import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the page-wide keys do. */
export interface ShortcutActions {
  /** Esc: clears the selection; false when there was none, so the key goes on. */
  clearSelection(): boolean;
  /** `/`: moves focus to the search box. */
  focusSearch(): void;
  /** `?`: opens the keyboard help. */
  showHelp(): void;
}

/** Whether a key press goes to a field the user is typing in, where `/` and `?` are text. */
function isTyping(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The explorer's page-wide keys, heard on the window while the element is connected. Keys with
 * a modifier, and keys an element has already handled, are left alone.
 */
export class ShortcutsController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly actions: ShortcutActions,
  ) {
    host.addController(this);
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = isTyping(e);
    if (e.key === 'Escape' && !typing && this.actions.clearSelection()) return;
    if (typing) return;
    if (e.key === '/') {
      e.preventDefault();
      this.actions.focusSearch();
    } else if (e.key === '?') {
      e.preventDefault();
      this.actions.showHelp();
    }
  };

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
  }
}
