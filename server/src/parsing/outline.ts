// The outline of a code unit: its function and class definitions (with their extent, name, parameters and
// docstring), match-case clauses, calls and import statements, read from the lexer's tokens and logical
// lines (lexer.ts) without a syntax tree. The unit measures, the data-load rule's pre-test and the
// self-assessment's import and call evidence need only this, and on a large workspace most files need
// nothing more: a tree is parsed only for a file some analysis walks (a possible data load, a notebook's
// names). Blocks are found as Python finds them, by the indentation of logical lines (a tab counts 8
// columns, a form feed or carriage return resets the count, as tree-sitter-python's scanner does). Engine-level: no LSP.
import { bracketCharDelta, HARD_KEYWORDS, isFormatPrefix, lexPython, NAME, NEWLINE, OPERATOR, replacementFields, STRING, type Lexemes } from './lexer';

export interface OutlineDefinition {
  kind: 'function' | 'class' | 'case';
  /** Offset of the first token (`async`, `def`, `class`, `case`). */
  start: number;
  /** End offset of the last token of the definition, its body included. */
  end: number;
  /** Offset of the first decorator's `@`, for a decorated function or class. */
  decorated?: number;
  /** The name and its offsets (functions and classes; absent in broken code). */
  name?: { text: string; start: number; end: number };
  /** Functions: each parameter's name as written (`*args` → args; '' for one without a name), bare `*` and `/` left out. */
  parameters?: string[];
  /** Functions: the docstring (a string alone as the first statement of the body). */
  docstring?: { start: number; end: number };
}

export interface OutlineCall {
  /** The function's name for a bare call (`f(…)`), the method's for an attribute call (`a.b.m(…)` → m). */
  name: string;
  bare: boolean;
  /** Offset of that name. */
  offset: number;
  /** The callee as a dotted name (`a.b.m`) when it is a plain chain of names; with the offset where it starts. */
  callee?: string;
  calleeStart: number;
}

export interface OutlineImport {
  /** Offset of the statement's first token (`import` or `from`). */
  start: number;
  /** `from … import`: the module as written (dotted), undefined for a relative import. */
  module?: string;
  isFrom: boolean;
  /** The names imported: a dotted module name (`import a.b`) or a name from a module, with the local alias. */
  names: { name: string; alias?: string }[];
}

export interface Outline {
  /** Functions, classes and case clauses, in text order (nested ones too). */
  definitions: OutlineDefinition[];
  /** Every call whose callee ends in a name, in text order. */
  calls: OutlineCall[];
  /** Every import statement (in functions too; `from __future__` ones left out), in text order. */
  imports: OutlineImport[];
}

/** Statements with a header ending in `:` whose body may follow on the same line. */
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'try', 'except', 'finally', 'with', 'def', 'class', 'async']);

interface Block {
  indent: number;
  kind: 'definition' | 'match' | 'other';
  definition?: OutlineDefinition;
  /** The first statement of the body is still to come (a function's docstring). */
  awaitsFirst: boolean;
  /** The indentation of the body's first line (−1 before it). */
  bodyIndent: number;
}

