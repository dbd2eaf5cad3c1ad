// Editor-side file work of the assessment: writing the answers, the history and exports as a
// WorkspaceEdit the user can undo (never a direct file-system write), opening the code a report
// points at (a file at a line, a notebook cell, a folder in the explorer), and who is answering.
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import * as vscode from 'vscode';

/** Replaces (or creates, with its folders) a file's content through a WorkspaceEdit, then saves it. */
export async function writeFileUndoably(uri: vscode.Uri, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: true });
  edit.insert(uri, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write ${vscode.workspace.asRelativePath(uri)}`);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.isDirty && !(await document.save())) throw new Error(`could not save ${vscode.workspace.asRelativePath(uri)}`);
}

/** A workspace-relative, `/`-separated path from the report, inside the folder (never above it). */
export function locationUri(folder: vscode.Uri, relativePath: string): vscode.Uri | undefined {
  const segments = relativePath.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return undefined;
  return vscode.Uri.joinPath(folder, ...segments);
}

export interface OpenTarget {
  path: string;
  /** 1-based; within the cell for notebooks. */
  line?: number;
  /** 1-based notebook cell. */
  cell?: number;
}

/** Opens what a report's link points at: a folder (path ending in `/`) in the explorer, a notebook at a cell, a file at a line. */
export async function openLocation(folder: vscode.Uri, target: OpenTarget): Promise<void> {
  const uri = locationUri(folder, target.path);
  if (!uri) throw new Error(`${target.path} is outside the workspace folder`);
  if (target.path.endsWith('/')) {
    await vscode.commands.executeCommand('revealInExplorer', uri);
    return;
  }
  const line = Math.max((target.line ?? 1) - 1, 0);
  if (target.cell) {
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    const index = Math.min(Math.max(target.cell - 1, 0), Math.max(notebook.cellCount - 1, 0));
    const range = new vscode.NotebookRange(index, index + 1);
    const editor = await vscode.window.showNotebookDocument(notebook, { selections: [range], preview: false });
    editor.revealRange(range, vscode.NotebookEditorRevealType.InCenterIfOutsideViewport);
    // Showing the cell's own document puts the cursor on the line inside that cell.
    const cell = notebook.cellAt(index).document;
    const position = new vscode.Position(Math.min(line, Math.max(cell.lineCount - 1, 0)), 0);
    await vscode.window.showTextDocument(cell, { selection: new vscode.Range(position, position), viewColumn: editor.viewColumn, preview: false });
    return;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const position = new vscode.Position(Math.min(line, Math.max(document.lineCount - 1, 0)), 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: false });
}

/** Who answers: git's user.name in the folder when it is set (asked once, 2 s at most), else the OS user. */
export async function answeringUser(folder: vscode.Uri): Promise<string> {
  const fromGit = await new Promise<string>((resolve) => {
    try {
      execFile('git', ['config', 'user.name'], { cwd: folder.fsPath, timeout: 2000, windowsHide: true }, (error, stdout) => resolve(error ? '' : String(stdout).trim()));
    } catch {
      resolve('');
    }
  });
  if (fromGit) return fromGit;
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
