import type cytoscape from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a flash stays. */
const FLASH_MS = 1400;

/** Briefly highlights one actor (the `flash` class), as focusActor() does. */
export class FlashController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly cy: () => cytoscape.Core | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Highlights `node`, and only it, for FLASH_MS. */
  flash(node: cytoscape.NodeSingular): void {
    node.cy().nodes('.flash').removeClass('flash');
    node.addClass('flash');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.cy()?.nodes('.flash').removeClass('flash');
    }, FLASH_MS);
  }
}
