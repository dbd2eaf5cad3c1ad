// Figures for the issue "external data loaded without sanity checks" (rule unchecked-data-load), measured on
// the Debian ML corpus (bench/debian-ml-corpus.mjs: library code + example scripts and notebooks).
//
//   node bench/data-loads/run.mjs [--fresh] [--no-build] [--files 40] [--reps 30] [--sample 64] [--misses 20|all]
//                                 [--misses-group all|examples|library] [--skip-cost] [--seed 20261126]
//
// 1. Cost. "The rule adds under 5 ms to a 1,000-line file": real corpus files of 900–1100 lines (not test
//    files, which the rule skips), analysed in-process by the engine (a bundle of server/src built by this
//    script into bench/.cache/data-loads/, nothing added to product code) with all rules and with
//    unchecked-data-load off (rules.customizations), parse cache warm, the two configurations interleaved.
//    Per file: median of each, difference; over files: median and p95. Cross-check: the rule alone vs. no rule.
// 2. Findings. `node dist/cli.js check <dirs> --format json` over the doc packages (examples, notebooks) and
//    over the libraries, with a config that turns every other rule off (faster; this rule's findings do not
//    depend on the others). Findings are counted raw and distinct (python-sklearn-doc ships every example
//    three times: examples/*.py, html/_downloads/*.py and *.ipynb).
// 3. Hand-check sample: distinct findings, half examples / half library code, stratified by package × loader
//    family, each ranked by a seeded hash of its id (so the sample barely moves when the rule changes);
//    printed with code into bench/.cache/data-loads/sample.md. The verdicts are in hand-check.md (judged by a
//    person); this script matches them by id, prints the tally, the sampled findings still without a verdict
//    and the judged ones the rule no longer reports.
// 4. Misses. Loader calls found in the syntax tree (read_csv, json.load, np.load, loadmat, imread …) in non-test code, each
//    classified by the engine's own records (reported / checked, with the evidence / returned to callers /
//    not recognised as a load), and a hash-ranked sample of the unreported ones for the hand check.
// The rule is under active development: the state measured (hashes of its sources and of dist/cli.js) is printed.
//
// Cached in bench/.cache/data-loads/: the CLI reports (keyed by the dist/cli.js content and the corpus pins;
// --fresh runs them again). Exit code 0 unless something failed to run.
import { mulberry32 as rng, shuffle } from '../sampling.mjs';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, linkOutsideRepo, regularFiles } from '../debian-ml-corpus.mjs';
import { bundleEngine, newestSourceTime } from '../engine.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cacheDir = join(repo, 'bench', '.cache', 'data-loads');
const require = createRequire(import.meta.url);
const RULE = 'unchecked-data-load';

const { values: args } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    'skip-cost': { type: 'boolean', default: false },
    files: { type: 'string', default: '40' },
    reps: { type: 'string', default: '30' },
    sample: { type: 'string', default: '64' },
    // How many unreported loader calls to list in misses.md (`all`: every one), and from which group.
    misses: { type: 'string', default: '20' },
    'misses-group': { type: 'string', default: 'all' },
    'no-build': { type: 'boolean', default: false },
    // A new seed draws a fresh hand-check sample (the cost files stay those of the default seed).
    seed: { type: 'string', default: '20261126' },
  },
});
const SEED = Number(args.seed);
if (!['all', 'examples', 'library'].includes(args['misses-group'])) {
  console.error(`bench/data-loads/run.mjs: --misses-group must be all, examples or library (got ${args['misses-group']})`);
  process.exit(2);
}
if (args.misses !== 'all' && !(Number(args.misses) >= 0)) {
  console.error(`bench/data-loads/run.mjs: --misses must be a number or all (got ${args.misses})`);
  process.exit(2);
}
const COST_SEED = 20261126;

const log = (line = '') => console.log(line);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const median = (values) => percentile(values, 50);
const ms = (value) => `${value.toFixed(2)} ms`;
const sha = (data) => createHash('sha256').update(data).digest('hex');


// ---------------------------------------------------------------------------------------------------------
// 0. Corpus, product build, engine bundle.
const started = Date.now();
if (!existsSync(join(repo, 'node_modules', 'esbuild'))) {
  console.error('bench/data-loads/run.mjs: node_modules/ is missing: run `npm ci` first (it needs esbuild and web-tree-sitter).');
  process.exit(2);
}
const corpus = await ensureCorpus();
const docPackages = corpus.packages.filter((entry) => entry.kind === 'doc');
const libraryPackages = corpus.packages.filter((entry) => entry.kind === 'library');
log(`corpus: ${corpus.packages.length} Debian packages, ${corpus.pythonFiles} .py files, ${corpus.lines} lines of Python, ${corpus.notebooks} notebooks (${relative(repo, corpus.root)})`);

const cli = join(repo, 'dist', 'cli.js');
if (!existsSync(cli) || (!args['no-build'] && statSync(cli).mtimeMs < newestSourceTime(repo))) {
  log('dist/cli.js is missing or older than server/src: building (node esbuild.mjs)');
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: 'inherit' });
}
mkdirSync(cacheDir, { recursive: true });

