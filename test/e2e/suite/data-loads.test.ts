import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ensureActive, findDiagnostic, fixture, showFixtureNotebook, hoverShowsTitle, ours, waitFor, waitForCodeAction, waitForRules } from './helpers';

const TITLE = 'Use Sanity Checks for All External Data Sources';
const hasLoadFinding = (uri: vscode.Uri) => ours(uri).some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'unchecked-data-load');

describe('Unchecked data loads (loads.py, state.ipynb)', () => {
  before(async () => {
    await ensureActive();
  });

  it('flags the load in a .py file as a warning, and the hover shows the practice card', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('loads.py'));
    await vscode.window.showTextDocument(document);
    await waitForRules(document.uri, ['unchecked-data-load']);
    const diagnostic = findDiagnostic(document.uri, 'unchecked-data-load');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(diagnostic.range), 'pd.read_csv(path)');
    const hover = await hoverShowsTitle(document.uri, diagnostic.range.start.translate(0, 1), TITLE);
    assert.match(hover, /Inspected by `df\.head\(\)` \(line 7\), never checked/);
  });

  it('"Add sanity checks" inserts checks for the columns used, and the finding goes away', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('loads.py'));
    const diagnostic = findDiagnostic(document.uri, 'unchecked-data-load');
    const title = 'Add sanity checks for `df`';
    const actions = await waitForCodeAction(document.uri, diagnostic.range, [title]);
    assert.ok(await vscode.workspace.applyEdit(actions.find((action) => action.title === title)!.edit!), 'workspace.applyEdit returned false');
    assert.match(document.getText(), /    df = pd\.read_csv\(path\)\n    assert len\(df\) > 0, "df: no rows"\n    assert \{"age", "income"\} <= set\(df\.columns\), "df: missing columns"\n/);
    await waitFor(() => !hasLoadFinding(document.uri), 'the unchecked-data-load finding to disappear', { timeout: 10_000 });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('fixes a load in a notebook cell the same way (information there)', async () => {
    const notebook = await showFixtureNotebook('state.ipynb');
    const cell = notebook.cellAt(1).document;
    await waitForRules(cell.uri, ['unchecked-data-load']);
    const diagnostic = findDiagnostic(cell.uri, 'unchecked-data-load');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    const title = 'Add sanity checks for `df`';
    const actions = await waitForCodeAction(cell.uri, diagnostic.range, [title]);
    assert.ok(await vscode.workspace.applyEdit(actions.find((action) => action.title === title)!.edit!));
    assert.match(cell.getText(), /df = pd\.read_csv\("customers\.csv"\)\nassert len\(df\) > 0, "customers\.csv: no rows"/);
    await waitFor(() => !hasLoadFinding(cell.uri), 'the finding in the cell to disappear', { timeout: 10_000 });
  });
});
