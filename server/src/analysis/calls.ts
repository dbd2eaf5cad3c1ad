// The calls and imports of a code unit, found by one query pass (queries run inside wasm) and shared by
// the analyses that read them: the data-load rule's pre-test and the assessment's import and call evidence.
// Kept with the unit's tree: it depends only on the text.
import type { QueryCapture } from 'web-tree-sitter';
import { pythonQuery, type SyntaxNode } from '../parsing/parser';

/**
 * Captures: `import` (an import statement), `imported` (a name a from-import brings in), `callee` (the
 * function of a call: a name or an attribute chain) and `method` (the last name of an attribute callee).
 */
const CALLS_QUERY = `[
  (import_statement) @import
  (import_from_statement) @import
  (import_from_statement name: [(dotted_name) @imported (aliased_import) @imported])
  (call function: (identifier) @callee)
  (call function: (attribute attribute: (identifier) @method) @callee)
]`;

export function callsAndImports(root: SyntaxNode, derive: <T>(key: string, compute: () => T) => T): QueryCapture[] {
  return derive('calls-and-imports', () => pythonQuery(CALLS_QUERY).captures(root));
}