/** The engine as a CommonJS bundle of our own (same esbuild options as esbuild.mjs), for in-process timing. */
async function buildEngine() {
  return bundleEngine({
    repo,
    cacheDir,
    name: 'data-loads-bench',
    exports: [
      "export { analyze, ParseCache } from './server/src/analysis/engine';",
      "export { mergeSettings } from './server/src/config/settings';",
      "export { readSnapshot } from './server/src/workspace/files';",
      "export { initParser } from './server/src/parsing/parser';",
      "export { isTestFile } from './server/src/analysis/dataLoads';",
      "export { parsePythonTolerant } from './server/src/parsing/parser';",
    ],
  });
}
const engine = await buildEngine();

/** Loader calls as text (for the misses search and the load-dense cost set). */
const LOADER_TEXT = /\b((?:pd|pandas)\.read_\w+|read_(?:csv|table|json|parquet|excel|hdf|pickle|sql\w*|stata|fwf|feather|sas|spss|orc)|json\.loads?|yaml\.(?:safe_|full_|unsafe_)?load|pickle\.loads?|joblib\.load|torch\.load|(?:np|numpy)\.(?:load|loadtxt|genfromtxt|fromfile)|h5py\.File|Image\.open|imread|urlopen|fetch_\w+|load_dataset|csv\.(?:reader|DictReader)|open_dataset)\s*\(/;
/** Cheap text prefilter before parsing a file for loader calls. */
const LOADER_TEXT_ANY = /read_|load|fromfile|imread|Image|File\(|urlopen|urlretrieve|open_|fetch_|reader|DictReader|get_rdataset/;
const countLines = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const insidePackage = (path) => {
  const rel = relative(corpus.root, path).split(sep);
  return { pkg: rel[0], inPackage: rel.slice(1).join('/') };
};

// ---------------------------------------------------------------------------------------------------------
// 1. Cost.
const costSummary = {};
if (!args['skip-cost']) {
  const fileCount = Number(args.files);
  const reps = Number(args.reps);
  const candidates = [];
  for (const entry of corpus.packages) {
    for (const path of regularFiles(entry.dir, (file) => file.endsWith('.py'))) {
      if (engine.isTestFile(`file://${path}`)) continue;
      const size = statSync(path).size;
      if (size < 20_000 || size > 200_000) continue; // cheap pre-filter before reading
      const lines = countLines(readFileSync(path, 'utf8'));
      if (lines >= 900 && lines <= 1100) candidates.push({ path, lines, pkg: entry.name });
    }
  }
  // Spread over packages: shuffle (fixed seed), then take round-robin by package.
  const random = rng(COST_SEED);
  const byPackage = new Map();
  for (const candidate of shuffle(candidates, random)) byPackage.set(candidate.pkg, [...(byPackage.get(candidate.pkg) ?? []), candidate]);
  const chosen = [];
  while (chosen.length < Math.min(fileCount, candidates.length)) {
    for (const list of byPackage.values()) if (list.length > 0 && chosen.length < fileCount) chosen.push(list.shift());
  }
  const settingsAll = engine.mergeSettings({});
  const settingsOff = engine.mergeSettings({ rules: { customizations: [{ rule: RULE, severity: 'off' }] } });
  const settingsNone = engine.mergeSettings({ rules: { customizations: [{ rule: '*', severity: 'off' }] } });
  const settingsOnly = engine.mergeSettings({ rules: { customizations: [{ rule: '*', severity: 'off' }, { rule: RULE, severity: 'default' }] } });
  const cache = new engine.ParseCache();
  const time = (snapshot, settings) => {
    const begin = process.hrtime.bigint();
    const result = engine.analyze(snapshot, settings, cache);
    return { ms: Number(process.hrtime.bigint() - begin) / 1e6, result };
  };
  log();
  log(`== 1. Cost of ${RULE} on 1,000-line files ==`);
  log(`${candidates.length} non-test corpus .py files have 900–1100 lines; ${chosen.length} chosen (seed ${COST_SEED}, round-robin over ${byPackage.size} packages), ${reps} interleaved runs per configuration, parse cache warm`);
  const measure = (file) => {
    const snapshot = engine.readSnapshot(file.path, { maxFileSize: settingsAll.maxFileSize });
    for (let warm = 0; warm < 3; warm++) for (const settings of [settingsAll, settingsOff, settingsOnly, settingsNone]) time(snapshot, settings);
    const runs = { all: [], off: [], only: [], none: [] };
    for (let rep = 0; rep < reps; rep++) {
      const order = rep % 2 === 0 ? ['all', 'off', 'only', 'none'] : ['off', 'all', 'none', 'only'];
      for (const key of order) runs[key].push(time(snapshot, { all: settingsAll, off: settingsOff, only: settingsOnly, none: settingsNone }[key]).ms);
    }
    const { result } = time(snapshot, settingsOnly);
    const loads = result.findings.filter((finding) => finding.ruleId === RULE).length + result.notes.filter((note) => note.ruleId === RULE).length;
    const row = { file: file.label ?? `${file.pkg}/${insidePackage(file.path).inPackage}`, lines: file.lines, loads, all: median(runs.all), off: median(runs.off), only: median(runs.only), none: median(runs.none) };
    row.added = row.all - row.off;
    row.alone = row.only - row.none;
    return row;
  };
  const rows = chosen.map(measure);
  // Load-dense control: real example scripts that load data, concatenated (fixed seed) to 900–1100 lines.
  const loading = [];
  const seen = new Set();
  for (const entry of corpus.packages) {
    for (const path of regularFiles(entry.dir, (file) => file.endsWith('.py') && relative(entry.dir, file).startsWith(`usr${sep}share${sep}doc`))) {
      const text = readFileSync(path, 'utf8');
      const digest = sha(text);
      if (seen.has(digest) || !LOADER_TEXT.test(text) || countLines(text) > 400) continue;
      seen.add(digest);
      loading.push(text.endsWith('\n') ? text : `${text}\n`);
    }
  }
  const denseRandom = rng(COST_SEED + 3);
  const dense = [];
  let pool = shuffle(loading.sort(), denseRandom);
  for (let index = 0; index < 10 && pool.length > 0; index++) {
    let text = '';
    while (pool.length > 0 && countLines(text) < 900) {
      const next = pool.findIndex((candidate) => countLines(text) + countLines(candidate) <= 1100);
      if (next === -1) break;
      text += pool.splice(next, 1)[0];
    }
    if (countLines(text) < 900) break;
    const path = join(cacheDir, `dense-${index + 1}.py`);
    writeFileSync(path, text);
    dense.push({ path, lines: countLines(text), label: `dense-${index + 1}.py` });
  }
  const denseRows = dense.map(measure);
  cache.clear();
  const column = (key) => rows.map((row) => row[key]);
  const worst = [...rows].sort((a, b) => b.added - a.added).slice(0, 3);
  log(`absolute, all rules:            median ${ms(median(column('all')))}, p95 ${ms(percentile(column('all'), 95))}`);
  log(`absolute, ${RULE} off: median ${ms(median(column('off')))}, p95 ${ms(percentile(column('off'), 95))}`);
  log(`added by the rule (all − off):   median ${ms(median(column('added')))}, p95 ${ms(percentile(column('added'), 95))}, max ${ms(Math.max(...column('added')))}`);
  log(`cross-check, rule alone − none:  median ${ms(median(column('alone')))}, p95 ${ms(percentile(column('alone'), 95))}, max ${ms(Math.max(...column('alone')))}`);
  log(`files with at least one load the rule records: ${rows.filter((row) => row.loads > 0).length} of ${rows.length}`);
  if (denseRows.length > 0) {
    const added = denseRows.map((row) => row.added);
    log(`load-dense control: ${denseRows.length} files of ${Math.min(...denseRows.map((row) => row.lines))}–${Math.max(...denseRows.map((row) => row.lines))} lines, each real example scripts that load data concatenated (${Math.min(...denseRows.map((row) => row.loads))}–${Math.max(...denseRows.map((row) => row.loads))} loads per file): added median ${ms(median(added))}, p95 ${ms(percentile(added, 95))}, max ${ms(Math.max(...added))}; all rules median ${ms(median(denseRows.map((row) => row.all)))}`);
  }
  log(`largest additions: ${worst.map((row) => `${row.file} (${row.lines} lines, ${row.loads} loads) ${ms(row.added)}`).join('; ')}`);
  const met = percentile(column('added'), 95) < 5 && percentile(column('alone'), 95) < 5;
  log(`VERDICT: goal "under 5 ms per 1,000-line file" ${met ? 'MET' : 'NOT MET'} (p95 of the addition ${ms(percentile(column('added'), 95))}, of the rule alone ${ms(percentile(column('alone'), 95))})`);
  Object.assign(costSummary, { candidates: candidates.length, files: rows.length, reps, rows, denseRows, met });
}

// ---------------------------------------------------------------------------------------------------------
// 2. Findings over the corpus, through the CLI.
log();
log(`== 2. Findings of ${RULE} on real code (dist/cli.js check --format json) ==`);
// The rule is under active development: name the exact state measured, so hand-check verdicts can be tied to it.
const RULE_SOURCES = ['server/src/analysis/dataLoads.ts', 'server/src/checks/data/unchecked-data-load.ts', 'server/src/analysis/imports.ts'];
const fingerprint = {
  ruleSources: sha(RULE_SOURCES.map((file) => readFileSync(join(repo, file), 'utf8')).join('\0')).slice(0, 12),
  cli: sha(readFileSync(cli)).slice(0, 12),
};
log(`measured state: rule sources ${fingerprint.ruleSources} (sha256 of ${RULE_SOURCES.map((file) => file.split('/').pop()).join(' + ')}), dist/cli.js ${fingerprint.cli}`);
const configPath = join(cacheDir, 'pyproject.toml');
writeFileSync(configPath, `# Written by bench/data-loads/run.mjs: only ${RULE}, at its default severity.\n[tool.ml-practices]\nrules.customizations = [{ rule = "*", severity = "off" }, { rule = "${RULE}", severity = "default" }]\n`);
const link = linkOutsideRepo(corpus.root, 'corpus');
const reportKey = sha(readFileSync(cli) + readFileSync(configPath, 'utf8') + JSON.stringify(corpus.packages.map((entry) => [entry.name, entry.version])));
function runCli(name, packages) {
  const output = join(cacheDir, `report-${name}.json`);
  const keyFile = `${output}.key`;
  if (!args.fresh && existsSync(output) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === reportKey) return Promise.resolve({ output, cached: true, seconds: 0 });
  const cliArgs = [cli, 'check', ...packages.map((entry) => `corpus/${entry.name}`), '--format', 'json', '--config', configPath, '--output', output];
  const begin = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliArgs, { cwd: dirname(link.path), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`node dist/cli.js check (${name}) exited ${code}: ${stderr}`));
      writeFileSync(keyFile, reportKey);
      resolve({ output, cached: false, seconds: (Date.now() - begin) / 1000 });
    });
  });
}
const [docRun, libraryRun] = await Promise.all([runCli('docs', docPackages), runCli('library', libraryPackages)]);
link.cleanup();
for (const [name, run, packages] of [['docs', docRun, docPackages], ['library', libraryRun, libraryPackages]]) {
  log(`(cd <tmp> && node dist/cli.js check ${packages.map((entry) => `corpus/${entry.name}`).join(' ')} --format json --config ${relative(repo, configPath)})   # ${name}: ${run.cached ? 'cached report' : `${run.seconds.toFixed(0)} s`}`);
}

