import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FINDINGS, SERVER_DEADLINE, ensureActive, findDiagnostic, fixture, waitFor, waitForCodeAction, waitForRules } from './helpers';

function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
}

describe('Commands', () => {
  before(async () => {
    await ensureActive();
  });

  it('registers showOutput, showPractice and restartServer', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['ml-practices.showOutput', 'ml-practices.showPractice', 'ml-practices.restartServer']) {
      assert.ok(all.includes(c), `${c} is not registered`);
    }
  });

  it('ml-practices.showOutput runs', async () => {
    await vscode.commands.executeCommand('ml-practices.showOutput');
  });

  it('ml-practices.showPractice (from the "Show practice" action) opens the practice card', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('train.py'));
    await vscode.window.showTextDocument(doc);
    await waitForRules(doc.uri, ['complex-function']);
    const d = findDiagnostic(doc.uri, 'complex-function');
    const title = `Show practice: ${FINDINGS[1].title}`;
    const actions = await waitForCodeAction(doc.uri, d.range, [title]);
    const show = actions.find((a) => a.title === title)!;
    assert.ok(show.command, `"${title}" has no command`);
    assert.equal(show.command.command, 'ml-practices.showPractice');
    const before = new Set(tabLabels());
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    await waitFor(() => tabLabels().some((l) => !before.has(l)), 'a new editor tab (the practice card preview)', {
      timeout: 10_000,
      describe: () => `tabs: ${JSON.stringify(tabLabels())}`,
    });
  });

  it('ml-practices.restartServer brings the diagnostics back', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('train.py'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('ml-practices.restartServer');
    await waitForRules(doc.uri, ['complex-function', 'many-parameters'], SERVER_DEADLINE);
    // and the restarted server still answers requests
    await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, findDiagnostic(doc.uri, 'many-parameters').range.start);
      return hovers && hovers.length > 0;
    }, 'hover after restart', { timeout: SERVER_DEADLINE });
  });
});
