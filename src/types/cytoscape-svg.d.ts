/**
 * cytoscape-svg 0.4 ships no type declarations: only the extension handed to `cytoscape.use()`,
 * which adds `cy.svg(options)` returning the graph as SVG text.
 */
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const register: cytoscape.Ext;
  export default register;
}
