// Clone detection for the duplicate-code rule (Write Code Once): token streams per code unit (a file or a
// notebook cell), normalised so that renamed identifiers and changed literals still match (Type-2 clones),
// with noise left out (imports, docstrings, comments, __all__ lists, argparse add_argument calls). Equal
// windows of tokens are found with a rolling hash and extended to maximal matches, then grouped: every copy
// of a block knows every other copy. Engine-level: no LSP, no file system.
import type { SyntaxNode } from '../parsing/parser';
import type { Range } from '../analysis/types';

export interface CloneTokens {
  /** Normalised token ids (identifiers, strings and numbers collapse to one id each kind). */
  kinds: Int32Array;
  /** The token's exact text id, to tell exact copies (Type 1) from renamed ones (Type 2). */
  texts: Int32Array;
  /** Start line, start column, end line, end column of each token. */
  positions: Int32Array;
}

export interface CloneOptions {
  minTokens: number;
  minLines: number;
}

export interface TokenStream {
  /** Which document and which code unit (cell) the tokens come from. */
  documentId: number;
  cell?: number;
  tokens: CloneTokens;
}

export interface CloneCopy {
  documentId: number;
  cell?: number;
  range: Range;
  /** Lines of code in the copy (lines holding tokens). */
  lines: number;
}

export interface CloneGroup {
  copies: CloneCopy[];
  tokens: number;
  /** True when all copies are token-for-token identical (Type 1), false when names or literals differ. */
  exact: boolean;
}

const interned = new Map<string, number>();
const intern = (text: string): number => {
  let id = interned.get(text);
  if (id === undefined) interned.set(text, (id = interned.size + 1));
  return id;
};
const ID = intern('$identifier');
const STRING = intern('$string');
const NUMBER = intern('$number');
/** Between excluded statements and units: never equal to anything, so no clone spans it. */
const BARRIER = -1;

const STRING_TYPES = new Set(['string', 'concatenated_string']);
const NUMBER_TYPES = new Set(['integer', 'float']);
const EXCLUDED_STATEMENTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

/** Boilerplate statements users do not want reported: docstrings, `__all__ = […]`, argparse `add_argument(…)`. */
function isNoise(statement: SyntaxNode): boolean {
  if (EXCLUDED_STATEMENTS.has(statement.type)) return true;
  if (statement.type !== 'expression_statement') return false;
  const expression = statement.namedChild(0);
  if (!expression) return false;
  if (STRING_TYPES.has(expression.type)) return true;
  if (expression.type === 'assignment' && expression.childForFieldName('left')?.text === '__all__') return true;
  if (expression.type === 'call') {
    const callee = expression.childForFieldName('function');
    const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    if (method === 'add_argument' || method === 'add_argument_group' || method === 'add_mutually_exclusive_group') return true;
  }
  return false;
}

/** Tokens of one parsed unit, for clone detection. */
export function cloneTokens(root: SyntaxNode): CloneTokens {
  const kinds: number[] = [];
  const texts: number[] = [];
  const positions: number[] = [];
  const cursor = root.walk();
  const push = (kind: number, text: number, node: SyntaxNode) => {
    kinds.push(kind);
    texts.push(text);
    positions.push(node.startPosition.row, node.startPosition.column, node.endPosition.row, node.endPosition.column);
  };
  try {
    let descend = true;
    for (;;) {
      const node = cursor.currentNode;
      let skipChildren = false;
      if (descend) {
        const type = node.type;
        if (type === 'comment') {
          skipChildren = true;
        } else if (node.isNamed && isNoise(node)) {
          if (kinds.length > 0 && kinds[kinds.length - 1] !== BARRIER) push(BARRIER, BARRIER, node);
          skipChildren = true;
        } else if (STRING_TYPES.has(type)) {
          push(STRING, intern(node.text), node);
          skipChildren = true;
        } else if (NUMBER_TYPES.has(type)) {
          push(NUMBER, intern(node.text), node);
          skipChildren = true;
        } else if (type === 'identifier') {
          push(ID, intern(node.text), node);
          skipChildren = true;
        } else if (node.childCount === 0) {
          if (type.length > 0 && !node.isMissing) {
            const id = intern(type);
            push(id, id, node);
          }
          skipChildren = true;
        }
      }
      if (descend && !skipChildren && cursor.gotoFirstChild()) continue;
      if (cursor.gotoNextSibling()) {
        descend = true;
        continue;
      }
      let climbed = false;
      while (cursor.gotoParent()) {
        if (cursor.gotoNextSibling()) {
          climbed = true;
          break;
        }
      }
      if (!climbed) break;
      descend = true;
    }
  } finally {
    cursor.delete();
  }
  return { kinds: Int32Array.from(kinds), texts: Int32Array.from(texts), positions: Int32Array.from(positions) };
}

/**
 * True when a run of tokens is several repetitions of one shorter block (`v0 = f["c0"].mean()` fifteen
 * times): repetitive code, not a copy of something written elsewhere. Uses the KMP failure function:
 * the smallest period p of the run; it repeats when p is at most half its length.
 */
