// Language status item for Python files and notebooks: server state and the current file's finding
// count; clicking it opens the output channel.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

type ServerState = 'starting' | 'running' | 'stopped';

const NOTEBOOK_RULE_PREFIX = 'notebook-';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  /** Notebook readiness: how many notebook-state findings stand between this notebook and a clean "Restart & Run All". */
  private readonly readiness: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private serverState: ServerState = 'starting';

  constructor(selector: vscode.DocumentSelector, _client: LanguageClient) {
    this.item = vscode.languages.createLanguageStatusItem('ml-practices.status', selector);
    this.item.name = 'ML Practices';
    this.item.command = { title: 'Show Output', command: 'ml-practices.showOutput' };
    this.readiness = vscode.languages.createLanguageStatusItem('ml-practices.readiness', { notebookType: 'jupyter-notebook', language: 'python' });
    this.readiness.name = 'ML Practices: notebook readiness';
    this.readiness.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeActiveNotebookEditor(() => this.update()),
    );
    this.update();
  }

  setServerState(state: ServerState): void {
    this.serverState = state;
    this.update();
  }

  private currentUris(): vscode.Uri[] {
    const notebook = vscode.window.activeNotebookEditor?.notebook;
    const editor = vscode.window.activeTextEditor;
    if (notebook && (!editor || editor.document.uri.scheme === 'vscode-notebook-cell')) return notebook.getCells().map((cell) => cell.document.uri);
    return editor ? [editor.document.uri] : [];
  }

  private update(): void {
    const ours = this.currentUris().flatMap((uri) => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'ml-practices'));
    const count = ours.length;
    const notebookProblems = ours.filter((diagnostic) => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code).startsWith(NOTEBOOK_RULE_PREFIX)).length;
    this.readiness.text = notebookProblems === 0 ? '$(check) Restart & Run All: ready' : `$(warning) Restart & Run All: ${notebookProblems} problem${notebookProblems === 1 ? '' : 's'}`;
    this.readiness.severity = notebookProblems === 0 ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    const findings = `${count} finding${count === 1 ? '' : 's'}`;
    this.item.text = this.serverState === 'running' ? `$(beaker) ML Practices: ${findings}` : `$(beaker) ML Practices: server ${this.serverState}`;
    this.item.detail = this.serverState === 'running' ? 'server running · open output' : 'open output';
    this.item.severity = this.serverState === 'stopped' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    this.item.busy = this.serverState === 'starting';
  }

  dispose(): void {
    this.item.dispose();
    this.readiness.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
