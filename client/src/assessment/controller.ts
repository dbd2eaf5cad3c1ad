// "ML Practices: Assess Workspace": asks the server for the self-assessment of a workspace folder
// (with progress and cancellation), records the run in .ml-practices/history.json, shows the report
// in a webview panel and offers the team's questions; answers go to .ml-practices/assessment.json and
// the report is decided again from the same scan. Files are written as WorkspaceEdits (undoable).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { candidateIssueText, formatAssessmentMarkdown } from '../../../server/src/assessment/markdown';
import { ANSWERS_FILE, HISTORY_FILE, answersText, historyText, readAnswers, readHistory } from '../../../server/src/assessment/store';
import type { Answer, AssessmentReport, HistoryFile, Trend } from '../../../server/src/assessment/types';
import { findCandidate, renderAssessmentHtml } from './html';
import { askQuestions } from './questions';
import { answeringUser, locationUri, openLocation, writeFileUndoably } from './workspaceFiles';

export const ASSESS_COMMAND = 'ml-practices.assessWorkspace';
const ASSESS_REQUEST = 'ml-practices/assess';
const ASSESS_PROGRESS_NOTIFICATION = 'ml-practices/assessProgress';
const VIEW_TYPE = 'ml-practices.assessment';

/** Arguments of the command for programmatic callers (tests, other extensions); the palette passes none. */
export interface AssessCommandOptions {
  /** Workspace folder (URI or URI string); asked when several are open and none is given. */
  folder?: string | vscode.Uri;
  /** Offer the unanswered questions (default true). */
  ask?: boolean;
}

interface ProgressParams {
  folder: string;
  done: number;
  total: number;
}

/** One folder's latest run, and the panel that shows it. */
interface Session {
  folder: vscode.WorkspaceFolder;
  report: AssessmentReport;
  /** The trend against the run before this command's run: kept when answers decide the report again. */
  runTrend: Trend | null;
  /** `at` of the history entry this run wrote, so that answering later replaces it instead of adding a run. */
  recordedAt?: string;
  panel?: vscode.WebviewPanel;
  answering?: boolean;
}

type ViewMessage =
  | { type: 'open'; path: string; line?: number; cell?: number }
  | { type: 'copyIssue'; candidate: string }
  | { type: 'export'; format: 'markdown' | 'json' }
  | { type: 'answer' };

