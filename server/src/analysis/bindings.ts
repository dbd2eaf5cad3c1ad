// Name binding for one module-level code unit (a file or a notebook cell), in the order Python runs it:
// which module-level names each statement reads and binds. Function, lambda, class and comprehension
// scopes are resolved the way Python does (a name bound anywhere in a function is local to it), so only
// reads that reach module level are reported; reads inside function bodies are marked `deferred` (they
// run when the function is called, not when the cell runs). The notebook-state rules and the data-flow
// rules build on this.
import type { SyntaxNode } from '../parsing/parser';
import { nodeRange } from '../parsing/syntax';
import type { Range } from './types';

export type BindingKind = 'assign' | 'augment' | 'import' | 'def' | 'class' | 'loop' | 'with' | 'except' | 'walrus' | 'match' | 'global' | 'type';

export interface NameEvent {
  kind: 'read' | 'bind' | 'delete';
  name: string;
  range: Range;
  how?: BindingKind;
  /** Inside a function or lambda body: happens when it is called, not when the unit runs. */
  deferred: boolean;
  /** Index of the top-level statement the event belongs to, in document order. */
  statement: number;
  /** Offset of the name in the unit's text, to order events within one statement. */
  startIndex: number;
}

export interface UnitBindings {
  events: NameEvent[];
  /** The top-level statements, in order (the `statement` index of events points here). */
  statements: SyntaxNode[];
  /** `from x import *` somewhere: any name may be defined. */
  hasStarImport: boolean;
  /** exec/eval, or a write through globals()/vars()/locals(): names may be defined at run time. */
  hasDynamicNames: boolean;
}

interface Scope {
  kind: 'module' | 'function' | 'class' | 'comprehension';
  /** Names local to this scope (function: all bound in its body; class/comprehension: bound in it). */
  locals: Set<string>;
  /** Names a function declares global: binds reach module level. */
  globals: Set<string>;
  parent?: Scope;
}

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const DYNAMIC_CALLS = new Set(['exec', 'eval']);
const NAMESPACE_CALLS = new Set(['globals', 'vars', 'locals']);

/** Identifiers a target pattern binds (`a`, `a, *b`, `(x, (y, z))`); attributes and subscripts bind nothing. */
export function targetNames(target: SyntaxNode): SyntaxNode[] {
  switch (target.type) {
    case 'identifier':
      return [target];
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'tuple':
    case 'list':
    case 'expression_list':
    case 'parenthesized_expression':
    case 'list_splat_pattern':
    case 'as_pattern_target':
      return target.namedChildren.flatMap((child) => (child ? targetNames(child) : []));
    default:
      return [];
  }
}

/** Capture names of a `case` pattern (`Point(x=px)`, `[a, *rest]`, `{"k": v, **others}`, `... as s`). */
function matchCaptures(pattern: SyntaxNode): SyntaxNode[] {
  if (pattern.type === 'dotted_name') {
    const only = pattern.namedChildCount === 1 ? pattern.namedChild(0) : null;
    return only && only.text !== '_' ? [only] : [];
  }
  if (pattern.type === 'keyword_pattern') return pattern.namedChildren.slice(1).flatMap((child) => (child ? matchCaptures(child) : []));
  if (pattern.type === 'class_pattern') return pattern.namedChildren.slice(1).flatMap((child) => (child ? matchCaptures(child) : []));
  if (pattern.type === 'splat_pattern' || pattern.type === 'as_pattern') {
    const identifiers = pattern.namedChildren.filter((child): child is SyntaxNode => child?.type === 'identifier');
    const nested = pattern.namedChildren.filter((child): child is SyntaxNode => !!child && child.type !== 'identifier').flatMap(matchCaptures);
    return [...nested, ...identifiers];
  }
  if (pattern.type === 'dict_pattern') {
    return pattern.children.filter((child, index) => child !== null && pattern.fieldNameForChild(index) !== 'key').flatMap((child) => matchCaptures(child!));
  }
  return pattern.namedChildren.flatMap((child) => (child ? matchCaptures(child) : []));
}

/** The name an import binds: `import a.b` binds `a`; `import a.b as c` and `from m import x as c` bind `c`. */
function importedNames(statement: SyntaxNode): SyntaxNode[] {
  const names: SyntaxNode[] = [];
  for (const child of statement.childrenForFieldName('name')) {
    if (!child) continue;
    if (child.type === 'aliased_import') {
      const alias = child.childForFieldName('alias');
      if (alias) names.push(alias);
    } else if (child.type === 'dotted_name') {
      const first = statement.type === 'import_from_statement' ? child.namedChild(child.namedChildCount - 1) : child.namedChild(0);
      if (first) names.push(first);
    }
  }
  return names;
}

