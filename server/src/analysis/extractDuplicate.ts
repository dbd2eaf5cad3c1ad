// "Extract into a function" for a block of code duplicated across the cells of one notebook: the copies
// become calls of one new function, defined where the first copy stands. Pure text in, text edits out; no
// LSP. A copy is rewritten only when it is the block token for token, up to names that map one-to-one and
// are the function's parameters or outputs; otherwise nothing is offered. Every rewritten cell must parse.
import { maskIpythonSyntax } from '../documents/magics';
import { lexPython, lineAt, lineStartsOf, NAME, NEWLINE, STRING } from '../parsing/lexer';
import { parsePythonTolerant, type SyntaxNode } from '../parsing/parser';
import { walk } from '../parsing/syntax';
import { BUILTINS, bindUnit, type NameEvent } from './bindings';
import { cellParses, freshName, INDENT } from './extract';
import type { Range } from './types';

/** A block in one code unit: `unit` indexes the sources given, `range` is read as whole lines. */
export interface BlockLocation {
  unit: number;
  range: Range;
}

/** A replacement in one code unit (`unit` indexes the sources given). */
export interface UnitEdit {
  unit: number;
  range: Range;
  newText: string;
}

export interface DuplicateExtraction {
  functionName: string;
  /** The function's parameters (the block's own names). */
  parameters: string[];
  /** The names it returns (the block's own names). */
  outputs: string[];
  /** How many copies become calls (the block included). */
  copies: number;
  /** At most one edit per copy, in unit order. */
  edits: UnitEdit[];
}

/** Statements a function body cannot take over as they are (or that make no sense to extract). */
const REFUSED_STATEMENTS = new Set([
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'function_definition',
  'class_definition',
  'decorated_definition',
  'global_statement',
  'nonlocal_statement',
  'return_statement',
  'break_statement',
  'continue_statement',
]);
/** Names whose meaning changes inside a function body. */
const REFUSED_WORDS = new Set(['await', 'yield', 'global', 'nonlocal', 'return']);
/** Top-level statements whose bindings always happen when they run. */
const UNCONDITIONAL = new Set(['expression_statement', 'with_statement']);
/** Bindings that stay global: a parameter is never a module, a function or a class. */
const GLOBAL_BINDINGS = new Set<NameEvent['how']>(['import', 'def', 'class']);

interface Unit {
  source: string;
  lines: string[];
  masked: string;
  maskedLines: string[];
  usable: boolean;
  events: NameEvent[];
  statements: SyntaxNode[];
  lineStarts: number[];
}

/** One copy of the block: its top-level statements, tokens and name events. */
interface Span {
  unit: number;
  first: number;
  last: number;
  startRow: number;
  endRow: number;
  /** Tokens, with the column of every logical line's first token standing for its indentation. */
  tokens: { kind: number; text: string; start: number; end: number; indent: number }[];
  /** Name events of its statements, in the order they happen. */
  events: NameEvent[];
}

function analyseUnit(source: string): { unit: Unit; tree?: { delete(): void } } {
  const masked = maskIpythonSyntax(source);
  const base = { source, lines: source.split('\n'), masked: masked.text, maskedLines: masked.text.split('\n'), lineStarts: lineStartsOf(masked.text) };
  if (masked.isOpaque) return { unit: { ...base, usable: false, events: [], statements: [] } };
  const tree = parsePythonTolerant(masked.text);
  const bindings = bindUnit(tree.rootNode);
  return { unit: { ...base, usable: !tree.rootNode.hasError, events: bindings.events, statements: bindings.statements }, tree };
}

