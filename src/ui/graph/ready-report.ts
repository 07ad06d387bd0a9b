import type cytoscape from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { graphReadyEvent, type GraphReadyDetail } from '../events.ts';

/**
 * Times each dataset's build, from its start to the first animation frame after it, and reports
 * it with mg-graph-ready: once per dataset, never for a build a newer one overtook.
 */
export class ReadyReportController implements ReactiveController {
  private started = 0;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost &
      EventTarget & { readonly cy: cytoscape.Core | null },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  /** A build starts; a report still waiting for its frame is dropped. */
  start(): void {
    cancelAnimationFrame(this.frame);
    this.started = performance.now();
  }

  /**
   * The build is done: reports in the next frame, unless `current()` then says otherwise.
   * `after` runs in the task after that frame (before the page's own reactions to the report,
   * which are tasks queued later), while the build is still current: work the first frame
   * can do without.
   */
  finish(current: () => boolean, after?: () => void): void {
    this.frame = requestAnimationFrame(() => {
      const cy = this.host.cy;
      if (!current() || !cy) return;
      if (after) setTimeout(() => current() && after(), 0);
      const detail: GraphReadyDetail = {
        nodes: cy.nodes().length,
        // Relations with an element of their own; a bundle of parallel ones is not one more.
        edges: cy.edges().not('.bundle').length,
        ms: Math.round(performance.now() - this.started),
      };
      this.host.dispatchEvent(graphReadyEvent(detail));
    });
  }
}
