// Measures what a user waits for: language server start-up (spawn → initialize answered) and time to the
// first diagnostics after opening each file of examples/ (.py as text documents, .ipynb through notebook
// sync, as VS Code sends them). Runs the bundled server N times and prints medians and p95. Also prints the
// bundle sizes. Usage: node bench/server-startup.mjs [runs=15]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const runs = Number(process.argv[2] ?? 15);
const root = new URL('..', import.meta.url).pathname;
const server = join(root, 'dist', 'server.js');

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : filesUnder(path);
    return /\.(py|ipynb)$/.test(entry.name) ? [path] : [];
  });
}
const files = filesUnder(join(root, 'examples'));

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (value) => `${value.toFixed(1)} ms`;

async function once() {
  const started = performance.now();
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', ({ uri }) => waiting.get(uri)?.());
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { notebookDocument: { synchronization: {} } } });
  const initialized = performance.now() - started;
  await connection.sendNotification('initialized', {});
  const firstDiagnostics = {};
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const uri = pathToFileURL(path).href;
    const opened = performance.now();
    let target = uri;
    if (path.endsWith('.ipynb')) {
      const notebook = JSON.parse(text);
      const cells = notebook.cells.map((cell, index) => ({ cell, uri: `vscode-notebook-cell:${path}#C${index}` }));
      const firstCode = cells.find(({ cell }) => cell.cell_type === 'code');
      target = firstCode.uri;
      const done = new Promise((resolve) => waiting.set(target, resolve));
      await connection.sendNotification('notebookDocument/didOpen', {
        notebookDocument: {
          uri, notebookType: 'jupyter-notebook', version: 1,
          cells: cells.map(({ cell, uri: cellUri }) => ({ kind: cell.cell_type === 'code' ? 2 : 1, document: cellUri, ...(cell.execution_count ? { executionSummary: { executionOrder: cell.execution_count } } : {}) })),
        },
        cellTextDocuments: cells.map(({ cell, uri: cellUri }) => ({ uri: cellUri, languageId: cell.cell_type === 'code' ? 'python' : 'markdown', version: 1, text: [].concat(cell.source).join('') })),
      });
      await done;
    } else {
      const done = new Promise((resolve) => waiting.set(target, resolve));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
      await done;
    }
    firstDiagnostics[relative(root, path)] = performance.now() - opened;
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return { initialized, firstDiagnostics, firstFileAfterSpawn: initialized + Object.values(firstDiagnostics)[0] };
}

const results = [];
for (let run = 0; run < runs; run++) results.push(await once());
console.log(`ml-practices server start-up, ${runs} runs (median / p95), Node ${process.version}`);
console.log(`  spawn → initialize answered: ${ms(percentile(results.map((r) => r.initialized), 50))} / ${ms(percentile(results.map((r) => r.initialized), 95))}`);
console.log(`  spawn → first file's diagnostics: ${ms(percentile(results.map((r) => r.firstFileAfterSpawn), 50))} / ${ms(percentile(results.map((r) => r.firstFileAfterSpawn), 95))}`);
console.log('  didOpen → diagnostics, per file (server already running):');
for (const file of Object.keys(results[0].firstDiagnostics)) {
  const values = results.map((r) => r.firstDiagnostics[file]);
  console.log(`    ${file.padEnd(40)} ${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`);
}
console.log('bundle sizes:');
for (const file of ['client.js', 'server.js', 'cli.js', 'tree-sitter.wasm', 'tree-sitter-python.wasm', 'ml-practices.vsix']) {
  try {
    console.log(`  dist/${file.padEnd(26)} ${(statSync(join(root, 'dist', file)).size / 1024).toFixed(0)} kB`);
  } catch {
    console.log(`  dist/${file.padEnd(26)} (not built)`);
  }
}