/** The run of complete top-level statements a range's lines hold, or undefined when it is not one. */
function spanAt(units: readonly Unit[], { unit: index, range }: BlockLocation): Span | undefined {
  const unit = units[index];
  if (!unit?.usable) return undefined;
  const from = range.start.line;
  const to = Math.max(from, range.end.line);
  const inside: number[] = [];
  for (const [position, statement] of unit.statements.entries()) {
    if (statement.endPosition.row < from || statement.startPosition.row > to) continue;
    if (statement.startPosition.row < from || statement.endPosition.row > to) return undefined; // part of a statement
    inside.push(position);
  }
  if (inside.length === 0) return undefined;
  const first = inside[0];
  const last = inside[inside.length - 1];
  const statements = unit.statements.slice(first, last + 1);
  if (statements[0].startPosition.column !== 0 || statements.some((statement) => REFUSED_STATEMENTS.has(statement.type))) return undefined;
  // The cell's last expression shows its value (`df.head()`): inside a function it would show nothing.
  if (last === unit.statements.length - 1 && showsValue(statements[statements.length - 1])) return undefined;
  const startRow = statements[0].startPosition.row;
  const endRow = statements[statements.length - 1].endPosition.row;
  for (let row = startRow; row <= endRow; row++) {
    // IPython syntax (masked) cannot move into a body, and re-indenting tab-indented lines could mix tabs and spaces.
    if (unit.maskedLines[row] !== unit.lines[row] || unit.lines[row].startsWith('\t')) return undefined;
  }
  let multiLineString = false;
  for (const statement of statements) {
    walk(statement, (node) => {
      if (node.type === 'string' && node.startPosition.row !== node.endPosition.row) multiLineString = true;
      return !multiLineString;
    });
  }
  if (multiLineString) return undefined; // re-indenting would change its text
  const events = unit.events.filter((event) => event.statement >= first && event.statement <= last);
  if (events.some((event) => event.kind === 'delete')) return undefined;

  const start = statements[0].startIndex;
  const lexemes = lexPython(unit.masked, start, statements[statements.length - 1].endIndex);
  const tokens: Span['tokens'] = [];
  let lineStart = true;
  for (let token = 0; token < lexemes.count; token++) {
    const kind = lexemes.kinds[token];
    const text = unit.masked.slice(lexemes.starts[token], lexemes.ends[token]);
    if (kind === NAME && REFUSED_WORDS.has(text)) return undefined;
    let indent = -1;
    if (lineStart && kind !== NEWLINE) {
      const row = lineAt(unit.lineStarts, lexemes.starts[token]);
      indent = lexemes.starts[token] - unit.lineStarts[row];
    }
    tokens.push({ kind, text, start: lexemes.starts[token], end: lexemes.ends[token], indent });
    lineStart = kind === NEWLINE;
  }
  return { unit: index, first, last, startRow, endRow, tokens, events };
}

/** A bare expression whose value Jupyter shows when it ends a cell (a `print(…)` call shows nothing). */
function showsValue(statement: SyntaxNode): boolean {
  if (statement.type !== 'expression_statement') return false;
  const expression = statement.namedChild(0);
  if (!expression || ['assignment', 'augmented_assignment'].includes(expression.type)) return false;
  const callee = expression.type === 'call' ? expression.childForFieldName('function') : null;
  return !(callee?.type === 'identifier' && callee.text === 'print');
}

/**
 * How the block's names map onto a copy's, or undefined when the copy is not the block token for token up
 * to names: tokens of the same kind and text (indentation included), except names at the same places that
 * map one-to-one and consistently.
 */
function align(block: Span, copy: Span): Map<string, string> | undefined {
  if (block.tokens.length !== copy.tokens.length) return undefined;
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  const map = (from: string, to: string) => {
    if ((forward.get(from) ?? to) !== to || (backward.get(to) ?? from) !== from) return false;
    forward.set(from, to);
    backward.set(to, from);
    return true;
  };
  const eventsIn = (span: Span, start: number, end: number) => span.events.filter((event) => event.startIndex >= start && event.startIndex < end);
  for (let index = 0; index < block.tokens.length; index++) {
    const ours = block.tokens[index];
    const theirs = copy.tokens[index];
    if (ours.kind !== theirs.kind || ours.indent !== theirs.indent) return undefined;
    // The module-level names a token holds (one for a name, those of an f-string's fields) must stand at the
    // same places, do the same, and map consistently.
    const ourEvents = eventsIn(block, ours.start, ours.end);
    const theirEvents = eventsIn(copy, theirs.start, theirs.end);
    if (ourEvents.length !== theirEvents.length) return undefined;
    for (const [position, event] of ourEvents.entries()) {
      const other = theirEvents[position];
      if (other.kind !== event.kind || other.startIndex - theirs.start !== event.startIndex - ours.start || !map(event.name, other.name)) return undefined;
    }
    if (ours.text !== theirs.text && (ours.kind !== NAME || ourEvents.length === 0)) return undefined;
    if (ours.kind === STRING && ours.text !== theirs.text) return undefined;
  }
  return forward;
}

