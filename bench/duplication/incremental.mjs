#!/usr/bin/env node
// Incremental duplicate-code: the time to re-analyse one edited ~1,000-line file in a workspace the size
// of the Debian ML corpus, on the path the language server takes (server.ts analyseNow → refreshDuplicates):
// the workspace is indexed once (every file analysed with only duplicate-code on and put in a DuplicateIndex,
// as indexFile does); the edited file is an open document, with a few other open documents (some that share
// copies with it, some that do not); after each edit: (a) the engine analyses the edited file with all rules
// and a ParseCache, (b) the index replaces that one document (re-hashing its units), (c) DuplicateIndex.refresh
// gives the copies of the open documents that may have changed (the edited one and its partners). Like the
// server, (a) parses the edited text incrementally from the cached tree of the previous one.
//
//   node bench/duplication/incremental.mjs            # the 9,152 library .py files of run.mjs, 20 files × 10 edits
//   options: --files N (index only N files, for a quick run)  --edited 20  --edits 10  --open 8  --seed 42
//            --full-parse (parse each edited text from scratch, as before incremental parsing)
//            --cpu-prof (CPU profiles of the timed edits only, one per edited file, in bench/.cache/duplication/incremental-profiles/)
//
// Prints the index build time and memory, then per edit: median / p95 / max of the whole (a + b + c) and of
// each part. Engine bundle: bench/.cache/duplication/engine.cjs.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32, shuffle } from '../sampling.mjs';
import { ensureCorpus, regularFiles } from '../debian-ml-corpus.mjs';
import { bundleEngine } from '../engine.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cacheDir = join(repo, 'bench', '.cache', 'duplication');
const require = createRequire(import.meta.url);
const { values: options } = parseArgs({
  options: {
    files: { type: 'string' },
    edited: { type: 'string', default: '20' },
    edits: { type: 'string', default: '10' },
    open: { type: 'string', default: '8' },
    seed: { type: 'string', default: '42' },
    'cpu-prof': { type: 'boolean', default: false },
    'full-parse': { type: 'boolean', default: false },
  },
});

