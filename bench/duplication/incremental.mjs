#!/usr/bin/env node
// Incremental duplicate-code: the time to re-analyse one edited ~1,000-line file in a workspace the size
// of the Debian ML corpus, the way the language server does it: the workspace is indexed once (every file
// analysed with only duplicate-code on, as server.ts indexFile does), the edited file is an open document
// (analysed with all rules and a ParseCache), and after each edit the clone pass runs over open + indexed
// documents asking findings for the open one (duplicateFindings(documents, reportFor)). The clone index
// kept inside duplicateFindings re-hashes only the edited file.
//
//   node bench/duplication/incremental.mjs            # the 9,152 library .py files of run.mjs, 20 files × 10 edits
//   options: --files N (index only N files, for a quick run)  --edited 20  --edits 10  --seed 42
//
// Prints the index build time and memory, then per edit: median / p95 / max of (a) analyse the edited file
// with all rules + clone pass, and (b) the clone pass alone. Engine bundle: bench/.cache/duplication/engine.cjs.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32, shuffle } from '../sampling.mjs';
import { ensureCorpus, regularFiles } from '../debian-ml-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cacheDir = join(repo, 'bench', '.cache', 'duplication');
const require = createRequire(import.meta.url);
const { values: options } = parseArgs({
  options: {
    files: { type: 'string' },
    edited: { type: 'string', default: '20' },
    edits: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
  },
});

async function buildEngine() {
  const esbuild = await import('esbuild');
  const outfile = join(cacheDir, 'engine.cjs');
  mkdirSync(cacheDir, { recursive: true });
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyze, ParseCache } from './server/src/analysis/engine';",
        "export { mergeSettings } from './server/src/config/settings';",
        "export { readSnapshot } from './server/src/workspace/files';",
        "export { pythonSnapshot } from './server/src/documents/snapshot';",
        "export { initParser } from './server/src/parsing/parser';",
        "export { duplicateFindings } from './server/src/workspace/duplicateFindings';",
      ].join('\n'),
      resolveDir: repo,
      loader: 'ts',
      sourcefile: 'duplication-incremental-entry.ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), join(cacheDir, 'tree-sitter.wasm'));
  copyFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'), join(cacheDir, 'tree-sitter-python.wasm'));
  const engine = require(outfile);
  await engine.initParser();
  return engine;
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const summary = (values) => `median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms (n = ${values.length})`;

const engine = await buildEngine();
// The file set of run.mjs's whole-corpus run (the 9,152 library .py files, hard-linked by it).
const tree = join(cacheDir, 'trees', 'full');
if (!existsSync(tree)) {
  await ensureCorpus();
  console.error(`${tree} is missing: run \`node bench/duplication/run.mjs\` once (it builds the file set), then this.`);
  process.exit(1);
}
let files = regularFiles(tree, (path) => path.endsWith('.py')).sort();
if (options.files) files = shuffle(files, mulberry32(Number(options.seed))).slice(0, Number(options.files)).sort();

const settings = engine.mergeSettings();
const duplicatesOnly = { ...settings, rules: { ...settings.rules, customizations: [...settings.rules.customizations, { rule: '!duplicate-code', severity: 'off' }] } };
const started = performance.now();
const indexed = new Map();
for (const path of files) indexed.set(pathToFileURL(path).href, engine.analyze(engine.readSnapshot(path, { maxFileSize: settings.maxFileSize }), duplicatesOnly));
const analysedMs = performance.now() - started;
// The first clone pass builds the index (what the server does once its background indexing ends).
const firstPass = performance.now();
engine.duplicateFindings([...indexed].map(([uri, result]) => ({ uri, result })), new Set());
const indexMs = performance.now() - firstPass;
const lines = files.reduce((sum, path) => sum + readFileSync(path, 'utf8').split('\n').length, 0);
console.log(`workspace: ${files.length} .py files, ${lines.toLocaleString('en-US')} lines; analysed (tokens) in ${(analysedMs / 1000).toFixed(1)} s, clone index built in ${(indexMs / 1000).toFixed(1)} s; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);

const candidates = files.filter((path) => {
  const count = readFileSync(path, 'utf8').split('\n').length;
  return count >= 900 && count <= 1100;
});
const edited = shuffle(candidates, mulberry32(Number(options.seed) + 1)).slice(0, Number(options.edited));
const cache = new engine.ParseCache();
const total = [];
const clonePass = [];
let findingsSeen = 0;
for (const path of edited) {
  const uri = pathToFileURL(path).href;
  const original = readFileSync(path, 'utf8');
  const sourceLines = original.split('\n');
  const random = mulberry32(Number(options.seed) + sourceLines.length);
  const closed = [...indexed].filter(([other]) => other !== uri).map(([other, result]) => ({ uri: other, result }));
  // Open the file (not timed), then edit it: each edit inserts a statement on a random line, as typing does.
  let open = engine.analyze(engine.pythonSnapshot(uri, original), settings, cache);
  engine.duplicateFindings([{ uri, result: open }, ...closed], new Set([uri]));
  for (let edit = 0; edit < Number(options.edits); edit++) {
    const at = Math.floor(random() * sourceLines.length);
    const indent = /^\s*/.exec(sourceLines[at])[0];
    sourceLines.splice(at, 0, `${indent}edited_${edit} = ${edit}  # edit`);
    const text = sourceLines.join('\n');
    const t0 = performance.now();
    open = engine.analyze(engine.pythonSnapshot(uri, text), settings, cache);
    const t1 = performance.now();
    const byUri = engine.duplicateFindings([{ uri, result: open }, ...closed], new Set([uri]));
    const t2 = performance.now();
    findingsSeen += byUri.get(uri)?.length ?? 0;
    total.push(t2 - t0);
    clonePass.push(t2 - t1);
    cache.trim();
  }
}
console.log(`edited: ${edited.length} files of 900–1100 lines × ${options.edits} edits (${findingsSeen} duplicate-code findings in the edited files over all edits)`);
console.log(`re-analyse one edited file (all rules) + clone pass: ${summary(total)}`);
console.log(`clone pass alone (duplicateFindings over ${indexed.size} documents): ${summary(clonePass)}`);
console.log(`goal p95 < 50 ms: ${quantile(total, 0.95) < 50 ? 'MET' : 'NOT MET'}`);
