import { basename, resolve } from 'node:path';
import { BUNDLE_FILES } from '../model/annotation/bundle-source.ts';
import { compileBundles } from '../model/annotation/compile-bundles.ts';
import { escapeControls, formatDiagnostic, hasErrors } from '../model/json/diagnostics.ts';
import { isHedged } from '../model/words/likelihood.ts';
import { didYouMean } from '../model/json/suggest.ts';
import type { Dataset, Diagnostic } from '../model/contract/types.ts';
import { synthesizeCorpus } from '../model/synth/synth.ts';
import { describeInputs, expandBundleFolders } from './bundle-folders.ts';
import { bundleSources, isZipPath } from './bundle-sources.ts';
import { buildFromFolders, lintAs } from './compile.ts';
import { loadDatasetFile } from './dataset-file.ts';
import { displayPath, pathKind } from './fs-bundle.ts';
import { FileAccessError, TextDecodeError } from './fs-errors.ts';
import { outputTarget, writeOutputFile } from './output-file.ts';
import { offlinePageFor } from './offline-html.ts';
import { outInputProblem } from './output-guard.ts';
import { parseCommandArgs, type ParsedArgs } from './command-args.ts';
import { HELP, USAGE } from './help-text.ts';
import { newCommand, parseNewArgs } from './new-command.ts';
import { parseExportArgs } from './export-args.ts';
import { exportCommand } from './export-command.ts';
import { parseSynthArgs } from './synth-args.ts';
import {
  outFolderProblem,
  recoverInterruptedSynth,
  writeCorpusInterruptibly,
} from './synth-command.ts';
import { yieldToSignals } from './interrupt.ts';
import { COMMANDS, type Command, UsageError, usageError } from './usage-error.ts';

/** What the CLI may touch of its process: output streams and the working directory. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Exit statuses, as docs/cli.md lists them. */
export const EXIT = {
  ok: 0,
  /** Problems in the input, or a file that cannot be read or written. */
  problems: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** A bug in memograph (EX_SOFTWARE). */
  internal: 70,
} as const;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 document, 10 paragraphs, 24 actors, 12 relation types, 87 relations (23 hedged, 9 negated), 0 warnings" */
export function summarize(dataset: Dataset, warnings: number): string {
  const paragraphs = dataset.documents.reduce((n, d) => n + d.paragraphs.length, 0);
  const hedged = dataset.relations.filter((r) => isHedged(r.likelihood)).length;
  const negated = dataset.relations.filter((r) => r.polarity === 'negated').length;
  return [
    plural(dataset.documents.length, 'document'),
    plural(paragraphs, 'paragraph'),
    plural(dataset.actors.length, 'actor'),
    plural(dataset.relationTypes.length, 'relation type'),
    `${plural(dataset.relations.length, 'relation')} (${hedged} hedged, ${negated} negated)`,
    plural(warnings, 'warning'),
  ].join(', ');
}

function report(io: CliIO, diagnostics: readonly Diagnostic[]): number {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  return diagnostics.filter((d) => d.severity === 'warning').length;
}

function needInputs(command: Command, positional: readonly string[]): void {
  if (positional.includes('')) {
    throw usageError(
      command,
      `an empty argument ("") names no file or folder; ${command === 'check' ? 'name a bundle folder or a dataset .json file' : 'name a bundle folder'}`,
    );
  }
  if (positional.length === 0) {
    throw usageError(
      command,
      command === 'check'
        ? 'nothing to check: name a bundle folder or a dataset .json file'
        : 'nothing to build: name at least one bundle folder',
    );
  }
}

/** A bundle file given where the bundle folder was meant: say what to type instead. */
function refuseBundleFile(command: Command, typed: string): void {
  const file = basename(typed);
  if ((BUNDLE_FILES as readonly string[]).includes(file)) {
    const folder =
      displayPath(typed)
        .slice(0, -file.length)
        .replace(/[/\\]$/, '') || '.';
    throw usageError(
      command,
      `${typed} is a file of a bundle; give the bundle folder instead: memograph ${command} ${folder}`,
    );
  }
}

