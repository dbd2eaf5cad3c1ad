// Protocol-level benchmark for editing one cell of a large notebook: the real server (dist/server.js
// --stdio) gets a 300-code-cell notebook through notebook sync, then many single-cell edits; for each edit
// we time from sending notebookDocument/didChange until the client's diagnostics are up to date for every
// cell. The server re-sends only cells whose diagnostics changed, so each edit toggles a finding in the
// edited cell; when that cell's new diagnostics arrive, one request round trip more guarantees every other
// publish of the same analysis has arrived too (the server writes them before answering).
// Prints median and p95 (goal: p95 under 30 ms) and the server's own analysis time from its log.
// Usage: node bench/notebook-edit.mjs [codeCells=300] [edits=200]   (BENCH_SERVER=path/to/server.js: another build)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const codeCellCount = Number(process.argv[2] ?? 300);
const editCount = Number(process.argv[3] ?? 200);
const root = new URL('..', import.meta.url).pathname;

// Realistic cells of a long analysis notebook: loads, cleaning, features, plots, helper functions.
const templates = [
  (i) => `raw_${i} = pd.read_csv("data/part_${i}.csv", parse_dates=["date"])\nraw_${i}.head()`,
  (i) => `clean_${i} = raw_${i}.dropna(subset=["target"])\nclean_${i} = clean_${i}[clean_${i}["amount"] > 0]\nclean_${i}["log_amount"] = np.log1p(clean_${i}["amount"])`,
  (i) => `def summarise_${i}(frame, column="amount"):\n    stats = frame[column].describe()\n    missing = frame[column].isna().mean()\n    if missing > 0.1:\n        print(f"{column}: {missing:.1%} missing")\n    return stats`,
  (i) => `features_${i} = clean_${i}.groupby("customer_id").agg(total=("amount", "sum"), visits=("date", "nunique"))\nfeatures_${i}["ratio"] = features_${i}["total"] / features_${i}["visits"]`,
  (i) => `%%time\nmodel_${i} = LogisticRegression(max_iter=200)\nmodel_${i}.fit(features_${i}[["total", "visits"]], labels.loc[features_${i}.index])`,
  (i) => `fig, ax = plt.subplots(figsize=(8, 4))\nfeatures_${i}["total"].plot.hist(ax=ax, bins=40)\nax.set_title("Total per customer, part ${i}")`,
  (i) => `scores_${i} = {name: metric(labels.loc[features_${i}.index], model_${i}.predict(features_${i}[["total", "visits"]])) for name, metric in METRICS.items()}\nresults.append(scores_${i})`,
  (i) => `# Check the join before going on\nassert features_${i}.index.is_unique, "duplicate customers"\nprint(len(features_${i}), "customers")`,
];
const header = 'import numpy as np\nimport pandas as pd\nimport matplotlib.pyplot as plt\nfrom sklearn.linear_model import LogisticRegression\nfrom sklearn.metrics import accuracy_score, f1_score\nMETRICS = {"accuracy": accuracy_score, "f1": f1_score}\nlabels = pd.read_csv("data/labels.csv", index_col=0)["churned"]\nresults = []';

const cells = [{ kind: 2, text: header }];
for (let index = 1; cells.filter((cell) => cell.kind === 2).length < codeCellCount; index++) {
  if (index % 10 === 0) cells.push({ kind: 1, text: `## Part ${Math.floor(index / 8)}` });
  cells.push({ kind: 2, text: templates[index % templates.length](Math.floor(index / templates.length)) });
}
const notebookUri = 'file:///bench/large.ipynb';
const cellUri = (index) => `vscode-notebook-cell:/bench/large.ipynb#C${index}`;
const codeUris = cells.flatMap((cell, index) => (cell.kind === 2 ? [cellUri(index)] : []));

const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), process.env.BENCH_SERVER ?? join(root, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let published = new Set();
let onPublish = () => {};
const serverTimes = [];
const current = new Map();
connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }) => {
  published.add(uri);
  current.set(uri, diagnostics);
  onPublish();
});
connection.onNotification('window/logMessage', ({ message }) => {
  const match = /analysed file:\/\/\/bench\/large\.ipynb: \d+ finding\(s\) in ([\d.]+) ms/.exec(message);
  if (match) serverTimes.push(Number(match[1]));
});
connection.onRequest('client/registerCapability', () => null);
connection.listen();

/** Resolves when `condition` holds after a publish (checked on every publish), or fails after 30 s. */
const published_ = (condition, what) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 30_000);
    onPublish = () => {
      if (condition()) {
        clearTimeout(timer);
        onPublish = () => {};
        resolve();
      }
    };
    onPublish();
  });
const allCellsPublished = () => published_(() => codeUris.every((uri) => published.has(uri)), 'diagnostics of every cell');
const manyParameters = (uri) => (current.get(uri) ?? []).filter((diagnostic) => diagnostic.code === 'many-parameters').length;

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { notebookDocument: { synchronization: {} } } });
await connection.sendNotification('initialized', {});
const opened = performance.now();
await connection.sendNotification('notebookDocument/didOpen', {
  notebookDocument: { uri: notebookUri, notebookType: 'jupyter-notebook', version: 1, cells: cells.map((cell, index) => ({ kind: cell.kind, document: cellUri(index), executionSummary: { executionOrder: index + 1 } })) },
  cellTextDocuments: cells.map((cell, index) => ({ uri: cellUri(index), languageId: cell.kind === 2 ? 'python' : 'markdown', version: 1, text: cell.text })),
});
await allCellsPublished();
const openMs = performance.now() - opened;

// Deterministic pseudo-random choice of edited cells (a small LCG), so runs are comparable.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
const latencies = [];
const versions = new Map();
for (let edit = 0; edit < editCount; edit++) {
  const index = cells.indexOf(cells.filter((cell) => cell.kind === 2)[next() % codeCellCount]);
  const version = (versions.get(index) ?? 1) + 1;
  versions.set(index, version);
  // Toggle a five-parameter function at the end of the cell: its many-parameters finding comes and goes.
  const toggle = `\ndef helper_${index}(a, b, c, d, e):\n    return a`;
  const adding = !cells[index].text.endsWith(toggle);
  cells[index].text = adding ? cells[index].text + toggle : cells[index].text.slice(0, -toggle.length);
  const uri = cellUri(index);
  const expected = manyParameters(uri) + (adding ? 1 : -1);
  const started = performance.now();
  const done = published_(() => manyParameters(uri) === expected, `the edited cell's diagnostics (edit ${edit})`).then(() =>
    connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }),
  );
  await connection.sendNotification('notebookDocument/didChange', {
    notebookDocument: { uri: notebookUri, version: edit + 2 },
    change: { cells: { textContent: [{ document: { uri: cellUri(index), version }, changes: [{ text: cells[index].text }] }] } },
  });
  await done;
  latencies.push(performance.now() - started);
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const editServer = serverTimes.slice(1);
console.log(`notebook: ${codeCellCount} code cells, ${cells.length - codeCellCount} markdown cells, ${cells.reduce((sum, cell) => sum + cell.text.split('\n').length, 0)} lines`);
console.log(`open → diagnostics for every cell: ${openMs.toFixed(1)} ms`);
console.log(`edit one cell → diagnostics for every cell (${editCount} edits): median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
console.log(`  of which server analysis: median ${percentile(editServer, 50).toFixed(1)} ms, p95 ${percentile(editServer, 95).toFixed(1)} ms`);
console.log(`goal: p95 under 30 ms → ${percentile(latencies, 95) < 30 ? 'met' : 'NOT met'}`);