export function outlineOf(text: string): Outline {
  const lexemes = lexPython(text);
  const { kinds, starts, ends, count } = lexemes;
  const definitions: OutlineDefinition[] = [];
  const calls: OutlineCall[] = [];
  const imports: OutlineImport[] = [];
  const { tokenText, isName, isOperator, charAt } = tokenReader(text, lexemes);

  /** The indentation of the line holding offset `at` (the logical line's first token). */
  const indentOf = (at: number) => {
    let lineStart = at;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    return indentation(text, lineStart, at).indent;
  };

  /** The matching closing bracket of the opening one at `open`, or `last` + 1 when it does not close on the line. */
  const closing = (open: number, last: number) => {
    let depth = 0;
    for (let token = open; token <= last; token++) {
      depth += bracketCharDelta(charAt(token));
      if (depth === 0) return token;
    }
    return last + 1;
  };

  /** Parameter names between the brackets at open and close (exclusive), split at top-level commas (not a lambda's). */
  const parameterNames = (open: number, close: number) => {
    const names: string[] = [];
    let first = open + 1;
    let depth = 0;
    let lambdas = 0;
    const finish = (end: number) => {
      if (end > first) {
        const single = end - first === 1 && (isOperator(first, '*') || isOperator(first, '/'));
        if (!single) {
          let nameToken = first;
          while (nameToken < end && kinds[nameToken] === OPERATOR && (isOperator(nameToken, '*') || isOperator(nameToken, '**'))) nameToken++;
          names.push(nameToken < end && kinds[nameToken] === NAME ? tokenText(nameToken) : '');
        }
      }
      first = end + 1;
    };
    for (let token = open + 1; token < close; token++) {
      const c = charAt(token);
      const delta = bracketCharDelta(c);
      if (delta !== 0) depth += delta;
      else if (depth === 0 && isName(token, 'lambda')) lambdas++;
      else if (depth === 0 && c === 58 /* : */ && lambdas > 0) lambdas--;
      else if (depth === 0 && c === 44 /* , */ && lambdas === 0) finish(token);
    }
    finish(close);
    return names;
  };

  /** Reads an import statement at tokens [first, end). */
  const readImport = (first: number, end: number) => {
    const names: OutlineImport['names'] = [];
    /** A dotted name starting at `token`: its text and the token after it. */
    const dotted = (token: number): { name: string; next: number } | undefined => {
      if (token >= end || kinds[token] !== NAME) return undefined;
      let name = tokenText(token);
      let next = token + 1;
      while (next + 1 < end && isOperator(next, '.') && kinds[next + 1] === NAME) {
        name += `.${tokenText(next + 1)}`;
        next += 2;
      }
      return { name, next };
    };
    /** Reads `name [as alias], …` from `token` on. */
    const readNames = (token: number) => {
      while (token < end) {
        const read = dotted(token);
        if (!read) {
          token++;
          continue;
        }
        token = read.next;
        let alias: string | undefined;
        if (token + 1 < end && isName(token, 'as') && kinds[token + 1] === NAME) {
          alias = tokenText(token + 1);
          token += 2;
        }
        names.push({ name: read.name, alias });
        while (token < end && !isOperator(token, ',')) token++;
        token++;
      }
    };
    if (isName(first, 'import')) {
      readNames(first + 1);
      imports.push({ start: starts[first], isFrom: false, names });
      return;
    }
    let token = first + 1;
    let relative = false;
    while (token < end && (isOperator(token, '.') || isOperator(token, '...'))) {
      relative = true;
      token++;
    }
    const module = isName(token, 'import') ? undefined : dotted(token);
    if (module) token = module.next;
    if (!relative && module?.name === '__future__') return;
    if (!relative && !module) return;
    if (!isName(token, 'import')) return;
    token++;
    if (isOperator(token, '(')) token++;
    if (!isOperator(token, '*')) readNames(token);
    imports.push({ start: starts[first], module: relative ? undefined : module?.name, isFrom: true, names });
  };

  /**
   * The comment lines after the last logical line and before offset `to`, with their indentation. A block
   * goes on over those indented as deep as its body, as the parser sees it: a dedent waits for them.
   */
  const commentsBefore = (to: number) => {
    const comments: { indent: number; end: number }[] = [];
    let lineStart = text.indexOf('\n', previousEnd) + 1;
    while (lineStart > 0 && lineStart < to) {
      const { indent, end: index } = indentation(text, lineStart, to);
      const lineEnd = text.indexOf('\n', index);
      if (text.charCodeAt(index) === 35 /* # */) comments.push({ indent, end: lineEnd === -1 ? text.length : lineEnd });
      else if (index < to && text.charCodeAt(index) !== 10) break;
      lineStart = lineEnd + 1;
    }
    return comments;
  };
  const blocks: Block[] = [];
  let previousEnd = 0;
  let decorated: number | undefined;
  /** Closes the blocks indented at `indent` or deeper, before the logical line starting at `to`. */
  const closeBlocks = (indent: number, to: number) => {
    let comments: { indent: number; end: number }[] | undefined;
    while (blocks.length > 0 && blocks[blocks.length - 1].indent >= indent) {
      const block = blocks.pop()!;
      if (!block.definition) continue;
      let end = previousEnd;
      if (block.bodyIndent >= 0) for (const comment of (comments ??= commentsBefore(to))) {
        if (comment.indent < block.bodyIndent) break;
        end = comment.end;
      }
      block.definition.end = end;
    }
  };
  for (let first = 0; first < count; ) {
    let last = first;
    while (last + 1 < count && kinds[last + 1] !== NEWLINE) last++;
    const next = last + 2; // past the NEWLINE
    if (kinds[first] === NEWLINE) {
      first++;
      continue;
    }
    const indent = indentOf(starts[first]);
    closeBlocks(indent, starts[first]);
    const parent = blocks[blocks.length - 1];
    if (parent && parent.bodyIndent < 0) parent.bodyIndent = indent;
    if (parent?.awaitsFirst) {
      parent.awaitsFirst = false;
      if (first === last && kinds[first] === STRING && parent.definition) parent.definition.docstring = { start: starts[first], end: ends[first] };
    }

    // The line's top level: its header colon (the first `:` outside brackets and lambdas) and statement starts.
    let depth = 0;
    let lambdas = 0;
    let headerColon = -1;
    const statementStarts = [first];
    for (let token = first; token <= last; token++) {
      const c = charAt(token);
      const delta = bracketCharDelta(c);
      if (delta !== 0) depth = Math.max(0, depth + delta);
      else if (depth > 0) continue;
      else if (c === 59 /* ; */) statementStarts.push(token + 1);
      else if (isName(token, 'lambda')) lambdas++;
      else if (c === 58 /* : */) {
        if (lambdas > 0) lambdas--;
        else if (headerColon === -1) headerColon = token;
      }
    }
    const opensBlock = headerColon === last;
    const firstWord = kinds[first] === NAME ? tokenText(first) : '';
    const isCompound = COMPOUND.has(firstWord);
    if (isCompound && headerColon !== -1 && headerColon < last) statementStarts.push(headerColon + 1);
    const isMatch = firstWord === 'match' && opensBlock && last > first + 1;
    const isCase = firstWord === 'case' && parent?.kind === 'match' && headerColon !== -1;

    const isDecorator = charAt(first) === 64; /* @ */
    const keyword = firstWord === 'async' && first < last ? first + 1 : first;
    let block: Block | undefined;
    if (isName(keyword, 'def') || isName(keyword, 'class')) {
      const definition: OutlineDefinition = { kind: isName(keyword, 'def') ? 'function' : 'class', start: starts[first], end: ends[last], decorated };
      const nameToken = keyword + 1;
      if (nameToken <= last && kinds[nameToken] === NAME) definition.name = { text: tokenText(nameToken), start: starts[nameToken], end: ends[nameToken] };
      if (definition.kind === 'function') {
        let open = nameToken + 1;
        if (isOperator(open, '[')) open = closing(open, last) + 1; // type parameters (PEP 695)
        definition.parameters = open <= last && isOperator(open, '(') ? parameterNames(open, closing(open, last)) : [];
        // A one-line body (`def f(): "doc"; …`): its first statement may be the docstring.
        const docstring = headerColon + 1;
        if (headerColon !== -1 && !opensBlock && kinds[docstring] === STRING && (docstring === last || isOperator(docstring + 1, ';'))) {
          definition.docstring = { start: starts[docstring], end: ends[docstring] };
        }
      }
      definitions.push(definition);
      if (opensBlock) block = { indent, kind: 'definition', definition, awaitsFirst: definition.kind === 'function', bodyIndent: -1 };
    } else if (isCase) {
      definitions.push({ kind: 'case', start: starts[first], end: ends[last] });
    }
    if (!block && opensBlock) block = { indent, kind: isMatch ? 'match' : 'other', awaitsFirst: false, bodyIndent: -1 };
    if (block) blocks.push(block);
    decorated = isDecorator ? (decorated ?? starts[first]) : undefined;

    // Imports, at the start of each statement of the line.
    for (let index = 0; index < statementStarts.length; index++) {
      const start = statementStarts[index];
      if (start > last) continue;
      if (isName(start, 'import') || isName(start, 'from')) {
        const end = index + 1 < statementStarts.length ? statementStarts[index + 1] - (isOperator(statementStarts[index + 1] - 1, ';') ? 1 : 0) : last + 1;
        readImport(start, Math.min(end, last + 1));
      }
    }

    collectCalls(text, lexemes, first, last, isMatch || isCase, calls);
    previousEnd = ends[last];
    first = next;
  }
  closeBlocks(0, text.length);
  return { definitions, calls, imports };
}

