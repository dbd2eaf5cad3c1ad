// "ML Practices: Assess Workspace" in the real extension host, through the command's programmatic
// form (no questions: the UI phase, test/e2e/ui-assessment.mjs, answers them with real keys) and the
// same functions the report view calls when a link is clicked (notebook cells and folders are opened
// here; the UI phase clicks a file link in the webview).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openLocation, writeFileUndoably } from '../../../client/src/assessment/workspaceFiles';
import type { AssessmentReport, HistoryFile } from '../../../server/src/assessment/types';
import { SERVER_DEADLINE, ensureActive, workspaceRoot, waitFor } from './helpers';

const COMMAND = 'ml-practices.assessWorkspace';

async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as T;
}

const tabLabels = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));

describe('Workspace assessment', () => {
  const historyUri = () => vscode.Uri.joinPath(workspaceRoot(), '.ml-practices', 'history.json');
  let first: AssessmentReport;

  before(async () => {
    await ensureActive();
  });

  it('contributes and registers ml-practices.assessWorkspace', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND));
  });

  it('assesses the folder, records the run in .ml-practices/history.json and opens the report panel', async () => {
    const report = await vscode.commands.executeCommand<AssessmentReport | undefined>(COMMAND, { folder: workspaceRoot().toString(), ask: false });
    assert.ok(report, 'the command returned no report');
    first = report;
    assert.ok(report.files.total >= 4, `files ${JSON.stringify(report.files)}`);
    assert.ok(report.practices.length > 40, `${report.practices.length} practices`);
    const shortUnits = report.practices.find((practice) => practice.id === 'bms-short-units');
    assert.ok(shortUnits?.evidence.some((item) => item.path === 'train.py'), `no train.py evidence: ${JSON.stringify(shortUnits?.evidence)}`);
    const history = await waitFor(async () => {
      const file = await readJson<HistoryFile>(historyUri());
      return file.runs.length === 1 ? file : undefined;
    }, 'history.json with one run', { timeout: SERVER_DEADLINE });
    assert.equal(history.runs[0].at, report.historyEntry.at);
    assert.ok(!(await vscode.workspace.openTextDocument(historyUri())).isDirty, 'history.json was left unsaved');
    await waitFor(() => tabLabels().some((label) => label.startsWith('ML Practices: Assessment — ')), 'the report panel', {
      timeout: 10_000,
      describe: () => JSON.stringify(tabLabels()),
    });
  });

  it('a second run shows the trend since the first and appends to the history', async () => {
    assert.ok(first, 'the first run did not happen');
    const report = await vscode.commands.executeCommand<AssessmentReport | undefined>(COMMAND, { folder: workspaceRoot().toString(), ask: false });
    assert.ok(report?.trend, `no trend: ${JSON.stringify(report?.trend)}`);
    assert.equal(report.trend.previousAt, first.historyEntry.at);
    assert.deepEqual(report.trend.changes, []);
    const history = await readJson<HistoryFile>(historyUri());
    assert.equal(history.runs.length, 2);
    // The report panel is reused, not opened twice.
    assert.equal(tabLabels().filter((label) => label.startsWith('ML Practices: Assessment — ')).length, 1, JSON.stringify(tabLabels()));
  });

  it('a notebook evidence link opens the notebook at that cell and line', async () => {
    await openLocation(workspaceRoot(), { path: 'state.ipynb', line: 2, cell: 2 });
    const editor = await waitFor(() => {
      const active = vscode.window.activeNotebookEditor;
      return active && active.notebook.uri.path.endsWith('/state.ipynb') ? active : undefined;
    }, 'the notebook editor of state.ipynb', { timeout: 15_000 });
    assert.equal(editor.selection.start, 1, `selected cell ${JSON.stringify(editor.selection)}`);
    const text = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.scheme === 'vscode-notebook-cell' ? active : undefined;
    }, 'the cell editor', { timeout: 10_000 });
    assert.equal(text.document, editor.notebook.cellAt(1).document);
    assert.equal(text.selection.active.line, 1);
  });

  it('a file evidence link opens the file at the line; a folder link reveals it; paths above the folder are refused', async () => {
    await openLocation(workspaceRoot(), { path: 'train.py', line: 33 });
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/train.py') ? vscode.window.activeTextEditor : undefined), 'train.py', { timeout: 10_000 });
    assert.equal(editor.selection.active.line, 32);
    await openLocation(workspaceRoot(), { path: '.ml-practices/' });
    await assert.rejects(openLocation(workspaceRoot(), { path: '../outside.py', line: 1 }), /outside the workspace folder/);
  });

  it('writes a file through an undoable WorkspaceEdit, saved', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), '.ml-practices', 'nested', 'probe.md');
    await writeFileUndoably(uri, '# first\n');
    await writeFileUndoably(uri, '# second\n');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), '# second\n');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '.ml-practices', 'nested'), { recursive: true });
  });
});
