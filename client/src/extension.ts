// The VS Code extension: starts the language server, forwards the explicitly set ml-practices.* settings,
// and adds the editor-only pieces: practice view, workspace assessment, language status item, output and
// restart commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ASSESS_COMMAND, AssessmentController, type AssessCommandOptions } from './assessment/controller';
import { explicitSettings } from './settings';
import { PracticeView } from './practiceView';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'python' },
  { scheme: 'untitled', language: 'python' },
  { notebook: 'jupyter-notebook', language: 'python' },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('ML Practices', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    markdown: { isTrusted: { enabledCommands: ['ml-practices.showPractice'] } },
    // Where the server keeps the duplicate-code index between sessions: this workspace's extension storage
    // (global storage for a window without a workspace), never the workspace itself.
    initializationOptions: { cacheDirectory: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath },
    // pyproject.toml changes reload settings; .py/.ipynb changes keep the duplicate-code index current.
    synchronize: { fileEvents: [vscode.workspace.createFileSystemWatcher('**/pyproject.toml'), vscode.workspace.createFileSystemWatcher('**/*.{py,ipynb}')] },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const fromEditor = await next(params, token);
          if (!Array.isArray(fromEditor)) return fromEditor;
          return params.items.map((item, index) =>
            item.section === 'ml-practices' ? explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : fromEditor[index],
          );
        },
      },
    },
  };
  client = new LanguageClient('ml-practices', 'ML Practices', serverOptions, clientOptions);
  const status = new StatusItem(DOCUMENT_SELECTOR, client);
  const practiceView = new PracticeView(client);
  const assessment = new AssessmentController(client, context.extensionUri);
  context.subscriptions.push(
    outputChannel,
    status,
    practiceView,
    assessment,
    vscode.commands.registerCommand(ASSESS_COMMAND, (options?: AssessCommandOptions) => assessment.run(options && typeof options === 'object' ? options : {})),
    vscode.commands.registerCommand('ml-practices.showPractice', (practiceId: unknown) => practiceView.show(practiceId)),
    vscode.commands.registerCommand('ml-practices.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand('ml-practices.revealLocation', async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      // Opening a notebook cell's document reveals that cell in the notebook editor.
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(document, { selection, preview: false });
    }),
    vscode.commands.registerCommand('ml-practices.restartServer', async () => {
      await client?.restart();
    }),
    client.onDidChangeState(({ newState }) => status.setServerState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped')),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
