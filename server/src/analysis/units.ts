// Unit-level measurements in the way the SIG maintainability model (and Better Code Hub) measures units:
// lines of code, branch points and parameters of every function and method. Computed once per code unit
// and shared by the long-function, complex-function and many-parameters checks.
import type { SyntaxNode } from '../parsing/parser';
import { docstringOf, nodeRange, walkCursor } from '../parsing/syntax';
import type { RuleContext } from './rule';
import type { Range } from './types';

export interface FunctionMetrics {
  /** `fit`, or `Trainer.fit` for a method, or `outer.<locals>.inner` for a nested function. */
  qualifiedName: string;
  nameRange: Range;
  range: Range;
  /** Lines holding code: blank lines, comment-only lines and the docstring do not count. */
  linesOfCode: number;
  /** Decision points: if, elif, for, while, except, case, each and/or, conditional expressions, comprehension for/if. */
  branchPoints: number;
  /** Parameters, not counting a leading self/cls; *args and **kwargs count one each. */
  parameterCount: number;
}

const BRANCH_NODE_TYPES = new Set([
  'if_statement',
  'elif_clause',
  'for_statement',
  'while_statement',
  'except_clause',
  'except_group_clause',
  'case_clause',
  'boolean_operator',
  'conditional_expression',
  'for_in_clause',
  'if_clause',
]);

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

const SIMPLE_STATEMENTS = new Set(['expression_statement', 'import_statement', 'import_from_statement', 'return_statement', 'assert_statement', 'comment', 'global_statement', 'nonlocal_statement', 'pass_statement', 'delete_statement', 'raise_statement']);

/** A function being measured (or, when `unit` is null, a nested function's decorators: they count for nobody). */
interface Frame {
  unit: { metrics: FunctionMetrics; rows: Set<number>; docstring?: { start: number; end: number } } | null;
  depth: number;
}

/**
 * Every function and method in a parsed code unit, outermost first, measured in one pass over the tree
 * with a cursor: each node counts for the innermost function around it, so a nested def is a unit of its
 * own (the enclosing function's measures leave it out, its decorators included). Comments and the
 * docstring do not count; a leaf token counts every row it spans.
 */
export function measureFunctions(root: SyntaxNode): FunctionMetrics[] {
  const results: FunctionMetrics[] = [];
  const frames: Frame[] = [];
  const scopes: { name: string; depth: number }[] = [];
  /** Leaves the frames and scopes the walk has stepped out of. */
  const close = (depth: number) => {
    while (frames.length > 0 && frames[frames.length - 1].depth >= depth) {
      const frame = frames.pop()!;
      if (frame.unit) frame.unit.metrics.linesOfCode = frame.unit.rows.size;
    }
    while (scopes.length > 0 && scopes[scopes.length - 1].depth >= depth) scopes.pop();
  };
  const inner = () => frames[frames.length - 1]?.unit;
  walkCursor(
    root,
    (cursor, depth) => {
      close(depth);
      const type = cursor.nodeType;
      if (type === 'function_definition') {
        const node = cursor.currentNode;
        const nameNode = node.childForFieldName('name');
        const name = nameNode?.text ?? '<function>';
        const metrics: FunctionMetrics = {
          qualifiedName: [...scopes.map((scope) => scope.name), name].join('.'),
          nameRange: nodeRange(nameNode ?? node),
          range: nodeRange(node),
          parameterCount: countParameters(node.childForFieldName('parameters')),
          linesOfCode: 0,
          branchPoints: 0,
        };
        results.push(metrics);
        const docstring = docstringOf(node.childForFieldName('body'));
        frames.push({ unit: { metrics, rows: new Set(), docstring: docstring && { start: docstring.startIndex, end: docstring.endIndex } }, depth });
        scopes.push({ name: `${name}.<locals>`, depth });
        return true;
      }
      if (type === 'class_definition') scopes.push({ name: cursor.currentNode.childForFieldName('name')?.text ?? '<class>', depth });
      const unit = inner();
      // Outside functions only definitions matter: simple statements (module-level data tables, calls)
      // cannot hold one.
      if (!unit) return !SIMPLE_STATEMENTS.has(type);
      if (type === 'decorated_definition' && cursor.currentNode.childForFieldName('definition')?.type === 'function_definition') {
        frames.push({ unit: null, depth });
        return true;
      }
      if (type === 'comment') return false;
      if (type === 'expression_statement' && unit.docstring && cursor.startIndex === unit.docstring.start && cursor.endIndex === unit.docstring.end) return false;
      if (BRANCH_NODE_TYPES.has(type)) unit.metrics.branchPoints++;
      return true;
    },
    (cursor) => {
      const unit = inner();
      if (!unit) return;
      for (let row = cursor.startPosition.row, last = cursor.endPosition.row; row <= last; row++) unit.rows.add(row);
    },
  );
  close(0);
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
