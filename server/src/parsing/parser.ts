// One place that owns tree-sitter: loads the Python grammar once (wasm), parses text into trees and frees
// them. web-tree-sitter allocates trees in wasm memory, so every tree must be deleted when done.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Language, Parser, Query, type Node, type Tree } from 'web-tree-sitter';

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
  })();
  return initializing;
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
 * Parses like parsePython, but when tree-sitter's own recovery swallows the rest of the file into one
 * error (it can, after `def broken(:`), blanks the first broken line and parses again, a few times at
 * most. Blanking keeps every offset, so positions in the result are positions in `text`.
 */
export function parsePythonTolerant(text: string): Tree {
  let tree = parsePython(text);
  let current = text;
  for (let pass = 0; pass < MAX_RECOVERY_PASSES && tree.rootNode.hasError; pass++) {
    const row = firstErrorRow(tree);
    if (row === undefined) break;
    const lines = current.split('\n');
    if (lines[row].trim() === '') break;
    lines[row] = ' '.repeat(lines[row].length);
    current = lines.join('\n');
    tree.delete();
    tree = parsePython(current);
  }
  return tree;
}

export function isNode(value: Node | null | undefined): value is Node {
  return value !== null && value !== undefined;
}