/** Names bound directly in a scope's body (not inside nested scopes), for Python's "local if assigned" rule. */
function collectLocalBindings(body: SyntaxNode, locals: Set<string>, globals: Set<string>): void {
  const visit = (node: SyntaxNode): void => {
    switch (node.type) {
      case 'function_definition':
      case 'class_definition': {
        const name = node.childForFieldName('name');
        if (name) locals.add(name.text);
        return;
      }
      case 'lambda':
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        return;
      case 'global_statement':
      case 'nonlocal_statement':
        for (const name of node.namedChildren) if (name?.type === 'identifier') globals.add(name.text);
        return;
      case 'assignment':
      case 'augmented_assignment':
      case 'for_statement':
      case 'for_in_clause': {
        const left = node.childForFieldName('left');
        if (left) for (const name of targetNames(left)) locals.add(name.text);
        break;
      }
      case 'named_expression': {
        const name = node.childForFieldName('name');
        if (name) locals.add(name.text);
        break;
      }
      case 'as_pattern_target':
        for (const name of targetNames(node)) locals.add(name.text);
        return;
      case 'import_statement':
      case 'import_from_statement':
        for (const name of importedNames(node)) locals.add(name.text);
        return;
      case 'case_pattern':
        for (const name of matchCaptures(node)) locals.add(name.text);
        return;
      case 'delete_statement':
        break;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  for (const child of body.namedChildren) if (child) visit(child);
  for (const name of globals) locals.delete(name);
}

function parameterNames(parameters: SyntaxNode | null): SyntaxNode[] {
  if (!parameters) return [];
  return parameters.namedChildren.flatMap((parameter) => {
    if (!parameter) return [];
    if (parameter.type === 'identifier') return [parameter];
    if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern') return parameter.namedChildren.filter((child): child is SyntaxNode => child?.type === 'identifier');
    const name = parameter.childForFieldName('name') ?? parameter.namedChild(0);
    return name?.type === 'identifier' ? [name] : [];
  });
}

export function bindUnit(root: SyntaxNode): UnitBindings {
  const events: NameEvent[] = [];
  const statements = root.namedChildren.filter((child): child is SyntaxNode => !!child && child.type !== 'comment');
  let hasStarImport = false;
  let hasDynamicNames = false;
  let statementIndex = 0;
  const module: Scope = { kind: 'module', locals: new Set(), globals: new Set() };

  const isDeferred = (scope: Scope): boolean => {
    for (let current: Scope | undefined = scope; current; current = current.parent) if (current.kind === 'function') return true;
    return false;
  };

  const emit = (kind: NameEvent['kind'], node: SyntaxNode, scope: Scope, how?: BindingKind) =>
    events.push({ kind, name: node.text, range: nodeRange(node), how, deferred: isDeferred(scope), statement: statementIndex, startIndex: node.startIndex });

  /** A read resolves outwards: comprehension → enclosing; function → its locals, then enclosing functions; class bodies are skipped by nested functions. */
  const read = (node: SyntaxNode, scope: Scope) => {
    const name = node.text;
    let current: Scope | undefined = scope;
    let fromNestedFunction = false;
    while (current && current.kind !== 'module') {
      if (current.kind === 'class' && fromNestedFunction) {
        current = current.parent;
        continue;
      }
      if (current.locals.has(name)) return;
      if (current.kind === 'function' && current.globals.has(name)) break;
      if (current.kind === 'function') fromNestedFunction = true;
      current = current.parent;
    }
    emit('read', node, scope);
  };

  /** Binding a name: at module level (or through `global`) it is a module binding; elsewhere it is local. */
  const bind = (node: SyntaxNode, scope: Scope, how: BindingKind) => {
    if (scope.kind === 'module' || (scope.kind === 'function' && scope.globals.has(node.text))) emit('bind', node, scope, how);
    else scope.locals.add(node.text);
  };

  const bindTarget = (target: SyntaxNode, scope: Scope, how: BindingKind) => {
    // Attribute and subscript targets read their object (`df["x"] = …` reads df) and bind nothing.
    if (target.type === 'attribute' || target.type === 'subscript') {
      visit(target, scope);
      return;
    }
    if (target.type === 'identifier') {
      bind(target, scope, how);
      return;
    }
    for (const child of target.namedChildren) if (child) bindTarget(child, scope, how);
  };

  const visitAll = (nodes: (SyntaxNode | null)[], scope: Scope) => {
    for (const node of nodes) if (node) visit(node, scope);
  };

  const visitFunction = (node: SyntaxNode, scope: Scope) => {
    // Decorators, defaults and annotations run when the def runs; the body runs when it is called.
    const parameters = node.childForFieldName('parameters');
    for (const parameter of parameters?.namedChildren ?? []) {
      if (!parameter) continue;
      visitAll([parameter.childForFieldName('value'), parameter.childForFieldName('type')], scope);
    }
    visitAll([node.childForFieldName('return_type')], scope);
    const name = node.childForFieldName('name');
    if (name) bind(name, scope, 'def');
    const body = node.childForFieldName('body');
    if (!body) return;
    const functionScope: Scope = { kind: 'function', locals: new Set(parameterNames(parameters).map((parameter) => parameter.text)), globals: new Set(), parent: scope };
    collectLocalBindings(body, functionScope.locals, functionScope.globals);
    visit(body, functionScope);
  };

  const visitComprehension = (node: SyntaxNode, scope: Scope) => {
    const clauses = node.namedChildren.filter((child): child is SyntaxNode => !!child && (child.type === 'for_in_clause' || child.type === 'if_clause'));
    const inner: Scope = { kind: 'comprehension', locals: new Set(), globals: new Set(), parent: scope };
    clauses.forEach((clause, index) => {
      if (clause.type === 'for_in_clause') {
        // The first iterable is evaluated in the enclosing scope; the rest inside the comprehension.
        visitAll(clause.childrenForFieldName('right'), index === 0 ? scope : inner);
        const left = clause.childForFieldName('left');
        if (left) for (const target of targetNames(left)) inner.locals.add(target.text);
      } else {
        visitAll(clause.namedChildren, inner);
      }
    });
    visitAll(node.namedChildren.filter((child) => child && child.type !== 'for_in_clause' && child.type !== 'if_clause'), inner);
  };

  const visit = (node: SyntaxNode, scope: Scope): void => {
    switch (node.type) {
      case 'identifier':
        read(node, scope);
        return;
      case 'comment':
      case 'integer':
      case 'float':
        return;
      case 'string':
        // Only f-string interpolations hold code.
        visitAll(node.namedChildren.filter((child) => child?.type === 'interpolation'), scope);
        return;
      case 'attribute':
        visitAll([node.childForFieldName('object')], scope);
        return;
      case 'keyword_argument':
        visitAll([node.childForFieldName('value')], scope);
        return;
      case 'call': {
        const callee = node.childForFieldName('function');
        if (callee?.type === 'identifier' && DYNAMIC_CALLS.has(callee.text)) hasDynamicNames = true;
        // globals()["x"] = … and vars().update(…) write names we cannot see.
        if (callee?.type === 'attribute' && callee.childForFieldName('object')?.type === 'call') {
          const inner = callee.childForFieldName('object')!.childForFieldName('function');
          if (inner?.type === 'identifier' && NAMESPACE_CALLS.has(inner.text)) hasDynamicNames = true;
        }
        visitAll(node.namedChildren, scope);
        return;
      }
      case 'assignment': {
        const right = node.childForFieldName('right');
        visitAll([right, node.childForFieldName('type')], scope);
        const left = node.childForFieldName('left');
        if (left?.type === 'subscript' && left.childForFieldName('value')?.type === 'call') {
          const inner = left.childForFieldName('value')!.childForFieldName('function');
          if (inner?.type === 'identifier' && NAMESPACE_CALLS.has(inner.text)) hasDynamicNames = true;
        }
        if (left) bindTarget(left, scope, 'assign');
        return;
      }
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        if (left) visit(left, scope);
        visitAll([node.childForFieldName('right')], scope);
        if (left) bindTarget(left, scope, 'augment');
        return;
      }
      case 'named_expression': {
        visitAll([node.childForFieldName('value')], scope);
        const name = node.childForFieldName('name');
        // A walrus in a comprehension binds in the enclosing scope (PEP 572).
        let target = scope;
        while (target.kind === 'comprehension' && target.parent) target = target.parent;
        if (name) bind(name, target, 'walrus');
        return;
      }
      case 'for_statement': {
        visitAll(node.childrenForFieldName('right'), scope);
        const left = node.childForFieldName('left');
        if (left) bindTarget(left, scope, 'loop');
        visitAll([node.childForFieldName('body'), node.childForFieldName('alternative')], scope);
        return;
      }
      case 'with_item': {
        const value = node.childForFieldName('value');
        if (value?.type === 'as_pattern') {
          visitAll([value.namedChild(0)], scope);
          const alias = value.childForFieldName('alias');
          if (alias) bindTarget(alias, scope, 'with');
        } else {
          visitAll([value], scope);
        }
        return;
      }
      case 'except_clause':
      case 'except_group_clause': {
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (child.type === 'as_pattern') {
            visitAll([child.namedChild(0)], scope);
            const alias = child.childForFieldName('alias');
            if (alias) bindTarget(alias, scope, 'except');
          } else {
            visit(child, scope);
          }
        }
        return;
      }
      case 'import_statement':
      case 'import_from_statement':
        if (node.namedChildren.some((child) => child?.type === 'wildcard_import')) hasStarImport = true;
        for (const name of importedNames(node)) bind(name, scope, 'import');
        return;
      case 'future_import_statement':
        return;
      case 'global_statement':
      case 'nonlocal_statement':
        return;
      case 'delete_statement':
        for (const target of node.namedChildren.flatMap((child) => (child?.type === 'expression_list' ? child.namedChildren : [child]))) {
          if (!target) continue;
          if (target.type === 'identifier' && scope.kind === 'module') emit('delete', target, scope);
          else visit(target, scope);
        }
        return;
      case 'function_definition':
        visitFunction(node, scope);
        return;
      case 'decorated_definition':
        for (const decorator of node.namedChildren.filter((child) => child?.type === 'decorator')) visitAll(decorator!.namedChildren, scope);
        visitAll([node.childForFieldName('definition')], scope);
        return;
      case 'class_definition': {
        visitAll([node.childForFieldName('superclasses'), node.childForFieldName('type_parameters')], scope);
        const classScope: Scope = { kind: 'class', locals: new Set(), globals: new Set(), parent: scope };
        visitAll([node.childForFieldName('body')], classScope);
        const name = node.childForFieldName('name');
        if (name) bind(name, scope, 'class');
        return;
      }
      case 'lambda': {
        const parameters = node.childForFieldName('parameters');
        for (const parameter of parameters?.namedChildren ?? []) visitAll([parameter?.childForFieldName('value') ?? null], scope);
        const lambdaScope: Scope = { kind: 'function', locals: new Set(parameterNames(parameters).map((parameter) => parameter.text)), globals: new Set(), parent: scope };
        visitAll([node.childForFieldName('body')], lambdaScope);
        return;
      }
      case 'case_clause': {
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (child.type === 'case_pattern') {
            for (const name of matchCaptures(child)) bind(name, scope, 'match');
            // Value patterns (`Color.RED`) and class names in patterns are reads.
            for (const dotted of child.descendantsOfType('dotted_name')) {
              if (dotted && dotted.namedChildCount > 1) read(dotted.namedChild(0)!, scope);
            }
            for (const classPattern of child.descendantsOfType('class_pattern')) {
              const className = classPattern?.namedChild(0)?.namedChild(0);
              if (className) read(className, scope);
            }
          } else {
            visit(child, scope);
          }
        }
        return;
      }
      case 'type_alias_statement': {
        const left = node.childForFieldName('left');
        const name = left?.type === 'type' ? left.namedChild(0) : left;
        visitAll([node.childForFieldName('right')], scope);
        if (name?.type === 'identifier') bind(name, scope, 'type');
        return;
      }
      default:
        if (COMPREHENSIONS.has(node.type)) {
          visitComprehension(node, scope);
          return;
        }
        visitAll(node.namedChildren, scope);
    }
  };

  for (const statement of statements) {
    visit(statement, module);
    statementIndex++;
  }
  return { events, statements, hasStarImport, hasDynamicNames };
}

/** Python 3 builtins: always defined. */
export const BUILTINS = new Set(
  `ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip`.split(' '),
);

/** Names IPython puts in a notebook's namespace. */
export function isIpythonName(name: string): boolean {
  return ['display', 'get_ipython', 'In', 'Out', '_', '__', '___', '_i', '_ii', '_iii', '_oh', '_dh', '_ih', 'exit', 'quit'].includes(name) || /^_i?\d+$/.test(name) || (name.startsWith('__') && name.endsWith('__'));
}
