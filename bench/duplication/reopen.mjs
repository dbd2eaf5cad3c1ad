#!/usr/bin/env node
// Reopening a large workspace: how long the language server takes from `initialized` until its duplicate-code
// index of the workspace is built, on the first start (no index cache: every file read and tokenized) and on
// a restart with the cache the first start wrote (initializationOptions.cacheDirectory, as the VS Code client
// passes it). Runs the real bundle (`node dist/server.js --stdio`) on the pinned Debian ML corpus
// (bench/debian-ml-corpus.mjs, fetched into bench/.cache/ when missing), N runs each, and prints the medians
// and their ratio. The index counts as built at the server's "workspace index: …" log line.
//
//   node esbuild.mjs && node bench/duplication/reopen.mjs             # whole corpus, 3 runs each
//   options: --runs 3  --package python3-sklearn (a corpus folder instead of the whole corpus; repeatable)
//            --profile DIR (CPU profile of every server session into DIR)
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { CORPUS_ROOT, ensureCorpus } from '../debian-ml-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' }, package: { type: 'string', multiple: true, default: [] }, profile: { type: 'string' } } });
const runs = Number(options.runs);
if (!existsSync(join(dist, 'server.js'))) {
  console.error('dist/server.js is missing: run `node esbuild.mjs` first');
  process.exit(2);
}
// Every session runs the same snapshot of the bundle: a rebuild of dist/ during the run would change the
// build the cache is tied to (and void it). The snapshot still finds catalog/ by looking upwards.
const snapshot = join(here, '..', '.cache', 'duplication', 'reopen-server');
mkdirSync(snapshot, { recursive: true });
for (const file of ['server.js', 'tree-sitter.wasm', 'tree-sitter-python.wasm']) copyFileSync(join(dist, file), join(snapshot, file));
const server = join(snapshot, 'server.js');

await ensureCorpus();
// The workspace folder lies outside the repository (bench/.cache/ is git-ignored, and the server honours
// .gitignore files above the folder it walks): a temporary folder holding a link to the corpus, or to each
// chosen package's folder.
const scratch = mkdtempSync(join(tmpdir(), 'ml-practices-reopen-'));
let workspace = join(scratch, 'corpus');
if (options.package.length === 0) {
  symlinkSync(CORPUS_ROOT, workspace);
} else {
  // The walk does not follow links below the folder, so each package gets a folder of its own.
  workspace = join(scratch, 'packages');
  mkdirSync(workspace);
}
const folders = options.package.length === 0 ? [workspace] : options.package.map((name) => {
  const link = join(workspace, name);
  symlinkSync(join(CORPUS_ROOT, name), link);
  return link;
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One server session: ms from `initialized` to the index log line, and the log lines of the session. */
async function session(cacheDirectory) {
  const profile = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
  const child = spawn(process.execPath, [...profile, server, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const logs = [];
  const waiters = [];
  connection.onNotification('window/logMessage', ({ message }) => {
    logs.push(message);
    for (const waiter of [...waiters]) waiter();
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const waitForLog = (pattern, timeoutMs = 300_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const line = logs.find((message) => pattern.test(message));
        if (!line) return;
        waiters.splice(waiters.indexOf(check), 1);
        clearTimeout(timer);
        resolve(line);
      };
      const timer = setTimeout(() => reject(new Error(`no log line matching ${pattern} within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`)), timeoutMs);
      waiters.push(check);
      check();
    });
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: folder })),
    capabilities: { window: { workDoneProgress: true } },
    initializationOptions: { cacheDirectory },
  });
  const started = performance.now();
  await connection.sendNotification('initialized', {});
  const indexed = await waitForLog(/workspace index: \d+ documents/);
  const elapsed = performance.now() - started;
  // The next session must find the cache complete: wait until this one has written it.
  const written = await waitForLog(/index cache: (wrote|could not write|.* is up to date)/, 120_000);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return { elapsed, indexed, written, loaded: logs.find((message) => message.includes('index cache: ') && /read from|ignored|none yet/.test(message)) };
}

const cacheRoot = mkdtempSync(join(tmpdir(), 'ml-practices-reopen-cache-'));
const cold = [];
const warm = [];
const started = Date.now();
try {
  for (let run = 0; run < runs; run++) {
    const directory = join(cacheRoot, `run-${run}`);
    const first = await session(directory);
    cold.push(first.elapsed);
    console.log(`cold ${run + 1}: ${(first.elapsed / 1000).toFixed(2)} s — ${first.indexed.replace(/^\[[^\]]*\] /, '')}; ${first.written.replace(/^\[[^\]]*\] /, '').replace(cacheRoot, '<cache>')}`);
    const second = await session(directory);
    warm.push(second.elapsed);
    console.log(`warm ${run + 1}: ${(second.elapsed / 1000).toFixed(2)} s — ${second.indexed.replace(/^\[[^\]]*\] /, '')}; ${second.loaded?.replace(/^\[[^\]]*\] /, '').replace(cacheRoot, '<cache>')}`);
  }
} finally {
  rmSync(cacheRoot, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
const coldMedian = median(cold);
const warmMedian = median(warm);
console.log(`\nworkspace: ${options.package.length === 0 ? 'the whole Debian ML corpus' : options.package.join(', ')}; Node ${process.version}; ${runs} runs each; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
console.log(`initialized → index built, first start (no cache):   median ${(coldMedian / 1000).toFixed(2)} s`);
console.log(`initialized → index built, restart (cache present):  median ${(warmMedian / 1000).toFixed(2)} s`);
console.log(`ratio first start / restart: ${(coldMedian / warmMedian).toFixed(1)}×`);
