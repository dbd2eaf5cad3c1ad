// Suppression comments, read from the comment tokens of the parse tree:
//   x = f()  # ml-practices: disable=long-function,complex-function   (this line)
//   # ml-practices: disable-file=many-parameters                        (whole file or notebook)
// A directive without ids applies to every rule. Also builds the edits that add such comments, reusing
// a directive already on the line, for the "suppress" code actions.
import type { SyntaxNode } from '../parsing/parser';
import { walk } from '../parsing/syntax';
import type { Range } from './types';

export const DIRECTIVE_PREFIX = 'ml-practices:';

export interface RuleIdMention {
  id: string;
  range: Range;
}

export interface Directive {
  scope: 'line' | 'file';
  line: number;
  /** Empty list: applies to all rules. */
  ruleIds: RuleIdMention[];
  /** Where the id list ends (the place to append another id). */
  listEnd: Range['start'];
}

/** Parses one comment's text; `line`/`column` locate the comment's `#`. */
export function parseDirective(comment: string, line: number, column: number): Directive | undefined {
  const prefixAt = comment.indexOf(DIRECTIVE_PREFIX);
  if (prefixAt < 0) return undefined;
  let cursor = prefixAt + DIRECTIVE_PREFIX.length;
  while (comment[cursor] === ' ') cursor++;
  const keywordMatch = /^(disable-file|disable)\b/.exec(comment.slice(cursor));
  if (!keywordMatch) return undefined;
  const scope = keywordMatch[1] === 'disable-file' ? 'file' : 'line';
  cursor += keywordMatch[1].length;
  const ruleIds: RuleIdMention[] = [];
  let listEnd = cursor;
  if (comment[cursor] === '=') {
    cursor++;
    const listText = /^[\w\s,-]*/.exec(comment.slice(cursor))?.[0] ?? '';
    let offset = cursor;
    for (const part of listText.split(',')) {
      const id = part.trim();
      const idStart = offset + part.indexOf(id);
      if (id.length > 0 && !id.includes(' ')) {
        ruleIds.push({ id, range: { start: { line, character: column + idStart }, end: { line, character: column + idStart + id.length } } });
        listEnd = idStart + id.length;
      }
      offset += part.length + 1;
    }
  }
  return { scope, line, ruleIds, listEnd: { line, character: column + listEnd } };
}

export function collectDirectives(root: SyntaxNode): Directive[] {
  const directives: Directive[] = [];
  walk(root, (node) => {
    if (node.type !== 'comment') return true;
    const directive = parseDirective(node.text, node.startPosition.row, node.startPosition.column);
    if (directive) directives.push(directive);
    return false;
  });
  return directives;
}

export function isSuppressed(directives: readonly Directive[], ruleId: string, line: number, fileDirectives: readonly Directive[]): boolean {
  const covers = (directive: Directive) => directive.ruleIds.length === 0 || directive.ruleIds.some((mention) => mention.id === ruleId);
  return fileDirectives.some(covers) || directives.some((directive) => directive.scope === 'line' && directive.line === line && covers(directive));
}

export interface TextInsertion {
  position: Range['start'];
  text: string;
}

/** The edit that suppresses `ruleId` on `line` of a code unit whose source is `source`. */
export function lineSuppressionEdit(source: string, directives: readonly Directive[], ruleId: string, line: number): TextInsertion {
  const existing = directives.find((directive) => directive.scope === 'line' && directive.line === line);
  if (existing) return { position: existing.listEnd, text: existing.ruleIds.length > 0 ? `,${ruleId}` : `=${ruleId}` };
  const lineText = source.split('\n')[line] ?? '';
  const content = lineText.replace(/\r$/, '');
  const trimmedLength = content.trimEnd().length;
  return { position: { line, character: trimmedLength }, text: `  # ${DIRECTIVE_PREFIX} disable=${ruleId}` };
}

/**
 * The edit that suppresses `ruleId` in the whole file. Reuses a `disable-file` directive of this unit;
 * otherwise inserts a new comment line at the top, after a shebang or encoding line.
 */
export function fileSuppressionEdit(source: string, directives: readonly Directive[], ruleId: string): TextInsertion {
  const existing = directives.find((directive) => directive.scope === 'file' && directive.ruleIds.length > 0);
  if (existing) return { position: existing.listEnd, text: `,${ruleId}` };
  const lines = source.split('\n');
  let insertLine = 0;
  while (insertLine < Math.min(2, lines.length) && (lines[insertLine].startsWith('#!') || /^#.*coding[:=]/.test(lines[insertLine]))) insertLine++;
  return { position: { line: insertLine, character: 0 }, text: `# ${DIRECTIVE_PREFIX} disable-file=${ruleId}\n` };
}
