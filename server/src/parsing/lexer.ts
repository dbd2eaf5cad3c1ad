// A Python lexer: one pass over the characters that yields the tokens of a text (names, strings with every
// prefix, triple quotes and f-string replacement fields, numbers, operators) and its logical lines, the way
// Python's own tokenizer sees them (brackets and backslashes join physical lines; comments are dropped).
// It never fails: unterminated strings end at the line break, stray characters are operators, brackets that
// close nothing are ignored, and a bracket left open ends where a line starts with a statement keyword
// (`def`, `return`, `import` … never stand inside brackets), so one typo does not swallow the rest of a file. The character-level readers are shared with the clone tokenizer
// (duplication/pythonTokens.ts); the token stream feeds the outline (outline.ts). Engine-level: no LSP.

export const QUOTE = 39;
export const DOUBLE_QUOTE = 34;
export const NEWLINE_CHAR = 10;
export const BACKSLASH = 92;

export const isIdentifierStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
export const isIdentifierPart = (c: number) => isIdentifierStart(c) || (c >= 48 && c <= 57);
export const isDigit = (c: number) => c >= 48 && c <= 57;

/** FNV-1a over UTF-16 code units of text[start, end). Never 0. */
export function hashText(text: string, start = 0, end = text.length, seed = 0x811c9dc5 | 0): number {
  let hash = seed;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash || 1;
}

/** True when `text[start, end)` is a string prefix (r, u, b, f, t and their pairs, any case). */
export function isStringPrefix(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1 || length > 2) return false;
  for (let index = start; index < end; index++) {
    const c = text.charCodeAt(index) | 0x20;
    if (c !== 114 && c !== 117 && c !== 98 && c !== 102 && c !== 116) return false;
  }
  return true;
}

/** Whether the prefix text[start, end) makes an f-string (or t-string): braces hold expressions. */
export function isFormatPrefix(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const c = text.charCodeAt(index) | 0x20;
    if (c === 102 || c === 116) return true;
  }
  return false;
}

/**
 * The end of a string literal whose opening quote is at `quoteAt` (past the closing quote; at the line
 * break for an unterminated single-quoted string). In f-strings, replacement fields may hold strings with
 * the same quotes (Python 3.12), so they are scanned as expressions.
 */
export function stringEnd(text: string, quoteAt: number, formatted: boolean): number {
  const length = text.length;
  const quote = text.charCodeAt(quoteAt);
  const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
  let index = quoteAt + (triple ? 3 : 1);
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === BACKSLASH) {
      index += 2;
    } else if (c === quote) {
      if (!triple) return index + 1;
      if (text.charCodeAt(index + 1) === quote && text.charCodeAt(index + 2) === quote) return index + 3;
      index++;
    } else if (c === NEWLINE_CHAR && !triple) {
      return index;
    } else if (formatted && c === 123 /* { */) {
      if (text.charCodeAt(index + 1) === 123) index += 2;
      else index = fieldEnd(text, index + 1, triple);
    } else {
      index++;
    }
  }
  return length;
}

/** The end of an f-string replacement field that starts after its `{` (past the closing `}`). */
function fieldEnd(text: string, start: number, multiline: boolean): number {
  const length = text.length;
  let depth = 1;
  let index = start;
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === 123) {
      depth++;
      index++;
    } else if (c === 125) {
      index++;
      if (--depth === 0) return index;
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      let prefixStart = index;
      while (prefixStart > start && isIdentifierPart(text.charCodeAt(prefixStart - 1))) prefixStart--;
      index = stringEnd(text, index, isFormatPrefix(text, prefixStart, index));
    } else if (c === NEWLINE_CHAR && !multiline) {
      return index;
    } else {
      index++;
    }
  }
  return length;
}

/**
 * The replacement fields of the f-string token text[start, end) (prefix included), as [from, to) ranges of
 * the expression text between `{` and `}` (a format spec and a conversion included; `{{` is no field).
 */
export function replacementFields(text: string, start: number, end: number): [number, number][] {
  const fields: [number, number][] = [];
  let quoteAt = start;
  while (quoteAt < end && text.charCodeAt(quoteAt) !== QUOTE && text.charCodeAt(quoteAt) !== DOUBLE_QUOTE) quoteAt++;
  const quote = text.charCodeAt(quoteAt);
  const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
  for (let index = quoteAt + (triple ? 3 : 1); index < end; ) {
    const c = text.charCodeAt(index);
    if (c === BACKSLASH) index += 2;
    else if (c === 123 && text.charCodeAt(index + 1) === 123) index += 2;
    else if (c === 123) {
      const fieldStop = Math.min(end, fieldEnd(text, index + 1, triple));
      fields.push([index + 1, text.charCodeAt(fieldStop - 1) === 125 ? fieldStop - 1 : fieldStop]);
      index = fieldStop;
    } else index++;
  }
  return fields;
}

