// A Python tokenizer made for clone detection: one pass over the characters (strings with every prefix,
// triple quotes and f-string replacement fields, comments, numbers, line continuations, bracket depth and
// logical lines), without building a syntax tree. Parsing a tree and walking it for its leaves cost ~30 times
// what this scan does on a large workspace, and clone detection needs only the token sequence and the few
// statement shapes it leaves out as boilerplate (imports, docstrings, `__all__`, argparse calls, literal
// data tables). The same scan, without tokens, gives the unit measures the lines holding code and the
// decision keywords (codeLayout). Engine-level: no LSP, no file system.

import { BACKSLASH, DOUBLE_QUOTE, hashText, PYTHON_KEYWORDS, isDigit, isFormatPrefix, isIdentifierPart, isIdentifierStart, isStringPrefix, lineStartsOf, NEWLINE_CHAR as NEWLINE, numberEnd, QUOTE, stringEnd } from '../parsing/lexer';

export { hashText };

export interface CloneTokens {
  /** Normalised token kinds: identifiers, strings and numbers collapse to one kind each; BARRIER between noise. */
  kinds: Uint8Array;
  /** 32-bit hash of each token's exact text, to tell exact copies (Type 1) from renamed ones (Type 2). */
  texts: Int32Array;
  /** Ordinal of the token's line among the lines holding tokens: lines in a run = last − first + 1. */
  ordinals: Int32Array;
  /** Start and end offset (UTF-16 code units) of each token in the unit's text. */
  starts: Int32Array;
  ends: Int32Array;
  /** Offset where each line starts (line 0 at 0). */
  lineStarts: Int32Array;
}

/** Never equal to a real token: no clone spans it (between left-out statements). */
export const BARRIER = 0;
export const IDENTIFIER = 1;
export const STRING = 2;
export const NUMBER = 3;

const KEYWORDS: readonly string[] = PYTHON_KEYWORDS;
/** Longest first, so that `**=` wins over `**` and `*`. */
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '<>', '+=', '-=', '*=', '/=', '%=', '&=',
  '|=', '^=', '@=', '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=', '!',
];
const KIND_NAMES = ['$barrier', '$identifier', '$string', '$number', ...KEYWORDS, ...OPERATORS, '$other', '$data'];
const kindOf = new Map(KIND_NAMES.map((name, index) => [name, index]));
const kind = (name: string) => kindOf.get(name)!;
const OTHER = kind('$other');
/**
 * A value in a literal data table (a literal, or a CONSTANT_CASE name, in a run of MIN_LITERAL_ROWS rows or
 * more): it matches only the same value (the clone index compares and hashes its text), so two tables of
 * the same shape are not copies of each other, while a table copied as it is, is.
 */
export const DATA = kind('$data');
const [OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE] = ['(', ')', '[', ']', '{', '}'].map(kind);
const [COMMA, COLON, DOT, SEMICOLON, EQUALS, MINUS, PLUS] = [',', ':', '.', ';', '=', '-', '+'].map(kind);
const [IMPORT, FROM, TRUE, FALSE, NONE] = ['import', 'from', 'True', 'False', 'None'].map(kind);
const [DEF, CLASS, ASYNC] = ['def', 'class', 'async'].map(kind);
/** `@`: at the start of a line, a decorator. */
export const DECORATOR = kind('@');

/** Whether token `index`, when it starts its line, opens a definition: `def`, `class`, `async def` or a decorator. */
export function opensDefinition(kinds: Uint8Array, index: number): boolean {
  const tokenKind = kinds[index];
  return tokenKind === DEF || tokenKind === CLASS || tokenKind === DECORATOR || (tokenKind === ASYNC && kinds[index + 1] === DEF);
}
/** Whether token `index` is the name a `def` or `class` statement defines. */
export const isDefinedName = (kinds: Uint8Array, index: number): boolean => index > 0 && (kinds[index - 1] === DEF || kinds[index - 1] === CLASS);
/** The `:` that ends a compound statement's header. */
export const HEADER_COLON = COLON;
/** Operators by their first character, longest first. */
const OPERATORS_BY_CHAR = new Map<number, { text: string; kind: number }[]>();
for (const text of OPERATORS) {
  const list = OPERATORS_BY_CHAR.get(text.charCodeAt(0)) ?? [];
  list.push({ text, kind: kind(text) });
  OPERATORS_BY_CHAR.set(text.charCodeAt(0), list);
}

