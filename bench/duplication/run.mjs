#!/usr/bin/env node
// Duplication benchmark: our duplicate-code rule against jscpd 5.3.2 (its Rust build, from npm) and pylint's
// duplicate-code checker (Debian's pylint), on the same real files: the .py files of the library packages
// of the pinned Debian ML corpus (bench/debian-ml-corpus.mjs). Prints wall time, CPU time, peak memory
// (/usr/bin/time -v), clone pairs and duplicated lines for each tool, the ratios ours/jscpd against the
// goals, how far the tools agree on clone pairs, and writes a fixed-seed sample of the pairs only one side
// reports (for the hand check in hand-check.md).
//
//   node bench/duplication/run.mjs                      # whole corpus (pylint on a subset, see below)
//   node bench/duplication/run.mjs --subset 500         # ~500 files (whole folders, fixed seed): quick run
//   options: --seed 42  --timeout 3600 (ours, jscpd)  --pylint-files 600  --pylint-timeout 1800
//            --no-pylint  --no-type2  --heap 12288 (MB; ours is run again with this V8 heap limit if it runs
//            out of memory with Node's default)  --profile (CPU profile of our CLI; slows it, so a separate run)
//            --reuse (no tool is run: re-read the reports and timings of the last run of the same file set)
//
// Fresh clone: needs node_modules (`npm ci`), Debian apt-get/dpkg (corpus, pylint, GNU time) and the npm
// registry (jscpd). Everything fetched goes to git-ignored bench/.cache/.
//
// Same files for every tool: the selected files are hard-linked (copied if that fails) into
// bench/.cache/duplication/trees/<label>/ — only regular .py files, no symlinks, nothing else — and every
// tool scans that tree through a symlink in a temporary folder (linkOutsideRepo): bench/.cache/ is
// git-ignored and both our CLI and jscpd honour .gitignore files above the folder they walk.
// Files over 1,000,000 bytes are left out (our maxFileSize default and jscpd's default --max-size 1mb
// both skip them; pylint would not): one sympy test file, 1.5 MB.
//
// Settings, as comparable as the tools allow:
//   ours    `check corpus --format json` with a config that turns every rule off but duplicate-code
//           (defaults: at least 6 lines and 50 tokens; finds exact and renamed copies; ignores imports,
//           docstrings, comments, __all__, argparse add_argument calls). Runs the bundle snapshotted into
//           bench/.cache/duplication/cli/ so a concurrent rebuild of dist/ cannot change it mid-run.
//   jscpd   the platform binary of the npm package jscpd-linux-x64-gnu@5.3.2 (what `npx jscpd` spawns),
//           `--min-tokens 50 --min-lines 6 --format python --reporters json --no-gitignore --absolute`.
//           Extra row (not in the brief; --no-type2 drops it): the same plus --ignore-identifiers
//           --ignore-literals, which is what our normalisation does.
//   pylint  `pylint --disable=all --enable=duplicate-code --min-similarity-lines=6 --output-format=json
//           FILES…` (its defaults ignore comments, docstrings, imports and signatures), one process.
//           Pylint compares every pair of files (quadratic), so on the whole corpus it runs on a subset of
//           --pylint-files files, on which ours and jscpd are run too (second table).
import { mulberry32, shuffle } from '../sampling.mjs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus, loadavg, totalmem } from 'node:os';
import { CORPUS_ROOT, ensureCorpus, linkOutsideRepo, regularFiles } from '../debian-ml-corpus.mjs';
import { coveredLines, flaggedFlags, jscpdPairs, matchedFlags, oursPairs, pylintPairs, relativizer } from './pairs.mjs';
import { formatProfile, topSelfTime } from './profile.mjs';
import { newestSourceTime } from '../engine.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CACHE = join(repo, 'bench', '.cache', 'duplication');
const JSCPD_DIR = join(repo, 'bench', '.cache', 'jscpd');
const JSCPD_VERSION = '5.3.2';
const MAX_FILE_BYTES = 1_000_000;

