/**
 * The places a label can take around its node, and its distance from it: shared by the
 * stylesheet, which draws labels there, and by the placement (label-placement.ts), which
 * chooses among them and loads only once a graph's first frame is drawn.
 */

/** One of the eight places around a node, in the order they are preferred. */
export const LABEL_PLACES = ['b', 't', 'r', 'l', 'br', 'bl', 'tr', 'tl'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/** Space between a node and its label, in model px (the stylesheet's text margin). */
export const LABEL_GAP = 4;
