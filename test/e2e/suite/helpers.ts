import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ml-practices.ml-practices';
export const SOURCE = 'ml-practices';

export const FINDINGS = [
  { rule: 'long-function', name: 'train_model', title: 'Write Short Units of Code' },
  { rule: 'complex-function', name: 'pick_optimizer', title: 'Write Simple Units of Code' },
  { rule: 'many-parameters', name: 'build_model', title: 'Keep Unit Interfaces Small' },
] as const;
export const NOTEBOOK_FINDING = { rule: 'long-function', name: 'summarize_dataset', title: 'Write Short Units of Code' } as const;

/** How long to wait for the language server (first start loads tree-sitter). */
export const SERVER_DEADLINE = Number(process.env.ML_PRACTICES_E2E_DEADLINE || 30_000);

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return folder.uri;
  const env = process.env.ML_PRACTICES_E2E_WORKSPACE;
  if (env) return vscode.Uri.file(env);
  throw new Error('no workspace folder open and ML_PRACTICES_E2E_WORKSPACE not set');
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Opens a notebook of the e2e workspace in the notebook editor. */
export async function showFixtureNotebook(name: string): Promise<vscode.NotebookDocument> {
  const notebook = await vscode.workspace.openNotebookDocument(fixture(name));
  await vscode.window.showNotebookDocument(notebook);
  return notebook;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value; throws after the deadline with a description of the state. */
export async function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  { timeout = SERVER_DEADLINE, interval = 100, describe }: { timeout?: number; interval?: number; describe?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as T;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) break;
    await sleep(interval);
  }
  const state = describe ? `\n  state: ${describe()}` : '';
  const err = lastError ? `\n  last error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : '';
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${state}${err}`);
}

export function codeValue(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return `no diagnostics for ${uri.toString()}`;
  return all
    .map((d) => `${d.source}/${codeValue(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} sev=${d.severity} "${d.message}"`)
    .join('; ');
}

// After the first wait on a document (success or not), the server has had its chance to start:
// later waits on the same document use a short deadline so that one broken rule fails fast.
const settled = new Set<string>();
const SETTLED_DEADLINE = 5_000;

export async function waitForRules(uri: vscode.Uri, rules: readonly string[], timeout?: number): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  try {
    return await waitFor(
      () => {
        const diags = ours(uri);
        return rules.every((r) => diags.some((d) => codeValue(d) === r)) ? diags : undefined;
      },
      `diagnostics ${rules.join(', ')} on ${path.basename(uri.path)}`,
      {
        timeout: timeout ?? (settled.has(key) ? SETTLED_DEADLINE : SERVER_DEADLINE),
        describe: () => `${describeDiagnostics(uri)}; extension active: ${vscode.extensions.getExtension(EXTENSION_ID)?.isActive}`,
      },
    );
  } finally {
    settled.add(key);
  }
}

export function findDiagnostic(uri: vscode.Uri, rule: string): vscode.Diagnostic {
  const d = ours(uri).find((x) => codeValue(x) === rule);
  assert.ok(d, `no ${rule} diagnostic; have ${describeDiagnostics(uri)}`);
  return d;
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n');
}

export function firstHeading(markdown: string): string | undefined {
  return markdown.split('\n').find((l) => /^\s*#{1,6}\s/.test(l));
}

/** Hover at the diagnostic's range until the practice title shows as the first heading. */
export async function hoverShowsTitle(uri: vscode.Uri, position: vscode.Position, title: string): Promise<string> {
  let last = '';
  return waitFor(
    async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      last = hoverText(hovers);
      const heading = firstHeading(last);
      return heading && heading.includes(title) ? last : undefined;
    },
    `hover with first heading "${title}"`,
    { timeout: 15_000, interval: 200, describe: () => `last hover: ${JSON.stringify(last)}` },
  );
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  // Items are CodeActions (or bare Commands, which carry a title too).
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  return all ?? [];
}

export async function waitForCodeAction(uri: vscode.Uri, range: vscode.Range, titles: string[]): Promise<vscode.CodeAction[]> {
  let last: string[] = [];
  return waitFor(
    async () => {
      const actions = await codeActions(uri, range);
      last = actions.map((a) => a.title);
      return titles.every((t) => last.includes(t)) ? actions : undefined;
    },
    `code actions ${JSON.stringify(titles)}`,
    { timeout: 15_000, interval: 200, describe: () => `got ${JSON.stringify(last)}` },
  );
}

export async function ensureActive(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed; have ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  // activate() rejects with the activation error when activate() of the extension threw.
  await ext.activate();
  await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`);
  return ext;
}