async function buildEngine() {
  return bundleEngine({
    repo,
    cacheDir,
    name: 'duplication-incremental',
    exports: [
      "export { analyze, ParseCache } from './server/src/analysis/engine';",
      "export { mergeSettings } from './server/src/config/settings';",
      "export { readSnapshot } from './server/src/workspace/files';",
      "export { pythonSnapshot } from './server/src/documents/snapshot';",
      "export { initParser } from './server/src/parsing/parser';",
      "export { DuplicateIndex } from './server/src/workspace/duplicateFindings';",
    ],
  });
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
// The workspace index, as the server's buildIndex fills it: one document at a time.
const started = performance.now();
const clones = new engine.DuplicateIndex();
const indexed = new Map();
for (const path of files) {
  const uri = pathToFileURL(path).href;
  const result = engine.analyze(engine.readSnapshot(path, { maxFileSize: settings.maxFileSize }), duplicatesOnly);
  indexed.set(uri, result);
  clones.set(uri, result);
}
const indexMs = performance.now() - started;
const lines = files.reduce((sum, path) => sum + readFileSync(path, 'utf8').split('\n').length, 0);
console.log(`workspace: ${files.length} .py files, ${lines.toLocaleString('en-US')} lines; analysed (tokens) and indexed in ${(indexMs / 1000).toFixed(1)} s; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);

const candidates = files.filter((path) => {
  const count = readFileSync(path, 'utf8').split('\n').length;
  return count >= 900 && count <= 1100;
});
const edited = shuffle(candidates, mulberry32(Number(options.seed) + 1)).slice(0, Number(options.edited));
const cache = new engine.ParseCache();
const parts = { total: [], analysis: [], parse: [], update: [], refresh: [], clones: [] };
let findingsSeen = 0;
let refreshed = 0;
let session;
if (options['cpu-prof']) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  mkdirSync(join(cacheDir, 'incremental-profiles'), { recursive: true });
}
for (const path of edited) {
  const uri = pathToFileURL(path).href;
  const original = readFileSync(path, 'utf8');
  const sourceLines = original.split('\n');
  const random = mulberry32(Number(options.seed) + sourceLines.length);
  // Open the file (not timed), with other open documents: up to half that share copies with it, the rest
  // random files. Each open document's partners are those of its last refresh, as the server keeps them.
  let result = engine.analyze(engine.pythonSnapshot(uri, original), settings, cache);
  let lastText = original;
  clones.set(uri, result);
  const open = new Map([[uri, new Set()]]);
  const partners = [...clones.copiesOf([uri]).get(uri).partners].slice(0, Math.floor(Number(options.open) / 2));
  const others = shuffle([...indexed.keys()], random).slice(0, Number(options.open) - partners.length);
  for (const other of [...partners, ...others]) if (other !== uri) open.set(other, new Set());
  for (const other of open.keys()) if (other !== uri) clones.set(other, engine.analyze(engine.readSnapshot(fileURLToPath(other), { maxFileSize: settings.maxFileSize }), settings, cache));
  for (const [other, copies] of clones.refresh(undefined, open)) open.set(other, copies.partners);
  if (session) await session.post('Profiler.start');
  for (let edit = 0; edit < Number(options.edits); edit++) {
    // Each edit inserts a statement on a random line, as typing does.
    const at = Math.floor(random() * sourceLines.length);
    const indent = /^\s*/.exec(sourceLines[at])[0];
    sourceLines.splice(at, 0, `${indent}edited_${edit} = ${edit}  # edit`);
    const text = sourceLines.join('\n');
    const t0 = performance.now();
    // As the server does: the edited text is parsed from the cached tree of the last analysed one.
    cache.get(text, options['full-parse'] ? undefined : lastText);
    const parsed = performance.now();
    lastText = text;
    result = engine.analyze(engine.pythonSnapshot(uri, text), settings, cache);
    const t1 = performance.now();
    clones.set(uri, result);
    const t2 = performance.now();
    const byUri = clones.refresh([uri], open);
    const t3 = performance.now();
    for (const [other, copies] of byUri) open.set(other, copies.partners);
    findingsSeen += byUri.get(uri)?.findings.length ?? 0;
    refreshed += byUri.size;
    parts.total.push(t3 - t0);
    parts.analysis.push(t1 - t0);
    parts.parse.push(parsed - t0);
    parts.update.push(t2 - t1);
    parts.refresh.push(t3 - t2);
    parts.clones.push(t3 - t1);
    cache.trim();
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(cacheDir, 'incremental-profiles', `${edited.indexOf(path)}.cpuprofile`), JSON.stringify(profile));
  }
  // Closed again: back to its on-disk version, the others too.
  for (const other of open.keys()) clones.set(other, indexed.get(other));
}
const edits = parts.total.length;
console.log(`edited: ${edited.length} files of 900–1100 lines × ${options.edits} edits, ${options.open} other open documents (${findingsSeen} duplicate-code findings in the edited files over all edits; ${(refreshed / edits).toFixed(1)} open documents refreshed per edit)`);
console.log(`whole edit (analysis + index update + refresh): ${summary(parts.total)}`);
console.log(`  engine analysis of the edited file (all rules): ${summary(parts.analysis)}`);
console.log(`    of which parsing (ParseCache.get):           ${summary(parts.parse)}`);
console.log(`  duplicate-code (index update + refresh):       ${summary(parts.clones)}`);
console.log(`    index update (DuplicateIndex.set):           ${summary(parts.update)}`);
console.log(`    refresh (copies of affected open documents): ${summary(parts.refresh)}`);
console.log(`goal p95 < 50 ms: whole edit ${quantile(parts.total, 0.95) < 50 ? 'MET' : 'NOT MET'}, duplicate-code part ${quantile(parts.clones, 0.95) < 50 ? 'MET' : 'NOT MET'}`);