/** Tokens a row of a literal table is made of besides its values: punctuation, brackets, signs, True/False/None. */
export function isTableSyntax(tokenKind: number): boolean {
  return (
    tokenKind === DATA ||
    tokenKind === COMMA ||
    tokenKind === COLON ||
    tokenKind === MINUS ||
    tokenKind === PLUS ||
    tokenKind === TRUE ||
    tokenKind === FALSE ||
    tokenKind === NONE ||
    (tokenKind >= OPEN_PAREN && tokenKind <= CLOSE_BRACE)
  );
}

/** +1 for an opening bracket, −1 for a closing one, 0 for any other token. */
export function bracketDelta(tokenKind: number): number {
  if (tokenKind === OPEN_PAREN || tokenKind === OPEN_BRACKET || tokenKind === OPEN_BRACE) return 1;
  return tokenKind === CLOSE_PAREN || tokenKind === CLOSE_BRACKET || tokenKind === CLOSE_BRACE ? -1 : 0;
}

/** The name of a token kind (for tests and debugging). */
export const kindName = (value: number): string => KIND_NAMES[value] ?? '?';

const ALL = hashText('__all__');
const KEYWORD_BY_HASH = new Map(KEYWORDS.map((word) => [hashText(word), { word, kind: kind(word) }]));
const ARGPARSE_METHODS = new Set(['add_argument', 'add_argument_group', 'add_mutually_exclusive_group'].map((name) => hashText(name)));
/** A run of at least this many rows of literals (a lookup table, test data; CONSTANT_CASE names count as values) is data, not code. */
export const MIN_LITERAL_ROWS = 4;

/**
 * A CONSTANT_CASE name (`API_RUNTIME`, `CONV_TYPE`): in a table row it is a value like a literal, so a
 * mapping table whose rows mix strings and such names is data too.
 */
function isConstantName(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let index = start; index < end; index++) {
    const c = text.charCodeAt(index);
    if (c >= 65 && c <= 90) letters++;
    else if (!(c === 95 || (c >= 48 && c <= 57))) return false;
  }
  return letters >= 2;
}

