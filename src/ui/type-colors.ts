import type { RelationType } from '../model/contract/types.ts';

/** A neutral colour for samples without a type, readable on light and dark surfaces. */
export const KEY_COLOR = '#7b838d';

/**
 * A relation type's colour if it is the `#rrggbb` the contract promises, else a neutral grey.
 * The colour lands in SVG and style attributes, where anything else (a `url(…)`) could make
 * the browser fetch or restyle; the loader validates it too, this keeps each element safe alone.
 */
export function typeColor(type: Pick<RelationType, 'color'> | undefined): string {
  const color = type?.color ?? '';
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : KEY_COLOR;
}
