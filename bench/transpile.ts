import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * TypeScript to browser JavaScript for the benchmark's own page code (the probe and the baseline
 * page), with the compiler the project already has: types stripped, nothing bundled, nothing
 * renamed. Not through tsx or Vite: tsx's esbuild wraps named functions in a `__name` helper
 * that does not exist in the page, and the baseline must not go through the app's build.
 */
export function transpileFile(file: string): string {
  const source = readFileSync(file, 'utf8');
  return ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: false,
      sourceMap: false,
    },
  }).outputText;
}

/**
 * A module's exports as a classic script that calls `call` at the end, for addInitScript (which
 * runs scripts, not modules). The module must have no run-time imports.
 */
export function asInitScript(moduleJs: string, call: string): string {
  if (/^\s*import\s[^;]*from\s/m.test(moduleJs))
    throw new Error('an init script cannot import: keep the probe self-contained');
  const script = moduleJs.replace(/^export \{\s*\};?\s*$/gm, '').replace(/^export\s+/gm, '');
  return `(() => {\n${script}\n${call};\n})();\n`;
}
