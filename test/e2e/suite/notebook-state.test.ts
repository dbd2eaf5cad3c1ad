import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActions, ensureActive, findDiagnostic, fixture, showFixtureNotebook, hoverShowsTitle, ours, waitFor, waitForCodeAction, waitForRules } from './helpers';

const PRACTICE = 'Write Reusable Scripts for Data Cleaning and Merging';

/** state.ipynb: one notebook-state problem per cell (indices among all cells; cell 0 is markdown). */
const EXPECTED: { cell: number; rule: string }[] = [
  { cell: 2, rule: 'notebook-use-before-define' },
  { cell: 3, rule: 'notebook-unexecuted-cell' },
  { cell: 4, rule: 'notebook-out-of-order' },
  { cell: 5, rule: 'notebook-state-wrangling' },
  { cell: 6, rule: 'notebook-hidden-state' },
];

describe('Notebook state (state.ipynb)', () => {
  let notebook: vscode.NotebookDocument;
  const cellUri = (index: number) => notebook.cellAt(index).document.uri;

  before(async () => {
    await ensureActive();
    notebook = await showFixtureNotebook('state.ipynb');
  });

  for (const { cell, rule } of EXPECTED) {
    it(`reports ${rule} in cell ${cell + 1}`, async () => {
      await waitForRules(cellUri(cell), [rule]);
    });
  }

  it('reports only the unchecked load in the cell that creates the data', async () => {
    await waitForRules(cellUri(1), ['unchecked-data-load']);
    assert.deepEqual(ours(cellUri(1)).map((d) => (typeof d.code === 'object' ? d.code.value : d.code)), ['unchecked-data-load']);
    assert.equal(ours(cellUri(1))[0].severity, vscode.DiagnosticSeverity.Information, 'information in notebooks');
  });

  it('hover on a name used before its cell says where it is defined and shows the practice card', async () => {
    const diagnostic = findDiagnostic(cellUri(2), 'notebook-use-before-define');
    const text = await hoverShowsTitle(cellUri(2), diagnostic.range.start.translate(0, 1), PRACTICE);
    assert.match(text, /`threshold`\*\* — defined in cell 5 \(line 1\)/);
  });

  it('"Go to" reveals the defining cell in the notebook editor', async () => {
    const diagnostic = findDiagnostic(cellUri(2), 'notebook-use-before-define');
    const title = 'Go to cell 5, line 1: `threshold` is defined here';
    const actions = await waitForCodeAction(cellUri(2), diagnostic.range, [title]);
    const goTo = actions.find((action) => action.title === title)!;
    await vscode.commands.executeCommand(goTo.command!.command, ...(goTo.command!.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === cellUri(4).toString(), 'cell 5 to be the active editor', {
      timeout: 10_000,
      describe: () => `active: ${vscode.window.activeTextEditor?.document.uri.toString()}`,
    });
  });

  it('"Extract into a function" rewrites the wrangling cell, and the finding goes away', async () => {
    const diagnostic = findDiagnostic(cellUri(5), 'notebook-state-wrangling');
    const title = 'Extract into a function: df_prepared = prepare_df(df)';
    const actions = await waitForCodeAction(cellUri(5), diagnostic.range, [title]);
    const extract = actions.find((action) => action.title === title)!;
    assert.ok(await vscode.workspace.applyEdit(extract.edit!), 'workspace.applyEdit returned false');
    assert.match(notebook.cellAt(5).document.getText(), /^def prepare_df\(df\):\n    df = df\.copy\(\)\n/);
    await waitFor(() => !ours(cellUri(5)).some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'notebook-state-wrangling'), 'the wrangling finding to disappear', {
      timeout: 10_000,
      describe: () => JSON.stringify(ours(cellUri(5)).map((d) => d.code)),
    });
    const remaining = await codeActions(cellUri(5), new vscode.Range(0, 0, 0, 1));
    assert.ok(!remaining.some((action) => action.title.startsWith('Extract into a function')), 'no extraction offered any more');
  });
});
