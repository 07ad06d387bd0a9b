import { describe, expect, it } from 'vitest';
import '../../src/ui/mg-actor-panel.ts';

// This file imports nothing else: the panels load lazily, apart from the legend, and must not
// drag another element's registration in with them.
describe('importing <mg-actor-panel> alone', () => {
  it('defines the panel and not the legend', () => {
    expect(customElements.get('mg-actor-panel')).toBeDefined();
    expect(customElements.get('mg-legend')).toBeUndefined();
  });
});