/** Offset where each line of the text starts (line 0 at 0). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The line (0-based) holding `offset`, given where each line starts. */
export function lineAt(lineStarts: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The end of a number literal starting at `start` (digits, letters, `_`, `.`, an exponent's sign). */
export function numberEnd(text: string, start: number): number {
  const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 0x20) === 120;
  let index = start + 1;
  for (;;) {
    const d = text.charCodeAt(index);
    if (isDigit(d) || (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 95 || d === 46) index++;
    else if ((d === 43 || d === 45) && !hex && (text.charCodeAt(index - 1) | 0x20) === 101) index++;
    else break;
  }
  return index;
}

/** Operators of more than one character, longest first (`**=` before `**`); any other character is one operator. */
const LONG_OPERATORS = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '<>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];
const LONG_OPERATORS_BY_CHAR = new Map<number, string[]>();
for (const operator of LONG_OPERATORS) {
  const first = operator.charCodeAt(0);
  LONG_OPERATORS_BY_CHAR.set(first, [...(LONG_OPERATORS_BY_CHAR.get(first) ?? []), operator]);
}

/** The end of the operator at `index`. */
export function operatorEnd(text: string, index: number): number {
  const candidates = LONG_OPERATORS_BY_CHAR.get(text.charCodeAt(index));
  if (candidates) for (const candidate of candidates) if (text.startsWith(candidate, index)) return index + candidate.length;
  return index + 1;
}

/** +1 for an opening bracket character, −1 for a closing one, 0 for any other. */
export function bracketCharDelta(c: number): number {
  if (c === 40 || c === 91 || c === 123) return 1;
  if (c === 41 || c === 93 || c === 125) return -1;
  return 0;
}

/** Python's hard keywords (the soft ones, `match`, `case`, `type`, `_`, are names but in their statements). */
export const PYTHON_KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield',
] as const;
export const HARD_KEYWORDS: ReadonlySet<string> = new Set(PYTHON_KEYWORDS);

/** Keywords that start a statement and never stand inside brackets: a line starting with one ends an open bracket. */
const STATEMENT_KEYWORDS = new Set(['def', 'class', 'return', 'import', 'del', 'pass', 'break', 'continue', 'raise', 'global', 'nonlocal', 'try', 'except', 'finally', 'while', 'with', 'elif', 'assert']);

/** Whether the line starting at `start` begins with a statement keyword (then a bracket left open before it is an error). */
function startsStatement(text: string, start: number, to: number): boolean {
  let index = start;
  while (index < to && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  let end = index;
  while (end < to && end - index <= 8 && isIdentifierPart(text.charCodeAt(end))) end++;
  return end > index && end - index <= 8 && !isIdentifierPart(text.charCodeAt(end)) && STATEMENT_KEYWORDS.has(text.slice(index, end));
}

export const NAME = 1;
export const STRING = 2;
export const NUMBER = 3;
export const OPERATOR = 4;
/** The end of a logical line (a line break outside brackets, or the end of the text); zero width. */
export const NEWLINE = 5;

/** The tokens of a text, as parallel arrays (start and end offsets in UTF-16 code units). */
export interface Lexemes {
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/**
 * The tokens of `text` (or of text[from, to): an f-string's replacement field), with a NEWLINE after each
 * logical line (never two in a row, none before the first token). Adjacent string literals stay separate
 * tokens; a token never ends past `to`.
 */
export function lexPython(text: string, from = 0, to = text.length): Lexemes {
  const length = to;
  let capacity = Math.max(16, (to - from) >> 2);
  let kinds = new Uint8Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  const push = (kind: number, start: number, end: number) => {
    if (count === capacity) {
      capacity *= 2;
      const grownKinds = new Uint8Array(capacity);
      grownKinds.set(kinds);
      kinds = grownKinds;
      const grownStarts = new Int32Array(capacity);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(capacity);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    count++;
  };
  const endLine = (at: number) => {
    if (count > 0 && kinds[count - 1] !== NEWLINE) push(NEWLINE, at, at);
  };
  let depth = 0;
  let index = from;
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE_CHAR) {
      if (depth > 0 && startsStatement(text, index + 1, length)) depth = 0; // a bracket left open: recover at the next statement
      if (depth === 0) endLine(index);
      index++;
    } else if (c === 32 || c === 9 || c === 13 || c === 12) {
      index++;
    } else if (c === 35 /* # */) {
      const end = text.indexOf('\n', index);
      index = end === -1 || end > length ? length : end;
    } else if (c === BACKSLASH) {
      // A line continuation (or a stray backslash): not a token, and the logical line goes on.
      const next = text.charCodeAt(index + 1);
      index += next === NEWLINE_CHAR ? 2 : next === 13 && text.charCodeAt(index + 2) === NEWLINE_CHAR ? 3 : 1;
    } else if (isIdentifierStart(c)) {
      const start = index;
      for (index++; index < length && isIdentifierPart(text.charCodeAt(index)); index++);
      // (a name's end never passes `to`: the loop stops there)
      const after = text.charCodeAt(index);
      if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, start, index)) {
        index = Math.min(length, stringEnd(text, index, isFormatPrefix(text, start, index)));
        push(STRING, start, index);
      } else {
        push(NAME, start, index);
      }
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      const start = index;
      index = Math.min(length, stringEnd(text, index, false));
      push(STRING, start, index);
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(index + 1)))) {
      const start = index;
      index = Math.min(length, numberEnd(text, index));
      push(NUMBER, start, index);
    } else {
      const start = index;
      index = Math.min(length, operatorEnd(text, index));
      push(OPERATOR, start, index);
      if (index === start + 1) depth = Math.max(0, depth + bracketCharDelta(c));
    }
  }
  endLine(length);
  return { kinds, starts, ends, count };
}