const { values: options } = parseArgs({
  options: {
    subset: { type: 'string' },
    seed: { type: 'string', default: '42' },
    timeout: { type: 'string', default: '3600' },
    'pylint-files': { type: 'string', default: '600' },
    'pylint-timeout': { type: 'string', default: '1800' },
    'no-pylint': { type: 'boolean', default: false },
    'no-type2': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    heap: { type: 'string', default: '12288' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 40).join('\n'));
  process.exit(0);
}
const seed = Number(options.seed);
const subsetSize = options.subset === undefined ? undefined : Number(options.subset);
const pylintFiles = Number(options['pylint-files']);

const log = (line = '') => process.stdout.write(`${line}\n`);
const note = (line) => process.stderr.write(`[bench/duplication] ${line}\n`);
const fail = (message) => {
  process.stderr.write(`bench/duplication: ${message}\n`);
  process.exit(1);
};
const run = (command, args, opts = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...opts });
  if (result.error) fail(`${command}: ${result.error.message}`);
  return result;
};

// ---- 0. tools ------------------------------------------------------------------------------------------------

function aptInstall(packages) {
  note(`apt-get install -y ${packages.join(' ')}`);
  let result = run('apt-get', ['install', '-y', '-q', ...packages], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    run('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] });
    result = run('apt-get', ['install', '-y', '-q', ...packages], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (result.status !== 0) fail(`apt-get install ${packages.join(' ')} failed (needs root and the Debian archive)`);
}

const missing = [];
if (!existsSync('/usr/bin/time')) missing.push('time');
if (!options['no-pylint'] && !existsSync('/usr/bin/pylint')) missing.push('pylint');
if (missing.length > 0) aptInstall(missing);
if (!existsSync('/usr/bin/timeout')) fail('/usr/bin/timeout is missing (coreutils)');

/** jscpd from npm: the wrapper package picks a platform package (optionalDependencies) holding the binary. */
function ensureJscpd() {
  const platformPackage = 'jscpd-linux-x64-gnu';
  const binary = join(JSCPD_DIR, 'node_modules', platformPackage, 'bin', 'jscpd');
  const version = () => run(binary, ['--version']).stdout.trim();
  if (existsSync(binary) && version() === `jscpd ${JSCPD_VERSION}`) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') fail(`this benchmark pins ${platformPackage}; on ${process.platform}/${process.arch} adapt ensureJscpd()`);
  mkdirSync(JSCPD_DIR, { recursive: true });
  if (!existsSync(join(JSCPD_DIR, 'package.json'))) writeFileSync(join(JSCPD_DIR, 'package.json'), '{ "private": true }\n');
  note(`npm install --prefix ${relative(repo, JSCPD_DIR)} jscpd@${JSCPD_VERSION}`);
  // No install scripts are involved: the binary ships inside the platform package (no postinstall download).
  const installed = run('npm', ['install', '--prefix', JSCPD_DIR, '--no-audit', '--no-fund', '--save-exact', '--ignore-scripts', `jscpd@${JSCPD_VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (installed.status !== 0 || !existsSync(binary)) fail(`npm install jscpd@${JSCPD_VERSION} failed or did not bring ${platformPackage}`);
  if (version() !== `jscpd ${JSCPD_VERSION}`) fail(`${binary} reports "${version()}", expected jscpd ${JSCPD_VERSION}`);
  return binary;
}

let cliDigest = '?';

/** Builds dist/ when stale (like bench/notebooks) and snapshots the CLI bundle with its wasm files. */
function ensureCli() {
  const snapshotted = join(CACHE, 'cli', 'cli.js');
  if (options.reuse && existsSync(snapshotted)) {
    // --reuse: the reports came from the bundle snapshotted last time; say which one.
    cliDigest = createHash('sha256').update(readFileSync(snapshotted)).digest('hex').slice(0, 12);
    return snapshotted;
  }
  if (!existsSync(join(repo, 'node_modules'))) fail('node_modules is missing: run `npm ci` first');
  const dist = join(repo, 'dist');
  const newest = newestSourceTime(repo);
  const cliPath = join(dist, 'cli.js');
  const mapPath = join(dist, 'cli.js.map');
  // A production build (`esbuild.mjs --production`: minified, no source map) would make the CPU profile
  // unreadable; rebuild the ordinary development bundle then, as `npm run build` does.
  const minified = existsSync(cliPath) && (!existsSync(mapPath) || statSync(mapPath).mtimeMs < statSync(cliPath).mtimeMs);
  if (!existsSync(cliPath) || statSync(cliPath).mtimeMs < newest || minified) {
    note(`building dist/ (node esbuild.mjs)${minified ? ': dist/cli.js is a minified production build' : ''} …`);
    if (run(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: 'inherit' }).status !== 0) fail('the build failed');
  }
  // bench/.cache/duplication/cli/cli.js still finds catalog/ (it looks upwards from its folder).
  const snapshot = join(CACHE, 'cli');
  mkdirSync(snapshot, { recursive: true });
  for (const file of ['cli.js', 'checkWorker.js', 'tree-sitter.wasm', 'tree-sitter-python.wasm']) copyFileSync(join(dist, file), join(snapshot, file));
  cliDigest = createHash('sha256').update(readFileSync(join(snapshot, 'cli.js'))).digest('hex').slice(0, 12);
  return join(snapshot, 'cli.js');
}

// ---- 1. the file set ----------------------------------------------------------------------------------------

function countLines(path) {
  const bytes = readFileSync(path);
  let lines = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) lines++;
  return lines;
}


/**
 * About `size` files, taken as whole folders in a seeded random order (clones are mostly between
 * neighbouring files, which a file-by-file sample would tear apart). Sorted like the full list.
 */
function subsetOf(files, size, subsetSeed) {
  if (size >= files.length) return files;
  const byFolder = new Map();
  for (const file of files) {
    const folder = dirname(file.rel);
    if (!byFolder.has(folder)) byFolder.set(folder, []);
    byFolder.get(folder).push(file);
  }
  const chosen = [];
  for (const folder of shuffle([...byFolder.keys()].sort(), mulberry32(subsetSeed))) {
    if (chosen.length >= size) break;
    chosen.push(...byFolder.get(folder));
  }
  return chosen.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

/** Hard links of the files under trees/<label>/ (rebuilt when the list differs). */
function materialise(files, label) {
  const tree = join(CACHE, 'trees', label);
  const manifest = join(CACHE, 'trees', `${label}.txt`);
  const list = files.map((file) => file.rel).join('\n');
  if (existsSync(manifest) && existsSync(tree) && readFileSync(manifest, 'utf8') === list) return tree;
  rmSync(tree, { recursive: true, force: true });
  let copied = 0;
  for (const file of files) {
    const target = join(tree, file.rel);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(file.abs, target);
    } catch {
      copyFileSync(file.abs, target);
      copied++;
    }
  }
  if (copied > 0) note(`${copied} files copied (hard links failed)`);
  writeFileSync(manifest, list);
  return tree;
}

// ---- 2. measuring -----------------------------------------------------------------------------------------

/** Runs a command under /usr/bin/time -v and coreutils timeout; returns wall, CPU, peak RSS, exit. */
function measured(name, command, args, { cwd, timeout, outDir }) {
  const timeFile = join(outDir, `${name}.time.txt`);
  const metaFile = join(outDir, `${name}.meta.json`);
  let exit;
  let stderr;
  let loadBefore;
  if (options.reuse && existsSync(metaFile) && existsSync(timeFile)) {
    ({ exit, loadBefore } = JSON.parse(readFileSync(metaFile, 'utf8')));
    stderr = readFileSync(join(outDir, `${name}.stderr.txt`), 'utf8');
    note(`${name}: --reuse: the report and timing of the last run`);
  } else {
    loadBefore = loadavg()[0];
    note(`${name}: ${[command, ...args].map((arg) => (arg.length > 120 ? `${arg.slice(0, 60)}…` : arg)).join(' ').slice(0, 400)}`);
    const result = run('/usr/bin/time', ['-v', '-o', timeFile, '/usr/bin/timeout', String(timeout), command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(join(outDir, `${name}.stdout.txt`), result.stdout ?? '');
    writeFileSync(join(outDir, `${name}.stderr.txt`), result.stderr ?? '');
    exit = result.status;
    stderr = result.stderr ?? '';
    writeFileSync(metaFile, `${JSON.stringify({ command: [command, ...args].slice(0, 40), exit, loadBefore })}\n`);
  }
  const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const field = (label) => new RegExp(`${label}: (.*)`).exec(text)?.[1]?.trim();
  const elapsed = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0').split(':').map(Number);
  const wall = elapsed.reduce((sum, part) => sum * 60 + part, 0);
  const measurement = {
    wall,
    cpu: Number(field('User time \\(seconds\\)') ?? 0) + Number(field('System time \\(seconds\\)') ?? 0),
    rssMb: Number(field('Maximum resident set size \\(kbytes\\)') ?? 0) / 1024,
    exit,
    timedOut: exit === 124,
    outOfMemory: /heap out of memory/.test(stderr),
    loadBefore,
  };
  note(`${name}: ${wall.toFixed(1)} s, ${measurement.rssMb.toFixed(0)} MB, exit ${exit}${measurement.timedOut ? ' (timed out)' : ''}${measurement.outOfMemory ? ' (JavaScript heap out of memory)' : ''}; 1-min load average before: ${loadBefore.toFixed(2)}`);
  return measurement;
}

// ---- 3. one comparison on one file set ---------------------------------------------------------------------

async function compare(files, label, tools) {
  const outDir = join(CACHE, 'runs', label);
  if (!options.reuse) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tree = materialise(files, label);
  const link = linkOutsideRepo(tree, 'corpus');
  const cwd = dirname(link.path);
  const toRelative = relativizer([link.path, tree, 'corpus']);
  const totalLines = files.reduce((sum, file) => sum + file.lines, 0);
  const timeout = Number(options.timeout);
  const rows = [];
  try {
    if (tools.ours) {
      const config = join(cwd, 'duplicates-only.toml');
      writeFileSync(config, '[tool.ml-practices]\nrules.customizations = [{ rule = "*", severity = "off" }, { rule = "duplicate-code", severity = "warning" }]\n');
      const oursRun = (key, file, tool, nodeFlags) => {
        const output = join(outDir, `${file}.json`);
        const m = measured(file, process.execPath, [...nodeFlags, tools.cli, 'check', 'corpus', '--format', 'json', '--config', config, '--output', output], { cwd, timeout, outDir });
        const row = { tool, key, ...m };
        if (existsSync(output) && !m.timedOut && !m.outOfMemory) {
          const report = JSON.parse(readFileSync(output, 'utf8'));
          const parsed = oursPairs(report, toRelative);
          Object.assign(row, { files: report.summary.files, lines: report.summary.totalLines, ownDuplicated: report.summary.duplicatedLines, pairs: parsed.pairs, extra: parsed });
          if (report.problems.length > 0) row.problems = report.problems.length;
        }
        rows.push(row);
        return row;
      };
      const first = oursRun('ours', 'ours', 'ml-practices (ours)', []);
      if (first.outOfMemory) {
        // Node's default heap limit (about 4 GB here) is not enough: measure what it takes with a larger one,
        // labelled, so the other figures exist; the default-settings row stays in the table as a crash.
        first.key = 'ours-default';
        oursRun('ours', 'ours-bigheap', `ml-practices (ours) --max-old-space-size=${options.heap}`, [`--max-old-space-size=${options.heap}`]);
      }
    }
    const jscpdRun = (key, tool, extraArgs) => {
      const output = join(outDir, key);
      const m = measured(key, tools.jscpdBinary, ['--min-tokens', '50', '--min-lines', '6', '--format', 'python', '--reporters', 'json', '--output', output, '--no-gitignore', '--absolute', '--silent', ...extraArgs, 'corpus'], { cwd, timeout, outDir });
      const row = { tool, key, ...m };
      const reportPath = join(output, 'jscpd-report.json');
      if (existsSync(reportPath) && !m.timedOut) {
        const parsed = jscpdPairs(JSON.parse(readFileSync(reportPath, 'utf8')), toRelative);
        Object.assign(row, { files: parsed.statistics?.sources, lines: parsed.statistics?.lines, ownDuplicated: parsed.statistics?.duplicatedLines, pairs: parsed.pairs, extra: { reported: parsed.reported, kinds: parsed.kinds } });
      }
      rows.push(row);
    };
    if (tools.jscpd) jscpdRun('jscpd', `jscpd ${JSCPD_VERSION} (Rust)`, []);
    if (tools.jscpdType2) jscpdRun('jscpd-type2', `jscpd ${JSCPD_VERSION} +ignore-ids/literals`, ['--ignore-identifiers', '--ignore-literals']);
    if (tools.pylint) {
      const m = measured('pylint', '/usr/bin/pylint', ['--disable=all', '--enable=duplicate-code', '--min-similarity-lines=6', '--output-format=json', '--score=n', ...files.map((file) => `corpus/${file.rel}`)], { cwd, timeout: Number(options['pylint-timeout']), outDir });
      const row = { tool: `pylint ${pylintVersion()} duplicate-code`, key: 'pylint', ...m };
      const stdout = readFileSync(join(outDir, 'pylint.stdout.txt'), 'utf8');
      if (!m.timedOut && stdout.trim().startsWith('[')) {
        const parsed = pylintPairs(JSON.parse(stdout), files.map((file) => file.rel), tree);
        Object.assign(row, { files: files.length, lines: totalLines, ownDuplicated: undefined, pairs: parsed.pairs, extra: parsed });
      }
      rows.push(row);
    }
  } finally {
    link.cleanup();
  }
  for (const row of rows) {
    if (!row.pairs) continue;
    row.covered = coveredLines(row.pairs);
    writeFileSync(join(outDir, `pairs-${row.key}.json`), `${JSON.stringify(row.pairs)}\n`);
  }
  return { label, files: files.length, totalLines, rows, outDir, tree };
}

function pylintVersion() {
  return /pylint (\S+)/.exec(run('/usr/bin/pylint', ['--version']).stdout)?.[1] ?? '?';
}

// ---- 4. printing -------------------------------------------------------------------------------------------

const int = (value) => (value === undefined || Number.isNaN(value) ? '–' : Math.round(value).toLocaleString('en-US'));
const pct = (part, whole) => (part === undefined || !whole ? '–' : `${((100 * part) / whole).toFixed(2)}%`);

function printTable(result) {
  log(`\n${result.label}: ${int(result.files)} .py files, ${int(result.totalLines)} lines (wc -l)`);
  const header = ['tool', 'files', 'lines', 'wall s', 'CPU s', 'peak RSS MB', 'clone pairs', 'dup lines (own)', 'dup lines (ranges)', 'dup %'];
  const table = result.rows.map((row) => [
    row.tool + (row.timedOut ? ' [TIMED OUT]' : row.outOfMemory ? ' [CRASHED: heap out of memory]' : row.exit !== 0 && row.exit !== 1 && row.key !== 'pylint' ? ` [exit ${row.exit}]` : ''),
    int(row.files),
    int(row.lines),
    row.wall.toFixed(1),
    row.cpu.toFixed(1),
    int(row.rssMb),
    row.pairs ? int(row.pairs.length) : '–',
    int(row.ownDuplicated),
    row.covered === undefined ? '–' : int(row.covered),
    pct(row.covered, result.totalLines),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  log(line(header));
  for (const cells of table) log(line(cells));
}

function ratios(result) {
  const ours = result.rows.find((row) => row.key === 'ours');
  const jscpd = result.rows.find((row) => row.key === 'jscpd');
  if (!ours || !jscpd) return undefined;
  const crashed = result.rows.find((row) => row.key === 'ours-default');
  if (crashed) log(`as shipped (Node's default heap limit) our CLI CRASHED after ${crashed.wall.toFixed(0)} s (JavaScript heap out of memory, ${crashed.rssMb.toFixed(0)} MB RSS): both goals NOT MET as shipped; the figures below are with ${ours.tool.replace('ml-practices (ours) ', '')}`);
  const ratio = (a, b) => (a === undefined || !b ? undefined : a / b);
  const values = {
    wall: ratio(ours.wall, jscpd.wall),
    cpu: ratio(ours.cpu, jscpd.cpu),
    rss: ratio(ours.rssMb, jscpd.rssMb),
    pairs: ratio(ours.pairs?.length, jscpd.pairs?.length),
    duplicatedLines: ratio(ours.covered, jscpd.covered),
  };
  const show = (value) => (value === undefined ? '–' : `${value.toFixed(2)}×`);
  log(`ours / jscpd: wall ${show(values.wall)}, CPU ${show(values.cpu)}, peak RSS ${show(values.rss)}, clone pairs ${show(values.pairs)}, duplicated lines ${show(values.duplicatedLines)}`);
  const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'MET' : 'NOT MET');
  log(`goal wall time ≤ jscpd's:         ${verdict(values.wall === undefined ? undefined : values.wall <= 1)} (${ours.wall.toFixed(1)} s vs ${jscpd.wall.toFixed(1)} s)`);
  log(`goal peak RSS ≤ half of jscpd's:  ${verdict(values.rss === undefined ? undefined : values.rss <= 0.5)} (${ours.rssMb.toFixed(0)} MB vs ${jscpd.rssMb.toFixed(0)} MB)`);
  return values;
}

function agreement(result, otherKey) {
  const ours = result.rows.find((row) => row.key === 'ours');
  const other = result.rows.find((row) => row.key === otherKey);
  if (!ours?.pairs || !other?.pairs) return undefined;
  const otherFound = matchedFlags(other.pairs, ours.pairs);
  const oursFound = matchedFlags(ours.pairs, other.pairs);
  const count = (flags) => flags.filter(Boolean).length;
  const agreed = {
    other: otherKey,
    otherPairs: other.pairs.length,
    otherFoundByUs: count(otherFound),
    oursPairs: ours.pairs.length,
    oursFoundByOther: count(oursFound),
    onlyOther: other.pairs.filter((_, index) => !otherFound[index]),
    onlyOurs: ours.pairs.filter((_, index) => !oursFound[index]),
  };
  // Looser: both fragments of the pair lie (≥ 50%) in lines the other tool flags as duplicated, whatever
  // it pairs them with (our detector pairs a copy with the first earlier copy it finds, not every copy).
  agreed.otherFlaggedByUs = count(flaggedFlags(other.pairs, ours.pairs));
  agreed.oursFlaggedByOther = count(flaggedFlags(ours.pairs, other.pairs));
  log(
    `agreement with ${other.tool}: we find ${int(agreed.otherFoundByUs)} of its ${int(agreed.otherPairs)} pairs (${pct(agreed.otherFoundByUs, agreed.otherPairs)}); ` +
      `it finds ${int(agreed.oursFoundByOther)} of our ${int(agreed.oursPairs)} (${pct(agreed.oursFoundByOther, agreed.oursPairs)})`,
  );
  writeFileSync(join(result.outDir, `only-${otherKey}.json`), `${JSON.stringify(agreed.onlyOther)}\n`);
  writeFileSync(join(result.outDir, `only-ours-not-${otherKey}.json`), `${JSON.stringify(agreed.onlyOurs)}\n`);
  log(
    `  both fragments flagged as duplicated (any partner): ${pct(agreed.otherFlaggedByUs, agreed.otherPairs)} of its pairs by us, ${pct(agreed.oursFlaggedByOther, agreed.oursPairs)} of ours by it`,
  );
  return agreed;
}

/** Fixed-seed samples of pairs, with their code, for the hand check: sections [{ key, title, pairs }]. */
function writeSamples(result, sections, fileName, count = 15) {
  const excerpt = (fragment) => {
    const lines = readFileSync(join(result.tree, fragment.file), 'utf8').split('\n');
    const from = Math.max(1, fragment.start - 2);
    const to = Math.min(lines.length, fragment.end + 2, fragment.start + 45);
    const body = [];
    for (let line = from; line <= to; line++) body.push(`${String(line).padStart(5)}${line >= fragment.start && line <= fragment.end ? ' |' : '  '} ${lines[line - 1]}`);
    if (to < fragment.end) body.push(`  … (${fragment.end - to} more lines)`);
    return body.join('\n');
  };
  const random = mulberry32(seed);
  const text = [];
  const chosen = {};
  for (const { key, title, pairs } of sections) {
    chosen[key] = shuffle(pairs, random).slice(0, count);
    text.push(`## ${title} (${pairs.length} in all)\n`);
    chosen[key].forEach((pair, index) => {
      text.push(`### ${index + 1}. ${pair.a.file}:${pair.a.start}-${pair.a.end}  ↔  ${pair.b.file}:${pair.b.start}-${pair.b.end}\n`);
      text.push('```\n' + excerpt(pair.a) + '\n```\n```\n' + excerpt(pair.b) + '\n```\n');
    });
  }
  const path = join(result.outDir, `${fileName}.md`);
  writeFileSync(path, `# Hand-check sample (${result.label}, seed ${seed})\n\n${text.join('\n')}`);
  writeFileSync(join(result.outDir, `${fileName}.json`), `${JSON.stringify(chosen, null, 2)}\n`);
  log(`sample: ${sections.map(({ key }) => `${chosen[key].length} ${key}`).join(', ')} → ${relative(repo, path)}`);
}

/** classify.py: what the pairs consist of (code, text inside strings, literal data); code-only agreement. */
function classifyPairs(result, agreed) {
  const classified = run('python3', [join(here, 'classify.py'), result.outDir, '--json'], { cwd: repo });
  if (classified.status !== 0) {
    note(`classify.py failed: ${classified.stderr.trim().split('\n').pop()}`);
    return undefined;
  }
  const summary = JSON.parse(classified.stdout);
  log('\nwhat the pairs are (classify.py: ≥ half the lines of a fragment inside multi-line strings = string text, literals/punctuation only = literal data):');
  for (const [name, counts] of Object.entries(summary)) {
    const share = (kind) => `${int(counts[kind] ?? 0)} (${pct(counts[kind] ?? 0, counts.pairs)})`;
    log(`  ${name.padEnd(28)} ${int(counts.pairs).padStart(7)} pairs: code ${share('code')}, string text ${share('string text')}, literal data ${share('literal data')}`);
  }
  const codeOf = (name) => summary[name]?.code ?? 0;
  const jscpdCode = codeOf('pairs-jscpd');
  const oursCode = codeOf('pairs-ours');
  const codeAgreement = {
    jscpdCodePairs: jscpdCode,
    jscpdCodeFoundByUs: jscpdCode - codeOf('only-jscpd'),
    oursCodePairs: oursCode,
    oursCodeFoundByJscpd: oursCode - codeOf('only-ours-not-jscpd'),
  };
  log(
    `agreement on code pairs only: we find ${int(codeAgreement.jscpdCodeFoundByUs)} of jscpd's ${int(jscpdCode)} (${pct(codeAgreement.jscpdCodeFoundByUs, jscpdCode)}); ` +
      `jscpd finds ${int(codeAgreement.oursCodeFoundByJscpd)} of our ${int(oursCode)} (${pct(codeAgreement.oursCodeFoundByJscpd, oursCode)})`,
  );
  const oursRow = result.rows.find((row) => row.key === 'ours');
  const jscpdRow = result.rows.find((row) => row.key === 'jscpd');
  const classesOf = (name) => (existsSync(join(result.outDir, `class-${name}.json`)) ? JSON.parse(readFileSync(join(result.outDir, `class-${name}.json`), 'utf8')) : undefined);
  const jscpdClasses = classesOf('pairs-jscpd');
  const oursClasses = classesOf('pairs-ours');
  if (oursRow?.pairs && jscpdRow?.pairs && jscpdClasses && oursClasses) {
    const codeFlagged = (from, to, classes) => {
      const flags = flaggedFlags(from, to);
      return flags.filter((flag, index) => flag && classes[index] === 'code').length;
    };
    codeAgreement.jscpdCodeFlaggedByUs = codeFlagged(jscpdRow.pairs, oursRow.pairs, jscpdClasses);
    codeAgreement.oursCodeFlaggedByJscpd = codeFlagged(oursRow.pairs, jscpdRow.pairs, oursClasses);
    log(
      `  code pairs whose both fragments the other flags as duplicated (any partner): ${pct(codeAgreement.jscpdCodeFlaggedByUs, jscpdCode)} of jscpd's by us, ` +
        `${pct(codeAgreement.oursCodeFlaggedByJscpd, oursCode)} of ours by jscpd`,
    );
  }
  const classesPath = join(result.outDir, 'class-only-jscpd.json');
  if (agreed && existsSync(classesPath)) {
    const classes = JSON.parse(readFileSync(classesPath, 'utf8'));
    const onlyJscpdCode = agreed.onlyOther.filter((_, index) => classes[index] === 'code');
    writeSamples(result, [{ key: 'jscpd-only code pairs', title: 'Only jscpd reports, classed as code', pairs: onlyJscpdCode }], 'samples-code');
  }
  return { summary, codeAgreement };
}

function profileOurs(files, label, cli) {
  const tree = materialise(files, label);
  const link = linkOutsideRepo(tree, 'corpus');
  const cwd = dirname(link.path);
  const profileDir = join(CACHE, 'profile', label);
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  try {
    const config = join(cwd, 'duplicates-only.toml');
    writeFileSync(config, '[tool.ml-practices]\nrules.customizations = [{ rule = "*", severity = "off" }, { rule = "duplicate-code", severity = "warning" }]\n');
    const m = measured('ours-profiled', process.execPath, [`--max-old-space-size=${options.heap}`, '--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-interval', '1000', cli, 'check', 'corpus', '--format', 'json', '--config', config, '--output', join(profileDir, 'ours.json')], { cwd, timeout: Number(options.timeout), outDir: profileDir });
    const profile = readdirSync(profileDir).find((file) => file.endsWith('.cpuprofile'));
    if (!profile) fail('node --cpu-prof wrote no profile');
    log(`\nCPU profile of our CLI on ${label} (${m.wall.toFixed(1)} s under the profiler): ${relative(repo, join(profileDir, profile))}`);
    log(formatProfile(topSelfTime(join(profileDir, profile), 25)));
  } finally {
    link.cleanup();
  }
}

// ---- main --------------------------------------------------------------------------------------------------

const started = Date.now();
const corpus = await ensureCorpus();
const libraries = corpus.packages.filter((entry) => entry.kind === 'library');
const allFiles = [];
let skippedLarge = [];
for (const entry of libraries) {
  for (const abs of regularFiles(entry.dir, (path) => path.endsWith('.py'))) {
    const size = statSync(abs).size;
    const rel = relative(CORPUS_ROOT, abs).split('\\').join('/');
    if (size > MAX_FILE_BYTES) skippedLarge.push({ rel, size });
    else allFiles.push({ abs, rel, lines: countLines(abs) });
  }
}
const jscpd = ensureJscpd();
const cli = ensureCli();
log(`Duplication benchmark — ${new Date().toISOString().slice(0, 10)}, ${process.platform}/${process.arch}, Node ${process.version}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM; our CLI: dist/cli.js sha256 ${cliDigest}…`);
log(`corpus: ${libraries.length} Debian library packages, ${int(allFiles.length)} .py files, ${int(allFiles.reduce((s, f) => s + f.lines, 0))} lines` + (skippedLarge.length ? ` (left out, over 1,000,000 bytes: ${skippedLarge.map((file) => `${file.rel} ${(file.size / 1e6).toFixed(1)} MB`).join(', ')})` : ''));

const mainFiles = subsetSize === undefined ? allFiles : subsetOf(allFiles, subsetSize, seed);
const mainLabel = subsetSize === undefined ? 'full' : `subset-${subsetSize}-seed${seed}`;
const summary = { date: new Date().toISOString(), seed, cliSha256: cliDigest, results: [] };

if (options.profile) {
  profileOurs(mainFiles, mainLabel, cli);
  process.exit(0);
}

const pylintOnMain = !options['no-pylint'] && mainFiles.length <= pylintFiles;
const main = await compare(mainFiles, mainLabel, { cli, jscpdBinary: jscpd, ours: true, jscpd: true, jscpdType2: !options['no-type2'], pylint: pylintOnMain });
printTable(main);
const mainRatios = ratios(main);
const agreed = agreement(main, 'jscpd');
const agreedType2 = agreement(main, 'jscpd-type2');
const agreedPylint = pylintOnMain ? agreement(main, 'pylint') : undefined;
if (agreed) {
  writeSamples(main, [{ key: 'jscpd-only', title: 'Only jscpd reports', pairs: agreed.onlyOther }, { key: 'ours-only', title: 'Only ours reports', pairs: agreed.onlyOurs }], 'samples');
}
const classified = agreed ? classifyPairs(main, agreed) : undefined;
summary.results.push({ label: mainLabel, files: main.files, totalLines: main.totalLines, rows: main.rows.map(({ pairs, ...rest }) => ({ ...rest, pairs: pairs?.length })), ratios: mainRatios, classified, agreement: [agreed, agreedType2, agreedPylint].filter(Boolean).map(({ onlyOther, onlyOurs, ...rest }) => rest) });

if (!options['no-pylint'] && !pylintOnMain) {
  const pylintSet = subsetOf(allFiles, pylintFiles, seed);
  log(`\npylint compares every pair of files, so it runs on a subset: ${int(pylintSet.length)} files (whole folders, seed ${seed}); ours and jscpd again on the same files:`);
  const small = await compare(pylintSet, `subset-${pylintFiles}-seed${seed}`, { cli, jscpdBinary: jscpd, ours: true, jscpd: true, jscpdType2: false, pylint: true });
  printTable(small);
  const smallRatios = ratios(small);
  const a1 = agreement(small, 'jscpd');
  const a2 = agreement(small, 'pylint');
  summary.results.push({ label: small.label, files: small.files, totalLines: small.totalLines, rows: small.rows.map(({ pairs, ...rest }) => ({ ...rest, pairs: pairs?.length })), ratios: smallRatios, agreement: [a1, a2].filter(Boolean).map(({ onlyOther, onlyOurs, ...rest }) => rest) });
}

for (const row of main.rows) {
  if (row.key === 'ours' && row.extra) log(`\nours: ${int(row.extra.findings)} duplicate-code findings in ${int(row.extra.groups)} groups → ${int(row.pairs.length)} pairs (${row.extra.unresolved} related locations unresolved, ${row.extra.ambiguous} ambiguous; ${row.extra.capped} findings list fewer related copies than the block has)`);
  if (row.key.startsWith('jscpd') && row.extra) log(`${row.tool}: ${int(row.extra.reported)} duplicates reported (${Object.entries(row.extra.kinds).map(([kind, n]) => `${kind} ${n}`).join(', ')})`);
}
const summaryPath = join(CACHE, 'runs', mainLabel, 'summary.json');
writeFileSync(summaryPath, `${JSON.stringify(summary, null, 2)}\n`);
log(`\nsummary: ${relative(repo, summaryPath)}; reports and /usr/bin/time output: ${relative(repo, main.outDir)}/ (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
