import type cytoscape from 'cytoscape';
import { zoomBy, ZOOM_STEP } from './viewport.ts';

/** Keyboard pan step, in px; Shift pans four times as far. */
const PAN_STEP = 60;

/** What the graph's keys act on. */
export interface KeyTarget {
  cy(): cytoscape.Core | null;
  fit(): void;
  moveActorCursor(direction: 1 | -1): void;
  moveRelationCursor(direction: 1 | -1): void;
  selectCursor(): void;
  /** Clears the selection; returns false when there was none (the key is then left alone). */
  clearSelection(): boolean;
}

/**
 * The graph's keys, as the element describes them to assistive technology: arrow keys pan ·
 * `+` / `-` zoom · `0` fits · `]` / `[` move the actor cursor · `.` / `,` step through relations
 * · Enter selects what the cursor is on · Escape clears the selection. Keys with Ctrl, Meta or
 * Alt are left to the browser.
 */
export function graphKeyHandler(target: KeyTarget): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const cy = target.cy();
    if (!cy) return;
    const step = e.shiftKey ? PAN_STEP * 4 : PAN_STEP;
    let handled = true;
    switch (e.key) {
      case 'ArrowLeft':
        cy.panBy({ x: step, y: 0 });
        break;
      case 'ArrowRight':
        cy.panBy({ x: -step, y: 0 });
        break;
      case 'ArrowUp':
        cy.panBy({ x: 0, y: step });
        break;
      case 'ArrowDown':
        cy.panBy({ x: 0, y: -step });
        break;
      case '+':
      case '=':
        zoomBy(cy, ZOOM_STEP);
        break;
      case '-':
      case '_':
        zoomBy(cy, 1 / ZOOM_STEP);
        break;
      case '0':
        target.fit();
        break;
      case ']':
        target.moveActorCursor(1);
        break;
      case '[':
        target.moveActorCursor(-1);
        break;
      case '.':
        target.moveRelationCursor(1);
        break;
      case ',':
        target.moveRelationCursor(-1);
        break;
      case 'Enter':
        target.selectCursor();
        break;
      case 'Escape':
        handled = target.clearSelection();
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };
}
