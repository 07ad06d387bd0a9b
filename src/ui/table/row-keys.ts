/** What a key pressed on a row does: move focus to another row, choose this one, or nothing. */
export type RowKeyAction = { readonly move: number } | { readonly choose: true } | null;

/**
 * The grid's keys (WAI-ARIA grid pattern, rows only): Up/Down by one, PageUp/PageDown by a
 * page, Home/End to the ends, Enter or Space to choose. Targets are not clamped.
 */
export function rowKeyAction(key: string, row: number, rows: number, page: number): RowKeyAction {
  switch (key) {
    case 'ArrowDown':
      return { move: row + 1 };
    case 'ArrowUp':
      return { move: row - 1 };
    case 'PageDown':
      return { move: row + page };
    case 'PageUp':
      return { move: row - page };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: rows - 1 };
    case 'Enter':
    case ' ':
      return { choose: true };
    default:
      return null;
  }
}
