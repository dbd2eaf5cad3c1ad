#!/usr/bin/env node
// Notebook corpus benchmark: downloads the pinned Debian packages that ship Jupyter notebooks
// (packages.txt), extracts them into bench/corpus/notebooks/<package>/ and runs the real CLI over the whole
// tree once, under /usr/bin/time -v and a timeout (a hang fails the run). Prints what was analysed, wall
// time, peak memory, findings per rule, the notebooks reported as malformed, and checks that no notebook
// was silently dropped. Everything downloaded stays in git-ignored directories.
//
//   node bench/notebooks/run.mjs [--timeout SECONDS] [--sample N] [--no-download] [--config FILE]
//
// --timeout   limit for the whole CLI run (default 1200 s = 20 min); exceeding it is reported as a hang
// --sample    notebooks timed one by one, in process, for the per-notebook distribution (default 100, 0 = off)
// --no-download  use what is already extracted (fails when a package is missing)
// --config    a pyproject.toml passed to the CLI runs (e.g. to turn rules off and see what they cost)
//
// Needs Debian's apt-get/dpkg (download and extraction), GNU time (`apt-get install time`) and coreutils
// `timeout`. Builds dist/ when it is missing or older than the sources (node_modules must exist: `npm ci`).
import { mulberry32 } from '../sampling.mjs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { newestSourceTime } from '../engine.mjs';

const here = dirname(new URL(import.meta.url).pathname);
const repo = join(here, '..', '..');

const { values: options } = parseArgs({
  options: {
    timeout: { type: 'string', default: '1200' },
    sample: { type: 'string', default: '100' },
    'no-download': { type: 'boolean', default: false },
    config: { type: 'string' },
  },
});
const timeoutSeconds = Number(options.timeout);
const sampleSize = Number(options.sample);

const cacheDir = join(repo, 'bench', '.cache', 'notebooks');
const debDir = join(cacheDir, 'debs');
const stampDir = join(cacheDir, 'stamps');
const corpusDir = join(repo, 'bench', 'corpus', 'notebooks');
const reportPath = join(cacheDir, 'report.json');
const timePath = join(cacheDir, 'time.txt');
const summaryPath = join(cacheDir, 'summary.json');

const log = (line = '') => process.stdout.write(`${line}\n`);
const fail = (message) => {
  process.stderr.write(`bench/notebooks: ${message}\n`);
  process.exit(1);
};
const run = (command, args, opts = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  if (result.error) fail(`${command}: ${result.error.message}`);
  return result;
};

// ---- 0. tools and build ------------------------------------------------------------------------------
for (const tool of ['/usr/bin/time', '/usr/bin/timeout', '/usr/bin/dpkg', '/usr/bin/apt-get']) {
  if (!existsSync(tool)) fail(`${tool} is missing (Debian: apt-get install ${tool === '/usr/bin/time' ? 'time' : tool === '/usr/bin/timeout' ? 'coreutils' : 'apt dpkg'})`);
}
if (!existsSync(join(repo, 'node_modules'))) fail('node_modules is missing: run `npm ci` first');
const cli = join(repo, 'dist', 'cli.js');
if (!existsSync(cli) || statSync(cli).mtimeMs < newestSourceTime(repo)) {
  log('building dist/ (node esbuild.mjs) …');
  const built = run(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: 'inherit' });
  if (built.status !== 0) fail('the build failed');
}