/** Loader family, from the loader's resolved name (the engine's hover text: "Loads external data with `pandas.read_csv`"). */
function family(qualified) {
  if (/^pandas\.read_sql/.test(qualified)) return 'pandas read_sql*';
  if (/^(pandas|polars|pyarrow|geopandas)\./.test(qualified)) return 'pandas read_*';
  if (/^statsmodels\.(api\.)?datasets\.get_rdataset$/.test(qualified)) return 'statsmodels get_rdataset';
  if (/^sklearn\.datasets\.fetch_/.test(qualified)) return 'sklearn fetch_*';
  if (/^json\./.test(qualified)) return 'json.load(s)';
  if (/^pickle\./.test(qualified)) return 'pickle.load(s)';
  if (/^yaml\./.test(qualified)) return 'yaml.*load';
  if (/^numpy\./.test(qualified)) return 'numpy load*';
  if (/^joblib\./.test(qualified)) return 'joblib.load';
  if (/^torch\./.test(qualified)) return 'torch.load';
  if (/^h5py\./.test(qualified)) return 'h5py.File';
  if (/urlopen$/.test(qualified)) return 'urlopen';
  if (/^(PIL\.Image\.open|cv2\.imread)$/.test(qualified)) return 'image open';
  if (/^csv\./.test(qualified)) return 'csv.reader';
  if (/^datasets\./.test(qualified)) return 'datasets.load_dataset';
  if (/^xarray\./.test(qualified)) return 'xarray.open_dataset';
  if (/\.json$/.test(qualified)) return 'HTTP .json()';
  if (/^spark\.read/.test(qualified)) return 'spark.read';
  return 'local wrapper function';
}