/** Events of a unit that come after a span (later statements of its unit, then later units), as a reader sees them. */
function readAfter(units: readonly Unit[], span: Span, name: string): boolean {
  const readsBeforeRebinding = (events: readonly NameEvent[]) => {
    for (const event of events) {
      if (event.name !== name) continue;
      if (event.kind === 'read') return true;
      if (event.kind === 'bind' && !event.deferred) return false;
    }
    return false;
  };
  if (readsBeforeRebinding(units[span.unit].events.filter((event) => event.statement > span.last))) return true;
  for (let index = span.unit + 1; index < units.length; index++) if (readsBeforeRebinding(units[index].events)) return true;
  // A function defined anywhere may read the global when it is called later.
  return units.some((unit, index) => unit.events.some((event) => event.deferred && event.kind === 'read' && event.name === name && !(index === span.unit && event.statement >= span.first && event.statement <= span.last)));
}

const overlaps = (a: Span, b: Span) => a.unit === b.unit && a.startRow <= b.endRow && b.startRow <= a.endRow;

/**
 * The extraction of the block at `block` whose copies (as the duplicate-code rule relates them) stand at
 * `copies`, all in the code units `sources` (a notebook's code cells, in order). Undefined when it cannot
 * be done safely: the block or a copy is not a run of complete top-level statements, a copy differs in more
 * than the names of parameters and outputs, or a rewritten cell would not parse. `taken` holds names the
 * notebook already uses (the function's name avoids them, and every name the cells mention).
 */
