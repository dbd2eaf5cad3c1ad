// Language status item for Python files and notebooks: server state and the current file's finding
// count; clicking it opens the output channel.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

type ServerState = 'starting' | 'running' | 'stopped';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private serverState: ServerState = 'starting';

  constructor(selector: vscode.DocumentSelector, _client: LanguageClient) {
    this.item = vscode.languages.createLanguageStatusItem('ml-practices.status', selector);
    this.item.name = 'ML Practices';
    this.item.command = { title: 'Show Output', command: 'ml-practices.showOutput' };
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
    const count = this.currentUris().reduce(
      (sum, uri) => sum + vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'ml-practices').length,
      0,
    );
    const findings = `${count} finding${count === 1 ? '' : 's'}`;
    this.item.text = this.serverState === 'running' ? `$(beaker) ML Practices: ${findings}` : `$(beaker) ML Practices: server ${this.serverState}`;
    this.item.detail = this.serverState === 'running' ? 'server running · open output' : 'open output';
    this.item.severity = this.serverState === 'stopped' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    this.item.busy = this.serverState === 'starting';
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