/** Tokens of one code unit's text, for clone detection. */
export function cloneTokens(text: string): CloneTokens {
  const length = text.length;
  const lineStarts = lineStartsOf(text);

  // Scratch buffers shared by all calls (a unit never has more tokens than characters); the result is a copy.
  if (scratchKinds.length < length + 1) growScratch(length + 1);
  const kinds = scratchKinds;
  const texts = scratchTexts;
  const starts = scratchStarts;
  const ends = scratchEnds;
  const lines = scratchLines;
  let count = 0;
  let line = 0;
  let depth = 0;
  /** First token of the logical line (statement) being read. */
  let statementStart = 0;
  /** The physical row being read: its first token, its line, the bracket depth before it, and what it holds. */
  let rowStart = 0;
  let rowLine = -1;
  let rowDepth = 0;
  let rowIsData = true;
  let rowHasLiteral = false;
  /** Literal rows read back to back: their first token (−1: none) and how many rows hold literals. */
  let runStart = -1;
  let runEnd = 0;
  let runRows = 0;

  /** Replaces the tokens from `from` on (a left-out statement, the last one read) by one barrier (none when one is already before it). */
  const truncateFrom = (from: number) => {
    if (from > 0 && kinds[from - 1] === BARRIER) {
      count = from;
      return;
    }
    kinds[from] = BARRIER;
    texts[from] = 0;
    ends[from] = starts[from];
    count = from + 1;
  };
  const closeRun = () => {
    if (runStart !== -1 && runRows >= MIN_LITERAL_ROWS) {
      for (let token = runStart; token < runEnd; token++) {
        const value = kinds[token];
        if (value === STRING || value === NUMBER || value === IDENTIFIER) kinds[token] = DATA;
      }
    }
    runStart = -1;
    runRows = 0;
  };
  const finishRow = () => {
    if (rowLine === -1) return;
    if (rowIsData && rowDepth > 0) {
      if (rowHasLiteral) {
        if (runStart === -1) runStart = rowStart;
        runRows++;
      }
      if (runStart !== -1) runEnd = count;
    } else {
      closeRun();
    }
    rowLine = -1;
  };
  const push = (tokenKind: number, hash: number, start: number, end: number) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
    if (line !== rowLine) {
      finishRow();
      rowStart = count;
      rowLine = line;
      rowDepth = depth;
      rowIsData = true;
      rowHasLiteral = false;
    }
    if (tokenKind === STRING || tokenKind === NUMBER) rowHasLiteral = true;
    else if (!isTableSyntax(tokenKind) && !(tokenKind === IDENTIFIER && isConstantName(text, start, end))) rowIsData = false;
    kinds[count] = tokenKind;
    texts[count] = hash;
    starts[count] = start;
    ends[count] = end;
    lines[count] = line;
    count++;
  };
  /** Boilerplate statements users do not want reported: imports, `__all__ = …`, argparse calls (docstrings: see endStatement). */
  const isNoiseStatement = (from: number, to: number): boolean => {
    if (to <= from) return false;
    const first = kinds[from];
    if (first === IMPORT || first === FROM) return true;
    if (first !== IDENTIFIER) return false;
    if (texts[from] === ALL && (kinds[from + 1] === EQUALS || kinds[from + 1] === COLON)) return true;
    // `a.b(…).add_argument(…)` as a whole statement: the last token closes the call of an argparse method.
    if (kinds[to - 1] !== CLOSE_PAREN) return false;
    let open = to - 1;
    for (let nesting = 0; open >= from; open--) {
      const delta = bracketDelta(kinds[open]);
      nesting -= delta;
      if (delta > 0 && nesting === 0) break;
    }
    if (open - 2 < from || kinds[open - 1] !== IDENTIFIER || kinds[open - 2] !== DOT || !ARGPARSE_METHODS.has(texts[open - 1])) return false;
    // Nothing but a chain of names, attributes, calls and subscripts before it (not `x = …`, not `return …`).
    for (let index = from, nesting = 0; index < open - 2; index++) {
      const k = kinds[index];
      const delta = bracketDelta(k);
      nesting += delta;
      if (delta === 0 && nesting === 0 && k !== IDENTIFIER && k !== DOT) return false;
    }
    return true;
  };
  const endStatement = () => {
    finishRow();
    closeRun();
    // A docstring (any statement that is one string) is left out. On one line it is left out as a comment
    // is: the code around it stays one run, so short methods with one-line docstrings copied one after
    // another are still one copy. A longer one separates code as other left-out statements do: a block
    // running through it would be reported over lines of prose.
    if (count - statementStart === 1 && kinds[statementStart] === STRING) {
      const newline = text.indexOf('\n', starts[statementStart]);
      if (newline === -1 || newline >= ends[statementStart]) count = statementStart;
      else truncateFrom(statementStart);
    } else if (isNoiseStatement(statementStart, count)) {
      // An import inside a function (indented) is left out as a comment is: the function's code around it
      // stays one run. At the top of a module or cell, imports are a block of their own (a barrier).
      if ((kinds[statementStart] === IMPORT || kinds[statementStart] === FROM) && starts[statementStart] > lineStarts[lines[statementStart]]) count = statementStart;
      else truncateFrom(statementStart);
    }
    statementStart = count;
  };

  let index = 0;
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE) {
      if (depth === 0) endStatement();
      index++;
    } else if (c === 32 || c === 9 || c === 13 || c === 12) {
      index++;
    } else if (c === 35 /* # */) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? length : end;
    } else if (c === BACKSLASH) {
      // A line continuation (or a stray backslash): not a token, and the logical line goes on.
      const next = text.charCodeAt(index + 1);
      index += next === NEWLINE ? 2 : next === 13 && text.charCodeAt(index + 2) === NEWLINE ? 3 : 1;
    } else if (isIdentifierStart(c)) {
      const start = index;
      // The FNV-1a hash as in hashText, computed while reading (no substring for the many plain names).
      let hash = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      index++;
      for (let d = text.charCodeAt(index); index < length && isIdentifierPart(d); d = text.charCodeAt(++index)) hash = Math.imul(hash ^ d, 0x01000193);
      hash = hash || 1;
      const after = text.charCodeAt(index);
      if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, start, index)) {
        index = readStrings(start, stringEnd(text, index, isFormatPrefix(text, start, index)));
      } else {
        const keyword = index - start <= 8 ? KEYWORD_BY_HASH.get(hash) : undefined;
        if (keyword !== undefined && text.startsWith(keyword.word, start) && keyword.word.length === index - start) push(keyword.kind, keyword.kind, start, index);
        else push(IDENTIFIER, hash, start, index);
      }
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      index = readStrings(index, stringEnd(text, index, false));
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(index + 1)))) {
      const start = index;
      index = numberEnd(text, index);
      push(NUMBER, hashText(text, start, index), start, index);
    } else {
      const candidates = OPERATORS_BY_CHAR.get(c);
      const operator = candidates?.find((candidate) => text.startsWith(candidate.text, index));
      const operatorKind = operator?.kind ?? OTHER;
      const end = index + (operator?.text.length ?? 1);
      push(operatorKind, operatorKind === OTHER ? hashText(text, index, end) : operatorKind, index, end);
      const delta = bracketDelta(operatorKind);
      if (delta !== 0) depth = Math.max(0, depth + delta);
      else if (operatorKind === SEMICOLON && depth === 0) endStatement();
      index = end;
    }
  }
  endStatement();

  /**
   * Adjacent string literals are one (implicit concatenation, as in `("a" "b")`), even across lines inside
   * brackets and comments between them. Returns where scanning goes on.
   */
  function readStrings(start: number, firstEnd: number): number {
    let end = firstEnd;
    // The pieces' texts only: the space, line breaks and comments between them are layout (a copy re-indented
    // elsewhere has other indentation there).
    let hash = hashText(text, start, firstEnd);
    const addPiece = (pieceStart: number, pieceEnd: number) => (hash = hashText(text, pieceStart, pieceEnd, Math.imul(hash, 0x01000193)));
    for (;;) {
      let next = end;
      for (;;) {
        const c = text.charCodeAt(next);
        if (c === 32 || c === 9 || c === 13 || c === 12) next++;
        else if (c === NEWLINE && depth > 0) next++;
        else if (c === BACKSLASH && text.charCodeAt(next + 1) === NEWLINE) next += 2;
        else if (c === 35 && depth > 0) {
          const lineEnd = text.indexOf('\n', next);
          next = lineEnd === -1 ? length : lineEnd;
        } else break;
      }
      const c = text.charCodeAt(next);
      if (c === QUOTE || c === DOUBLE_QUOTE) {
        end = stringEnd(text, next, false);
        addPiece(next, end);
        continue;
      }
      if (isIdentifierStart(c)) {
        let wordEnd = next + 1;
        while (wordEnd < length && isIdentifierPart(text.charCodeAt(wordEnd))) wordEnd++;
        const after = text.charCodeAt(wordEnd);
        if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, next, wordEnd)) {
          end = stringEnd(text, wordEnd, isFormatPrefix(text, next, wordEnd));
          addPiece(next, end);
          continue;
        }
      }
      break;
    }
    push(STRING, hash || 1, start, end);
    return end;
  }

  const ordinals = new Int32Array(count);
  for (let token = 0, ordinal = -1, last = -1; token < count; token++) {
    if (lines[token] !== last) {
      ordinal++;
      last = lines[token];
    }
    ordinals[token] = ordinal;
  }
  return {
    kinds: kinds.slice(0, count),
    texts: texts.slice(0, count),
    ordinals,
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    lineStarts: Int32Array.from(lineStarts),
  };
}