/**
 * The indentation of the line starting at `lineStart`, read up to its first other character or `to`: a space
 * counts 1, a tab 8, a form feed or carriage return resets the count (as tree-sitter-python's scanner counts).
 */
function indentation(text: string, lineStart: number, to: number): { indent: number; end: number } {
  let indent = 0;
  let index = lineStart;
  for (; index < to; index++) {
    const c = text.charCodeAt(index);
    if (c === 32) indent++;
    else if (c === 9) indent += 8;
    else if (c === 13 || c === 12) indent = 0;
    else break;
  }
  return { indent, end: index };
}

/** Tests on the tokens of a lexed text, by index. */
function tokenReader(text: string, { kinds, starts, ends }: Lexemes) {
  return {
    tokenText: (token: number) => text.slice(starts[token], ends[token]),
    isName: (token: number, word: string) => kinds[token] === NAME && ends[token] - starts[token] === word.length && text.startsWith(word, starts[token]),
    isOperator: (token: number, operator: string) => kinds[token] === OPERATOR && ends[token] - starts[token] === operator.length && text.startsWith(operator, starts[token]),
    /** The character of a one-character operator (a bracket, `:`, `,` …), else −1. */
    charAt: (token: number) => (kinds[token] === OPERATOR && ends[token] - starts[token] === 1 ? text.charCodeAt(starts[token]) : -1),
  };
}

