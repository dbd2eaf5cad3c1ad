// One place that owns tree-sitter: loads the Python grammar once (wasm), parses text into trees and frees
// them. web-tree-sitter allocates trees in wasm memory, so every tree must be deleted when done.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Language, Node, Parser, Query, type Edit, type Point, type Tree } from 'web-tree-sitter';

export type { Node as SyntaxNode, Tree as SyntaxTree } from 'web-tree-sitter';

let parser: Parser | undefined;
let python: Language | undefined;
let initializing: Promise<void> | undefined;

/** In dist/ the wasm files sit beside the bundle; from sources (tests) they come from node_modules. */
function wasmPath(fileName: string, packageFile: string): string {
  const besideBundle = join(__dirname, fileName);
  return existsSync(besideBundle) ? besideBundle : require.resolve(packageFile);
}

export function initParser(): Promise<void> {
  initializing ??= (async () => {
    const runtimeWasm = wasmPath('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
    python = await Language.load(wasmPath('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
    parser = new Parser();
    parser.setLanguage(python);
    memoizeNodeType();
  })();
  return initializing;
}

/**
 * web-tree-sitter reads a node's type through wasm on every `node.type` (marshal the node, call in, look up
 * the name), and the checks ask each node's type several times. A node's type never changes (an edit makes
 * new nodes), so it is read once per node object and kept on it. Left alone if the library's shape differs.
 */
function memoizeNodeType(): void {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'type');
  const read = descriptor?.get;
  if (!read || descriptor.configurable === false || (read as { memoized?: boolean }).memoized) return;
  const memoized = function (this: Node & { typeName?: string }): string {
    return (this.typeName ??= read.call(this) as string);
  };
  Object.assign(memoized, { memoized: true });
  Object.defineProperty(Node.prototype, 'type', { ...descriptor, get: memoized });
}

const queries = new Map<string, Query>();

/**
 * A compiled tree-sitter query (S-expression patterns) over Python trees, compiled once per source.
 * Queries run inside wasm: finding every call or import this way is far cheaper than walking the tree
 * node by node through the JavaScript bindings.
 */
export function pythonQuery(source: string): Query {
  if (!python) throw new Error('initParser() must complete before querying');
  let query = queries.get(source);
  if (!query) queries.set(source, (query = new Query(python, source)));
  return query;
}

export function isParserReady(): boolean {
  return parser !== undefined;
}

/** Parses Python source. Never throws on bad code: tree-sitter recovers and marks ERROR nodes. */
export function parsePython(text: string): Tree {
  if (!parser) throw new Error('initParser() must complete before parsing');
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

const MAX_RECOVERY_PASSES = 4;

/** Row of the innermost, earliest syntax error: descends through the first child holding an error. */
function firstErrorRow(tree: Tree): number | undefined {
  let node: Node = tree.rootNode;
  if (!node.hasError) return undefined;
  for (;;) {
    const next = node.children.find((child) => child !== null && (child.hasError || child.isError || child.isMissing));
    if (!next) return node.startPosition.row;
    node = next;
  }
}

/**
 * The text a recovered tree was parsed from, when recovery blanked lines: a later edit is computed against
 * that text, since it is the one the tree describes.
 */
const blankedTextOf = new WeakMap<Tree, string>();

/** A tree from parsePythonTolerant and the text it was asked to parse. */
export interface PreviousParse {
  text: string;
  tree: Tree;
}

/**
 * Parses like parsePython, but when tree-sitter's own recovery swallows the rest of the file into one
 * error (it can, after `def broken(:`), blanks the first broken line and parses again, a few times at
 * most. Blanking keeps every offset, so positions in the result are positions in `text`.
 *
 * With `previous` (an earlier result of this function, which stays valid and owned by the caller), the
 * text is parsed incrementally: tree-sitter reuses the subtrees the edit did not touch. Each recovery pass is an
 * edit too (one line blanked), so it is parsed incrementally from the pass before. The result is the tree a
 * parse from scratch gives (test/unit/parser.test.ts compares them after random edits, broken code included).
 */
export function parsePythonTolerant(text: string, previous?: PreviousParse): Tree {
  let tree = previous ? reparse(text, blankedTextOf.get(previous.tree) ?? previous.text, previous.tree) : parsePython(text);
  let current = text;
  for (let pass = 0; pass < MAX_RECOVERY_PASSES && tree.rootNode.hasError; pass++) {
    const row = firstErrorRow(tree);
    if (row === undefined) break;
    const lines = current.split('\n');
    if (lines[row].trim() === '') break;
    lines[row] = ' '.repeat(lines[row].length);
    const blanked = lines.join('\n');
    // Blanking a line is an edit too: parse incrementally from the tree of the text before it.
    const next = reparse(blanked, current, tree);
    tree.delete();
    tree = next;
    current = blanked;
  }
  if (current !== text) blankedTextOf.set(tree, current);
  return tree;
}

/** Parses `text` reusing `oldTree`, the tree of `oldText`: a copy of it is told the edit, then parsed. */
function reparse(text: string, oldText: string, oldTree: Tree): Tree {
  if (!parser) throw new Error('initParser() must complete before parsing');
  const edited = oldTree.copy();
  try {
    edited.edit(editBetween(oldText, text));
    const tree = parser.parse(text, edited);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree;
  } finally {
    edited.delete();
  }
}

/**
 * The one span that differs between two texts (their common prefix and suffix stay), as tree-sitter's
 * edit. web-tree-sitter parses JavaScript strings as UTF-16 and gives (and takes) indices and columns in
 * UTF-16 code units, so string indices are its indices; rows count `\n`, as its lexer does.
 */
export function editBetween(oldText: string, newText: string): Edit {
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair: a boundary falls between characters.
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  const startPosition = pointAfter(oldText, 0, { row: 0, column: 0 }, prefix);
  return {
    startIndex: prefix,
    oldEndIndex: oldText.length - suffix,
    newEndIndex: newText.length - suffix,
    startPosition,
    oldEndPosition: pointAfter(oldText, prefix, startPosition, oldText.length - suffix),
    newEndPosition: pointAfter(newText, prefix, startPosition, newText.length - suffix),
  };
}

/** The position of index `to` in `text`, counting on from `from`, whose position is `start`. */
function pointAfter(text: string, from: number, start: Point, to: number): Point {
  let row = start.row;
  let lineStart = from - start.column;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) {
    row++;
    lineStart = index + 1;
  }
  return { row, column: to - lineStart };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function isNode(value: Node | null | undefined): value is Node {
  return value !== null && value !== undefined;
}
