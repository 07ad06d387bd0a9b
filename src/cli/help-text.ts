import { LIKELIHOOD_CHOICES } from '../model/explorer/filters.ts';
import { BUILD_STEPS, type BuildStep } from './build-steps.ts';
import { SYNTH_HELP } from './synth-args.ts';
import { COMMANDS, type Command } from './usage-error.ts';

/** What `memograph --help` and `memograph help <command>` print. */

export const USAGE = `memograph — check and compile annotation bundles for the Memograph explorer

Usage:
  memograph check <bundle-folder | bundle.zip | dataset.json>... [--strict]
  memograph build <bundle-folder | bundle.zip>... --out <file.json> [--pretty] [--strict] [--offline-html <file.html>]
  memograph export <bundle-folder... | dataset.json> --format <format> --out <file> [filters]
  memograph new <document.txt> --out <folder> [--force] [--id <bundle-id>]
  memograph synth --documents <D> --actors <N> --relations <M> [--seed <S>] --out <folder>
  memograph help [command]

A folder of bundle folders (a corpus, as synth writes it) may stand for its bundles, and a
bundle .zip (as the explorer's "Export bundle" downloads it) for its folder.

Commands:
  check   Validate annotation bundles (together, as build would merge them) or compiled datasets
  build   Compile and merge bundles into one dataset file for the explorer
  export  Write the relations (all, or those the filters let through) for Gephi, yEd,
          spreadsheets, reference managers or a printable evidence report
  new     Start a bundle for a memo of your own: parse it and suggest its actors
  synth   Write a synthetic corpus of bundles, for benchmarks and large-graph tests
  help    Show this text, or the details of one command

Problems are printed as file:line:col: message. Exit status: 0 ok, 1 problems found,
2 wrong usage, 70 internal error. Details: docs/cli.md
`;

export const NEW_HELP = `Usage: memograph new <document.txt> --out <folder> [--force] [--id <bundle-id>]

Starts an annotation bundle for a memo of your own. Reads the memo with the parser check and
build use, prints what it found (paragraphs with their numbers, markings and headings, page
breaks rejoined, furniture, redactions, suggested actors; the parser's doubts as
file:line:col: warning: message on standard error) and writes to the --out folder:
  <document.txt>        the memo, copied byte for byte
  document.json         id, date, document type, office as parsed; placeholders to fill in
  actors.json           suggested actors, each marked "Suggested by memograph new" until confirmed
  relation-types.json   the standard vocabulary (the seed bundle's 28 relation types)
  relations.json        empty: the relations are yours to add

Options:
  --out <folder>, -o <folder>   Where to write the bundle (required). A new or empty folder.
  --force                       Write into a folder that is not empty: replaces only the five
                                files above, and never deletes anything else there
  --id <bundle-id>              The document id (default: from the file name)

A document with no paragraphs, an empty file or one that is not UTF-8 text: exit status 1,
nothing written.

Example:
  memograph new memo.txt --out graph-data/my-memo && memograph check graph-data/my-memo
`;

export const EXPORT_HELP = `Usage: memograph export <bundle-folder... | dataset.json> --format <format> --out <file> [filters]

Writes the relations of the bundles (merged as build merges them) or of a compiled dataset in
one format, as the explorer's Export menu does for its current view. The file is written
atomically: an existing file is replaced whole or not at all.

Formats (--format, -f):
  graphml    GraphML for yEd, Gephi, NetworkX: every relation and actor field an attribute
  gexf       GEXF 1.3 for Gephi, with stored layout positions
  csv        one row per relation for spreadsheets (UTF-8 with BOM, CRLF)
  json       a compiled dataset holding just these relations and what they need
  csl-json   citations for Zotero and other reference managers, one per cited paragraph
  bibtex     BibTeX, one entry per cited paragraph
  markdown   an evidence report: quote, ¶, marking, likelihood and citation of each relation
  html       the same report as one printable HTML page

Options:
  --out <file>, -o <file>   Where to write (required)
  --group-by type|actor     How a report groups relations (default: type)

Filters (as in the explorer's links; lists name what is shown, comma-separated):
  --types <ids>             relation types, e.g. holds-hostage,mediates
  --likelihood <choices>    ICD 203 bands, unquantified hedges, or claims stated as fact:
                            ${LIKELIHOOD_CHOICES.slice(0, 4).join(', ')},
                            ${LIKELIHOOD_CHOICES.slice(4).join(', ')}
  --polarity <values>       affirmed, negated, indeterminate
  --basis <values>          fact, judgment, reported, speculation
  --max-marking <level>     the highest paragraph marking shown: U, C, S or TS
  --from <date>, --until <date>   the claim dates shown, YYYY-MM-DD, inclusive
  --documents <ids>         the documents shown

Examples:
  memograph export graph-data/peru-hostages-1996 --format gexf --out memo.gexf
  memograph export graph-data/peru-hostages-1996 --format csv --max-marking C --polarity affirmed --out shareable.csv
`;

export const HELP: Readonly<Record<Command, string>> = {
  check: `Usage: memograph check <bundle-folder | corpus-folder | bundle.zip | dataset.json>... [--strict]

Checks annotation bundles and compiled datasets and prints every problem as
  file:line:col: message            (an error)
  file:line:col: warning: message   (a warning)
on standard error. Bundle folders given together are checked as one dataset, exactly as
\`memograph build\` would merge them; each dataset file is checked on its own. A corpus
folder (no document.json of its own, bundle folders inside) stands for its bundles, by name;
a bundle .zip is read as the folder it holds, its files named zip/path in messages.

Bundles are also linted: each relation is compared with the words around its quote, and a
finding is a warning, file:line:col: warning: [rule-id] message, at the relation's field in
relations.json. A relation's "reviewed" list silences a rule for it.

When there is no error, prints one summary line per dataset on standard output and exits 0.
Any error: exit status 1.

Options:
  --strict   Linter findings are errors, so any finding fails the check

Example:
  memograph check graph-data/peru-hostages-1996 --strict
`,
  build: `Usage: memograph build <bundle-folder | corpus-folder | bundle.zip>... --out <file.json> [--pretty] [--strict] [--offline-html <file.html>]

Compiles the bundles, merges them and writes the dataset (schemaVersion 2) to the --out file.
A corpus folder (no document.json of its own, bundle folders inside) stands for its bundles;
a bundle .zip stands for the folder it holds. The file is written only when there is no error, and atomically: an existing file is replaced
whole or not at all. Warnings are printed but do not stop the build.

Options:
  --out <file.json>, -o <file.json>   Where to write the dataset (required unless --offline-html)
  --offline-html <file.html>          Also (or only) write the explorer as one self-contained
                                      file with this dataset inlined: it opens from disk
                                      (file://) on a closed network and makes no requests
  --pretty                            Indent the JSON for reading and diffing
  --strict                            Lint the bundles as check does; any finding is an error
${BUILD_STEPS.map((s: BuildStep) => `  ${s.flag.padEnd(36)}${s.help}\n`).join('')}
Example:
  memograph build graph-data/peru-hostages-1996 --out public/data/peru.json
  memograph build graph-data/peru-hostages-1996 --layout --offline-html /tmp/peru.html
`,
  export: EXPORT_HELP,
  new: NEW_HELP,
  synth: SYNTH_HELP,
  help: `Usage: memograph help [command]

Shows the overview, or the details of one command: ${COMMANDS.join(', ')}.
`,
};
