import { checkState, expect, test, waitForGraph } from './support.ts';
import { clippedText, documentOverflow, inView } from './layout-checks.ts';

/**
 * The explorer at the four sizes an analyst meets it at, in both themes, with a relation
 * selected: a kept screenshot and an axe audit of each, and in each the layout's promises: the
 * app shell does not scroll at desktop sizes, the relation's Copy citation button is in view,
 * and no text is cut off by its box.
 */

const SIZES = [
  { name: 'desktop-1440', width: 1440, height: 900, desktop: true },
  { name: 'laptop-1280', width: 1280, height: 720, desktop: true },
  { name: 'tablet-768', width: 768, height: 1024, desktop: false },
  { name: 'phone-390', width: 390, height: 844, desktop: false },
] as const;

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${size.name} ${scheme}: shell, citation and text`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./?relation=p10-r6');
      await waitForGraph(page);
      const copy = page.getByRole('button', { name: 'Copy citation' });
      await expect(copy).toBeVisible();
      // Let the panel's and the reader's scrolling to the quote settle before measuring.
      await page.waitForTimeout(600);

      if (size.desktop)
        expect(await documentOverflow(page), 'the page scrolls').toEqual({ x: 0, y: 0 });
      expect(await inView(page, 'button', 'Copy citation'), 'Copy citation in view').toEqual({
        visible: true,
        why: '',
      });
      expect(await clippedText(page), 'text cut off by its box').toEqual([]);
      await checkState(page, testInfo, `screen-${size.name}-${scheme}`);
    });
  }
}
