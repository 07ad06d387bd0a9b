/**
 * cytoscape-fcose 2.2 ships no type declarations. This declares only what Memograph uses: the
 * extension function handed to `cytoscape.use()`. Layout options are passed as a plain object
 * (see src/layout/layout.ts for the ones we set and why).
 */
declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';

  const fcose: cytoscape.Ext;
  export default fcose;
}