/** What the unit measures need from a code unit's text, read in one pass without a syntax tree. */
export interface CodeLayout {
  /** Offset where each line starts (line 0 at 0). */
  lineStarts: Int32Array;
  /** 1 for each line holding code: a token other than a comment, or a non-blank part of a string spanning lines. */
  codeLines: Uint8Array;
  /** How many lines hold code. */
  codeLineCount: number;
  /**
   * Start offsets of the keywords that open a decision point: if, elif, for, while, except, and, or (one
   * each per if/elif statement, loop, except clause, boolean operator, conditional expression and
   * comprehension clause). Keywords inside f-string replacement fields are not seen; `case` (a soft
   * keyword) is left to the parser.
   */
  branchKeywords: Int32Array;
  /** Start offsets of every `def` and `class` keyword and every name `case` (a soft keyword): where a parser finds definitions and case clauses. */
  definitionKeywords: Int32Array;
}

const BRANCH_KEYWORDS = new Map(['if', 'elif', 'for', 'while', 'except', 'and', 'or'].map((word) => [hashText(word), word]));
const DEFINITION_KEYWORDS = new Map(['def', 'class', 'case'].map((word) => [hashText(word), word]));

/** The end of the identifier starting at `start`, and its FNV-1a hash (as hashText). */
function readIdentifier(text: string, start: number): { end: number; hash: number } {
  let hash = Math.imul(0x811c9dc5 ^ text.charCodeAt(start), 0x01000193);
  let end = start + 1;
  for (let d = text.charCodeAt(end); end < text.length && isIdentifierPart(d); d = text.charCodeAt(++end)) hash = Math.imul(hash ^ d, 0x01000193);
  return { end, hash: hash || 1 };
}

