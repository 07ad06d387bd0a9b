import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The synthetic corpora the benchmark loads, made with the project's own commands:
 * `memograph synth` writes annotation bundles, `memograph build --layout` compiles them with
 * stored positions, exactly as a user would. Each corpus is cached under
 * bench/results/corpora/<key>/, the key made of its parameters and a hash of the code that
 * produces it, so a re-run regenerates only what changed.
 */

export interface CorpusSpec {
  /** Short name for tables and --only, by relations: "5k", "5k-free", "25k", "100k". */
  readonly name: string;
  readonly documents: number;
  readonly actors: number;
  readonly relations: number;
  readonly seed: number;
  /** Store positions with `build --layout` (false: the app lays out in the browser). */
  readonly layout: boolean;
}

export interface Corpus {
  readonly spec: CorpusSpec;
  /** The compiled dataset file. */
  readonly file: string;
  /** Path relative to the corpora folder, for URLs. */
  readonly path: string;
  readonly bytes: number;
  /** Seconds spent making it (0 when it came from the cache this time). */
  readonly synthSeconds: number;
  readonly buildSeconds: number;
  /** Seconds it took when it was made, from the cache's record. */
  readonly madeIn: { readonly synth: number; readonly build: number };
  readonly cached: boolean;
}

/**
 * Files whose change can change a corpus: the generator (every source file with "synth" in its
 * path), the compiler (src/model/annotation) and the dataset contract, the --layout step and the layout it runs; and
 * the Cytoscape and fcose versions the layout runs on. Not the CLI's dispatch, which other work
 * touches often and which changes no output: a needless miss costs minutes at 20,000 actors.
 */
export function generatorFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
        )
      : [];
  const synth = walk(join(root, 'src')).filter((f) => /synth/i.test(relative(root, f)));
  // Whole folders: the compiler, the contract and the layouts are split into several files each.
  const folders = [
    'src/model/annotation',
    'src/model/contract',
    'src/model/layout',
    'src/layout',
  ].flatMap((d) => walk(join(root, d)));
  const fixed = [
    'src/cli/build-steps.ts',
    'src/model/common/random.ts',
    'src/model/memo/dates.ts',
    'src/model/words/likelihood.ts',
  ].map((f) => join(root, f));
  return [...new Set([...synth, ...folders, ...fixed])].filter((f) => existsSync(f)).sort();
}

/** Hash of the generator's source and the layout's dependencies, hex, 12 characters. */
export function generatorHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of generatorFiles(root)) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  hash.update(`cytoscape@${pkg.dependencies?.['cytoscape']}`);
  hash.update(`cytoscape-fcose@${pkg.dependencies?.['cytoscape-fcose']}`);
  return hash.digest('hex').slice(0, 12);
}

/** The cache key: every parameter, then the source hash. */
export function corpusKey(spec: CorpusSpec, hash: string): string {
  return `a${spec.actors}-r${spec.relations}-d${spec.documents}-s${spec.seed}${spec.layout ? '-layout' : ''}-${hash}`;
}

/** Runs the memograph CLI; its output goes to our stderr, indented, as progress. */
function memograph(root: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin/memograph.js'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const relay = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-4000);
      process.stderr.write(text.replace(/^(?=.)/gm, '    '));
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else
        fail(
          new Error(
            `memograph ${args[0]} exited with status ${code}${/unknown command "synth"/.test(tail) ? ': this checkout has no `memograph synth` yet' : ''}`,
          ),
        );
    });
  });
}

/** The bundle folders under `dir`: itself if it is one, else its sub-folders that are. */
export function bundleFolders(dir: string): string[] {
  if (existsSync(join(dir, 'document.json'))) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'document.json')))
    .map((e) => join(dir, e.name))
    .sort();
}

interface CacheRecord {
  readonly key: string;
  readonly spec: CorpusSpec;
  readonly synthSeconds: number;
  readonly buildSeconds: number;
  readonly madeAt: string;
}

/**
 * Whether the cache folder `entry` holds the same corpus as `key` made by older code: the same
 * parameters and another hash. Only a bare hash may follow the parameters, so that the corpus
 * without positions ("…-s1996-<hash>") never takes the one with them ("…-s1996-layout-<hash>")
 * for an older copy of itself.
 */
export function isStaleCorpus(entry: string, spec: CorpusSpec, key: string): boolean {
  const prefix = corpusKey(spec, '');
  return (
    entry !== key && entry.startsWith(prefix) && /^[0-9a-f]+$/.test(entry.slice(prefix.length))
  );
}

/** Returns the corpus from the cache, or makes it (synth, then build) and caches it. */
export async function ensureCorpus(
  root: string,
  corporaDir: string,
  spec: CorpusSpec,
  hash: string,
  log: (line: string) => void,
): Promise<Corpus> {
  const key = corpusKey(spec, hash);
  const dir = join(corporaDir, key);
  const file = join(dir, 'dataset.json');
  const recordFile = join(dir, 'made.json');
  const path = `${key}/dataset.json`;
  if (existsSync(file) && existsSync(recordFile)) {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as CacheRecord;
    log(`corpus ${spec.name}: cached (${key})`);
    return {
      spec,
      file,
      path,
      bytes: statSync(file).size,
      synthSeconds: 0,
      buildSeconds: 0,
      madeIn: { synth: record.synthSeconds, build: record.buildSeconds },
      cached: true,
    };
  }
  // Older corpora of the same parameters are stale now; keep the folder small.
  if (existsSync(corporaDir))
    for (const e of readdirSync(corporaDir))
      if (isStaleCorpus(e, spec, key))
        rmSync(join(corporaDir, e), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bundles = join(dir, 'bundles');
  log(
    `corpus ${spec.name}: memograph synth --documents ${spec.documents} --actors ${spec.actors} --relations ${spec.relations} --seed ${spec.seed}`,
  );
  let t = performance.now();
  await memograph(root, [
    'synth',
    '--documents',
    String(spec.documents),
    '--actors',
    String(spec.actors),
    '--relations',
    String(spec.relations),
    '--seed',
    String(spec.seed),
    '--out',
    bundles,
  ]);
  const synthSeconds = (performance.now() - t) / 1000;
  const folders = bundleFolders(bundles);
  if (folders.length === 0) throw new Error(`memograph synth wrote no bundle under ${bundles}`);
  log(
    `corpus ${spec.name}: synth took ${synthSeconds.toFixed(1)} s; memograph build${spec.layout ? ' --layout' : ''} (${folders.length} bundle${folders.length === 1 ? '' : 's'})`,
  );
  t = performance.now();
  await memograph(root, ['build', ...folders, '--out', file, ...(spec.layout ? ['--layout'] : [])]);
  const buildSeconds = (performance.now() - t) / 1000;
  log(`corpus ${spec.name}: build took ${buildSeconds.toFixed(1)} s`);
  // The compiled file is all the benchmark reads; the bundles would only take disk space.
  rmSync(bundles, { recursive: true, force: true });
  const record: CacheRecord = {
    key,
    spec,
    synthSeconds,
    buildSeconds,
    madeAt: new Date().toISOString(),
  };
  // The record last: a corpus without one was interrupted and is made again.
  writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
  return {
    spec,
    file,
    path,
    bytes: statSync(file).size,
    synthSeconds,
    buildSeconds,
    madeIn: { synth: synthSeconds, build: buildSeconds },
    cached: false,
  };
}
