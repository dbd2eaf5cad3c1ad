import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  FINDINGS, codeValue, ensureActive, findDiagnostic, fixture, hoverShowsTitle, ours, waitFor, waitForCodeAction, waitForRules, describeDiagnostics,
} from './helpers';

describe('Python file (train.py)', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(fixture('train.py'));
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    // Undo the suppression edit without saving: the workspace is a per-run copy, but keep it clean.
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('activates the extension', async () => {
    assert.equal(doc.languageId, 'python');
    await ensureActive();
  });

  it('reports long-function, complex-function and many-parameters', async () => {
    await waitForRules(doc.uri, FINDINGS.map((f) => f.rule));
  });

  for (const f of FINDINGS) {
    it(`${f.rule}: on the name of ${f.name}(), Information, source ml-practices, practice link`, async () => {
      await waitForRules(doc.uri, [f.rule]);
      const d = findDiagnostic(doc.uri, f.rule);
      assert.equal(doc.getText(d.range), f.name, `range ${JSON.stringify(d.range)} covers "${doc.getText(d.range)}"`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information, `severity ${vscode.DiagnosticSeverity[d.severity]}`);
      assert.equal(d.source, 'ml-practices');
      assert.ok(typeof d.code === 'object' && d.code !== null, `code should be {value, target}, got ${JSON.stringify(d.code)}`);
      const target = (d.code as { target: vscode.Uri }).target;
      assert.ok(target instanceof vscode.Uri || (target && typeof (target as vscode.Uri).scheme === 'string'), 'code.target is not a Uri');
      assert.match(target.scheme, /^https?$/, `code.target ${target.toString()}`);
    });
  }

  for (const f of FINDINGS) {
    it(`hover on ${f.name} shows "${f.title}"`, async () => {
      await waitForRules(doc.uri, [f.rule]);
      const d = findDiagnostic(doc.uri, f.rule);
      await hoverShowsTitle(doc.uri, d.range.start.translate(0, 1), f.title);
    });
  }

  it('code actions on train_model include suppress (line, file) and show practice', async () => {
    const d = findDiagnostic(doc.uri, 'long-function');
    const actions = await waitForCodeAction(doc.uri, d.range, [
      'Suppress long-function on this line',
      'Suppress long-function in this file',
      'Show practice: Write Short Units of Code',
    ]);
    const line = actions.find((a) => a.title === 'Suppress long-function on this line')!;
    assert.equal(line.kind?.value, vscode.CodeActionKind.QuickFix.value, `kind ${line.kind?.value}`);
    assert.ok(line.edit, 'line suppression has no edit');
  });

  it('applying "Suppress long-function on this line" removes the diagnostic', async () => {
    const d = findDiagnostic(doc.uri, 'long-function');
    const actions = await waitForCodeAction(doc.uri, d.range, ['Suppress long-function on this line']);
    const action = actions.find((a) => a.title === 'Suppress long-function on this line')!;
    assert.ok(action.edit, 'no edit');
    assert.ok(await vscode.workspace.applyEdit(action.edit), 'workspace.applyEdit returned false');
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    const defLine = doc.lineAt(d.range.start.line).text;
    assert.match(defLine, /#\s*ml-practices:\s*disable=long-function/, `def line after edit: ${defLine}`);
    await waitFor(() => !ours(doc.uri).some((x) => codeValue(x) === 'long-function'), 'long-function to disappear', {
      describe: () => describeDiagnostics(doc.uri),
    });
    // The other findings stay.
    await waitForRules(doc.uri, ['complex-function', 'many-parameters']);
  });
});
