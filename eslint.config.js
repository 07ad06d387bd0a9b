import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Node's built-in modules, with and without the `node:` prefix. */
const NODE_BUILTINS = ['node:*', ...builtinModules];

/**
 * The layers (docs/architecture.md). Each entry lists what a layer may not import; a violation
 * fails `npm run lint`, and test/unit/layers.test.ts shows that it does.
 */
const forbid = {
  ui: { group: ['**/ui/**', 'lit', 'lit/**', '@lit/**'], message: 'the UI is the top layer' },
  cli: { group: ['**/cli/**'], message: 'only bin/ and the Vite config run the CLI' },
  layout: { group: ['**/layout/layout.ts'], message: 'headless layouts sit above the model' },
  cytoscape: {
    group: ['cytoscape', 'cytoscape-*'],
    message: 'Cytoscape belongs to src/layout and the graph element',
  },
  node: { group: NODE_BUILTINS, message: 'the model runs in the browser too' },
};

/** A no-restricted-imports rule from some of the entries above. */
function restrict(...entries) {
  return [
    'error',
    { patterns: entries.map(({ group, message }) => ({ group, message: `Layer: ${message}.` })) },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Globals by where the code runs. The model and the layout layer run in both, so they get
  // only the language's own.
  {
    files: ['src/model/**', 'src/layout/**'],
    languageOptions: { globals: { ...globals.es2021 } },
  },
  {
    files: ['src/ui/**', 'src/main.ts', 'test/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/cli/**', 'bin/**', 'test/cli/**', 'test/unit/**', '*.config.*', 'test/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Playwright specs, the bench and fixtures drive a browser from Node: their callbacks run in
  // the page.
  {
    files: ['test/e2e/**', 'test/fixtures/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/model/**'],
    rules: {
      // typecheck catches these too (tsconfig.model.json has no DOM); lint says why.
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'navigator', 'location', 'localStorage', 'process'].map(
          (name) => ({ name, message: 'Layer: the model runs in the browser and in Node alike.' }),
        ),
      ],
      'no-restricted-imports': restrict(
        forbid.ui,
        forbid.cli,
        forbid.layout,
        forbid.cytoscape,
        forbid.node,
      ),
    },
  },
  {
    files: ['src/layout/**'],
    rules: { 'no-restricted-imports': restrict(forbid.ui, forbid.cli, forbid.node) },
  },
  {
    files: ['src/ui/**', 'src/main.ts'],
    rules: { 'no-restricted-imports': restrict(forbid.cli, forbid.node) },
  },
);