function check(args: ParsedArgs, io: CliIO): number {
  needInputs('check', args.positional);
  const bundles: string[] = [];
  const datasets: string[] = [];
  for (const typed of args.positional) {
    const kind = pathKind(resolve(io.cwd, typed), typed);
    if (kind === 'folder' || isZipPath(typed)) bundles.push(typed);
    else if (kind === 'file' || typed.toLowerCase().endsWith('.json')) {
      refuseBundleFile('check', typed);
      datasets.push(typed);
    } else bundles.push(typed);
  }

  let failed = false;
  const summaries: string[] = [];
  if (bundles.length > 0) {
    const expanded = expandBundleFolders(bundles, io.cwd);
    const read = bundleSources(expanded.bundles, io.cwd);
    const compiled = compileBundles(read.sources);
    const found = [...expanded.diagnostics, ...read.diagnostics, ...compiled.diagnostics];
    const findings = hasErrors(found) ? [] : lintAs(compiled, args.strict ? 'error' : 'warning');
    const diagnostics = [...found, ...findings];
    const warnings = report(io, diagnostics);
    if (compiled.dataset && !hasErrors(diagnostics)) {
      summaries.push(
        `${describeInputs(expanded.inputs)}: ok — ${summarize(compiled.dataset, warnings)}`,
      );
    } else failed = true;
  }
  for (const typed of datasets) {
    const { dataset, diagnostics } = loadDatasetFile(io.cwd, typed);
    const warnings = report(io, diagnostics);
    if (dataset && !hasErrors(diagnostics)) {
      summaries.push(`${typed}: ok — ${summarize(dataset, warnings)}`);
    } else failed = true;
  }
  if (failed) return EXIT.problems;
  for (const s of summaries) io.stdout(`${s}\n`);
  return EXIT.ok;
}

async function build(args: ParsedArgs, io: CliIO): Promise<number> {
  needInputs('build', args.positional);
  const outputs = [
    ...(args.out === undefined ? [] : [{ flag: '--out', file: args.out, what: 'the dataset' }]),
    ...(args.offlineHtml === undefined
      ? []
      : [{ flag: '--offline-html', file: args.offlineHtml, what: 'the page' }]),
  ];
  if (outputs.length === 0) {
    throw usageError('build', 'missing --out <file.json>: say where to write the dataset');
  }
  if (args.out !== undefined && args.out === args.offlineHtml) {
    throw usageError('build', '--out and --offline-html name the same file; give each its own');
  }
  // All before anything is read: a wrong output should cost no time, and must not cost data.
  for (const { flag, file, what } of outputs) {
    const problem = outInputProblem(file, args.positional, (t) => resolve(io.cwd, t), {
      flag,
      what,
    });
    if (problem !== null) throw usageError('build', problem);
    outputTarget(resolve(io.cwd, file), file);
  }
  for (const typed of args.positional) {
    const kind = pathKind(resolve(io.cwd, typed), typed);
    if (kind === 'file' && !isZipPath(typed)) {
      refuseBundleFile('build', typed);
      throw usageError(
        'build',
        `${typed} is a file; build compiles bundle folders (to check a compiled dataset, use memograph check)`,
      );
    }
  }
  const notWritten = outputs.map((o) => o.file).join(' and ');
  const expanded = expandBundleFolders(args.positional, io.cwd);
  if (hasErrors(expanded.diagnostics)) {
    report(io, expanded.diagnostics);
    io.stderr(`memograph build: ${notWritten} not written because of the errors above\n`);
    return EXIT.problems;
  }
  const { dataset: result, diagnostics } = await buildFromFolders(
    expanded.bundles,
    io.cwd,
    args.steps,
    args.out ?? args.offlineHtml ?? '',
    args.strict,
  );
  const warnings = report(io, diagnostics);
  if (!result) {
    io.stderr(`memograph build: ${notWritten} not written because of the errors above\n`);
    return EXIT.problems;
  }

  if (args.out !== undefined) {
    const text = `${JSON.stringify(result, null, args.pretty ? 2 : undefined)}\n`;
    await writeOutputFile(resolve(io.cwd, args.out), args.out, text);
    io.stdout(`wrote ${args.out} — ${summarize(result, warnings)}\n`);
  }
  if (args.offlineHtml !== undefined) {
    const page = await offlinePageFor(result);
    await writeOutputFile(resolve(io.cwd, args.offlineHtml), args.offlineHtml, page);
    io.stdout(
      `wrote ${args.offlineHtml} — the explorer in one file with ${summarize(result, warnings)}; it opens from disk and makes no requests\n`,
    );
  }
  return EXIT.ok;
}

