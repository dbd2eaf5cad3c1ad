// Notebook-state features over the protocol: related cells, hover details, "Go to" actions, the note
// that explains silence, and the same findings whether a notebook arrives through notebook sync or is read
// from disk by the CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lspClient';

const ROOT = join(__dirname, '..', '..');
const hoverText = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

interface NotebookJson {
  cells: { cell_type: string; source: string | string[]; execution_count?: number | null }[];
}

/** Opens an .ipynb through notebookDocument/didOpen exactly as VS Code sends it; returns the cell URIs. */
async function openNotebook(client: TestClient, path: string, notebook: NotebookJson): Promise<string[]> {
  const uri = pathToFileURL(path).href;
  const cellUris = notebook.cells.map((_, index) => `vscode-notebook-cell://host${path}#W${index}`);
  await client.connection.sendNotification('notebookDocument/didOpen', {
    notebookDocument: {
      uri,
      notebookType: 'jupyter-notebook',
      version: 1,
      cells: notebook.cells.map((cell, index) => ({
        kind: cell.cell_type === 'code' ? 2 : 1,
        document: cellUris[index],
        ...(typeof cell.execution_count === 'number' ? { executionSummary: { executionOrder: cell.execution_count } } : {}),
      })),
    },
    cellTextDocuments: notebook.cells.map((cell, index) => ({
      uri: cellUris[index],
      languageId: cell.cell_type === 'code' ? 'python' : 'markdown',
      version: 1,
      text: Array.isArray(cell.source) ? cell.source.join('') : cell.source,
    })),
  });
  return cellUris;
}

const codeCell = (source: string, count: number | null) => ({ cell_type: 'code', source, execution_count: count });

