// "Extract into a function" for a notebook cell that changes data created elsewhere: the cell's code
// becomes a function that takes the value and returns a new one, and the result is bound to a new name,
// so re-running the cell no longer changes its input. Pure text in, text out; the result must parse.
import { maskIpythonSyntax } from '../documents/magics';
import { parsePythonTolerant, type SyntaxNode } from '../parsing/parser';
import { walk } from '../parsing/syntax';
import { mutationsAt } from './mutations';

export interface Extraction {
  functionName: string;
  newName: string;
  /** The whole new cell text (it replaces the cell's source). */
  text: string;
}

/** One level of indentation in generated code. */
export const INDENT = '    ';
/** Mutations that change the object itself: the function must work on a copy to leave its input alone. */
const IN_PLACE = /^(assigns into|deletes from|replaces|changes)/;

/** Whether a cell's text (IPython syntax masked) parses without errors: an extraction must leave it so. */
export function cellParses(text: string): boolean {
  const tree = parsePythonTolerant(maskIpythonSyntax(text).text);
  const parses = !tree.rootNode.hasError;
  tree.delete();
  return parses;
}

/** `base`, or `base_2`, `base_3` … : the first that is not taken. */
export function freshName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}_${suffix}`)) return `${base}_${suffix}`;
}

function mentions(node: SyntaxNode, name: string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walk(node, (child) => {
    if (child.type === 'attribute') {
      const object = child.childForFieldName('object');
      if (object) found.push(...mentions(object, name));
      return false;
    }
    if (child.type === 'keyword_argument') {
      const value = child.childForFieldName('value');
      if (value) found.push(...mentions(value, name));
      return false;
    }
    if (child.type === 'identifier' && child.text === name) found.push(child);
    return true;
  });
  return found;
}

/**
 * Builds the extraction for `name` in a cell, or undefined when it cannot be done safely (opaque cell
 * magic, a multi-line string whose content re-indenting would change, nothing to extract, or a result
 * that does not parse). `taken` holds the names the notebook already uses.
 */
export function extractWrangling(source: string, name: string, taken: ReadonlySet<string>): Extraction | undefined {
  const masked = maskIpythonSyntax(source);
  if (masked.isOpaque) return undefined;
  const tree = parsePythonTolerant(masked.text);
  try {
    const root = tree.rootNode;
    if (root.hasError) return undefined;
    const statements = root.namedChildren.filter((child): child is SyntaxNode => !!child && child.type !== 'comment');
    if (statements.length === 0) return undefined;
    let multiLineString = false;
    let inPlace = false;
    walk(root, (node) => {
      if (node.type === 'string' && node.startPosition.row !== node.endPosition.row) multiLineString = true;
      if (mutationsAt(node).some((mutation) => mutation.name === name && IN_PLACE.test(mutation.how))) inPlace = true;
      return true;
    });
    if (multiLineString) return undefined;

    const lines = source.split('\n');
    // A Python cell magic (`%%time`) stays the cell's first line.
    const magicLine = masked.cellMagic ? lines.findIndex((line) => line.trimStart().startsWith('%%')) : -1;
    const header = magicLine >= 0 ? lines.slice(0, magicLine + 1) : [];
    // A last expression that shows the value (`df.head()`) stays outside, showing the new value.
    const last = statements[statements.length - 1];
    const expression = last.type === 'expression_statement' ? last.namedChild(0) : null;
    const isDisplay =
      expression !== null &&
      !['assignment', 'augmented_assignment'].includes(expression.type) &&
      mutationsAt(expression).length === 0 &&
      mentions(last, name).length > 0 &&
      statements.length > 1;
    const display = isDisplay ? last : undefined;
    const bodyEnd = display ? display.startPosition.row : lines.length;
    const body = lines.slice(magicLine + 1, bodyEnd);
    while (body.length > 0 && body[body.length - 1].trim() === '') body.pop();
    while (body.length > 0 && body[0].trim() === '') body.shift();
    if (body.length === 0) return undefined;

    const functionName = freshName(`prepare_${name}`, taken);
    const newName = freshName(`${name}_prepared`, new Set([...taken, functionName]));
    const out = [...header, `def ${functionName}(${name}):`];
    if (inPlace) out.push(`${INDENT}${name} = ${name}.copy()`);
    out.push(...body.map((line) => (line.trim() === '' ? '' : INDENT + line)), `${INDENT}return ${name}`, '', '', `${newName} = ${functionName}(${name})`);
    if (display) {
      // Rename the value in the display expression, right to left so earlier offsets stay valid.
      let text = lines.slice(display.startPosition.row, display.endPosition.row + 1).join('\n');
      const base = display.startPosition.column;
      for (const mention of mentions(display, name).reverse()) {
        const start = mention.startIndex - display.startIndex + base;
        text = text.slice(0, start) + newName + text.slice(start + name.length);
      }
      out.push(text);
    }
    const text = out.join('\n');
    return cellParses(text) ? { functionName, newName, text } : undefined;
  } finally {
    tree.delete();
  }
}
