import type cytoscape from 'cytoscape';

/**
 * Whether the view is still the whole-graph fit: true after a fit, false once anything else
 * moves it (the reader, a neighbourhood fit, a restored zoom). While it is, a canvas that
 * changes size is fitted again, so panels that arrive after the first fit cut no label.
 */
export class WholeFit {
  private whole = false;
  private fitting = false;

  bind(cy: cytoscape.Core): void {
    cy.on('viewport', () => {
      if (!this.fitting) this.whole = false;
    });
  }

  /** Runs a whole-graph fit; the view moves it makes do not count as leaving it. */
  run(fit: () => void): void {
    this.fitting = true;
    try {
      fit();
    } finally {
      this.fitting = false;
    }
    this.whole = true;
  }

  get isWhole(): boolean {
    return this.whole;
  }
}
