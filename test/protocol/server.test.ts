// Protocol tests: the real bundled server, spawned over stdio, spoken to in LSP. Covers files and
// notebooks (LSP 3.17 notebook sync), diagnostics, hover, code actions, settings, bad input, shutdown.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { applyEdits, SERVER, TestClient } from '../support/lspClient';

const LONG_FUNCTION = ['def train(model, data, epochs, lr, batch_size):', ...Array.from({ length: 16 }, (_, index) => `    step_${index} = model.fit(data, epochs)`), '    return model', ''].join('\n');

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code).sort();
const messageOf = (diagnostic: Diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
const hoverText = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

describe('language server over stdio', function () {
  let client: TestClient;

  before(() => assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build`));
  afterEach(() => client?.kill());

  it('initializes with hover, code actions and notebook sync, and shuts down cleanly', async () => {
    client = new TestClient();
    const { capabilities } = await client.initialize();
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.codeActionProvider);
    // All cells are synced (no `cells` filter), so cell indices are the notebook's own, markdown included.
    assert.deepEqual((capabilities.notebookDocumentSync as { notebookSelector: unknown[] }).notebookSelector, [{ notebook: { notebookType: 'jupyter-notebook' } }]);
    assert.equal(await client.shutdown(), 0);
  });

  it('pushes diagnostics for a .py file, updates them on change and clears them on close', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///project/train.py';
    await client.open(uri, LONG_FUNCTION);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0);
    assert.deepEqual(codes(diagnostics), ['long-function', 'many-parameters']);
    const long = diagnostics.find((diagnostic) => diagnostic.code === 'long-function')!;
    assert.equal(long.source, 'ml-practices');
    assert.equal(long.severity, 3);
    assert.deepEqual(long.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } });
    assert.match(long.codeDescription!.href, /^https:\/\//);

    await client.change(uri, 'def train(model):\n    return model\n', 2);
    await client.waitForDiagnostics(uri, (list) => list.length === 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers hover with the practice card, also on a rule id in a suppression comment', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///project/hover.py';
    const text = `x = 1  # ml-practices: disable=complex-function\n${LONG_FUNCTION}`;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (list) => list.length > 0);
    const onFinding = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 6 } });
    assert.match(hoverText(onFinding), /### Write Short Units of Code/);
    assert.match(hoverText(onFinding), /### Keep Unit Interfaces Small/);
    assert.match(hoverText(onFinding), /\[Open practice\]\(command:ml-practices\.showPractice\?/);
    const onDirective = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 35 } });
    assert.match(hoverText(onDirective), /### Write Simple Units of Code/);
    const elsewhere = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } });
    assert.equal(elsewhere, null);
  });

  it('offers suppress and show-practice code actions; applying line suppression removes the diagnostic', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///project/actions.py';
    await client.open(uri, LONG_FUNCTION);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length === 2);
    const long = diagnostics.find((diagnostic) => diagnostic.code === 'long-function')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: long.range,
      context: { diagnostics: [long] },
    });
    assert.deepEqual(actions.map((action) => action.title), [
      'Suppress long-function on this line',
      'Suppress long-function in this file',
      'Show practice: Write Short Units of Code',
    ]);
    assert.deepEqual(actions[2].command?.arguments, ['bms-short-units']);
    const edited = applyEdits(LONG_FUNCTION, actions[0].edit!.changes![uri]);
    assert.equal(edited.split('\n')[0], 'def train(model, data, epochs, lr, batch_size):  # ml-practices: disable=long-function');
    await client.change(uri, edited, 2);
    const after = await client.waitForDiagnostics(uri, (list) => list.length === 1);
    assert.deepEqual(codes(after), ['many-parameters']);

    // The second suppression reuses the directive that is now on the line.
    const many = after[0];
    const second = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: many.range, context: { diagnostics: [many] } });
    const reused = applyEdits(edited, second[0].edit!.changes![uri]);
    assert.equal(reused.split('\n')[0], 'def train(model, data, epochs, lr, batch_size):  # ml-practices: disable=long-function,many-parameters');
    const fileWide = applyEdits(edited, second[1].edit!.changes![uri]);
    assert.equal(fileWide.split('\n')[0], '# ml-practices: disable-file=many-parameters');
    await client.change(uri, fileWide, 3);
    await client.waitForDiagnostics(uri, (list) => list.length === 0);
  });

  it('analyses notebooks through notebook document sync: per-cell diagnostics, hover and edits', async () => {
    client = new TestClient();
    await client.initialize();
    const notebookUri = 'file:///project/explore.ipynb';
    const cell = (index: number) => `vscode-notebook-cell://127.0.0.1:8080/project/explore.ipynb#W${index}sZmlsZQ%3D%3D`;
    const cells = [
      { kind: 1, document: cell(0) },
      { kind: 2, document: cell(1), executionSummary: { executionOrder: 1, success: true } },
      { kind: 2, document: cell(2), executionSummary: { executionOrder: 2, success: true } },
    ];
    await client.connection.sendNotification('notebookDocument/didOpen', {
      notebookDocument: { uri: notebookUri, notebookType: 'jupyter-notebook', version: 1, cells },
      cellTextDocuments: [
        { uri: cell(0), languageId: 'markdown', version: 1, text: '# Explore' },
        { uri: cell(1), languageId: 'python', version: 1, text: '%matplotlib inline\n!pip install pandas\nimport pandas as pd' },
        { uri: cell(2), languageId: 'python', version: 1, text: LONG_FUNCTION },
      ],
    });
    const inCell = await client.waitForDiagnostics(cell(2), (list) => list.length === 2);
    assert.deepEqual(codes(inCell), ['long-function', 'many-parameters']);
    assert.deepEqual(await client.waitForDiagnostics(cell(1)), [], 'a clean cell gets an empty list (and magics are no syntax error)');

    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: cell(2) }, position: { line: 0, character: 5 } });
    assert.match(hoverText(hover), /### Write Short Units of Code/);

    // Editing the cell through notebookDocument/didChange updates that cell's diagnostics.
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: notebookUri, version: 2 },
      change: { cells: { textContent: [{ document: { uri: cell(2), version: 2 }, changes: [{ text: 'def train(model):\n    return model\n' }] }] } },
    });
    await client.waitForDiagnostics(cell(2), (list) => list.length === 0);

    // Adding a cell with a finding: the new cell gets it, and the old ones stay correct.
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: notebookUri, version: 3 },
      change: {
        cells: {
          structure: {
            array: { start: 3, deleteCount: 0, cells: [{ kind: 2, document: cell(3) }] },
            didOpen: [{ uri: cell(3), languageId: 'python', version: 1, text: 'def f(a, b, c, d, e):\n    pass\n' }],
          },
        },
      },
    });
    const added = await client.waitForDiagnostics(cell(3), (list) => list.length === 1);
    assert.deepEqual(codes(added), ['many-parameters']);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: cell(3) }, range: added[0].range, context: { diagnostics: added } });
    assert.deepEqual(Object.keys(actions[0].edit!.changes!), [cell(3)], 'line suppression edits the cell');
    assert.deepEqual(Object.keys(actions[1].edit!.changes!), [cell(1)], 'file suppression goes into the first code cell');
  });

  it('applies editor settings (severity overrides, thresholds) and reports broken ones without crashing', async () => {
    let settings: unknown = { rules: { customizations: [{ rule: '*-function', severity: 'error' }, { rule: 'many-parameters', severity: 'off' }] } };
    client = new TestClient({ settings: () => settings });
    await client.initialize();
    const uri = 'file:///project/settings.py';
    await client.open(uri, LONG_FUNCTION);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0);
    assert.deepEqual(codes(diagnostics), ['long-function']);
    assert.equal(diagnostics[0].severity, 1);

    settings = { rules: { options: { 'long-function': { maxLines: 40 } } }, run: 'sometimes' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, (list) => list.length === 1 && list[0].code === 'many-parameters');
    const warning = await client.waitFor('a message about the bad setting', () => client.messages.find((message) => /"run" must be/.test(message.message)));
    assert.equal(warning.type, 2);
  });

  it('flags an unchecked load, says so on hover, and its "Add sanity checks" fix removes the finding', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///project/load.py';
    const text = 'import pandas as pd\n\n\ndef prepare(path):\n    df = pd.read_csv(path)\n    df.head()\n    return df["age"]\n';
    await client.open(uri, text);
    const [load] = await client.waitForDiagnostics(uri, (list) => list.length === 1);
    assert.equal(load.code, 'unchecked-data-load');
    assert.equal(load.severity, 2, 'a warning in .py files');
    assert.match(messageOf(load), /only inspected \(`df\.head\(\)`, line 6\)/);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: load.range.start });
    assert.match(hoverText(hover), /\*\*Loads external data\*\* with `pandas\.read_csv` into `df`\. Inspected by `df\.head\(\)` \(line 6\), never checked\./);
    assert.match(hoverText(hover), /### Use Sanity Checks for All External Data Sources/);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: load.range, context: { diagnostics: [load] } });
    const fix = actions.find((action) => action.title === 'Add sanity checks for `df`')!;
    assert.ok(fix.isPreferred);
    const fixed = applyEdits(text, fix.edit!.changes![uri]);
    await client.change(uri, fixed, 2);
    await client.waitForDiagnostics(uri, (list) => list.length === 0);
    const checked = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: load.range.start });
    assert.match(hoverText(checked), /Checked by the assert \(line 6\)\./);
  });

  it('writes a pandera schema in the fix when another workspace file imports pandera (and imports it)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mlp-pandera-'));
    const text = 'import pandas as pd\n\ndf = pd.read_csv("raw.csv")\nprint(df["age"].mean())\n';
    writeFileSync(join(folder, 'schemas.py'), 'import pandera as pa\n\nPEOPLE = pa.DataFrameSchema({"age": pa.Column(int)})\n');
    writeFileSync(join(folder, 'train.py'), text);
    client = new TestClient();
    await client.initialize(pathToFileURL(folder).href);
    await client.waitFor('the workspace index', () => client!.logs.find((line) => /workspace index: \d+ documents/.test(line)));
    const uri = pathToFileURL(join(folder, 'train.py')).href;
    await client.open(uri, text);
    const [load] = await client.waitForDiagnostics(uri, (list) => list.some((diagnostic) => diagnostic.code === 'unchecked-data-load'));
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: load.range, context: { diagnostics: [load] } });
    const fixed = applyEdits(text, actions.find((action) => action.title === 'Add sanity checks for `df`')!.edit!.changes![uri]);
    assert.match(fixed, /^import pandas as pd\nimport pandera as pa\n\ndf = pd\.read_csv\("raw\.csv"\)\ndf = pa\.DataFrameSchema\(/);
    await client.change(uri, fixed, 2);
    await client.waitForDiagnostics(uri, (list) => list.length === 0);
    rmSync(folder, { recursive: true, force: true });
  });

  it('asks the editor for settings once per workspace folder while indexing, not once per file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mlp-settings-'));
    for (let index = 0; index < 12; index++) writeFileSync(join(folder, `step_${index}.py`), `def step_${index}(x):\n    return x + ${index}\n`);
    let asked = 0;
    client = new TestClient({ settings: () => (asked++, null) });
    await client.initialize(pathToFileURL(folder).href);
    await client.waitFor('the workspace index', () => client!.logs.find((line) => /workspace index: 12 documents/.test(line)));
    assert.equal(asked, 1, 'one workspace/configuration item for the folder');
    rmSync(folder, { recursive: true, force: true });
  });

  it('updates the copy in another open file when one file changes', async () => {
    client = new TestClient();
    await client.initialize();
    const block = (name: string) =>
      `def ${name}(frame):\n    frame = frame.dropna(subset=["age", "income"])\n    frame = frame[frame["age"].between(18, 100)]\n    frame["income"] = frame["income"].clip(lower=0)\n    frame["log_income"] = (frame["income"] + 1).apply(float)\n    return frame.reset_index(drop=True)\n`;
    const a = 'file:///project/a.py';
    const b = 'file:///project/b.py';
    await client.open(a, block('clean_a'));
    await client.open(b, block('clean_b'));
    const [inA] = await client.waitForDiagnostics(a, (list) => list.length === 1);
    assert.deepEqual(inA.relatedInformation?.map((related) => related.location.uri), [b]);
    await client.waitForDiagnostics(b, (list) => list.length === 1);
    // b is rewritten: a's copy has no partner any more, so a's diagnostic goes too.
    await client.change(b, 'def clean_b(frame):\n    return frame.dropna()\n', 2);
    await client.waitForDiagnostics(a, (list) => list.length === 0);
    await client.waitForDiagnostics(b, (list) => list.length === 0);
  });

  it('finds copies in files that are not open (workspace index), and forgets a deleted file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mlp-index-'));
    const block = (name: string) =>
      `def ${name}(frame):\n    frame = frame.dropna(subset=["age", "income"])\n    frame = frame[frame["age"].between(18, 100)]\n    frame["income"] = frame["income"].clip(lower=0)\n    frame["log_income"] = (frame["income"] + 1).apply(float)\n    return frame.reset_index(drop=True)\n`;
    writeFileSync(join(folder, 'train.py'), block('clean_train'));
    writeFileSync(join(folder, 'serve.py'), block('clean_request'));
    client = new TestClient();
    await client.initialize(pathToFileURL(folder).href);
    const openUri = pathToFileURL(join(folder, 'train.py')).href;
    const closedUri = pathToFileURL(join(folder, 'serve.py')).href;
    await client.open(openUri, block('clean_train'));
    const [copy] = await client.waitForDiagnostics(openUri, (list) => list.some((diagnostic) => diagnostic.code === 'duplicate-code'));
    assert.equal(copy.code, 'duplicate-code');
    assert.deepEqual(copy.relatedInformation?.map((related) => related.location.uri), [closedUri]);
    assert.match(messageOf(copy), /also stands in another place: serve\.py, lines 1–6/);
    assert.equal(client.diagnostics.has(closedUri), false, 'files that are not open get no diagnostics');

    rmSync(join(folder, 'serve.py'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closedUri, type: 3 }] });
    await client.waitForDiagnostics(openUri, (list) => list.length === 0);
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps an open file\'s copies current when a closed file changes on disk and when a copy is closed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mlp-index-'));
    const block = (name: string) =>
      `def ${name}(frame):\n    frame = frame.dropna(subset=["age", "income"])\n    frame = frame[frame["age"].between(18, 100)]\n    frame["income"] = frame["income"].clip(lower=0)\n    frame["log_income"] = (frame["income"] + 1).apply(float)\n    return frame.reset_index(drop=True)\n`;
    const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;
    writeFileSync(join(folder, 'train.py'), block('clean_train'));
    writeFileSync(join(folder, 'serve.py'), 'x = 1\n');
    writeFileSync(join(folder, 'evaluate.py'), 'y = 2\n');
    client = new TestClient();
    await client.initialize(pathToFileURL(folder).href);
    const relatedOf = (list: Diagnostic[]) => (list[0]?.relatedInformation ?? []).map((related) => related.location.uri).sort();
    await client.open(uriOf('train.py'), block('clean_train'));
    await client.open(uriOf('evaluate.py'), block('clean_eval'));
    await client.waitForDiagnostics(uriOf('train.py'), (list) => relatedOf(list).join() === uriOf('evaluate.py'));
    // A closed file gains the block on disk: the open copies name it too.
    writeFileSync(join(folder, 'serve.py'), block('clean_request'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('serve.py'), type: 2 }] });
    const [both] = await client.waitForDiagnostics(uriOf('train.py'), (list) => relatedOf(list).length === 2);
    assert.match(messageOf(both), /also stands in 2 other places/);
    await client.waitForDiagnostics(uriOf('evaluate.py'), (list) => relatedOf(list).length === 2);
    // evaluate.py is closed without saving: it counts as it is on disk again (no copy).
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf('evaluate.py') } });
    await client.waitForDiagnostics(uriOf('train.py'), (list) => relatedOf(list).join() === uriOf('serve.py'));
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves files excluded by settings or by default excludes without diagnostics', async () => {
    client = new TestClient({ settings: () => ({ exclude: ['data/**'] }) });
    await client.initialize('file:///project');
    await client.open('file:///project/data/generated.py', LONG_FUNCTION);
    await client.open('file:///project/.venv/lib/site.py', LONG_FUNCTION);
    await client.open('file:///project/src/kept.py', LONG_FUNCTION);
    await client.waitForDiagnostics('file:///project/src/kept.py', (list) => list.length === 2);
    // An excluded file is answered with an empty diagnostic list (so stale ones from before an exclude go away).
    assert.deepEqual(await client.waitForDiagnostics('file:///project/data/generated.py'), []);
    assert.deepEqual(await client.waitForDiagnostics('file:///project/.venv/lib/site.py'), []);
  });

  it('keeps answering after bad input: malformed notebook JSON, 5 MB file, binary, invalid UTF-8, syntax errors', async () => {
    client = new TestClient();
    await client.initialize();

    await client.open('file:///project/broken.ipynb', '{"cells": [ {"cell_type": "code", ', 'json');
    const broken = await client.waitForDiagnostics('file:///project/broken.ipynb', (list) => list.length === 1);
    assert.match(messageOf(broken[0]), /could not be read: invalid JSON/);

    const huge = `x = 1\n`.repeat(900_000);
    await client.open('file:///project/huge.py', huge);
    const skipped = await client.waitForDiagnostics('file:///project/huge.py', (list) => list.length === 1);
    assert.match(messageOf(skipped[0]), /5\.4 MB of code, above the 1\.0 MB limit/);

    await client.open('file:///project/binary.py', 'PK\u0003\u0004\u0000\u0000garbage');
    const binary = await client.waitForDiagnostics('file:///project/binary.py', (list) => list.length === 1);
    assert.match(messageOf(binary[0]), /looks binary/);

    await client.open('file:///project/latin1.py', `name = "caf\uFFFD"\n${LONG_FUNCTION}`);
    await client.waitForDiagnostics('file:///project/latin1.py', (list) => list.length === 2);

    const syntaxError = `def ok(a):\n    return a\n\ndef broken(:\n    x = = 1\n\n${LONG_FUNCTION}`;
    await client.open('file:///project/syntax.py', syntaxError);
    const afterError = await client.waitForDiagnostics('file:///project/syntax.py', (list) => list.length > 0);
    assert.ok(codes(afterError).includes('long-function'), 'functions after a syntax error are still analysed');

    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///project/latin1.py' }, position: { line: 1, character: 5 } });
    assert.match(hoverText(hover), /Write Short Units of Code/);
    assert.equal(await client.shutdown(), 0);
  });
});
