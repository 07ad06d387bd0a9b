import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keyboard movement through the actor names of a paragraph. On the paragraph, Enter selects it
 * and Left/Right move focus to its last/first name; on a name, Left/Right move to the previous
 * or next one (Home/End: first/last), Enter or Space selects its actor and Escape goes back to
 * the paragraph. Names are `.mention` elements whose `data-key` is unique in the host; a name
 * split into several pieces (around a quote's edge) is one stop, at its first piece.
 */
export class MentionNavigation implements ReactiveController {
  private activeKey: string | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly selectActor: (actorId: string) => void,
  ) {
    host.addController(this);
  }

  /** The name that has keyboard focus ("p3#2"), the only one exposed as a button. */
  get active(): string | null {
    return this.activeKey;
  }

  set active(key: string | null) {
    if (key === this.activeKey) return;
    this.activeKey = key;
    this.host.requestUpdate();
  }

  /** The names live in the host's render: there is nothing to set up or tear down. */
  hostConnected(): void {}

  /** For a paragraph's keydown; `selectParagraph` is what Enter on the paragraph itself does. */
  readonly onKeydown = (e: KeyboardEvent, selectParagraph: () => void): void => {
    const para = e.currentTarget as HTMLElement;
    const target = e.target as HTMLElement;
    const names = mentionElements(para);
    if (target === para) {
      if (e.key === 'Enter') {
        e.preventDefault();
        selectParagraph();
      } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && names.length > 0) {
        e.preventDefault();
        void this.focusMention(e.key === 'ArrowRight' ? names[0] : names[names.length - 1]);
      }
      return;
    }
    const mention = target.closest<HTMLElement>('.mention');
    if (!mention) return;
    const at = names.findIndex((n) => n.dataset['key'] === mention.dataset['key']);
    switch (e.key) {
      case 'ArrowRight':
        e.preventDefault();
        void this.focusMention(names[Math.min(names.length - 1, at + 1)]);
        break;
      case 'ArrowLeft':
        e.preventDefault();
        void this.focusMention(names[Math.max(0, at - 1)]);
        break;
      case 'Home':
        e.preventDefault();
        void this.focusMention(names[0]);
        break;
      case 'End':
        e.preventDefault();
        void this.focusMention(names[names.length - 1]);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.selectActor(mention.dataset['actor'] ?? '');
        break;
      case 'Escape':
        e.preventDefault();
        para.focus();
        break;
    }
  };

  readonly onFocusIn = (e: FocusEvent): void => {
    const mention = (e.target as Element).closest?.<HTMLElement>('.mention');
    this.active = mention?.dataset['key'] ?? null;
  };

  readonly onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Element | null;
    if (!next?.closest?.('.mention')) this.active = null;
  };

  private async focusMention(el: HTMLElement | undefined): Promise<void> {
    if (!el) return;
    const key = el.dataset['key'] ?? null;
    this.active = key;
    await this.host.updateComplete;
    // The segments may have been redrawn meanwhile: find the name again by its key.
    const again = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.mention')].find(
      (m) => m.dataset['key'] === key,
    );
    again?.focus();
  }
}

/** The first element of each name in a paragraph, in reading order. */
function mentionElements(para: HTMLElement): HTMLElement[] {
  const seen = new Set<string>();
  const out: HTMLElement[] = [];
  for (const el of para.querySelectorAll<HTMLElement>('.mention')) {
    const key = el.dataset['key'] ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(el);
  }
  return out;
}