function isViewMessage(value: unknown): value is ViewMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  const optionalNumber = (key: string) => message[key] === undefined || (typeof message[key] === 'number' && Number.isInteger(message[key]));
  switch (message.type) {
    case 'open':
      return typeof message.path === 'string' && optionalNumber('line') && optionalNumber('cell');
    case 'copyIssue':
      return typeof message.candidate === 'string';
    case 'export':
      return message.format === 'markdown' || message.format === 'json';
    case 'answer':
      return true;
    default:
      return false;
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AssessmentController implements vscode.Disposable {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** The command. Resolves to the report shown, or undefined when nothing was assessed (no folder, cancelled, failed). */
  async run(options: AssessCommandOptions = {}): Promise<AssessmentReport | undefined> {
    const folder = await this.pickFolder(options.folder);
    if (!folder) return undefined;
    let report: AssessmentReport | undefined;
    try {
      report = await this.assessWithProgress(folder);
    } catch (error) {
      void vscode.window.showErrorMessage(`ML Practices: the assessment of ${folder.name} failed: ${errorText(error)}`);
      return undefined;
    }
    if (!report) return undefined; // cancelled
    const session = this.sessions.get(folder.uri.toString()) ?? { folder, report, runTrend: report.trend };
    Object.assign(session, { report, runTrend: report.trend, recordedAt: undefined });
    this.sessions.set(folder.uri.toString(), session);
    await this.record(session);
    this.show(session);
    if (options.ask !== false && report.unanswered.length > 0) void this.offerQuestions(session);
    return report;
  }

  private async pickFolder(requested: AssessCommandOptions['folder']): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
    if (requested) {
      const uri = typeof requested === 'string' ? vscode.Uri.parse(requested) : requested;
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) return folder;
      void vscode.window.showErrorMessage(`ML Practices: ${uri.toString()} is not in an open workspace folder.`);
      return undefined;
    }
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('ML Practices: open a folder to assess it.');
      return undefined;
    }
    if (folders.length === 1) return folders[0];
    return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder to assess' });
  }

  private assessWithProgress(folder: vscode.WorkspaceFolder): Thenable<AssessmentReport | undefined> {
    const folderUri = folder.uri.toString();
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `ML Practices: assessing ${folder.name}`, cancellable: true },
      async (progress, token) => {
        let shown = 0;
        const listener = this.client.onNotification(ASSESS_PROGRESS_NOTIFICATION, ({ folder: from, done, total }: ProgressParams) => {
          if (from !== folderUri || total <= 0) return;
          const share = (100 * done) / total;
          progress.report({ message: `${done} of ${total} files`, increment: share - shown });
          shown = share;
        });
        try {
          // The token makes the client send $/cancelRequest, which stops the server's scan.
          const report = await this.client.sendRequest<AssessmentReport>(ASSESS_REQUEST, { folder: folderUri }, token);
          // The request still resolves with a report when the scan ended before the server saw the
          // $/cancelRequest (or in its last, uninterruptible pass): the user cancelled, so it is neither
          // shown nor recorded.
          return token.isCancellationRequested ? undefined : report;
        } catch (error) {
          if (token.isCancellationRequested) return undefined;
          throw error;
        } finally {
          listener.dispose();
        }
      },
    );
  }

  /** Appends this run to history.json, or replaces the entry this run already wrote (after answers). */
  private async record(session: Session): Promise<void> {
    const root = session.folder.uri.fsPath;
    const notices: string[] = [];
    const history = readHistory(root, notices);
    if (notices.length > 0) {
      // Never overwrite a file we could not read: the team would lose its trend.
      void vscode.window.showWarningMessage(`ML Practices: this run was not recorded: ${notices.join(' ')}`);
      return;
    }
    const last = history.runs[history.runs.length - 1];
    const base: HistoryFile = session.recordedAt && last?.at === session.recordedAt ? { version: 1, runs: history.runs.slice(0, -1) } : history;
    try {
      await writeFileUndoably(vscode.Uri.joinPath(session.folder.uri, HISTORY_FILE), historyText(base, session.report.historyEntry));
      session.recordedAt = session.report.historyEntry.at;
    } catch (error) {
      void vscode.window.showWarningMessage(`ML Practices: this run was not recorded in ${HISTORY_FILE}: ${errorText(error)}`);
    }
  }

  private async offerQuestions(session: Session): Promise<void> {
    const count = session.report.unanswered.length;
    const choice = await vscode.window.showInformationMessage(
      `${count} ${count === 1 ? 'practice needs' : 'practices need'} an answer from the team`,
      'Answer now',
      'Later',
    );
    if (choice === 'Answer now') await this.answer(session);
  }

  /** Asks the open questions, stores the answers and decides the report again from the same scan. */
  private async answer(session: Session): Promise<void> {
    if (session.answering || session.report.unanswered.length === 0) return;
    session.answering = true;
    try {
      const { folder } = session;
      const answers = await askQuestions(session.report.unanswered, await answeringUser(folder.uri));
      if (Object.keys(answers).length === 0) return;
      const notices: string[] = [];
      const current = readAnswers(folder.uri.fsPath, notices);
      if (notices.length > 0) {
        void vscode.window.showErrorMessage(`ML Practices: the answers were not saved: ${notices.join(' ')}`);
        return;
      }
      await writeFileUndoably(vscode.Uri.joinPath(folder.uri, ANSWERS_FILE), answersText(current, answers));
      const merged: Record<string, Answer> = { ...current.answers, ...answers };
      const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'ML Practices: updating the assessment' }, () =>
        this.client.sendRequest<AssessmentReport>(ASSESS_REQUEST, { folder: folder.uri.toString(), answers: merged, reuse: true }),
      );
      // The server compares with the last recorded run, which is this run's own entry by now: show the
      // trend against the run before instead.
      session.report = { ...report, trend: session.runTrend };
      await this.record(session);
      this.show(session);
    } catch (error) {
      void vscode.window.showErrorMessage(`ML Practices: answering failed: ${errorText(error)}`);
    } finally {
      session.answering = false;
    }
  }

  private show(session: Session): void {
    const title = `ML Practices: Assessment — ${session.folder.name}`;
    const mediaRoot = vscode.Uri.joinPath(this.extensionUri, 'media');
    if (!session.panel) {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [mediaRoot],
      });
      panel.onDidDispose(() => {
        session.panel = undefined;
      });
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isViewMessage(message)) void this.handle(session, message);
      });
      session.panel = panel;
    } else {
      session.panel.reveal(undefined, false);
    }
    const { webview } = session.panel;
    session.panel.title = title;
    webview.html = renderAssessmentHtml(session.report, session.folder.name, {
      nonce: randomBytes(16).toString('hex'),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'assessment.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'assessment.js')).toString(),
    });
  }

  private async handle(session: Session, message: ViewMessage): Promise<void> {
    try {
      switch (message.type) {
        case 'open':
          await openLocation(session.folder.uri, message);
          break;
        case 'copyIssue': {
          const candidate = findCandidate(session.report, message.candidate);
          if (!candidate) return;
          await vscode.env.clipboard.writeText(candidateIssueText(candidate));
          void session.panel?.webview.postMessage({ type: 'status', text: 'Copied the issue text to the clipboard.' });
          vscode.window.setStatusBarMessage('ML Practices: issue text copied', 3000);
          break;
        }
        case 'export':
          await this.export(session, message.format);
          break;
        case 'answer':
          await this.answer(session);
          break;
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`ML Practices: ${errorText(error)}`);
    }
  }

  private async export(session: Session, format: 'markdown' | 'json'): Promise<void> {
    const extension = format === 'markdown' ? 'md' : 'json';
    const target = await vscode.window.showSaveDialog({
      title: `Export the assessment as ${format === 'markdown' ? 'Markdown' : 'JSON'}`,
      defaultUri: locationUri(session.folder.uri, `ml-practices-assessment.${extension}`),
      filters: format === 'markdown' ? { Markdown: ['md'] } : { JSON: ['json'] },
    });
    if (!target) return;
    const text = format === 'markdown' ? formatAssessmentMarkdown(session.report) : `${JSON.stringify(session.report, null, 2)}\n`;
    await writeFileUndoably(target, text);
    void session.panel?.webview.postMessage({ type: 'status', text: `Exported to ${vscode.workspace.asRelativePath(target)}.` });
  }

  dispose(): void {
    for (const session of this.sessions.values()) session.panel?.dispose();
    this.sessions.clear();
  }
}
