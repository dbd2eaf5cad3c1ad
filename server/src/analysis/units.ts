// Unit-level measurements in the way the SIG maintainability model (and Better Code Hub) measures units:
// lines of code, branch points and parameters of every function and method. Computed once per code unit
// and shared by the long-function, complex-function and many-parameters checks.
import { codeLayout, type CodeLayout } from '../duplication/pythonTokens';
import type { SyntaxNode } from '../parsing/parser';
import { docstringOf, nodeRange } from '../parsing/syntax';
import type { RuleContext } from './rule';
import type { Range } from './types';

export interface FunctionMetrics {
  /** `fit`, or `Trainer.fit` for a method, or `outer.<locals>.inner` for a nested function. */
  qualifiedName: string;
  nameRange: Range;
  range: Range;
  /** Lines holding code: blank lines, comment-only lines and the docstring do not count. */
  linesOfCode: number;
  /** Decision points: if, elif, for, while, except, case, each and/or, conditional expressions, comprehension for/if (also in f-strings). */
  branchPoints: number;
  /** Parameters, not counting a leading self/cls; *args and **kwargs count one each. */
  parameterCount: number;
}

const PARAMETER_NODE_TYPES = new Set([
  'identifier',
  'typed_parameter',
  'default_parameter',
  'typed_default_parameter',
  'list_splat_pattern',
  'dictionary_splat_pattern',
]);

function parameterName(parameter: SyntaxNode): string | undefined {
  if (parameter.type === 'identifier') return parameter.text;
  const name = parameter.childForFieldName('name') ?? parameter.namedChild(0);
  return name?.type === 'identifier' ? name.text : undefined;
}

function countParameters(parameters: SyntaxNode | null): number {
  if (!parameters) return 0;
  const counted = parameters.namedChildren.filter((child): child is SyntaxNode => !!child && PARAMETER_NODE_TYPES.has(child.type));
  const first = counted[0];
  const skipsReceiver = first !== undefined && ['self', 'cls'].includes(parameterName(first) ?? '');
  return counted.length - (skipsReceiver ? 1 : 0);
}

export interface Definition {
  kind: 'function' | 'class' | 'case';
  node: SyntaxNode;
}

/**
 * A unit's code layout (see CodeLayout), scanned once per text and kept with its tree through `derive`: the
 * unit measures, the data-load facts and the assessment's line count share it.
 */
export function codeLayoutOf(text: string, derive: <T>(key: string, compute: () => T) => T): CodeLayout {
  return derive('code-layout', () => codeLayout(text));
}

/** Every function and class definition and case clause of a parsed unit, in text order (nested ones too). */
export function definitionsOf(root: SyntaxNode, layout: CodeLayout): Definition[] {
  return definitionsAt(root, layout.definitionKeywords);
}

const DEFINITION_TYPES: Record<string, 'function' | 'class' | 'case' | undefined> = { function_definition: 'function', class_definition: 'class', case_clause: 'case' };

/**
 * The function and class definitions and case clauses of a unit, in text order: the parent of each `def`,
 * `class` and `case` keyword the scan found (a point lookup each, instead of a walk over every node).
 */
function definitionsAt(root: SyntaxNode, offsets: Int32Array): Definition[] {
  const found: Definition[] = [];
  for (const offset of offsets) {
    const node = root.descendantForIndex(offset)?.parent;
    const kind = node ? DEFINITION_TYPES[node.type] : undefined;
    if (node && kind) found.push({ kind, node });
  }
  return found;
}

/**
 * Every function and method in a parsed code unit, outermost first. Each line holding code counts for the
 * innermost function around it, so a nested def is a unit of its own (the enclosing function's measures
 * leave it out, its decorators included); comment lines, blank lines and the docstring do not count. The
 * lines holding code, the decision keywords and where definitions start come from a scan of the text
 * (codeLayout); the tree is only asked for the nodes at those keywords, which costs a fraction of a walk
 * over every node (even one inside wasm, like a query).
 */
export function measureFunctions(root: SyntaxNode, layout: CodeLayout): FunctionMetrics[] {
  /** Index (in results) of the function each line counts for; −1: none. */
  const owner = new Int32Array(layout.lineStarts.length).fill(-1);
  const results: FunctionMetrics[] = [];
  /** The classes and functions around the node being read, innermost last. */
  const scopes: { end: number; name: string; isFunction: boolean }[] = [];
  const caseRows: number[] = [];
  for (const { kind, node } of definitionsAt(root, layout.definitionKeywords)) {
    if (kind === 'case') {
      caseRows.push(node.startPosition.row);
      continue;
    }
    while (scopes.length > 0 && scopes[scopes.length - 1].end <= node.startIndex) scopes.pop();
    if (kind === 'class') {
      scopes.push({ end: node.endIndex, name: node.childForFieldName('name')?.text ?? '<class>', isFunction: false });
      continue;
    }
    const nameNode = node.childForFieldName('name');
    const name = nameNode?.text ?? '<function>';
    const index =
      results.push({
        qualifiedName: [...scopes.map((scope) => scope.name), name].join('.'),
        nameRange: nodeRange(nameNode ?? node),
        range: nodeRange(node),
        parameterCount: countParameters(node.childForFieldName('parameters')),
        linesOfCode: 0,
        branchPoints: 0,
      }) - 1;
    const first = node.startPosition.row;
    // A nested function's decorators count for nobody (a top-level one's lie outside every function).
    const parent = scopes.some((scope) => scope.isFunction) ? node.parent : null;
    if (parent?.type === 'decorated_definition') owner.fill(-1, parent.startPosition.row, first);
    owner.fill(index, first, node.endPosition.row + 1);
    const docstring = docstringOf(node.childForFieldName('body'));
    if (docstring) owner.fill(-1, Math.max(first + 1, docstring.startPosition.row), docstring.endPosition.row + 1);
    scopes.push({ end: node.endIndex, name: `${name}.<locals>`, isFunction: true });
  }
  if (results.length === 0) return results;
  const { codeLines, branchKeywords, lineStarts } = layout;
  for (let row = 0; row < codeLines.length; row++) if (codeLines[row] === 1 && owner[row] >= 0) results[owner[row]].linesOfCode++;
  for (let keyword = 0, row = 0; keyword < branchKeywords.length; keyword++) {
    while (row + 1 < lineStarts.length && lineStarts[row + 1] <= branchKeywords[keyword]) row++;
    if (owner[row] >= 0) results[owner[row]].branchPoints++;
  }
  for (const row of caseRows) if (owner[row] >= 0) results[owner[row]].branchPoints++;
  return results;
}

/**
 * The shared shape of the unit-size checks: report every function whose measure exceeds the limit, at
 * its name, with a message built from the measured value.
 */
export function reportFunctionsOverLimit(
  context: Pick<RuleContext, 'units' | 'report'>,
  limit: number,
  measure: (fn: FunctionMetrics) => number,
  message: (fn: FunctionMetrics, value: number) => string,
): void {
  for (const unit of context.units) {
    for (const fn of unit.functions()) {
      const value = measure(fn);
      if (value > limit) context.report({ unit, range: fn.nameRange, message: message(fn, value) });
    }
  }
}
