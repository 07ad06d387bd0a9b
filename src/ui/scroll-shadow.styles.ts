import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Shadows at the top and bottom edge of a scrolling region wherever there is more to see that
 * way, so that a region that scrolls shows that it does even where scroll bars are hidden (touch
 * screens, macOS). The covers scroll with the content (`local`) and hide the shadows (`scroll`)
 * at either end. `--mg-shadow-cover` is the region's own background.
 */
export function scrollShadows(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      --mg-shadow: color-mix(in srgb, var(--mg-text) 30%, transparent);
      background:
        linear-gradient(var(--mg-shadow-cover) 30%, transparent) center top / 100% 1.5rem no-repeat
          local,
        linear-gradient(transparent, var(--mg-shadow-cover) 70%) center bottom / 100% 1.5rem
          no-repeat local,
        radial-gradient(farthest-side at 50% 0, var(--mg-shadow), transparent) center top / 100%
          0.6rem no-repeat scroll,
        radial-gradient(farthest-side at 50% 100%, var(--mg-shadow), transparent) center bottom /
          100% 0.6rem no-repeat scroll,
        var(--mg-shadow-cover);
    }
  `;
}
