// "Open practice": shows a practice's full card, rendered by the server from the catalog, as a read-only
// Markdown document in the preview.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SCHEME = 'ml-practices';

export class PracticeView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly cards = new Map<string, string>();
  private readonly registration: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.cards.get(uri.path) ?? '# Practice not loaded\n\nRun "ML Practices: Show Practice" again.';
  }

  /** Shows one practice; without an id (from the command palette) lets the user pick one. */
  async show(practiceId: unknown): Promise<void> {
    if (typeof practiceId !== 'string') {
      const practices = await this.client.sendRequest<{ id: string; title: string; category: string }[]>('ml-practices/practices');
      const picked = await vscode.window.showQuickPick(
        practices.map((practice) => ({ label: practice.title, description: practice.category, id: practice.id })),
        { title: 'ML Practices: Show Practice', matchOnDescription: true },
      );
      if (!picked) return;
      practiceId = picked.id;
    }
    try {
      const card = await this.client.sendRequest<{ title: string; markdown: string }>('ml-practices/practiceCard', { id: practiceId });
      const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${practiceId}.md` });
      this.cards.set(uri.path, card.markdown);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch (error) {
      void vscode.window.showErrorMessage(`ML Practices: cannot show practice "${practiceId}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    this.registration.dispose();
  }
}