async function synth(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseSynthArgs(argv);
  if (parsed.kind === 'help') return help('synth', io);
  if (parsed.kind === 'problem') throw usageError('synth', parsed.message);
  const { options, out, force } = parsed.args;
  recoverInterruptedSynth(out, io.cwd);
  // Asked before generating, so a wrong --out costs no time, and again just before writing, in
  // case the folder changed meanwhile: synth only ever replaces an empty folder or a corpus.
  const refuse = () => {
    const problem = outFolderProblem(out, io.cwd, force);
    if (problem !== null) throw usageError('synth', problem);
  };
  refuse();
  const corpus = synthesizeCorpus(options);
  await yieldToSignals();
  refuse();
  await writeCorpusInterruptibly(out, io.cwd, corpus.bundles);
  const s = corpus.summary;
  const summary = [
    plural(s.documents, 'document'),
    plural(s.paragraphs, 'paragraph'),
    plural(s.actors, 'actor'),
    plural(s.relationTypes, 'relation type'),
    `${plural(s.relations, 'relation')} (${s.hedged} hedged, ${s.negated} negated)`,
  ].join(', ');
  io.stdout(
    `wrote ${displayPath(out)} — ${plural(corpus.bundles.length, 'bundle')}: ${summary}; seed ${options.seed}\n`,
  );
  return EXIT.ok;
}

function help(topic: string | undefined, io: CliIO): number {
  if (topic === undefined) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(topic)) {
    throw usageError('help', `no command "${topic}"${didYouMean(topic, COMMANDS)}`);
  }
  io.stdout(HELP[topic as Command]);
  return EXIT.ok;
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return help(undefined, io);
  if (first.startsWith('-')) {
    throw usageError(undefined, `unknown option "${first}"; options go after the command`);
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw usageError(undefined, `unknown command "${first}"${didYouMean(first, COMMANDS)}`);
  }
  const command = first as Command;
  if (command === 'help') {
    if (rest.length > 1) throw usageError('help', 'help takes at most one command name');
    return help(rest[0], io);
  }
  if (command === 'synth') return synth(rest, io);
  if (command === 'export') {
    const parsed = parseExportArgs(rest);
    return parsed === 'help' ? help('export', io) : exportCommand(parsed, io);
  }
  if (command === 'new') {
    const parsed = parseNewArgs(rest);
    return parsed === 'help' ? help('new', io) : newCommand(parsed, io);
  }
  const args = parseCommandArgs(command, rest);
  if (args.help) return help(command, io);
  return command === 'check' ? check(args, io) : build(args, io);
}

/**
 * Runs the CLI. Never throws and never prints a stack trace: mistakes in the input are
 * diagnostics (exit 1), mistakes on the command line a usage message (exit 2), and anything
 * unexpected one line saying it is a memograph bug (exit 70).
 */
export async function main(argv: readonly string[], terminal: CliIO): Promise<number> {
  // Paths are echoed in messages; a control character in one must not act on the terminal.
  const io: CliIO = {
    stdout: (text) => terminal.stdout(escapeControls(text)),
    stderr: (text) => terminal.stderr(escapeControls(text)),
    cwd: terminal.cwd,
  };
  try {
    return await run(argv, io);
  } catch (e) {
    try {
      if (e instanceof UsageError) {
        io.stderr(`${e.message}\n${e.hint}\n`);
        return EXIT.usage;
      }
      if (e instanceof TextDecodeError) {
        io.stderr(`${formatDiagnostic(e.diagnostic)}\n`);
        return EXIT.problems;
      }
      if (e instanceof FileAccessError) {
        io.stderr(`memograph: ${e.message}\n`);
        return EXIT.problems;
      }
      const message = e instanceof Error ? e.message : String(e);
      io.stderr(`memograph: internal error: ${message}\n`);
    } catch {
      // The error stream itself failed; the exit status is all that is left to say it with.
    }
    return EXIT.internal;
  }
}
