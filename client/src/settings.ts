// Sends the server only the ml-practices.* settings the user actually set (user, workspace or folder),
// so that pyproject.toml values are overridden only where the editor really says something.
import * as vscode from 'vscode';

const KEYS = ['enable', 'run', 'exclude', 'maxFileSize', 'rules.customizations', 'rules.options'] as const;

export function explicitSettings(scope: vscode.Uri | undefined): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration('ml-practices', scope);
  const result: Record<string, unknown> = {};
  for (const key of KEYS) {
    const inspected = configuration.inspect(key);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value === undefined) continue;
    const [head, tail] = key.split('.');
    if (tail) ((result[head] ??= {}) as Record<string, unknown>)[tail] = value;
    else result[head] = value;
  }
  return result;
}
