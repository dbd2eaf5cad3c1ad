// Small helpers over tree-sitter nodes shared by the checks: ranges, walking, docstrings.
import type { Range } from '../analysis/types';
import type { SyntaxNode } from './parser';
import type { TreeCursor } from 'web-tree-sitter';

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
  walkCursor(root, (cursor) => enter(cursor.currentNode));
}

/**
 * The same walk, handing out the cursor itself: reading `cursor.nodeType` or `cursor.startPosition`
 * costs far less than materialising a node (`cursor.currentNode`), which hot loops should do only for
 * the few nodes they need. The cursor must not be moved by `enter`.
 */
export function walkCursor(root: SyntaxNode, enter: (cursor: TreeCursor, depth: number) => boolean | void): void {
  const cursor = root.walk();
  let depth = 0;
  try {
    let descend = enter(cursor, depth) !== false;
    for (;;) {
      if (descend) {
        if (cursor.gotoFirstChild()) {
          depth++;
          descend = enter(cursor, depth) !== false;
          continue;
        }
      }
      for (;;) {
        if (depth === 0) return; // back at the root: never step to its siblings
        if (cursor.gotoNextSibling()) break;
        cursor.gotoParent();
        depth--;
      }
      descend = enter(cursor, depth) !== false;
    }
  } finally {
    cursor.delete();
  }
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