describe('notebooks over the protocol', () => {
  let client: TestClient;
  afterEach(() => client?.kill());

  it('relates use-before-define to the defining cell, explains it on hover, and offers "Go to"', async () => {
    client = new TestClient();
    await client.initialize();
    const cells = await openNotebook(client, '/project/order.ipynb', {
      cells: [codeCell('import pandas as pd', 1), codeCell('print(threshold)', 3), codeCell('threshold = 0.5', 2)],
    });
    const diagnostics = await client.waitForDiagnostics(cells[1], (list) => list.some((diagnostic) => diagnostic.code === 'notebook-use-before-define'));
    const useBeforeDefine = diagnostics.find((diagnostic) => diagnostic.code === 'notebook-use-before-define')!;
    assert.deepEqual(useBeforeDefine.relatedInformation?.map((related) => [related.location.uri, related.location.range.start.line, related.message]), [[cells[2], 0, '`threshold` is defined here']]);

    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: cells[1] }, position: { line: 0, character: 8 } });
    assert.match(hoverText(hover), /\*\*`threshold`\*\* — defined in cell 3 \(line 1\)\./);
    assert.match(hoverText(hover), /### Write Reusable Scripts for Data Cleaning and Merging/);

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: cells[1] }, range: useBeforeDefine.range, context: { diagnostics: [useBeforeDefine] } });
    const goTo = actions.find((action) => action.title.startsWith('Go to'))!;
    assert.equal(goTo.title, 'Go to cell 3, line 1: `threshold` is defined here');
    assert.deepEqual(goTo.command?.arguments, [cells[2], useBeforeDefine.relatedInformation![0].location.range]);
  });

  it('reads execution counts from cell metadata, as VS Code sends a notebook opened from disk', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = pathToFileURL('/project/vscode-shape.ipynb').href;
    const cell = (index: number) => `vscode-notebook-cell://host/project/vscode-shape.ipynb#W${index}`;
    await client.connection.sendNotification('notebookDocument/didOpen', {
      notebookDocument: {
        uri,
        notebookType: 'jupyter-notebook',
        version: 1,
        cells: [
          { kind: 1, document: cell(0) },
          { kind: 2, document: cell(1), metadata: { execution_count: 4 } },
          { kind: 2, document: cell(2), metadata: { execution_count: 2 } },
        ],
      },
      cellTextDocuments: [
        { uri: cell(0), languageId: 'markdown', version: 1, text: '# Title' },
        { uri: cell(1), languageId: 'python', version: 1, text: 'x = 1' },
        { uri: cell(2), languageId: 'python', version: 1, text: 'y = 2' },
      ],
    });
    const [outOfOrder] = await client.waitForDiagnostics(cell(2), (list) => list.length === 1);
    assert.equal(outOfOrder.code, 'notebook-out-of-order');
    assert.match(String(outOfOrder.message), /ran as \[2\], before cell 2 above it \(\[4\]\)/);
  });

  it('updates other cells when a cell is executed, and when cells are moved', async () => {
    client = new TestClient();
    await client.initialize();
    const path = '/project/run.ipynb';
    const uri = pathToFileURL(path).href;
    const cells = await openNotebook(client, path, { cells: [codeCell('a = 1', 1), codeCell('b = a + 1', 2), codeCell('print(b)', 3)] });
    await client.waitForDiagnostics(cells[2], (list) => list.length === 0);

    // Running the first cell again gives it count 4: the cells below it now ran before it.
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri, version: 2 },
      change: { cells: { data: [{ kind: 2, document: cells[0], executionSummary: { executionOrder: 4, success: true } }] } },
    });
    const outOfOrder = await client.waitForDiagnostics(cells[1], (list) => list.length === 1);
    assert.equal(outOfOrder[0].code, 'notebook-out-of-order');
    assert.equal((await client.waitForDiagnostics(cells[2], (list) => list.length === 1))[0].code, 'notebook-out-of-order');

    // Moving `print(b)` to the top: it now reads b before the cell that defines it.
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri, version: 3 },
      change: { cells: { structure: { array: { start: 2, deleteCount: 1 } } } },
    });
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri, version: 4 },
      change: { cells: { structure: { array: { start: 0, deleteCount: 0, cells: [{ kind: 2, document: cells[2], executionSummary: { executionOrder: 3, success: true } }] } } } },
    });
    const moved = await client.waitForDiagnostics(cells[2], (list) => list.some((diagnostic) => diagnostic.code === 'notebook-use-before-define'));
    assert.match(String(moved.find((diagnostic) => diagnostic.code === 'notebook-use-before-define')!.message), /`b` is used here but defined only in cell 3, below/);
  });

  it('says on hover why hidden state is not reported after a star import', async () => {
    client = new TestClient();
    await client.initialize();
    const cells = await openNotebook(client, '/project/star.ipynb', { cells: [codeCell('from helpers import *', 1), codeCell('print(mystery)', 2)] });
    assert.deepEqual(await client.waitForDiagnostics(cells[1]), []);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: cells[1] }, position: { line: 0, character: 8 } });
    assert.match(hoverText(hover), /a star import in cell 1 can define any name, so `notebook-hidden-state` stays silent here/);
  });

  it('updates every affected cell when a cell is deleted (its definition disappears)', async () => {
    client = new TestClient();
    await client.initialize();
    const cells = await openNotebook(client, '/project/delete.ipynb', { cells: [codeCell('frame = load()', 1), codeCell('frame.describe()', 2)] });
    await client.waitForDiagnostics(cells[1], (list) => list.length === 0);
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: pathToFileURL('/project/delete.ipynb').href, version: 2 },
      change: { cells: { structure: { array: { start: 0, deleteCount: 1 }, didClose: [{ uri: cells[0] }] } } },
    });
    const after = await client.waitForDiagnostics(cells[1], (list) => list.length > 0);
    assert.deepEqual(after.map((diagnostic) => diagnostic.code), ['notebook-hidden-state']);
  });

  it('offers "Extract into a function" on state wrangling; applying it removes the finding', async () => {
    client = new TestClient();
    await client.initialize();
    const path = '/project/wrangle.ipynb';
    const cells = await openNotebook(client, path, { cells: [codeCell('import pandas as pd\ndf = pd.read_csv("raw.csv")', 1), codeCell('df["total"] = df["a"] + df["b"]\ndf.head()', 2)] });
    const [wrangling] = await client.waitForDiagnostics(cells[1], (list) => list.some((diagnostic) => diagnostic.code === 'notebook-state-wrangling'));
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: cells[1] }, range: wrangling.range, context: { diagnostics: [wrangling] } });
    const extract = actions.find((action) => action.title.startsWith('Extract into a function'))!;
    assert.equal(extract.title, 'Extract into a function: df_prepared = prepare_df(df)');
    assert.equal(extract.kind, 'refactor.extract');
    const [edit] = extract.edit!.changes![cells[1]];
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: pathToFileURL(path).href, version: 2 },
      change: { cells: { textContent: [{ document: { uri: cells[1], version: 2 }, changes: [{ range: edit.range, text: edit.newText }] }] } },
    });
    await client.waitForDiagnostics(cells[1], (list) => list.length === 0);
  });

  it('offers "Extract into a function" on a block duplicated in two cells; applying it removes the copies', async () => {
    client = new TestClient();
    await client.initialize();
    const path = '/project/copies.ipynb';
    const cleaning = (frame: string, out: string) =>
      [
        `${out} = ${frame}.dropna(subset=["age", "income"])`,
        `${out} = ${out}[${out}["age"].between(18, 100)]`,
        `${out}["income"] = ${out}["income"].clip(lower=0)`,
        `${out}["log_income"] = (${out}["income"] + 1).apply(float)`,
        `${out}["segment"] = pd.cut(${out}["age"], bins=[18, 30, 50, 100])`,
        `${out} = ${out}.reset_index(drop=True)`,
        `counts = ${out}["segment"].value_counts()`,
        `${out} = ${out}.merge(counts.rename("n"), left_on="segment", right_index=True)`,
      ].join('\n');
    const cells = await openNotebook(client, path, {
      cells: [
        codeCell('import pandas as pd\ntrain = pd.read_csv("train.csv")\ntest = pd.read_csv("test.csv")', 1),
        codeCell(cleaning('train', 'train_clean'), 2),
        codeCell(cleaning('test', 'test_clean'), 3),
        codeCell('print(train_clean.shape, test_clean.shape)', 4),
      ],
    });
    const isCopy = (diagnostic: Diagnostic) => diagnostic.code === 'duplicate-code';
    const copy = (await client.waitForDiagnostics(cells[2], (list) => list.some(isCopy))).find(isCopy)!;
    assert.deepEqual(copy.relatedInformation?.map((related) => related.location.uri), [cells[1]]);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: cells[2] }, range: copy.range, context: { diagnostics: [copy] } });
    const extract = actions.find((action) => action.title.startsWith('Extract into a function'))!;
    assert.ok(extract, `offered among: ${actions.map((action) => action.title).join('; ')}`);
    assert.equal(extract.title, 'Extract into a function: make_test_clean(test) — replaces 2 copies in this notebook');
    const suppress = actions.find((action) => action.title.startsWith('Suppress duplicate-code'));
    assert.equal(suppress?.title, 'Suppress duplicate-code for this copy (lines 1–8)');
    assert.deepEqual(suppress?.edit?.changes?.[cells[2]]?.map((edit) => [edit.range.start.line, edit.newText]), [[0, '  # ml-practices: disable=duplicate-code']]);
    assert.equal(extract.kind, 'refactor.extract');
    const changes = extract.edit!.changes!;
    assert.deepEqual(Object.keys(changes).sort(), [cells[1], cells[2]].sort());
    assert.match(changes[cells[1]][0].newText, /^def make_test_clean\(test\):\n {4}test_clean = test\.dropna/);
    assert.match(changes[cells[1]][0].newText, /\n {4}return test_clean\n\ntrain_clean = make_test_clean\(train\)$/);
    assert.deepEqual(changes[cells[2]].map((edit) => edit.newText), ['test_clean = make_test_clean(test)']);
    await client.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: pathToFileURL(path).href, version: 2 },
      change: {
        cells: {
          textContent: [cells[1], cells[2]].map((uri) => ({ document: { uri, version: 2 }, changes: changes[uri].map((edit) => ({ range: edit.range, text: edit.newText })) })),
        },
      },
    });
    await client.waitForDiagnostics(cells[1], (list) => !list.some(isCopy));
    await client.waitForDiagnostics(cells[2], (list) => !list.some(isCopy));
  });

  for (const name of ['01-explore.ipynb', '02-clean.ipynb']) {
    it(`gives the same findings for examples/notebooks/${name} through notebook sync as the CLI reading the file`, async () => {
      const path = join(ROOT, 'examples', 'notebooks', name);
      const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', path, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
      const fromDisk = (JSON.parse(cli.stdout) as { findings: { ruleId: string; cell: number; line: number; column: number }[] }).findings.map(
        (finding) => `${finding.ruleId} cell ${finding.cell} ${finding.line}:${finding.column}`,
      );
      assert.ok(fromDisk.length > 0, 'the example notebook has findings');

      client = new TestClient({ settings: () => ({}) });
      await client.initialize();
      const notebook = JSON.parse(readFileSync(path, 'utf8')) as NotebookJson;
      const cells = await openNotebook(client, path, notebook);
      const codeCells = cells.filter((_, index) => notebook.cells[index].cell_type === 'code');
      await client.waitFor('diagnostics for every code cell', () => codeCells.every((uri) => client.diagnostics.has(uri)));
      const fromSync = cells.flatMap((uri, index) =>
        (client.diagnostics.get(uri) ?? []).map((diagnostic: Diagnostic) => `${diagnostic.code} cell ${index} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`),
      );
      assert.deepEqual(fromSync.sort(), fromDisk.sort());
    });
  }
});
