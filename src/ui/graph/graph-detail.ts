/**
 * What a memo-sized graph adds once its first frame is drawn: relations bent around the actors
 * they do not join, and labels placed where they cover no other. A chunk of its own, fetched
 * while the graph is built, so that neither is in the code the first frame waits for.
 */
export { applyDetours } from './detours.ts';
export { placeLabels } from '../../model/layout/label-placement.ts';