export function extractDuplicate(sources: readonly string[], block: BlockLocation, copies: readonly BlockLocation[], taken: ReadonlySet<string> = new Set()): DuplicateExtraction | undefined {
  const trees: { delete(): void }[] = [];
  try {
    const units = sources.map((source) => {
      const { unit, tree } = analyseUnit(source);
      if (tree) trees.push(tree);
      return unit;
    });
    const ours = spanAt(units, block);
    if (!ours || copies.length === 0) return undefined;
    const spans: Span[] = [ours];
    for (const location of copies) {
      const span = spanAt(units, location);
      if (!span || spans.some((other) => overlaps(other, span))) return undefined;
      spans.push(span);
    }
    const mappings: Map<string, string>[] = [];
    for (const span of spans) {
      const mapping = align(ours, span);
      if (!mapping) return undefined;
      mappings.push(mapping);
    }

    // Parameters: names read before the block binds them, bound elsewhere in the notebook (not modules,
    // functions or classes: those stay global).
    const inBlock = (index: number, event: NameEvent) => index === ours.unit && event.statement >= ours.first && event.statement <= ours.last;
    const boundOutside = new Map<string, { value: boolean; global: boolean }>();
    units.forEach((unit, index) => {
      for (const event of unit.events) {
        if (event.kind !== 'bind') continue;
        const entry = boundOutside.get(event.name) ?? { value: false, global: false };
        if (GLOBAL_BINDINGS.has(event.how)) entry.global = true;
        else if (!inBlock(index, event)) entry.value = true;
        boundOutside.set(event.name, entry);
      }
    });
    const parameters: string[] = [];
    const boundInBlock = new Set<string>();
    const bindOrder: string[] = [];
    for (const event of ours.events) {
      if (event.kind === 'bind') {
        if (!boundInBlock.has(event.name)) bindOrder.push(event.name);
        boundInBlock.add(event.name);
        continue;
      }
      if (boundInBlock.has(event.name) || parameters.includes(event.name)) continue;
      const bound = boundOutside.get(event.name);
      const isParameter = bound !== undefined && bound.value && !bound.global && !BUILTINS.has(event.name);
      if (isParameter) parameters.push(event.name);
    }
    // A name read before the block binds it becomes local to the function: it must come in as a parameter.
    const readFirst = new Set(ours.events.filter((event, position) => event.kind === 'read' && !ours.events.slice(0, position).some((earlier) => earlier.kind === 'bind' && earlier.name === event.name)).map((event) => event.name));
    if ([...readFirst].some((name) => boundInBlock.has(name) && !parameters.includes(name))) return undefined;

    // Outputs: names the block binds that some copy's surroundings read afterwards.
    const outputs = bindOrder.filter((name) => spans.some((span, position) => readAfter(units, span, mappings[position].get(name) ?? name)));
    // A returned name must be bound whenever the block runs, not only in a branch or a loop.
    const statementsOf = units[ours.unit].statements;
    for (const name of outputs) {
      const unconditional = ours.events.some((event) => event.kind === 'bind' && event.name === name && !event.deferred && UNCONDITIONAL.has(statementsOf[event.statement].type));
      if (!unconditional) return undefined;
    }
    // Every renamed name must be a parameter or an output: anything else would silently change.
    for (const mapping of mappings) {
      for (const [from, to] of mapping) if (from !== to && !parameters.includes(from) && !outputs.includes(from)) return undefined;
    }

    const mentioned = new Set<string>([...taken, ...BUILTINS]);
    for (const unit of units) {
      const lexemes = lexPython(unit.masked);
      for (let token = 0; token < lexemes.count; token++) if (lexemes.kinds[token] === NAME) mentioned.add(unit.masked.slice(lexemes.starts[token], lexemes.ends[token]));
    }
    const functionName = freshName(outputs.length > 0 ? `make_${outputs[0].replace(/^_+/, '')}` : 'run_block', mentioned);

    const blockLines = units[ours.unit].lines.slice(ours.startRow, ours.endRow + 1);
    const definition = [
      `def ${functionName}(${parameters.join(', ')}):`,
      ...blockLines.map((line) => (line.trim() === '' ? '' : INDENT + line)),
      ...(outputs.length > 0 ? [`${INDENT}return ${outputs.join(', ')}`] : []),
    ].join('\n');
    const callOf = (mapping: ReadonlyMap<string, string>) => {
      const rename = (name: string) => mapping.get(name) ?? name;
      const call = `${functionName}(${parameters.map(rename).join(', ')})`;
      return outputs.length > 0 ? `${outputs.map(rename).join(', ')} = ${call}` : call;
    };
    const order = spans.map((_, position) => position).sort((a, b) => spans[a].unit - spans[b].unit || spans[a].startRow - spans[b].startRow);
    const edits: UnitEdit[] = order.map((position, rank) => {
      const span = spans[position];
      const lines = units[span.unit].lines;
      const call = callOf(mappings[position]);
      return {
        unit: span.unit,
        range: { start: { line: span.startRow, character: 0 }, end: { line: span.endRow, character: lines[span.endRow].length } },
        newText: rank === 0 ? `${definition}\n\n${call}` : call,
      };
    });

    // Every rewritten cell must still parse.
    for (const index of new Set(edits.map((edit) => edit.unit))) {
      const lines = [...units[index].lines];
      const ofUnit = edits.filter((edit) => edit.unit === index).sort((a, b) => b.range.start.line - a.range.start.line);
      for (const edit of ofUnit) lines.splice(edit.range.start.line, edit.range.end.line - edit.range.start.line + 1, ...edit.newText.split('\n'));
      if (!cellParses(lines.join('\n'))) return undefined;
    }
    return { functionName, parameters, outputs, copies: spans.length, edits };
  } finally {
    for (const tree of trees) tree.delete();
  }
}

/** The code action's title for an extraction. */
export function extractDuplicateTitle(extraction: DuplicateExtraction): string {
  return `Extract into a function: ${extraction.functionName}(${extraction.parameters.join(', ')}) — replaces ${extraction.copies} copies in this notebook`;
}
