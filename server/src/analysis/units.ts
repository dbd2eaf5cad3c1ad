// Unit-level measurements in the way the SIG maintainability model (and Better Code Hub) measures units:
// lines of code, branch points and parameters of every function and method. Computed once per code unit
// and shared by the long-function, complex-function and many-parameters checks.
import type { SyntaxNode } from '../parsing/parser';
import { docstringOf, nodeRange, walk } from '../parsing/syntax';
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

/** A nested def is a unit of its own: the enclosing function's measures leave it out. */
function isNestedUnit(node: SyntaxNode): boolean {
  return node.type === 'function_definition' || (node.type === 'decorated_definition' && node.childForFieldName('definition')?.type === 'function_definition');
}

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

function measureBody(definition: SyntaxNode): { linesOfCode: number; branchPoints: number } {
  const codeLines = new Set<number>();
  const docstring = docstringOf(definition.childForFieldName('body'));
  let branchPoints = 0;
  walk(definition, (node) => {
    if (node !== definition && !node.equals(definition) && isNestedUnit(node)) return false;
    if (docstring && node.equals(docstring)) return false;
    if (node.type === 'comment') return false;
    if (BRANCH_NODE_TYPES.has(node.type)) branchPoints++;
    if (node.childCount === 0) {
      for (let row = node.startPosition.row; row <= node.endPosition.row; row++) codeLines.add(row);
    }
    return true;
  });
  return { linesOfCode: codeLines.size, branchPoints };
}

/** Every function and method in a parsed code unit, outermost first. */
export function measureFunctions(root: SyntaxNode): FunctionMetrics[] {
  const results: FunctionMetrics[] = [];
  const visit = (node: SyntaxNode, scope: string[]): void => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'function_definition') {
        const nameNode = child.childForFieldName('name');
        const name = nameNode?.text ?? '<function>';
        const qualifiedName = [...scope, name].join('.');
        results.push({
          qualifiedName,
          nameRange: nodeRange(nameNode ?? child),
          range: nodeRange(child),
          parameterCount: countParameters(child.childForFieldName('parameters')),
          ...measureBody(child),
        });
        visit(child, [...scope, name, '<locals>']);
      } else if (child.type === 'class_definition') {
        visit(child, [...scope, child.childForFieldName('name')?.text ?? '<class>']);
      } else {
        visit(child, scope);
      }
    }
  };
  visit(root, []);
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