/**
 * Adds the calls among tokens [first, last] of one logical line: a name followed by `(`, not a definition's
 * name, not a keyword, not the soft keyword opening a match or case statement (`softFirst`). Calls inside
 * f-strings' replacement fields are read too, as a parser reads them.
 */
function collectCalls(text: string, lexemes: Lexemes, first: number, last: number, softFirst: boolean, calls: OutlineCall[]): void {
  const { kinds, starts, ends } = lexemes;
  const { tokenText, isName, isOperator } = tokenReader(text, lexemes);
  for (let token = first; token <= last; token++) {
    if (kinds[token] === STRING) {
      let prefixEnd = starts[token];
      while (prefixEnd < ends[token] && text.charCodeAt(prefixEnd) !== 39 && text.charCodeAt(prefixEnd) !== 34) prefixEnd++;
      if (prefixEnd > starts[token] && isFormatPrefix(text, starts[token], prefixEnd)) {
        for (const [from, to] of replacementFields(text, starts[token], ends[token])) {
          const field = lexPython(text, from, to);
          if (field.count > 0) collectCalls(text, field, 0, field.count - 1, false, calls);
        }
      }
      continue;
    }
    if (token === last || kinds[token] !== NAME || !isOperator(token + 1, '(')) continue;
    const name = tokenText(token);
    if (HARD_KEYWORDS.has(name)) continue; // never the name of a called function
    if (!(token > first && isOperator(token - 1, '.'))) {
      if (token > first && (isName(token - 1, 'def') || isName(token - 1, 'class'))) continue;
      if (token === first && softFirst) continue;
      calls.push({ name, bare: true, offset: starts[token], callee: name, calleeStart: starts[token] });
      continue;
    }
    // Walk back over `name .` pairs: a plain chain of names is a dotted callee.
    let chainStart = token;
    let plain = true;
    while (chainStart - 1 >= first && isOperator(chainStart - 1, '.')) {
      if (chainStart - 2 < first || kinds[chainStart - 2] !== NAME) {
        plain = false;
        break;
      }
      chainStart -= 2;
    }
    let callee: string | undefined;
    if (plain) {
      callee = tokenText(chainStart);
      for (let link = chainStart + 2; link <= token; link += 2) callee += `.${tokenText(link)}`;
    }
    calls.push({ name, bare: false, offset: starts[token], callee, calleeStart: starts[plain ? chainStart : token] });
  }
}