function isRepetitive(kinds: Int32Array, start: number, end: number): boolean {
  const length = end - start;
  const failure = new Int32Array(length);
  for (let index = 1, matched = 0; index < length; index++) {
    while (matched > 0 && kinds[start + index] !== kinds[start + matched]) matched = failure[matched - 1];
    if (kinds[start + index] === kinds[start + matched]) matched++;
    failure[index] = matched;
  }
  const period = length - failure[length - 1];
  return period * 2 <= length;
}

interface Window {
  stream: number;
  start: number;
}

/** Distinct lines holding tokens start..end (token start lines never decrease, so count the changes). */
function linesOf(tokens: CloneTokens, start: number, end: number): number {
  let lines = 0;
  let last = -1;
  for (let index = start; index < end; index++) {
    const line = tokens.positions[index * 4];
    if (line !== last) {
      lines++;
      last = line;
    }
  }
  return lines;
}

function rangeOf(tokens: CloneTokens, start: number, end: number): Range {
  const p = tokens.positions;
  return { start: { line: p[start * 4], character: p[start * 4 + 1] }, end: { line: p[(end - 1) * 4 + 2], character: p[(end - 1) * 4 + 3] } };
}

/**
 * Finds blocks of at least `minTokens` tokens and `minLines` lines that stand in two or more places.
 * Each stream is compared against everything seen before it (and earlier parts of itself), so every copy
 * after the first is matched to an earlier one; copies of the same first occurrence form a group.
 */
export function findClones(streams: readonly TokenStream[], options: CloneOptions): CloneGroup[] {
  const window = Math.max(2, options.minTokens);
  const seen = new Map<number, Window[]>();
  /** Matches keyed by the earlier copy's stream and start: later copies of the same block join it. */
  const groups = new Map<string, { first: { stream: number; start: number; end: number }; others: { stream: number; start: number; end: number }[]; exact: boolean }>();
  const MULTIPLIER = 0x01000193;

  streams.forEach((stream, streamIndex) => {
    const { kinds, texts } = stream.tokens;
    const count = kinds.length;
    if (count < window) return;
    // Rolling hash of each window of `window` tokens (barriers break windows).
    const hashes = new Int32Array(Math.max(0, count - window + 1));
    let power = 1;
    for (let index = 0; index < window - 1; index++) power = Math.imul(power, MULTIPLIER);
    let hash = 0;
    let barrierAt = -1;
    for (let index = 0; index < count; index++) {
      if (kinds[index] === BARRIER) barrierAt = index;
      if (index >= window) hash = (hash - Math.imul(kinds[index - window], power)) | 0;
      hash = (Math.imul(hash, MULTIPLIER) + kinds[index]) | 0;
      const start = index - window + 1;
      if (start >= 0) hashes[start] = barrierAt >= start ? 0 : hash || 1;
    }
    // Windows are indexed once they end before the current position, so a file's later part can match
    // its earlier part without a copy ever overlapping itself.
    let indexed = 0;
    const indexUpTo = (last: number) => {
      for (; indexed <= last && indexed < hashes.length; indexed++) {
        const value = hashes[indexed];
        if (value === 0) continue;
        let list = seen.get(value);
        if (!list) seen.set(value, (list = []));
        if (list.length < 64) list.push({ stream: streamIndex, start: indexed });
      }
    };
    let position = 0;
    while (position < hashes.length) {
      indexUpTo(position - window);
      const current = hashes[position];
      const candidates = current === 0 ? undefined : seen.get(current);
      let matched = false;
      for (const candidate of candidates ?? []) {
        const other = streams[candidate.stream].tokens;
        // Same stream: the earlier copy must end before this one starts.
        if (candidate.stream === streamIndex && candidate.start + window > position) continue;
        let length = 0;
        while (
          position + length < count &&
          candidate.start + length < other.kinds.length &&
          kinds[position + length] !== BARRIER &&
          kinds[position + length] === other.kinds[candidate.start + length] &&
          (candidate.stream !== streamIndex || candidate.start + length < position)
        ) {
          length++;
        }
        if (length < window || isRepetitive(kinds, position, position + length)) continue;
        const lines = Math.min(linesOf(stream.tokens, position, position + length), linesOf(other, candidate.start, candidate.start + length));
        if (lines < options.minLines) continue;
        let exact = true;
        for (let offset = 0; offset < length && exact; offset++) exact = texts[position + offset] === other.texts[candidate.start + offset];
        const key = `${candidate.stream}:${candidate.start}:${length}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { first: { stream: candidate.stream, start: candidate.start, end: candidate.start + length }, others: [], exact: true }));
        group.others.push({ stream: streamIndex, start: position, end: position + length });
        group.exact &&= exact;
        position += length;
        matched = true;
        break;
      }
      if (!matched) position++;
    }
    indexUpTo(hashes.length - 1);
  });

  return [...groups.values()].map((group) => {
    const copy = ({ stream, start, end }: { stream: number; start: number; end: number }): CloneCopy => ({
      documentId: streams[stream].documentId,
      cell: streams[stream].cell,
      range: rangeOf(streams[stream].tokens, start, end),
      lines: linesOf(streams[stream].tokens, start, end),
    });
    return { copies: [copy(group.first), ...group.others.map(copy)], tokens: group.first.end - group.first.start, exact: group.exact };
  });
}