/** Whether text[start, end) with this hash is one of the words (a map from their hashes). */
function isWordOf(words: ReadonlyMap<number, string>, text: string, start: number, end: number, hash: number): boolean {
  if (end - start > 6) return false;
  const word = words.get(hash);
  return word !== undefined && word.length === end - start && text.startsWith(word, start);
}

/**
 * Reads the string literal whose prefix starts at `start` and whose quote is at `quoteAt`; returns its end.
 * In f-strings, decision keywords of the replacement fields (`{a if b else c}`) go to `keywords`.
 */
function readStringLiteral(text: string, start: number, quoteAt: number, keywords: number[]): number {
  const formatted = isFormatPrefix(text, start, quoteAt);
  const end = stringEnd(text, quoteAt, formatted);
  if (!formatted) return end;
  let depth = 0;
  for (let index = quoteAt; index < end; ) {
    const c = text.charCodeAt(index);
    if (c === 123 /* { */) {
      if (depth === 0 && text.charCodeAt(index + 1) === 123) index += 2;
      else {
        depth++;
        index++;
      }
    } else if (c === 125 /* } */) {
      if (depth > 0) depth--;
      index++;
    } else if (depth === 0) {
      index++;
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      index = readStringLiteral(text, index, index, keywords);
    } else if (isIdentifierStart(c)) {
      const word = readIdentifier(text, index);
      const after = text.charCodeAt(word.end);
      if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, index, word.end)) index = readStringLiteral(text, index, word.end, keywords);
      else {
        if (isWordOf(BRANCH_KEYWORDS, text, index, word.end, word.hash)) keywords.push(index);
        index = word.end;
      }
    } else {
      index++;
    }
  }
  return end;
}