const findings = [];
for (const [group, run] of [['docs', docRun], ['library', libraryRun]]) {
  const report = JSON.parse(readFileSync(run.output, 'utf8'));
  log(`${group}: ${report.summary.files} files analysed, ${report.summary.totalLines ?? '?'} lines`);
  for (const finding of report.findings) {
    if (finding.ruleId !== RULE) continue;
    const parts = finding.file.split('/');
    const pkg = parts[1];
    const inPackage = parts.slice(2).join('/');
    const callee = /^`([^`]+)`/.exec(finding.message)?.[1] ?? '?';
    const source = /^`[^`]+` loads `([^`]+)`/.exec(finding.message)?.[1] ?? '';
    const stem = inPackage.split('/').pop().replace(/\.(py|ipynb)$/, '');
    findings.push({
      // Example scripts and notebooks (doc packages, and python3-networkx's usr/share/doc/…/examples) vs. library code.
      group: inPackage.startsWith('usr/share/doc/') ? 'examples' : 'library',
      pkg,
      inPackage,
      path: join(corpus.root, pkg, inPackage),
      cell: finding.cell,
      line: finding.line,
      column: finding.column,
      callee,
      source,
      inspected: /only inspected/.test(finding.message),
      message: finding.message,
      notebook: inPackage.endsWith('.ipynb'),
      // The same example shipped as .py twice and as a notebook: one distinct finding.
      distinctKey: `${pkg}|${stem}|${callee}|${source}`,
    });
  }
}
// Number repeated loads of the same callee and source within one file, so they stay distinct.
const perFile = new Map();
for (const finding of findings) {
  const fileKey = `${finding.pkg}|${finding.inPackage}|${finding.distinctKey}`;
  const index = perFile.get(fileKey) ?? 0;
  perFile.set(fileKey, index + 1);
  finding.distinctKey += `|${index}`;
}
// The resolved loader name is in the finding's hover text, which the JSON report does not carry: ask the engine.
const settingsOnly = engine.mergeSettings({ rules: { customizations: [{ rule: '*', severity: 'off' }, { rule: RULE, severity: 'default' }] } });
const byPath = new Map();
for (const finding of findings) byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), finding]);
let engineMismatches = 0;
for (const [path, list] of byPath) {
  const result = engine.analyze(engine.readSnapshot(path, { maxFileSize: settingsOnly.maxFileSize }), settingsOnly);
  for (const finding of list) {
    const match = result.findings.find((other) => other.ruleId === RULE && other.location.cell === finding.cell && other.location.range.start.line + 1 === finding.line && other.location.range.start.character + 1 === finding.column);
    if (!match) engineMismatches++;
    finding.qualified = /with `([^`]+)`/.exec(match?.details ?? '')?.[1] ?? finding.callee;
    finding.family = family(finding.qualified);
  }
}
if (engineMismatches > 0) log(`warning: ${engineMismatches} CLI findings not found by the in-process engine (dist/cli.js and server/src differ?)`);
const distinct = new Map();
for (const finding of findings) {
  const previous = distinct.get(finding.distinctKey);
  // Prefer the .py under examples/ (readable), then any .py, then the notebook.
  const rank = (entry) => (entry.notebook ? 2 : entry.inPackage.includes('/_downloads/') ? 1 : 0);
  if (!previous || rank(finding) < rank(previous)) distinct.set(finding.distinctKey, finding);
}
const distinctFindings = [...distinct.values()];
const tally = (list, key) => Object.entries(list.reduce((counts, item) => ({ ...counts, [item[key]]: (counts[item[key]] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]);
log(`${RULE} findings: ${findings.length} (examples ${findings.filter((f) => f.group === 'examples').length}: ${findings.filter((f) => f.notebook).length} in notebooks, ${findings.filter((f) => f.group === 'examples' && !f.notebook).length} in .py; library code ${findings.filter((f) => f.group === 'library').length})`);
log(`distinct (an example shipped as .py twice and as a notebook counted once): ${distinctFindings.length} (examples ${distinctFindings.filter((f) => f.group === 'examples').length}, library code ${distinctFindings.filter((f) => f.group === 'library').length}); ${distinctFindings.filter((f) => f.inspected).length} of them "only inspected"`);
log(`by package (distinct): ${tally(distinctFindings, 'pkg').map(([key, count]) => `${key} ${count}`).join(', ')}`);
log(`by loader family (distinct): ${tally(distinctFindings, 'family').map(([key, count]) => `${key} ${count}`).join(', ')}`);

// ---------------------------------------------------------------------------------------------------------
// 3. Hand-check sample.
function codeAround(path, cell, line, before = 6, after = 10) {
  let lines;
  if (path.endsWith('.ipynb')) {
    const notebook = JSON.parse(readFileSync(path, 'utf8'));
    const cells = notebook.cells ?? notebook.worksheets?.[0]?.cells ?? [];
    const source = cells[cell]?.source ?? cells[cell]?.input ?? '';
    lines = (Array.isArray(source) ? source.join('') : source).split('\n');
  } else {
    lines = readFileSync(path, 'utf8').split('\n');
  }
  const from = Math.max(1, line - before);
  const to = Math.min(lines.length, line + after);
  const out = [];
  for (let number = from; number <= to; number++) out.push(`${number === line ? '>' : ' '}${String(number).padStart(5)}  ${lines[number - 1]}`);
  return out.join('\n');
}
const findingId = (finding) => `${finding.pkg}/${finding.inPackage}${finding.cell !== undefined ? `#cell${finding.cell}` : ''}:${finding.line}`;

const sampleSize = Number(args.sample);
/**
 * Sampling order that is stable under rule changes: each finding and stratum is ranked by a seeded hash of its
 * id, not by a shuffle of the whole list, so when the rule stops (or starts) reporting a few findings the rest of
 * the sample stays the same, and the verdicts in hand-check.md keep applying.
 */
const rank = (salt, key) => sha(`${salt}:${key}`);
const byRank = (salt, key) => (a, b) => rank(salt, key(a)).localeCompare(rank(salt, key(b)));
/** Half from example scripts and notebooks, half from library code; within each, round-robin over package × loader family, at most two per file. */
function stratified(pool, size) {
  const strata = new Map();
  for (const finding of [...pool].sort(byRank(SEED + 1, findingId))) {
    const key = `${finding.pkg}|${finding.family}`;
    strata.set(key, [...(strata.get(key) ?? []), finding]);
  }
  const order = [...strata.keys()].sort(byRank(SEED + 1, (key) => key));
  const picked = [];
  const perFile = new Map();
  const fileOf = (finding) => `${finding.pkg}/${finding.inPackage}`;
  const open = () => order.filter((key) => strata.get(key).some((finding) => (perFile.get(fileOf(finding)) ?? 0) < 2));
  // Spread over files too: a finding from a file not sampled yet when the stratum has one, never more than two per file.
  while (picked.length < size && open().length > 0) {
    for (const key of open()) {
      if (picked.length >= size) break;
      const list = strata.get(key);
      let index = list.findIndex((finding) => !perFile.has(fileOf(finding)));
      if (index === -1) index = list.findIndex((finding) => (perFile.get(fileOf(finding)) ?? 0) < 2);
      const [finding] = list.splice(index, 1);
      perFile.set(fileOf(finding), (perFile.get(fileOf(finding)) ?? 0) + 1);
      picked.push(finding);
    }
  }
  return { picked, strata: strata.size };
}
const exampleFindings = distinctFindings.filter((finding) => finding.group === 'examples');
const exampleDraw = stratified(exampleFindings, Math.min(exampleFindings.length, Math.ceil(sampleSize / 2)));
const libraryDraw = stratified(distinctFindings.filter((finding) => finding.group === 'library'), sampleSize - exampleDraw.picked.length);
const sample = [...exampleDraw.picked, ...libraryDraw.picked];
const strata = { size: exampleDraw.strata + libraryDraw.strata };
sample.sort((a, b) => findingId(a).localeCompare(findingId(b)));
writeFileSync(
  join(cacheDir, 'sample.md'),
  `# ${sample.length} sampled findings of ${RULE} (seed ${SEED + 1})\n\n${sample
    .map((finding, index) => `## F${index + 1} ${findingId(finding)}\n${finding.message}\n\`\`\`\n${codeAround(finding.path, finding.cell, finding.line)}\n\`\`\`\n`)
    .join('\n')}`,
);

/** Verdict tables of hand-check.md: rows `| F12 | id | … | right/wrong | reason |` (reasons contain no `|`). */
function readVerdicts(prefix) {
  const path = join(here, 'hand-check.md');
  if (!existsSync(path)) return new Map();
  const verdicts = new Map();
  for (const row of readFileSync(path, 'utf8').split('\n')) {
    const cells = row.split('|').map((cell) => cell.trim());
    if (cells.length < 7 || !new RegExp(`^[${prefix}]\\d+$`).test(cells[1])) continue;
    // | F1 | id | loader | verdict | reason |  and  | M1 | id | callee | engine | verdict | reason |: verdict and reason are the last two columns.
    verdicts.set(cells[2].replace(/`/g, ''), { verdict: cells[cells.length - 3].replace(/\*/g, '').toLowerCase(), reason: cells[cells.length - 2] });
  }
  return verdicts;
}
// F rows: the current sample; P rows: findings judged in an earlier sample (kept, and reused when drawn again).
const verdicts = readVerdicts('FP');
const judged = sample.map((finding) => ({ finding, verdict: verdicts.get(findingId(finding)) }));
const right = judged.filter((entry) => entry.verdict?.verdict.startsWith('right')).length;
const wrong = judged.filter((entry) => entry.verdict?.verdict.startsWith('wrong')).length;
const unjudged = judged.filter((entry) => !entry.verdict);
const currentIds = new Set(findings.map(findingId));
const gone = [...verdicts.keys()].filter((id) => !currentIds.has(id));
log();
log(`== 3. Hand check (hand-check.md) ==`);
log(`sample: ${sample.length} distinct findings (seed ${SEED + 1}, ${strata.size} package × loader strata), listed with code in ${relative(repo, join(cacheDir, 'sample.md'))}`);
log(`by group: examples ${sample.filter((f) => f.group === 'examples').length}, library ${sample.filter((f) => f.group === 'library').length}; families: ${tally(sample, 'family').map(([key, count]) => `${key} ${count}`).join(', ')}`);
log(`verdicts: ${right} right, ${wrong} wrong, ${unjudged.length} not judged → precision ${right + wrong > 0 ? `${((100 * right) / (right + wrong)).toFixed(0)}% (${right}/${right + wrong})` : 'n/a'}`);
for (const group of ['examples', 'library']) {
  const inGroup = judged.filter((entry) => entry.finding.group === group && entry.verdict);
  const good = inGroup.filter((entry) => entry.verdict.verdict.startsWith('right')).length;
  if (inGroup.length > 0) log(`  ${group}: ${good}/${inGroup.length} right (${((100 * good) / inGroup.length).toFixed(0)}%)`);
}
if (unjudged.length > 0) log(`  not judged (new in this sample): ${unjudged.map((entry) => findingId(entry.finding)).join(', ')}`);
const stillReported = distinctFindings.filter((finding) => verdicts.has(findingId(finding)));
const stillRight = stillReported.filter((finding) => verdicts.get(findingId(finding)).verdict.startsWith('right')).length;
log(`all judged findings (hand-check.md, any sample) that are still reported: ${stillRight} right of ${stillReported.length} (${stillReported.length ? ((100 * stillRight) / stillReported.length).toFixed(0) : '–'}%)`);
if (gone.length > 0) {
  const goneWrong = gone.filter((id) => verdicts.get(id).verdict.startsWith('wrong')).length;
  log(`  judged but no longer reported (rule changed?): ${gone.length} (${goneWrong} of them judged wrong, ${gone.length - goneWrong} right): ${gone.join(', ')}`);
}

