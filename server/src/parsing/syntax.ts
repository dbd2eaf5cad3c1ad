// Small helpers over tree-sitter nodes shared by the checks: ranges, walking, docstrings.
import type { Range } from '../analysis/types';
import type { SyntaxNode } from './parser';

export function nodeRange(node: SyntaxNode): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/**
 * Depth-first walk in document order. `enter` returns false to skip a node's children.
 * Uses a tree cursor: much cheaper than materialising child arrays on every node.
 */
export function walk(root: SyntaxNode, enter: (node: SyntaxNode) => boolean | void): void {
  const cursor = root.walk();
  try {
    let descend = enter(cursor.currentNode) !== false;
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        descend = enter(cursor.currentNode) !== false;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || cursor.currentNode.equals(root)) return;
      }
      descend = enter(cursor.currentNode) !== false;
    }
  } finally {
    cursor.delete();
  }
}

/** The docstring statement of a module, class or function body, if its first statement is a string. */
export function docstringOf(body: SyntaxNode | null): SyntaxNode | undefined {
  const first = body?.namedChildren.find((child) => child?.type !== 'comment');
  if (first?.type === 'expression_statement' && first.namedChildCount === 1 && first.namedChild(0)?.type === 'string') {
    return first;
  }
  return undefined;
}

/**
 * The identifier a chain of attribute access, subscripts and calls starts from: `df` for `df`,
 * `df.loc[mask]`, `df["a"].str.lower()`, `(df)`.
 */
export function chainRoot(node: SyntaxNode | null): SyntaxNode | undefined {
  let current = node;
  while (current) {
    if (current.type === 'identifier') return current;
    if (current.type === 'attribute') current = current.childForFieldName('object');
    else if (current.type === 'subscript') current = current.childForFieldName('value');
    else if (current.type === 'call') current = current.childForFieldName('function');
    else if (current.type === 'parenthesized_expression') current = current.namedChild(0);
    else return undefined;
  }
  return undefined;
}