/**
 * Where the file's header ends: its leading blank lines, comments and module docstring (the place where
 * tools write "generated by …, do not edit"). The offset of the first other token, or the text's length.
 */
export function headerEnd(text: string): number {
  let index = 0;
  let docstringSeen = false;
  while (index < text.length) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE || c === 32 || c === 9 || c === 13 || c === 12) index++;
    else if (c === 35 /* # */) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
    } else if (docstringSeen) return index;
    else {
      let quoteAt = index;
      while (quoteAt < text.length && isIdentifierPart(text.charCodeAt(quoteAt))) quoteAt++;
      const quote = text.charCodeAt(quoteAt);
      if ((quote !== QUOTE && quote !== DOUBLE_QUOTE) || (quoteAt > index && !isStringPrefix(text, index, quoteAt))) return index;
      index = stringEnd(text, quoteAt, false);
      docstringSeen = true;
    }
  }
  return text.length;
}

/** Whether the line starting at `start` holds only whitespace. */
function isBlankLine(text: string, start: number): boolean {
  for (let index = start; index < text.length; index++) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** The lines holding code and the decision keywords of a unit's text (see CodeLayout). */
export function codeLayout(text: string): CodeLayout {
  const length = text.length;
  const lineStarts = lineStartsOf(text);
  const codeLines = new Uint8Array(lineStarts.length);
  const branchKeywords: number[] = [];
  const definitionKeywords: number[] = [];
  let line = 0;
  let codeLineCount = 0;
  /** Marks the lines of text[from, to) as holding code, but a blank line inside a string (calls come in text order). */
  const mark = (from: number, to: number) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= from) line++;
    for (let row = line; row < lineStarts.length && (row === line || lineStarts[row] < to); row++) {
      if (codeLines[row] === 0 && (row === line || !isBlankLine(text, lineStarts[row]))) {
        codeLines[row] = 1;
        codeLineCount++;
      }
    }
  };
  let index = 0;
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE || c === 32 || c === 9 || c === 13 || c === 12) {
      index++;
    } else if (c === 35 /* # */) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? length : end;
    } else if (isIdentifierStart(c)) {
      const start = index;
      const word = readIdentifier(text, start);
      const after = text.charCodeAt(word.end);
      if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, start, word.end)) index = readStringLiteral(text, start, word.end, branchKeywords);
      else {
        if (isWordOf(BRANCH_KEYWORDS, text, start, word.end, word.hash)) branchKeywords.push(start);
        else if (isWordOf(DEFINITION_KEYWORDS, text, start, word.end, word.hash)) definitionKeywords.push(start);
        index = word.end;
      }
      mark(start, index);
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      const start = index;
      index = readStringLiteral(text, start, start, branchKeywords);
      mark(start, index);
    } else {
      // Operators, numbers, a line continuation: the line holds code; the rest of it is marked already.
      mark(index, index + 1);
      for (index++; index < length; index++) {
        const d = text.charCodeAt(index);
        if (d === NEWLINE || d === 35 || d === QUOTE || d === DOUBLE_QUOTE || isIdentifierStart(d)) break;
      }
    }
  }
  branchKeywords.sort((a, b) => a - b);
  return { lineStarts: Int32Array.from(lineStarts), codeLines, codeLineCount, branchKeywords: Int32Array.from(branchKeywords), definitionKeywords: Int32Array.from(definitionKeywords) };
}

let scratchKinds = new Uint8Array(0);
let scratchTexts = new Int32Array(0);
let scratchStarts = new Int32Array(0);
let scratchEnds = new Int32Array(0);
let scratchLines = new Int32Array(0);
function growScratch(size: number): void {
  const capacity = Math.max(size, scratchKinds.length * 2, 1 << 16);
  scratchKinds = new Uint8Array(capacity);
  scratchTexts = new Int32Array(capacity);
  scratchStarts = new Int32Array(capacity);
  scratchEnds = new Int32Array(capacity);
  scratchLines = new Int32Array(capacity);
}
