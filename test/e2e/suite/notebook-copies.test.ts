import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ensureActive, fixture, showFixtureNotebook, ours, waitFor, waitForCodeAction, waitForRules } from './helpers';

const isCopy = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'duplicate-code';

/** copies.ipynb: the same eight-line cleaning block in cells 3 and 4 (indices 2 and 3; cell 1 is markdown). */
describe('Duplicated cells (copies.ipynb)', () => {
  let notebook: vscode.NotebookDocument;
  const cellUri = (index: number) => notebook.cellAt(index).document.uri;

  before(async () => {
    await ensureActive();
    notebook = await showFixtureNotebook('copies.ipynb');
  });

  it('reports the block in both cells, each related to the other', async () => {
    for (const [cell, other] of [
      [2, 3],
      [3, 2],
    ]) {
      const [copy] = (await waitForRules(cellUri(cell), ['duplicate-code'])).filter(isCopy);
      assert.deepEqual(
        copy.relatedInformation?.map((related) => related.location.uri.toString()),
        [cellUri(other).toString()],
      );
    }
  });

  it('"Extract into a function" turns both copies into calls of one function, and the findings go away', async () => {
    const copy = ours(cellUri(3)).find(isCopy)!;
    const title = 'Extract into a function: make_test_clean(test) — replaces 2 copies in this notebook';
    const actions = await waitForCodeAction(cellUri(3), copy.range, [title]);
    const extract = actions.find((action) => action.title === title)!;
    assert.ok(await vscode.workspace.applyEdit(extract.edit!), 'workspace.applyEdit returned false');
    assert.match(notebook.cellAt(2).document.getText(), /^def make_test_clean\(test\):\n {4}test_clean = test\.dropna/);
    assert.match(notebook.cellAt(2).document.getText(), /\n\ntrain_clean = make_test_clean\(train\)$/);
    assert.equal(notebook.cellAt(3).document.getText(), 'test_clean = make_test_clean(test)');
    await waitFor(() => ![2, 3].some((cell) => ours(cellUri(cell)).some(isCopy)), 'the duplicate-code findings to disappear', {
      timeout: 10_000,
      describe: () => JSON.stringify([2, 3].map((cell) => ours(cellUri(cell)).map((d) => d.code))),
    });
  });
});