// Heuristic false-positive classes over all distinct findings (patterns found by the hand check).
function linesOf(path, cell) {
  if (!path.endsWith('.ipynb')) return readFileSync(path, 'utf8').split('\n');
  const notebook = JSON.parse(readFileSync(path, 'utf8'));
  const cells = notebook.cells ?? notebook.worksheets?.[0]?.cells ?? [];
  const source = cells[cell]?.source ?? cells[cell]?.input ?? '';
  return (Array.isArray(source) ? source.join('') : source).split('\n');
}
const FP_CLASSES = [
  ['h5py.File opened for writing', (finding, call) => finding.family === 'h5py.File' && /(^|[,(]\s*|mode\s*=\s*)['"](w|w-|x|a|r\+)['"]/.test(call)],
  ['reads a string already in memory (StringIO)', (finding, call) => /StringIO\(/.test(call)],
  ['file shipped inside the package (path from __file__)', (finding, call, before) => /__file__/.test(before + call)],
  ['urlopen only probed (`with urlopen(url):`, body never read)', (finding, call) => /with\s+[\w.]*urlopen\([^)]*\)\s*:/.test(call)],
];
const fpCounts = FP_CLASSES.map(([name]) => ({ name, count: 0, examples: 0 }));
for (const finding of distinctFindings) {
  const lines = linesOf(finding.path, finding.cell);
  const call = lines.slice(finding.line - 1, finding.line + 2).join(' ');
  const before = lines.slice(Math.max(0, finding.line - 9), finding.line - 1).join(' ');
  FP_CLASSES.forEach(([, test], index) => {
    if (test(finding, call, before)) {
      fpCounts[index].count++;
      if (finding.group === 'examples') fpCounts[index].examples++;
    }
  });
}
log(`heuristic counts over all ${distinctFindings.length} distinct findings of the false-positive classes the hand check found: ${fpCounts.map(({ name, count, examples }) => `${name} ${count} (${examples} in examples)`).join('; ')}`);

// ---------------------------------------------------------------------------------------------------------
// 4. Misses: loader calls found in the syntax tree (calls only: not strings, comments or docstrings),
// including common loaders the rule does not list, each classified by the engine's own records.
/** Dotted callee names of calls that bring external data in (a superset of the rule's loader table). */
const LOADER_CALLEE = new RegExp(
  [
    String.raw`(^|\.)read_(csv|table|json|parquet|excel|hdf|pickle|sql\w*|stata|fwf|feather|sas|spss|orc|xml|html)$`,
    String.raw`^(json|pickle|yaml|joblib|torch|np|numpy|dill|cloudpickle|marshal|nib|nibabel)\.(load|loads|safe_load|full_load|unsafe_load)$`,
    String.raw`(^|\.)(loadtxt|genfromtxt|fromfile|loadmat|loadarff|mmread|imread|urlopen|urlretrieve|open_dataset|open_mfdataset|open_zarr)$`,
    String.raw`^h5py\.File$`,
    String.raw`(^|\.)Image\.open$`,
    String.raw`^csv\.(reader|DictReader)$`,
    String.raw`(^|\.)fetch_(openml|20newsgroups\w*|california_housing|covtype|kddcup99|lfw_\w+|olivetti_faces|rcv1|species_distributions)$`,
    String.raw`^(datasets\.)?load_dataset$`,
    // Added with the loaders found by the recall check on the examples (2026-11-26): R data sets, geopandas readers.
    String.raw`(^|\.)get_rdataset$`,
    String.raw`^(geopandas|gpd)\.read_\w+$`,
  ].join('|'),
);
function dotted(node) {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = dotted(node.childForFieldName('object'));
    const attribute = node.childForFieldName('attribute')?.text;
    return object && attribute ? `${object}.${attribute}` : undefined;
  }
  return undefined;
}
function loaderCalls(unit) {
  const tree = engine.parsePythonTolerant(unit.text);
  const calls = [];
  const visit = (node) => {
    if (node.type === 'call') {
      const callee = dotted(node.childForFieldName('function'));
      if (callee && LOADER_CALLEE.test(callee)) calls.push({ cell: unit.cell, line: node.startPosition.row + 1, column: node.startPosition.column, callee, text: unit.text.split('\n')[node.startPosition.row].trim() });
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return calls;
}
const hits = [];
let testHits = 0;
for (const entry of corpus.packages) {
  for (const path of regularFiles(entry.dir, (file) => file.endsWith('.py') || file.endsWith('.ipynb'))) {
    if (!LOADER_TEXT_ANY.test(readFileSync(path, 'utf8'))) continue;
    const snapshot = engine.readSnapshot(path, { maxFileSize: settingsOnly.maxFileSize });
    const fileHits = snapshot.units.flatMap(loaderCalls);
    if (fileHits.length === 0) continue;
    if (engine.isTestFile(`file://${path}`)) {
      testHits += fileHits.length;
      continue;
    }
    const result = engine.analyze(snapshot, settingsOnly);
    const at = (items, hit) => items.filter((item) => item.ruleId === RULE && item.location.cell === hit.cell && item.location.range.start.line + 1 === hit.line && item.location.range.start.character === hit.column);
    for (const hit of fileHits) {
      const reported = at(result.findings, hit);
      const notes = at(result.notes, hit);
      const { pkg, inPackage } = insidePackage(path);
      let status = 'not a recorded load';
      if (reported.length > 0) status = 'reported';
      else if (notes.some((note) => /Checked by/.test(note.markdown))) status = 'checked';
      else if (notes.some((note) => /returns it unchecked/.test(note.markdown))) status = 'returned to callers';
      else if (notes.length > 0) status = 'noted';
      hits.push({ ...hit, pkg, inPackage, path, group: inPackage.startsWith('usr/share/doc/') ? 'examples' : 'library', status, note: notes.map((note) => note.markdown).join(' / ') });
    }
  }
}
log();
log(`== 4. Misses: loader calls in the syntax tree (pandas read_*, json/pickle/yaml/joblib/torch/np load, loadtxt, loadmat, imread, Image.open, h5py.File, urlopen, xarray open_*, sklearn fetch_*, csv.reader …) ==`);
log(`${hits.length + testHits} calls; ${testHits} in test files (skipped by the rule on purpose); ${hits.length} elsewhere (examples ${hits.filter((hit) => hit.group === 'examples').length}, library ${hits.filter((hit) => hit.group === 'library').length}):`);
for (const [status, count] of tally(hits, 'status')) log(`  ${status.padEnd(22)} ${count}  (examples ${hits.filter((hit) => hit.status === status && hit.group === 'examples').length})`);
const unknown = tally(hits.filter((hit) => hit.status === 'not a recorded load').map((hit) => ({ callee: hit.callee })), 'callee');
log(`  not recorded, by callee: ${unknown.slice(0, 25).map(([callee, count]) => `${callee} ${count}`).join(', ')}${unknown.length > 25 ? ', …' : ''}`);
const checkedBy = tally(
  hits.filter((hit) => hit.status === 'checked').map((hit) => ({ by: /Checked by (.*?) \((?:line|cell)/.exec(hit.note)?.[1]?.replace(/`[^`]*`/, (code) => (code.length > 30 ? '`…`' : code)) ?? '?' })),
  'by',
);
log(`  "checked" evidence: ${checkedBy.slice(0, 12).map(([by, count]) => `${by} ${count}`).join(', ')}`);
writeFileSync(join(cacheDir, 'loader-calls.json'), `${JSON.stringify(hits.map(({ path, ...hit }) => hit), null, 1)}\n`);
const unreported = hits.filter((hit) => hit.status !== 'reported');
const missId = (hit) => `${hit.pkg}/${hit.inPackage}${hit.cell !== undefined ? `#cell${hit.cell}` : ''}:${hit.line}`;
// --misses-group narrows the pool (examples: the scripts and notebooks written by others); --misses all lists the
// whole pool. The defaults (all groups, 20) draw the same sample as before these options existed.
const missGroup = args['misses-group'];
const missPool = unreported.filter((hit) => missGroup === 'all' || hit.group === missGroup);
const missSample = [...missPool].sort(byRank(SEED + 2, missId)).slice(0, args.misses === 'all' ? missPool.length : Number(args.misses));
missSample.sort((a, b) => missId(a).localeCompare(missId(b)));
// The same example shipped several times (scikit-learn: examples/x.py, html/_downloads/…/x.py, x.ipynb): the later
// copies name the first, so a listing of every call can be judged once per distinct call.
const copyKey = (hit) => `${hit.pkg}|${hit.inPackage.split('/').pop().replace(/\.(py|ipynb)$/, '')}|${hit.callee}|${hit.text}`;
const firstCopy = new Map();
missSample.forEach((hit, index) => {
  if (!firstCopy.has(copyKey(hit))) firstCopy.set(copyKey(hit), index + 1);
});
const copyOf = (hit, index) => (firstCopy.get(copyKey(hit)) !== index + 1 ? firstCopy.get(copyKey(hit)) : undefined);
writeFileSync(
  join(cacheDir, 'misses.md'),
  `# ${missSample.length} unreported loader calls (seed ${SEED + 2}${missGroup !== 'all' ? `, group ${missGroup}` : ''}${args.misses === 'all' ? ', all of them' : ''})\n\n${missSample
    .map((hit, index) => `## M${index + 1} ${missId(hit)} — \`${hit.callee}\` — ${hit.status}${copyOf(hit, index) ? ` — copy of M${copyOf(hit, index)}` : ''}\n${hit.note || '(no record: the engine did not see a load here)'}\n\`\`\`\n${codeAround(hit.path, hit.cell, hit.line, 8, 14)}\n\`\`\`\n`)
    .join('\n')}`,
);
// M and Q rows: samples of unreported calls; E rows: every unreported call of the examples (the recall section).
const missVerdicts = readVerdicts('MQE');
const missJudged = missSample.map((hit) => ({ hit, verdict: missVerdicts.get(missId(hit)) }));
log(`${args.misses === 'all' ? 'all' : 'sample of'} unreported calls${missGroup !== 'all' ? ` of the ${missGroup} group` : ''}: ${missSample.length} (${firstCopy.size} distinct; seed ${SEED + 2}) in ${relative(repo, join(cacheDir, 'misses.md'))}: ${tally(missSample, 'status').map(([key, count]) => `${key} ${count}`).join(', ')}`);
const missRight = missJudged.filter((entry) => entry.verdict?.verdict.startsWith('right')).length;
const missWrong = missJudged.filter((entry) => /^(wrong|missed)/.test(entry.verdict?.verdict ?? '')).length;
log(`verdicts (right = not reporting was right): ${missRight} right, ${missWrong} wrong (missed), ${missJudged.filter((entry) => !entry.verdict).length} not judged`);
if (args.misses === 'all' && missJudged.some((entry) => !entry.verdict)) log(`  not judged: ${missJudged.filter((entry) => !entry.verdict).map((entry) => missId(entry.hit)).join(', ')}`);

writeFileSync(
  join(cacheDir, 'summary.json'),
  `${JSON.stringify(
    {
      fingerprint,
      corpus: { packages: corpus.packages.length, pythonFiles: corpus.pythonFiles, lines: corpus.lines, notebooks: corpus.notebooks },
      cost: costSummary,
      findings: { raw: findings.length, distinct: distinctFindings.length, byPackage: tally(distinctFindings, 'pkg'), byFamily: tally(distinctFindings, 'family') },
      handCheck: { sampled: sample.length, right, wrong, unjudged: unjudged.map((entry) => findingId(entry.finding)), gone, heuristicFpClasses: fpCounts },
      misses: { callLines: hits.length + testHits, testFiles: testHits, byStatus: tally(hits, 'status'), sampled: missSample.length, right: missRight, wrong: missWrong },
    },
    null,
    2,
  )}\n`,
);
log();
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; summary in ${relative(repo, join(cacheDir, 'summary.json'))}`);
