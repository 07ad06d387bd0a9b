import { TypeaheadBuffer, typeaheadIndex } from '../model/explorer/typeahead.ts';

/** One place to jump to: the element that takes focus, and the name it is found by. */
export interface JumpTarget {
  readonly focus: HTMLElement;
  readonly label: string;
}

/**
 * Type-to-jump for a list of focusable items (legend rows, an actor's relations): a letter
 * typed on one of them moves focus to the next whose name starts with what was typed. Returns
 * whether the key was taken; keys with a modifier, and keys that are not letters, never are.
 */
export class TypeToJump {
  private readonly buffer = new TypeaheadBuffer();

  constructor(private readonly targets: () => readonly JumpTarget[]) {}

  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const typed = this.buffer.push(e.key, e.timeStamp);
    if (typed === null) return;
    const targets = this.targets();
    const from = e.composedPath()[0];
    // From a control that is not in the list (a family's checkbox), the search starts at the top.
    const current = targets.findIndex((t) => from instanceof Node && t.focus.contains(from));
    if (from instanceof HTMLInputElement && from.type !== 'checkbox') return;
    e.preventDefault();
    const to = typeaheadIndex(
      targets.map((t) => t.label),
      typed,
      current,
    );
    if (to >= 0) targets[to]!.focus.focus();
  };
}
