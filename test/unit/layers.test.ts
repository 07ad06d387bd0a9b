import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/architecture.md are enforced by `npm run lint` and `npm run typecheck`.
 * These tests plant a violation in a file that exists only in memory and check that each tool
 * refuses it, so that loosening either configuration fails the suite.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function lintRules(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

/** Type-checks `code` as if it were `filePath`, under the model's own compiler options. */
function modelTypeErrors(code: string, filePath: string): string[] {
  const configFile = join(ROOT, 'tsconfig.model.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.model.json did not parse');
  const probe = join(ROOT, filePath);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === probe ? code : readFile(name));
  host.fileExists = (name) => name === probe || ts.sys.fileExists(name);
  host.getSourceFile = (name, version, onError) =>
    name === probe
      ? ts.createSourceFile(name, code, version)
      : getSourceFile(name, version, onError);
  // Only the probe and what it needs: the declarations the model's tsconfig brings along.
  const ambient = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram([probe, ...ambient], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('layers', () => {
  it('lint refuses a model file that imports the UI, the CLI, Lit, Cytoscape or Node', async () => {
    const code = [
      "import { MgGraph } from '../../ui/mg-graph.ts';",
      "import { main } from '../../cli/main.ts';",
      "import { html } from 'lit';",
      "import cytoscape from 'cytoscape';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      'export const all = [MgGraph, main, html, cytoscape, readFileSync, join];',
    ].join('\n');
    const messages = await lintRules(code, 'src/model/common/probe.ts');
    const restricted = messages.filter((m) => m.startsWith('no-restricted-imports'));
    expect(restricted).toHaveLength(6);
    expect(restricted[0]).toContain('the UI is the top layer');
  });

  it('lint refuses a model file that reads document or window', async () => {
    const messages = await lintRules(
      'export const title = () => document.title + window.name;\n',
      'src/model/memo/probe.ts',
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-globals'))).toHaveLength(2);
  });

  it('typecheck refuses a model file that reads document', () => {
    const errors = modelTypeErrors(
      'export const title = (): string => document.title;\n',
      'src/model/memo/probe.ts',
    );
    expect(errors.join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('the same model file without the DOM type-checks cleanly', () => {
    // The probe itself is sound: what fails above is the DOM, not the harness.
    const errors = modelTypeErrors(
      "import { parseIsoDate } from '../memo/dates.ts';\nexport const d = parseIsoDate('1996-12-28');\nexport const p = new URLSearchParams('a=1').get('a');\n",
      'src/model/words/probe.ts',
    );
    expect(errors).toEqual([]);
  });

  it('lint refuses a UI file that imports the CLI', async () => {
    const messages = await lintRules(
      "import { main } from '../cli/main.ts';\nexport const m = main;\n",
      'src/ui/probe.ts',
    );
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('lint lets the UI import the model and Cytoscape, and the layout layer import Cytoscape', async () => {
    const ui = await lintRules(
      "import cytoscape from 'cytoscape';\nimport { parseIsoDate } from '../model/memo/dates.ts';\nexport const x = [cytoscape, parseIsoDate];\n",
      'src/ui/probe.ts',
    );
    const layout = await lintRules(
      "import cytoscape from 'cytoscape';\nexport const x = cytoscape;\n",
      'src/layout/probe.ts',
    );
    expect([...ui, ...layout]).toEqual([]);
  });
});
