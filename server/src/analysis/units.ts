// Unit-level measurements in the way the SIG maintainability model (and Better Code Hub) measures units:
// lines of code, branch points and parameters of every function and method. Computed once per code unit
// and shared by the long-function, complex-function and many-parameters checks.
import { codeLayout, type CodeLayout } from '../duplication/pythonTokens';
import { lineAt } from '../parsing/lexer';
import { outlineOf, type Outline } from '../parsing/outline';
import type { SyntaxNode } from '../parsing/parser';
import type { ParsedUnit, RuleContext } from './rule';
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

/** A code unit's text and the facts derived from it (a ParsedUnit, or a ParseCache entry). */
export type UnitText = Pick<ParsedUnit, 'text' | 'derive'>;

/** A unit's outline (see outline.ts), read once per text and kept with it through `derive`. */
export function outlineOfUnit(unit: UnitText): Outline {
  return unit.derive('outline', () => outlineOf(unit.text));
}

/** A unit's functions, measured once per text (see measureFunctions); no syntax tree is needed. */
export function functionsOf(unit: UnitText): FunctionMetrics[] {
  return unit.derive('functions', () => measureFunctions(outlineOfUnit(unit), codeLayoutOf(unit.text, unit.derive)));
}

/**
 * Every function and method of a code unit, outermost first, from its outline and code layout. Each line
 * holding code counts for the innermost function around it, so a nested def is a unit of its own (the
 * enclosing function's measures leave it out, its decorators included); comment lines, blank lines and the
 * docstring do not count.
 */
export function measureFunctions(outline: Outline, layout: CodeLayout): FunctionMetrics[] {
  const { codeLines, branchKeywords, lineStarts } = layout;
  const rowOf = (offset: number) => lineAt(lineStarts, offset);
  const rangeOf = (start: number, end: number): Range => {
    const startRow = rowOf(start);
    const endRow = rowOf(end);
    return { start: { line: startRow, character: start - lineStarts[startRow] }, end: { line: endRow, character: end - lineStarts[endRow] } };
  };
  /** Index (in results) of the function each line counts for; −1: none. */
  const owner = new Int32Array(lineStarts.length).fill(-1);
  const results: FunctionMetrics[] = [];
  /** The classes and functions around the definition being read, innermost last. */
  const scopes: { end: number; name: string; isFunction: boolean }[] = [];
  const caseRows: number[] = [];
  for (const definition of outline.definitions) {
    if (definition.kind === 'case') {
      caseRows.push(rowOf(definition.start));
      continue;
    }
    while (scopes.length > 0 && scopes[scopes.length - 1].end <= definition.start) scopes.pop();
    if (definition.kind === 'class') {
      scopes.push({ end: definition.end, name: definition.name?.text ?? '<class>', isFunction: false });
      continue;
    }
    const name = definition.name?.text ?? '<function>';
    const parameters = definition.parameters ?? [];
    const index =
      results.push({
        qualifiedName: [...scopes.map((scope) => scope.name), name].join('.'),
        nameRange: definition.name ? rangeOf(definition.name.start, definition.name.end) : rangeOf(definition.start, definition.end),
        range: rangeOf(definition.start, definition.end),
        parameterCount: parameters.length - (parameters[0] === 'self' || parameters[0] === 'cls' ? 1 : 0),
        linesOfCode: 0,
        branchPoints: 0,
      }) - 1;
    const first = rowOf(definition.start);
    // A nested function's decorators count for nobody (a top-level one's lie outside every function).
    if (definition.decorated !== undefined && scopes.some((scope) => scope.isFunction)) owner.fill(-1, rowOf(definition.decorated), first);
    owner.fill(index, first, rowOf(definition.end) + 1);
    const docstring = definition.docstring;
    if (docstring) owner.fill(-1, Math.max(first + 1, rowOf(docstring.start)), rowOf(docstring.end) + 1);
    scopes.push({ end: definition.end, name: `${name}.<locals>`, isFunction: true });
  }
  if (results.length === 0) return results;
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

