// Quick fixes on our diagnostics: suppress on this line, suppress in this file (both reusing a directive
// that is already there), and show the practice card. Edits are WorkspaceEdits the user can undo.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { RULES_BY_ID } from '../checks';
import { getPractice } from '../catalog/catalog';
import { extractWrangling } from '../analysis/extract';
import { extractDuplicate, extractDuplicateTitle } from '../analysis/extractDuplicate';
import type { Fix } from '../analysis/types';
import { fileSuppressionEdit, lineSuppressionEdit, type Directive, type TextInsertion } from '../analysis/suppressions';
import { SOURCE } from './diagnostics';
import { SHOW_PRACTICE_COMMAND } from './hover';

export interface EditableUnit {
  uri: string;
  source: string;
  directives: readonly Directive[];
}

const insert = ({ position, text }: TextInsertion): TextEdit => ({ range: { start: position, end: position }, newText: text });

function wholeText(source: string): TextEdit['range'] {
  const lines = source.split('\n');
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

/**
 * `unit` is the file or cell holding the diagnostic; `fileUnit` is where a file-wide directive goes
 * (the file itself, or a notebook's first code cell).
 */
/** Command the client implements: open a document (or notebook cell) and select a range. */
export const REVEAL_COMMAND = 'ml-practices.revealLocation';

/**
 * `labelOf` names an editor URI for titles ("cell 5", "train.py"). Related locations of a diagnostic (the
 * defining cell, the other copy) each get a "Go to" action.
 */
export interface CodeActionContext {
  /** Names an editor URI for titles ("cell 5", "train.py"). */
  labelOf?: (uri: string) => string;
  /** Names already used in the file or notebook, so generated names do not collide. */
  takenNames?: () => ReadonlySet<string>;
  /** Editor URI of a notebook cell (by index among all cells), or of the file when `cell` is undefined. */
  uriOfCell?: (cell: number | undefined) => string | undefined;
  /**
   * The code units of the notebook holding the diagnostic (its code cells, in order: editor URI and source);
   * undefined for a Python file. Extracting a duplicated block edits every cell holding a copy.
   */
  notebookUnits?: () => readonly { uri: string; source: string }[];
}

export function codeActionsFor(
  diagnostics: readonly Diagnostic[],
  unit: EditableUnit,
  fileUnit: EditableUnit,
  { labelOf = (uri) => uri, takenNames = () => new Set(), uriOfCell = () => unit.uri, notebookUnits }: CodeActionContext = {},
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
    const rule = RULES_BY_ID.get(diagnostic.code);
    if (!rule) continue;
    const ruleId = rule.meta.id;
    const line = diagnostic.range.start.line;
    const fix = (diagnostic.data as { fix?: Fix } | undefined)?.fix;
    if (fix && Array.isArray(fix.edits) && !seen.has(`fix:${fix.title}`)) {
      seen.add(`fix:${fix.title}`);
      const changes: Record<string, TextEdit[]> = {};
      for (const edit of fix.edits) {
        const uri = uriOfCell(edit.cell);
        if (uri) (changes[uri] ??= []).push({ range: edit.range, newText: edit.newText });
      }
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes } });
    }
    const changedName = (diagnostic.data as { name?: unknown } | undefined)?.name;
    if (ruleId === 'notebook-state-wrangling' && typeof changedName === 'string' && !seen.has(`extract:${changedName}`)) {
      seen.add(`extract:${changedName}`);
      const extraction = extractWrangling(unit.source, changedName, takenNames());
      if (extraction) {
        actions.push({
          title: `Extract into a function: ${extraction.newName} = ${extraction.functionName}(${changedName})`,
          kind: CodeActionKind.RefactorExtract,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [unit.uri]: [{ range: wholeText(unit.source), newText: extraction.text }] } },
        });
      }
    }
    const extractKey = `extract-duplicate:${line}:${diagnostic.range.end.line}`;
    if (ruleId === 'duplicate-code' && notebookUnits && !seen.has(extractKey)) {
      seen.add(extractKey);
      const action = extractDuplicateAction(diagnostic, unit.uri, notebookUnits(), takenNames);
      if (action) actions.push(action);
    }
    for (const related of diagnostic.relatedInformation ?? []) {
      const title = `Go to ${labelOf(related.location.uri)}, line ${related.location.range.start.line + 1}: ${related.message}`;
      if (seen.has(title)) continue;
      seen.add(title);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: REVEAL_COMMAND, arguments: [related.location.uri, related.location.range] } });
    }
    if (!seen.has(`${ruleId}:${line}`)) {
      seen.add(`${ruleId}:${line}`);
      // A directive on any line of a duplicated block silences that copy: say so, with its lines.
      const { start, end } = diagnostic.range;
      const title = ruleId === 'duplicate-code' ? `Suppress duplicate-code for this copy (lines ${start.line + 1}–${end.line + 1})` : `Suppress ${ruleId} on this line`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [unit.uri]: [insert(lineSuppressionEdit(unit.source, unit.directives, ruleId, line))] } },
      });
    }
    if (!seen.has(ruleId)) {
      seen.add(ruleId);
      const practice = getPractice(rule.meta.practice);
      actions.push({
        title: `Suppress ${ruleId} in this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [fileUnit.uri]: [insert(fileSuppressionEdit(fileUnit.source, fileUnit.directives, ruleId))] } },
      });
      actions.push({
        title: `Show practice: ${practice.title}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show practice: ${practice.title}`, command: SHOW_PRACTICE_COMMAND, arguments: [practice.id] },
      });
    }
  }
  return actions;
}

/**
 * "Extract into a function" for a duplicated block in a notebook cell: the copies in cells of the same
 * notebook become calls of one function (copies in other documents stay as they are).
 */
function extractDuplicateAction(diagnostic: Diagnostic, uri: string, units: readonly { uri: string; source: string }[], takenNames: () => ReadonlySet<string>): CodeAction | undefined {
  const unitOf = new Map(units.map((unit, index) => [unit.uri, index]));
  const here = unitOf.get(uri);
  if (here === undefined) return undefined;
  const copies = (diagnostic.relatedInformation ?? []).flatMap(({ location }) => {
    const index = unitOf.get(location.uri);
    return index === undefined ? [] : [{ unit: index, range: location.range }];
  });
  if (copies.length === 0) return undefined;
  const extraction = extractDuplicate(
    units.map((unit) => unit.source),
    { unit: here, range: diagnostic.range },
    copies,
    takenNames(),
  );
  if (!extraction) return undefined;
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of extraction.edits) (changes[units[edit.unit].uri] ??= []).push({ range: edit.range, newText: edit.newText });
  return { title: extractDuplicateTitle(extraction), kind: CodeActionKind.RefactorExtract, diagnostics: [diagnostic], edit: { changes } };
}
