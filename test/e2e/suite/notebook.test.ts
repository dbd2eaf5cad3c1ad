import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NOTEBOOK_FINDING, ensureActive, findDiagnostic, fixture, showFixtureNotebook, hoverShowsTitle, waitForCodeAction, waitForRules } from './helpers';

describe('Notebook (explore.ipynb)', () => {
  let notebook: vscode.NotebookDocument;
  let cell: vscode.NotebookCell;

  before(async () => {
    notebook = await showFixtureNotebook('explore.ipynb');
  });

  it('opens as a jupyter-notebook with a Python code cell', async () => {
    assert.equal(notebook.notebookType, 'jupyter-notebook');
    const code = notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.equal(code.length, 1, `code cells: ${code.length}`);
    cell = code[0];
    assert.equal(cell.document.languageId, 'python');
    await ensureActive();
  });

  it(`reports ${NOTEBOOK_FINDING.rule} in the cell`, async () => {
    assert.ok(cell, 'no cell');
    await waitForRules(cell.document.uri, [NOTEBOOK_FINDING.rule]);
    const d = findDiagnostic(cell.document.uri, NOTEBOOK_FINDING.rule);
    assert.equal(cell.document.getText(d.range), NOTEBOOK_FINDING.name);
  });

  it(`hover in the cell shows "${NOTEBOOK_FINDING.title}"`, async () => {
    const d = findDiagnostic(cell.document.uri, NOTEBOOK_FINDING.rule);
    await hoverShowsTitle(cell.document.uri, d.range.start.translate(0, 1), NOTEBOOK_FINDING.title);
  });

  it('code actions in the cell include the suppress actions', async () => {
    const d = findDiagnostic(cell.document.uri, NOTEBOOK_FINDING.rule);
    await waitForCodeAction(cell.document.uri, d.range, [
      `Suppress ${NOTEBOOK_FINDING.rule} on this line`,
      `Suppress ${NOTEBOOK_FINDING.rule} in this file`,
    ]);
  });
});