// ---- 1. the pinned package list ----------------------------------------------------------------------
const packages = readFileSync(join(here, 'packages.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean)
  .map((line) => {
    const match = /^([a-z0-9][a-z0-9+.-]+)=(\S+)$/.exec(line);
    if (!match) fail(`packages.txt: not "package=version": ${line}`);
    return { name: match[1], version: match[2] };
  });

// ---- 2. download (apt-get download pkg=version) and extract (dpkg -x), cached --------------------------
mkdirSync(debDir, { recursive: true });
mkdirSync(stampDir, { recursive: true });
mkdirSync(corpusDir, { recursive: true });
const stampOf = (pkg) => join(stampDir, pkg.name);
const isExtracted = (pkg) => existsSync(stampOf(pkg)) && readFileSync(stampOf(pkg), 'utf8').trim() === pkg.version && existsSync(join(corpusDir, pkg.name));
// apt-get download names files <name>_<version with ":" as %3a>_<arch>.deb
const debOf = (pkg) => {
  const prefix = `${pkg.name}_${pkg.version.replace(/:/g, '%3a')}_`;
  const found = readdirSync(debDir).find((file) => file.startsWith(prefix) && file.endsWith('.deb'));
  return found && join(debDir, found);
};

const toExtract = packages.filter((pkg) => !isExtracted(pkg));
if (toExtract.length > 0 && options['no-download']) fail(`not extracted yet: ${toExtract.map((pkg) => pkg.name).join(', ')}`);
const toDownload = toExtract.filter((pkg) => !debOf(pkg));
if (toDownload.length > 0) {
  log(`downloading ${toDownload.length} packages into ${relative(repo, debDir)}/ …`);
  const started = Date.now();
  const downloaded = run('apt-get', ['download', '-q', ...toDownload.map((pkg) => `${pkg.name}=${pkg.version}`)], { cwd: debDir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (downloaded.status !== 0) fail(`apt-get download failed (exit ${downloaded.status}); run "apt-get update" first, or the pinned version left the archive (see packages.txt)`);
  log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
let fromGzip = 0;
for (const pkg of toExtract) {
  const deb = debOf(pkg);
  if (!deb) fail(`no .deb for ${pkg.name}=${pkg.version} after download`);
  const target = join(corpusDir, pkg.name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const extracted = run('dpkg', ['-x', deb, target]);
  if (extracted.status !== 0) fail(`dpkg -x ${basename(deb)} failed: ${extracted.stderr}`);
  writeFileSync(stampOf(pkg), `${pkg.version}\n`);
}
if (toExtract.length > 0) log(`extracted ${toExtract.length} packages into ${relative(repo, corpusDir)}/`);

// ---- 3. inventory: every .ipynb in the corpus, counted without the CLI ----------------------------------
// dh_compress gzips larger files under /usr/share/doc: decompress each notebook next to its .gz (once).
const inventory = { notebooks: [], notebookSymlinks: [], python: 0, gz: 0, decompressed: 0 };
const walkCorpus = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walkCorpus(full);
    else if (entry.isSymbolicLink()) {
      if (/\.ipynb(\.gz)?$/.test(entry.name)) inventory.notebookSymlinks.push(full);
    } else if (entry.isFile() && entry.name.endsWith('.ipynb.gz')) {
      inventory.gz++;
      const plain = full.slice(0, -3);
      if (!existsSync(plain)) {
        writeFileSync(plain, gunzipSync(readFileSync(full)));
        inventory.decompressed++;
      }
    }
  }
};
walkCorpus(corpusDir);
const listCorpus = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) listCorpus(full);
    else if (entry.isFile() && entry.name.endsWith('.ipynb')) inventory.notebooks.push(full);
    else if (entry.isFile() && entry.name.endsWith('.py')) inventory.python++;
  }
};
listCorpus(corpusDir);
// Some packages ship the same notebooks (python3-ipyparallel and python-ipyparallel-doc, copies under html/):
// count distinct contents too, so duplicated findings are not mistaken for independent ones.
const distinctNotebooks = new Set(inventory.notebooks.map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'))).size;

// A reference reading of each notebook, independent of the CLI: Jupyter's nbformat library (Debian
// python3-nbformat) when it is installed, else JSON.parse plus the nbformat layouts (v4 `cells`, v1–v3
// `worksheets[].cells`). A notebook the reference cannot read must be reported as a problem; one it reads
// must not be.
function jsonVerdict(path) {
  let document;
  try {
    document = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return `invalid JSON (${error.message.slice(0, 80)})`;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return 'top level is not an object';
  const cells = Array.isArray(document.cells) ? document.cells : Array.isArray(document.worksheets) ? document.worksheets.flatMap((sheet) => sheet?.cells ?? []) : undefined;
  if (!Array.isArray(cells)) return 'no cell list';
  for (const cell of cells) {
    if (typeof cell !== 'object' || cell === null) return 'a cell is not an object';
    const source = cell.source ?? cell.input;
    if (!(typeof source === 'string' || (Array.isArray(source) && source.every((part) => typeof part === 'string')))) return 'a cell has no source text';
  }
  return undefined;
}
let referenceName = 'JSON.parse + nbformat layouts';
let referenceVerdicts;
const python = '/usr/bin/python3';
if (existsSync(python) && run(python, ['-c', 'import nbformat']).status === 0) {
  const checked = run(python, [join(here, 'nbformat-check.py')], { input: inventory.notebooks.join('\n') });
  if (checked.status === 0) {
    referenceVerdicts = new Map(Object.entries(JSON.parse(checked.stdout)).map(([path, verdict]) => [path, verdict ?? undefined]));
    referenceName = `nbformat ${run(python, ['-c', 'import nbformat; print(nbformat.__version__)']).stdout.trim()} (reads(…, as_version=4))`;
  } else log(`nbformat-check.py failed (${checked.stderr.trim().split('\n').at(-1)}); using JSON.parse instead`);
} else log('note: python3-nbformat is not installed (apt-get install python3-nbformat); the reference check uses JSON.parse');
referenceVerdicts ??= new Map(inventory.notebooks.map((path) => [path, jsonVerdict(path)]));
const malformedByUs = new Map([...referenceVerdicts].filter(([, verdict]) => verdict));

// Kernel language of each notebook (metadata.kernelspec.language, else language_info.name, else Python):
// notebooks of other kernels are read but have no Python to analyse; a Python kernel must be analysed.
const languages = new Map();
for (const path of inventory.notebooks) {
  let language = 'python (not stated)';
  try {
    const metadata = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')).metadata ?? {};
    language = String(metadata.kernelspec?.language ?? metadata.language_info?.name ?? language);
  } catch {
    language = 'unreadable';
  }
  languages.set(path, language);
}
const otherKernels = [...languages].filter(([, language]) => !/^python|^unreadable$/i.test(language));
const pythonByOtherName = [...languages].filter(([, language]) => /^python./i.test(language) && language !== 'python (not stated)');

// Symlinked notebooks (the CLI does not follow symlinks): fine when the target is a file that is analysed.
const symlinkTargets = inventory.notebookSymlinks.map((link) => {
  let target = resolve(dirname(link), readlinkSync(link));
  if (target.endsWith('.gz')) target = target.slice(0, -3);
  return { link, target, analysedElsewhere: inventory.notebooks.includes(target) };
});

// ---- 4. the CLI over the whole corpus, under GNU time and a timeout -------------------------------------
// The corpus lives in bench/corpus/, which the repository's .gitignore ignores, and the CLI applies the
// .gitignore files above a walked directory: walked in place it would analyse nothing (see README). So we
// walk it through a symlink outside the repository, as a user would run it over /usr/share/doc.
const runDir = mkdtempSync(join(tmpdir(), 'ml-practices-bench-'));
symlinkSync(corpusDir, join(runDir, 'corpus'));
rmSync(reportPath, { force: true });
const configArgs = options.config ? ['--config', resolve(options.config)] : [];
const command = ['/usr/bin/timeout', '--kill-after=10', String(timeoutSeconds), '/usr/bin/time', '-v', '-o', timePath, process.execPath, cli, 'check', 'corpus', '--format', 'json', '--output', reportPath, ...configArgs];
log(`\n$ (cd ${runDir} && ${command.map((part) => (part === process.execPath ? 'node' : part)).join(' ')})`);
const started = process.hrtime.bigint();
const checked = run(command[0], command.slice(1), { cwd: runDir, stdio: ['ignore', 'ignore', 'pipe'] });
const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
rmSync(runDir, { recursive: true, force: true });
const timedOut = checked.status === 124 || checked.status === 137;
const timeText = existsSync(timePath) ? readFileSync(timePath, 'utf8') : '';
const timeField = (label) => new RegExp(`${label}: (.*)`).exec(timeText)?.[1]?.trim();
const cliExit = timedOut ? checked.status : Number(timeField('Exit status') ?? checked.status);
const peakRssKb = Number(timeField('Maximum resident set size \\(kbytes\\)') ?? NaN);
if (checked.stderr.trim()) log(`CLI stderr:\n${checked.stderr.trim().split('\n').slice(0, 40).join('\n')}`);
if (timedOut) fail(`HANG: the CLI did not finish within ${timeoutSeconds} s (exit ${checked.status})`);
if (!existsSync(reportPath)) fail(`CRASH: the CLI exited ${cliExit} without writing ${reportPath}`);
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

// ---- 4b. synthetic notebooks: malformed ones must be reported (none of the Debian notebooks is), valid
// old-format and renamed-kernel ones must be analysed. Each runs in its own CLI process, so a crash is
// attributed to its file. They live in bench/corpus/notebooks-synthetic/, rebuilt on every run.
const syntheticDir = join(repo, 'bench', 'corpus', 'notebooks-synthetic');
rmSync(syntheticDir, { recursive: true, force: true });
mkdirSync(syntheticDir, { recursive: true });
const codeCell = (source, count) => ({ cell_type: 'code', execution_count: count, metadata: {}, outputs: [], source });
// Two cells run in the wrong order: exactly one notebook-out-of-order finding when the notebook is analysed.
const v4 = (extra = {}) => ({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } }, cells: [codeCell('x = 1\n', 2), codeCell('print(x)\n', 1)], ...extra });
const worksheets = (version) => ({ nbformat: version, nbformat_minor: 0, metadata: { name: 'synthetic' }, worksheets: [{ metadata: {}, cells: [{ cell_type: 'code', collapsed: false, input: 'x = 1', language: 'python', metadata: {}, outputs: [], prompt_number: 2 }, { cell_type: 'code', collapsed: false, input: 'print(x)', language: 'python', metadata: {}, outputs: [], prompt_number: 1 }] }] });
const text = (value) => JSON.stringify(value, null, 1);
const DEPTH = 100_000;
const synthetic = [
  ['valid-v4', 'analysed', text(v4())],
  ['valid-v3-worksheets', 'analysed', text(worksheets(3))],
  ['valid-v2-worksheets', 'analysed', text(worksheets(2))],
  ['valid-kernel-language-python3', 'analysed', text(v4({ metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python3' } } }))],
  ['truncated', 'problem', text(v4()).slice(0, 120)],
  ['empty-file', 'problem', ''],
  ['whitespace-only', 'problem', '  \n\n'],
  ['top-level-array', 'problem', '[]'],
  ['cells-is-object', 'problem', text(v4({ cells: {} }))],
  ['cells-is-null', 'problem', text(v4({ cells: null }))],
  ['cell-is-string', 'problem', text(v4({ cells: ['x = 1'] }))],
  ['code-cell-without-source', 'problem', text(v4({ cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [] }] }))],
  ['source-is-number', 'problem', text(v4({ cells: [codeCell(42, 1)] }))],
  ['trailing-comma', 'problem', text(v4()).replace(/\n}$/, ',\n}')],
  ['json-comment', 'problem', `// exported\n${text(v4())}`],
  ['raw-nul-byte-in-string', 'problem', text(v4()).replace('x = 1', 'x = \u0000 1')],
  ['invalid-utf8', 'problem', Buffer.concat([Buffer.from(text(v4()).split('x = 1')[0]), Buffer.from([0x78, 0x20, 0x3d, 0x20, 0xe9]), Buffer.from(text(v4()).split('x = 1')[1])])],
  [`nested-metadata-${DEPTH}-deep`, 'problem', `{"nbformat":4,"nbformat_minor":5,"metadata":{"deep":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}},"cells":[]}`],
];
const syntheticRows = [];
for (const [name, expected, content] of synthetic) {
  const path = join(syntheticDir, `${name}.ipynb`);
  writeFileSync(path, content);
  const result = run('/usr/bin/timeout', ['60', process.execPath, cli, 'check', path, '--format', 'json'], { cwd: repo });
  let got;
  if (![0, 1].includes(result.status)) got = { kind: 'crash', detail: `exit ${result.status}: ${result.stderr.trim().split('\n')[0].slice(0, 120)}` };
  else {
    const single = JSON.parse(result.stdout);
    if (single.problems.length > 0) got = { kind: 'problem', detail: single.problems[0].message.replace(/^ml-practices: /, '').slice(0, 110) };
    else got = { kind: single.findings.length > 0 ? 'analysed' : 'no finding', detail: single.findings.map((finding) => finding.ruleId).join(', ') || 'reported as clean ("ready") although the two cells ran out of order' };
  }
  syntheticRows.push({ name, expected, got, passed: got.kind === expected });
}
const syntheticReference = existsSync(python) && run(python, ['-c', 'import nbformat']).status === 0 ? JSON.parse(run(python, [join(here, 'nbformat-check.py')], { input: syntheticRows.map((row) => join(syntheticDir, `${row.name}.ipynb`)).join('\n') }).stdout) : {};

// ---- 5. what the report says, checked against the inventory ---------------------------------------------
const inCorpus = (displayPath) => join(corpusDir, displayPath.replace(/^corpus\//, ''));
const problemNotebooks = new Map();
for (const problem of report.problems) if (problem.file.endsWith('.ipynb')) problemNotebooks.set(inCorpus(problem.file), problem.message);
const cleanNotebooks = new Set(report.notebooks.map((entry) => inCorpus(entry.file)));
const reportedNotebooks = new Set([...cleanNotebooks, ...problemNotebooks.keys()]);
const pythonReported = report.summary.files - reportedNotebooks.size;
const pythonProblems = report.problems.filter((problem) => !problem.file.endsWith('.ipynb'));

const DEFAULT_EXCLUDED = /(^|\/)(\.git|node_modules|\.venv|venv|__pycache__|\.ipynb_checkpoints|\.tox|site-packages)\//;
const missing = inventory.notebooks.filter((path) => !reportedNotebooks.has(path));
const missingExcluded = missing.filter((path) => DEFAULT_EXCLUDED.test(relative(corpusDir, path)));
const missingUnexplained = missing.filter((path) => !DEFAULT_EXCLUDED.test(relative(corpusDir, path)));
const unknownReported = [...reportedNotebooks].filter((path) => !inventory.notebooks.includes(path));
const malformedMissed = [...malformedByUs.keys()].filter((path) => reportedNotebooks.has(path) && !problemNotebooks.has(path));
const wronglyMalformed = [...problemNotebooks.keys()].filter((path) => !malformedByUs.has(path));

const byRule = {};
for (const finding of report.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
const notebookFindings = report.findings.filter((finding) => finding.file.endsWith('.ipynb'));
const byRuleNotebooks = {};
for (const finding of notebookFindings) byRuleNotebooks[finding.ruleId] = (byRuleNotebooks[finding.ruleId] ?? 0) + 1;
const notebooksWithFindings = new Set(notebookFindings.filter((finding) => finding.ruleId.startsWith('notebook-')).map((finding) => finding.file)).size;

let perNotebook;
if (sampleSize > 0) {
  const random = mulberry32(42);
  const pool = [...inventory.notebooks].sort();
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other], pool[index]];
  }
  const sample = pool.slice(0, Math.min(sampleSize, pool.length));
  const timed = run(process.execPath, [join(here, 'time-each.cjs'), cli, ...sample], { cwd: repo, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ML_PRACTICES_BENCH_CONFIG: options.config ? resolve(options.config) : '' } });
  if (timed.status !== 0) log(`per-notebook timing failed (exit ${timed.status}): ${timed.stderr.slice(0, 2000)}`);
  else {
    const rows = JSON.parse(timed.stdout);
    const ms = rows.map((row) => row.ms).sort((a, b) => a - b);
    const at = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
    const slowest = [...rows].sort((a, b) => b.ms - a.ms)[0];
    perNotebook = { count: ms.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: ms.at(-1), slowest: relative(corpusDir, slowest.path), exitCodes: [...new Set(rows.map((row) => row.exit))] };
  }
}

// ---- 7. print ------------------------------------------------------------------------------------------
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const pad = (text, width) => String(text).padEnd(width);
log('\n== ml-practices notebook corpus benchmark ==');
log(`packages:                         ${packages.length} (bench/notebooks/packages.txt)`);
log(`.ipynb files in corpus (find):    ${inventory.notebooks.length} regular files (${inventory.gz} shipped gzipped as .ipynb.gz and decompressed), ${inventory.notebookSymlinks.length} symlinks`);
log(`distinct notebook contents:       ${distinctNotebooks} (the rest are byte-identical copies shipped twice)`);
log(`.py files in corpus (find):       ${inventory.python}`);
log(`files analysed (summary.files):   ${report.summary.files} = ${reportedNotebooks.size} notebooks + ${pythonReported} .py files`);
log(`wall time:                        ${wallSeconds.toFixed(1)} s  (GNU time: ${timeField('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')}, user ${timeField('User time \\(seconds\\)')} s, sys ${timeField('System time \\(seconds\\)')} s)`);
log(`peak RSS:                         ${mb(peakRssKb)} (${peakRssKb} kB)`);
log(`CLI exit code:                    ${cliExit}${cliExit === 1 ? ' (1 = an error-level finding or a file that could not be analysed)' : ''}`);
log(`findings:                         ${report.findings.length} (error ${report.summary.error}, warning ${report.summary.warning}, info ${report.summary.info}, hint ${report.summary.hint}); ${notebookFindings.length} in notebooks`);
log('findings per rule:                (all files / in notebooks)');
for (const [rule, count] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) log(`  ${pad(rule, 30)} ${pad(count, 7)} ${byRuleNotebooks[rule] ?? 0}`);
log(`notebooks with a notebook-* finding: ${notebooksWithFindings} of ${reportedNotebooks.size}`);
log(`notebooks reported as malformed/unreadable (problems): ${problemNotebooks.size}`);
for (const [path, message] of problemNotebooks) log(`  ${relative(corpusDir, path)}: ${message.replace(/^ml-practices: /, '')}`);
if (pythonProblems.length > 0) log(`.py files reported as problems: ${pythonProblems.length}`);
for (const problem of pythonProblems.slice(0, 10)) log(`  ${problem.file}: ${problem.message}`);
log('nothing silently dropped:');
log(`  .ipynb found by find ${inventory.notebooks.length} = reported ${reportedNotebooks.size} (clean ${cleanNotebooks.size} + problems ${problemNotebooks.size}) + skipped by default excludes ${missingExcluded.length} + unexplained ${missingUnexplained.length}`);
for (const path of missingExcluded) log(`    excluded: ${relative(corpusDir, path)}`);
for (const path of missingUnexplained) log(`    NOT ANALYSED, NO PROBLEM: ${relative(corpusDir, path)}`);
for (const path of unknownReported) log(`    reported but not found by find: ${path}`);
const linksElsewhere = symlinkTargets.filter((entry) => entry.analysedElsewhere).length;
log(`  symlinked notebooks ${symlinkTargets.length} (not followed by the CLI): ${linksElsewhere} point to a notebook analysed under its own path${linksElsewhere === symlinkTargets.length ? '' : '; others:'}`);
for (const entry of symlinkTargets.filter((item) => !item.analysedElsewhere)) log(`    DANGLING OR OUTSIDE: ${relative(corpusDir, entry.link)} -> ${entry.target}`);
log(`  unreadable by the reference reader, ${referenceName}: ${malformedByUs.size}; of these not reported as problems: ${malformedMissed.length}`);
for (const path of malformedByUs.keys()) log(`    ${malformedMissed.includes(path) ? 'MISSED' : 'reported'}: ${relative(corpusDir, path)}: ${malformedByUs.get(path)}`);
log(`  reported as unreadable although the reference reader reads them: ${wronglyMalformed.length}${wronglyMalformed.length > 0 ? ' (FALSE PROBLEMS)' : ''}`);
for (const path of wronglyMalformed) log(`    ${relative(corpusDir, path)}`);
log(`notebooks of non-Python kernels (read, no Python to analyse, by design): ${otherKernels.length} (${[...new Set(otherKernels.map(([, language]) => language))].join(', ')})`);
// The CLI takes any kernel language starting with "python" (python3, Python 3.11 …) as Python; the
// synthetic notebook valid-kernel-language-python3 below checks that it is really analysed.
log(`Python notebooks whose kernel language is spelt otherwise than "python" (analysed as Python): ${pythonByOtherName.length}`);
for (const [path, language] of pythonByOtherName) log(`    ${relative(corpusDir, path)} (language "${language}")`);
const python3Synthetic = syntheticRows.find((row) => row.name === 'valid-kernel-language-python3');
log(`synthetic notebooks (bench/corpus/notebooks-synthetic/, one CLI process each): ${syntheticRows.filter((row) => row.passed).length} of ${syntheticRows.length} as expected`);
for (const row of syntheticRows) {
  const reference = syntheticReference[join(syntheticDir, `${row.name}.ipynb`)];
  log(`  ${row.passed ? 'ok  ' : 'FAIL'} ${pad(row.name, 36)} expected ${pad(row.expected, 9)} got ${row.got.kind}: ${row.got.detail}${reference === undefined ? '' : reference === null ? '  [nbformat: reads it]' : '  [nbformat: cannot read it]'}`);
}
if (perNotebook) {
  log(`per-notebook time (${perNotebook.count} notebooks, seed 42, in process, one CLI main() each, parser warm):`);
  log(`  median ${perNotebook.medianMs.toFixed(1)} ms, p95 ${perNotebook.p95Ms.toFixed(1)} ms, max ${perNotebook.maxMs.toFixed(1)} ms (${perNotebook.slowest}); exit codes ${perNotebook.exitCodes.join(', ')}`);
}
log(`report: ${relative(repo, reportPath)}   time -v: ${relative(repo, timePath)}`);

const verdict = {
  crashed: ![0, 1].includes(cliExit),
  hung: timedOut,
  silentlyDropped: missingUnexplained.length,
  malformedMissed: malformedMissed.length,
  validReportedAsMalformed: wronglyMalformed.length,
  danglingSymlinks: symlinkTargets.length - linksElsewhere,
  pythonNotebooksSkipped: python3Synthetic && python3Synthetic.passed ? 0 : pythonByOtherName.length,
  syntheticCrashes: syntheticRows.filter((row) => row.got.kind === 'crash').length,
  syntheticUnexpected: syntheticRows.filter((row) => !row.passed).map((row) => row.name),
};
writeFileSync(
  summaryPath,
  `${JSON.stringify({ packages: packages.length, inventory: { notebooks: inventory.notebooks.length, distinct: distinctNotebooks, gz: inventory.gz, symlinks: inventory.notebookSymlinks.length, python: inventory.python }, reference: referenceName, analysed: { files: report.summary.files, notebooks: reportedNotebooks.size, python: pythonReported }, wallSeconds, peakRssKb, cliExit, byRule, byRuleNotebooks, problems: Object.fromEntries([...problemNotebooks].map(([path, message]) => [relative(corpusDir, path), message])), excluded: missingExcluded.map((path) => relative(corpusDir, path)), synthetic: syntheticRows, perNotebook, verdict, reportSha256: createHash('sha256').update(readFileSync(reportPath)).digest('hex') }, null, 2)}\n`,
);
const checks = [
  ['no crash (CLI exit 0 or 1), corpus and synthetic notebooks', !verdict.crashed && verdict.syntheticCrashes === 0],
  [`no hang (finished within ${timeoutSeconds} s)`, !verdict.hung],
  ['no notebook silently dropped (walk, symlinks, Python kernels)', verdict.silentlyDropped === 0 && verdict.danglingSymlinks === 0 && verdict.pythonNotebooksSkipped === 0],
  ['every unreadable notebook reported as a problem (corpus and synthetic)', verdict.malformedMissed === 0 && syntheticRows.every((row) => row.expected !== 'problem' || row.passed)],
  ['no readable notebook reported as unreadable (corpus and synthetic)', verdict.validReportedAsMalformed === 0 && syntheticRows.every((row) => row.expected !== 'analysed' || row.passed)],
];
for (const [label, passed] of checks) log(`${passed ? 'PASS' : 'FAIL'}  ${label}`);
const ok = checks.every(([, passed]) => passed);
log(ok ? 'RESULT: ok' : 'RESULT: FAILED');
process.exit(ok ? 0 : 1);
