// The clone index: every window of `window` tokens of every indexed code unit, by a 32-bit rolling hash, in
// an open-addressing table whose postings (unit, token offset) live in flat Int32Arrays — about 30 bytes a
// window and no JavaScript object per window, so a 4-million-line workspace fits in a few hundred MB. Units
// are added and removed one at a time (an edited file re-hashes only itself), and a unit is matched against
// everything indexed (before and after it), so its copies do not depend on the order units came in.
import { lineAt } from '../parsing/lexer';
import { BARRIER, bracketDelta, DATA, HEADER_COLON, IDENTIFIER, NUMBER, STRING, isDefinedName, isTableSyntax, opensDefinition, type CloneTokens } from './pythonTokens';

export interface MatchOptions {
  /** Fewest tokens of a renamed copy (an exact one needs only the window). */
  minTokens: number;
  minLines: number;
  /** An exact copy shorter than this (in tokens) needs MIN_STATEMENTS statements (see statementsIn). */
  fewStatementsBelow?: number;
}

/** One other copy of a block found in a unit. */
export interface OtherCopy {
  unit: number;
  start: number;
  end: number;
  /** Token-for-token identical texts (Type 1), not only the same shape (Type 2). */
  exact: boolean;
}

/** A block of a unit (tokens start..end) that also stands elsewhere. */
export interface UnitCopy {
  start: number;
  end: number;
  /** Longest first. */
  others: OtherCopy[];
}

const MULTIPLIER = 0x01000193;
/** Postings of one window hash looked at per position: a block copied hundreds of times lists the first ones. */
const MAX_CANDIDATES = 64;
const EMPTY = 0;
/**
 * Share of a renamed match's tokens that, when they are changed values (numbers, strings), make it data
 * written as code rather than code copied: expected results, coefficient tables, edge lists, settings
 * dictionaries, written out twice with other values. A training block copied with other hyperparameters
 * changes a few values among many tokens (positive-changed-values.py: 4 of 90). Measured on the planted
 * renamed copies of bench/duplication/recall.mjs, whose literals change with probability 1/2: 0.15 keeps
 * all of them, 0.12 loses two.
 */
const CHANGED_VALUES_SHARE = 0.15;
/** Tokens other than table syntax a block holding table values needs (see hasCodeAroundData). */
const MIN_CODE_AROUND_DATA = 16;

/** Murmur3's finaliser: the table index comes from the low bits, which a polynomial hash mixes poorly. */
function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** What a token adds to a window's hash: its kind, or for a table value (DATA) its text, which it must match. */
const hashValue = (kinds: Uint8Array, texts: Int32Array, index: number): number => (kinds[index] === DATA ? texts[index] : kinds[index]);

/** Calls `visit(start, hash)` for each window of `window` tokens without a barrier (hash never 0). */
function forEachWindow({ kinds, texts }: Pick<CloneTokens, 'kinds' | 'texts'>, window: number, power: number, visit: (start: number, hash: number) => void): void {
  let hash = 0;
  let barrierAt = -1;
  for (let index = 0; index < kinds.length; index++) {
    if (kinds[index] === BARRIER) barrierAt = index;
    if (index >= window) hash = (hash - Math.imul(hashValue(kinds, texts, index - window), power)) | 0;
    hash = (Math.imul(hash, MULTIPLIER) + hashValue(kinds, texts, index)) | 0;
    const start = index - window + 1;
    if (start >= 0 && barrierAt < start) visit(start, hash || 1);
  }
}

let failure = new Int32Array(1024);

/** Lines (holding tokens) in tokens start..end. */
export const linesIn = (tokens: CloneTokens, start: number, end: number): number => tokens.ordinals[end - 1] - tokens.ordinals[start] + 1;

/** The position of the first token after the line of the token at `position`. */
function lineEnd(ordinals: CloneTokens['ordinals'], position: number, count: number): number {
  let end = position;
  while (end < count && ordinals[end] === ordinals[position]) end++;
  return end;
}

/** The first `length` tokens from `start`, less those on the line of the token after them (a line begun, not finished). */
function wholeLinesBefore(ordinals: CloneTokens['ordinals'], start: number, length: number): number {
  let whole = length;
  while (whole > 0 && ordinals[start + whole - 1] === ordinals[start + length]) whole--;
  return whole;
}

/** Column of the first token on the line of token `index` (its indentation). */
function indentationAt(tokens: CloneTokens, index: number): number {
  const { ordinals, starts, lineStarts } = tokens;
  let first = index;
  while (first > 0 && ordinals[first - 1] === ordinals[index]) first--;
  const offset = starts[first];
  return offset - lineStarts[lineAt(lineStarts, offset)];
}

/** Whether token `index` is the first on its line. */
const startsLine = (ordinals: Int32Array, index: number): boolean => index === 0 || ordinals[index - 1] !== ordinals[index];

/**
 * Where the definition (`def`/`class`, with its decorators) whose first token is `header` ends: the first
 * line, after the header's `:`, that starts at its indentation or less outside brackets, or the unit's end.
 * −1 when it goes on past `end`.
 */
function definitionEnd(tokens: CloneTokens, header: number, end: number): number {
  const { kinds, ordinals } = tokens;
  const indentation = indentationAt(tokens, header);
  let depth = 0;
  let inBody = false;
  for (let index = header; index <= end; index++) {
    if (index === kinds.length) return index;
    if (inBody && depth === 0 && startsLine(ordinals, index) && indentationAt(tokens, index) <= indentation) return index;
    depth += bracketDelta(kinds[index]);
    if (depth === 0 && kinds[index] === HEADER_COLON) inBody = true;
  }
  return -1;
}

/**
 * A match should not straddle definitions: a block copied is the tail of one function and the head of the
 * next only because neighbouring functions look alike (tests one after another, overloads), and a reviewer
 * wants the copy where it starts and ends. For a match of `length` tokens at `start` this gives
 * - a negative −k when the match begins inside a statement or a deeper block and reaches a definition (at
 *   its first line's indentation or less) with too little before it to be a copy on its own: the copy
 *   starts at that definition, k tokens in;
 * - a length that stops before a definition the match enters but does not hold to its end;
 * - `length` when neither applies. Whole definitions one after another stay one copy.
 */
function definitionCut(tokens: CloneTokens, start: number, length: number, minLines: number, minTokens: number): number {
  const { kinds, ordinals } = tokens;
  const end = start + length;
  const atLineStart = startsLine(ordinals, start);
  let index = start + 1;
  if (atLineStart && opensDefinition(kinds, start)) {
    // The match starts with a definition (its decorators, a signature over several lines): past it first.
    const ends = definitionEnd(tokens, start, end);
    if (ends === -1) return length;
    index = ends;
  }
  let indentation = -1;
  for (; index < end; index++) {
    if (!opensDefinition(kinds, index) || !startsLine(ordinals, index)) continue;
    if (indentation === -1) indentation = indentationAt(tokens, start);
    const level = indentationAt(tokens, index);
    if (level > indentation) continue;
    const partBefore = !atLineStart || level < indentation;
    if (partBefore && (index - start < minTokens || ordinals[index - 1] - ordinals[start] + 1 < minLines)) return -(index - start);
    const ends = definitionEnd(tokens, index, end);
    if (ends === -1) return index - start;
    index = ends - 1;
  }
  return length;
}

/** The largest position an alignment's match can end at (Int32): "it never ends". */
const FOREVER = 0x7fffffff;

/**
 * Alignments already extended while matching one unit: (other unit, offset difference) → the position where
 * that match ends. An open-addressing table of typed arrays, reused from one unit to the next (a new
 * generation empties it): a JavaScript Map keyed by a number combining the two took 30% of the matcher's time.
 * An entry whose match ended before the current position counts as absent, so a full table drops those.
 */
class Alignments {
  private mask = (1 << 12) - 1;
  private units = new Int32Array(this.mask + 1);
  private deltas = new Int32Array(this.mask + 1);
  private untils = new Int32Array(this.mask + 1);
  private generations = new Int32Array(this.mask + 1);
  private generation = 1;
  private live = 0;

  clear(): void {
    this.live = 0;
    if (++this.generation === 0x7fffffff) {
      this.generations.fill(0);
      this.generation = 1;
    }
  }

  /** Where the match on this alignment ends, or −1. */
  get(unit: number, delta: number): number {
    const slot = this.slotOf(unit, delta);
    return this.generations[slot] === this.generation ? this.untils[slot] : -1;
  }

  /** Records where the match on this alignment ends (`position`: the matcher's, for dropping ended ones). */
  set(unit: number, delta: number, until: number, position: number): void {
    let slot = this.slotOf(unit, delta);
    if (this.generations[slot] !== this.generation) {
      if ((this.live + 1) * 2 > this.mask + 1) {
        this.rebuild(position);
        slot = this.slotOf(unit, delta);
      }
      this.generations[slot] = this.generation;
      this.units[slot] = unit;
      this.deltas[slot] = delta;
      this.live++;
    }
    this.untils[slot] = Math.min(until, FOREVER);
  }

  private slotOf(unit: number, delta: number): number {
    const { mask, generations, generation, units, deltas } = this;
    let slot = mix(Math.imul(unit, 0x9e3779b1) ^ delta) & mask;
    while (generations[slot] === generation && (units[slot] !== unit || deltas[slot] !== delta)) slot = (slot + 1) & mask;
    return slot;
  }

  /** Keeps the entries whose match goes on past `position`, in a table twice as large when they fill half. */
  private rebuild(position: number): void {
    const kept: number[] = [];
    for (let slot = 0; slot <= this.mask; slot++) {
      if (this.generations[slot] === this.generation && this.untils[slot] > position) kept.push(this.units[slot], this.deltas[slot], this.untils[slot]);
    }
    if ((kept.length / 3 + 1) * 4 > this.mask + 1) {
      const size = (this.mask + 1) * 2;
      this.mask = size - 1;
      this.units = new Int32Array(size);
      this.deltas = new Int32Array(size);
      this.untils = new Int32Array(size);
      this.generations = new Int32Array(size);
      this.generation = 1;
    } else {
      this.clear();
    }
    this.live = 0;
    for (let index = 0; index < kept.length; index += 3) {
      const slot = this.slotOf(kept[index], kept[index + 1]);
      this.generations[slot] = this.generation;
      this.units[slot] = kept[index];
      this.deltas[slot] = kept[index + 1];
      this.untils[slot] = kept[index + 2];
      this.live++;
    }
  }
}

const alignments = new Alignments();
/** Alignments looked at again after a difference (a set: their entries never end). */
const reopenedAlignments = new Alignments();

/** Whether a match of `length` tokens at `position` is long enough and goes on past the reported copies. */
function spansEnough(ordinals: Int32Array, position: number, length: number, window: number, coveredTo: number, minLines: number): boolean {
  return length >= window && position + length > coveredTo && ordinals[position + length - 1] - ordinals[position] + 1 >= minLines;
}

export class CloneIndex {
  private readonly power: number;
  private units: (CloneTokens | undefined)[] = [];
  /**
   * Per unit, 1 for each window whose hash some other window has (or had: removals leave it set), so the
   * matcher reads a flag for the many unique windows instead of probing the table.
   */
  private shared: (Uint8Array | undefined)[] = [];
  /** Per unit, each window's hash (0: the window spans a barrier), kept for matching and removal. */
  private hashes: (Int32Array | undefined)[] = [];
  /** Per unit: whether it is test code (see MatchOptions). */
  private testCode: boolean[] = [];
  private freeUnits: number[] = [];
  /** Open addressing: key = window hash (0 = empty slot), head = first posting (−1 = none left). */
  private keys = new Int32Array(1 << 16);
  private heads = new Int32Array(1 << 16);
  private usedSlots = 0;
  /** Postings as parallel arrays; `postNext` chains postings of one hash, and the free list. */
  private postUnit = new Int32Array(1 << 16);
  private postStart = new Int32Array(1 << 16);
  private postNext = new Int32Array(1 << 16);
  private postCount = 0;
  private freePost = -1;

  constructor(readonly window: number) {
    let power = 1;
    for (let index = 0; index < window - 1; index++) power = Math.imul(power, MULTIPLIER);
    this.power = power;
  }

  tokensOf(unit: number): CloneTokens {
    return this.units[unit]!;
  }

  /** Indexes a unit's windows (`testCode`: the unit is test code, see matches); returns its id. */
  add(tokens: CloneTokens, testCode = false): number {
    const unit = this.freeUnits.pop() ?? this.units.length;
    this.units[unit] = tokens;
    this.testCode[unit] = testCode;
    const windows = Math.max(0, tokens.kinds.length - this.window + 1);
    const shared = new Uint8Array(windows);
    this.shared[unit] = shared;
    const hashes = new Int32Array(windows);
    this.hashes[unit] = hashes;
    this.reserveSlots(windows);
    forEachWindow(tokens, this.window, this.power, (start, hash) => {
      hashes[start] = hash;
      const slot = this.slotFor(hash, true);
      const head = this.heads[slot];
      if (head !== -1) {
        shared[start] = 1;
        this.shared[this.postUnit[head]]![this.postStart[head]] = 1;
      }
      const posting = this.newPosting();
      this.postUnit[posting] = unit;
      this.postStart[posting] = start;
      this.postNext[posting] = this.heads[slot];
      this.heads[slot] = posting;
    });
    return unit;
  }

  remove(unit: number): void {
    const hashes = this.hashes[unit];
    if (!hashes) return;
    for (let start = 0; start < hashes.length; start++) {
      const hash = hashes[start];
      if (hash === 0) continue;
      const slot = this.slotFor(hash, false);
      if (slot === -1) continue;
      let previous = -1;
      for (let posting = this.heads[slot]; posting !== -1; previous = posting, posting = this.postNext[posting]) {
        if (this.postUnit[posting] !== unit || this.postStart[posting] !== start) continue;
        if (previous === -1) this.heads[slot] = this.postNext[posting];
        else this.postNext[previous] = this.postNext[posting];
        this.postNext[posting] = this.freePost;
        this.postUnit[posting] = -1;
        this.freePost = posting;
        break;
      }
    }
    this.units[unit] = undefined;
    this.shared[unit] = undefined;
    this.hashes[unit] = undefined;
    this.freeUnits.push(unit);
  }

  /**
   * The blocks of `unit` that also stand elsewhere (other units, or elsewhere in itself without overlap):
   * at each token offset, every indexed window with the same hash is extended to its longest match; the
   * longest that spans enough tokens and lines and is not one short block repeated back to back is the
   * copy, and all such matches are its other copies. A match that starts inside a reported copy is a new
   * copy only when it goes on past its end.
   */
  matches(unit: number, options: MatchOptions): UnitCopy[] {
    const tokens = this.units[unit]!;
    const { kinds, ordinals, texts } = tokens;
    const count = kinds.length;
    const window = this.window;
    /** Bracket depths of this unit, computed when a match first needs its statements counted. */
    let unitDepths: Uint8Array | undefined;
    const depths = () => (unitDepths ??= bracketDepths(kinds));
    const copies: UnitCopy[] = [];
    if (count < window) return copies;
    const hashes = this.hashes[unit]!;
    const shared = this.shared[unit]!;
    // The matches at one position worth a closer look (at most MAX_CANDIDATES): other unit, start, length.
    const candidateUnits = new Int32Array(MAX_CANDIDATES);
    const candidateStarts = new Int32Array(MAX_CANDIDATES);
    const candidateLengths = new Int32Array(MAX_CANDIDATES);
    let candidates = 0;
    /**
     * Alignments already extended (other unit and offset difference → where the match ends here): a later
     * position on the same alignment is a suffix of that match, so it is not extended again. Every other
     * alignment is, so a copy that starts inside a reported one and goes on past it is found too.
     */
    const extended = alignments;
    extended.clear();
    /** Alignments looked at again after a difference (see below): only an exact copy counts there. */
    const reopened = reopenedAlignments;
    reopened.clear();
    /** Tokens before this are in a reported copy. */
    let coveredTo = 0;
    for (let position = 0; position < hashes.length; position++) {
      const hash = hashes[position];
      if (hash === 0 || shared[position] === 0) continue;
      const slot = this.slotFor(hash, false);
      if (slot === -1) continue;
      candidates = 0;
      let longest = 0;
      let examined = 0;
      for (let posting = this.heads[slot]; posting !== -1 && examined < MAX_CANDIDATES; posting = this.postNext[posting]) {
        const other = this.postUnit[posting];
        const start = this.postStart[posting];
        if (other === unit && start === position) continue;
        examined++;
        const delta = start - position;
        if (extended.get(other, delta) > position) continue;
        const { kinds: otherKinds, texts: otherTexts } = other === unit ? tokens : this.units[other]!;
        // In the same unit the two copies may not overlap.
        let limit = Math.min(count - position, otherKinds.length - start);
        if (other === unit) limit = Math.min(limit, Math.abs(start - position));
        let length = 0;
        for (; length < limit; length++) {
          const kind = kinds[position + length];
          if (kind !== otherKinds[start + length] || kind === BARRIER || (kind === DATA && texts[position + length] !== otherTexts[start + length])) break;
        }
        extended.set(other, delta, position + length, position);
        if (!spansEnough(ordinals, position, length, window, coveredTo, options.minLines)) continue;
        // Only a match that could be reported is cut at definitions (cutting never lengthens it).
        const cut = definitionCut(tokens, position, length, options.minLines, window);
        if (cut < 0) {
          // Looked at again from the definition it holds (the same alignment goes on there).
          extended.set(other, delta, position - cut, position);
          continue;
        }
        if (cut < length) {
          length = cut;
          extended.set(other, delta, position + length, position);
          if (!spansEnough(ordinals, position, length, window, coveredTo, options.minLines)) continue;
        }
        if (linesIn(other === unit ? tokens : this.units[other]!, start, start + length) < options.minLines) continue;
        candidateUnits[candidates] = other;
        candidateStarts[candidates] = start;
        candidateLengths[candidates] = length;
        candidates++;
        if (length > longest) longest = length;
      }
      if (longest === 0) continue;
      // One failure function over the longest run answers "is it periodic?" for every shorter prefix.
      prepareFailure(kinds, position, longest);
      let best = 0;
      const others: OtherCopy[] = [];
      for (let candidate = 0; candidate < candidates; candidate++) {
        let length = candidateLengths[candidate];
        const repetitive = isRepetitive(length);
        const other = candidateUnits[candidate];
        const start = candidateStarts[candidate];
        const otherTokens = other === unit ? tokens : this.units[other]!;
        const otherTexts = otherTokens.texts;
        let differing = 0;
        let differingNames = 0;
        let differingValues = 0;
        let firstDifferent = -1;
        for (let offset = 0; offset < length; offset++) {
          if (texts[position + offset] === otherTexts[start + offset]) continue;
          differing++;
          // The name a definition gives (a test's own name) is not one of the names its code uses.
          if (kinds[position + offset] === IDENTIFIER && !isDefinedName(kinds, position + offset)) differingNames++;
          else if (kinds[position + offset] === NUMBER || kinds[position + offset] === STRING) differingValues++;
          if (firstDifferent === -1) firstDifferent = offset;
        }
        let exact = differing === 0;
        // A run of one line shape over and over (`self.a = None`, `suite.addTest(…)`) is no copy by its shape
        // alone; copied word for word elsewhere it is, unless its text repeats too (the same line many times).
        if (repetitive && (!exact || isTextRepetitive(texts, position, length))) continue;
        // The window is an exact copy's threshold; a renamed one needs minTokens, values changed in fewer
        // than CHANGED_VALUES_SHARE of its tokens, and more than lines that only look alike (isLookAlike).
        // Not a renamed copy for any of these reasons, the match may still hold an exact one: before its
        // first difference, in whole lines (a block copied verbatim, followed by a statement that only starts
        // alike), or after it (a function's body copied under another name): that alignment is looked at
        // again from there, for an exact copy only (a renamed match found that way is the tail of one already
        // too short, as in rows of a table).
        if (!exact && (length < options.minTokens || differingValues >= length * CHANGED_VALUES_SHARE || reopened.get(other, start - position) !== -1 || isLookAlike(kinds, texts, ordinals, otherTexts, position, start, length))) {
          reopened.set(other, start - position, FOREVER, position);
          // A match that starts in the middle of a line (the `:` ending the line before the block) is looked
          // at again from the next line, so that an exact block found in it starts where its code does.
          const nextLine = position > 0 && ordinals[position - 1] === ordinals[position] ? lineEnd(ordinals, position, count) : position;
          extended.set(other, start - position, Math.min(position + firstDifferent + 1, nextLine > position ? nextLine : FOREVER), position);
          if (nextLine > position) continue;
          const prefix = wholeLinesBefore(ordinals, position, firstDifferent);
          if (prefix < window || isRepetitive(prefix) || position + prefix <= coveredTo) continue;
          if (linesIn(tokens, position, position + prefix) < options.minLines || linesIn(otherTokens, start, start + prefix) < options.minLines) continue;
          length = prefix;
          differing = 0;
          exact = true;
        }
        // A few line shapes over and over match anything of the same shape once names and values are
        // normalised: such a run is a copy only when (nearly) its own text stands elsewhere — a function
        // copied under a new name — not when most names and values differ.
        if (differing * 10 > length && isMonotonous(kinds, ordinals, position, length)) continue;
        if (!hasCodeAroundData(kinds, position, length)) continue;
        if (exact && length < (options.fewStatementsBelow ?? 0) && statementsIn(depths(), ordinals, position, length) < MIN_STATEMENTS) continue;
        // A renamed match within one statement is a list of declarations, test cases or parameters of the same
        // shape (a signature every backend repeats, `OpInfo(…)` entries): only an exact copy of one counts.
        if (!exact && statementsIn(depths(), ordinals, position, length) <= 1) continue;
        // Test steps repeated over other data (only values differ) between two test units are cases written
        // out, not code to write once; a copy with a name changed, or word for word, is still reported.
        if (!exact && differingNames === 0 && this.testCode[unit] && this.testCode[other]) continue;
        others.push({ unit: other, start, end: start + length, exact });
        if (length > best) best = length;
      }
      if (best === 0) continue;
      others.sort((a, b) => b.end - b.start - (a.end - a.start) || a.unit - b.unit || a.start - b.start);
      copies.push({ start: position, end: position + best, others });
      coveredTo = position + best;
    }
    return copies;
  }

  private newPosting(): number {
    if (this.freePost !== -1) {
      const posting = this.freePost;
      this.freePost = this.postNext[posting];
      return posting;
    }
    if (this.postCount === this.postUnit.length) {
      const grow = (array: Int32Array) => {
        const larger = new Int32Array(array.length * 2);
        larger.set(array);
        return larger;
      };
      this.postUnit = grow(this.postUnit);
      this.postStart = grow(this.postStart);
      this.postNext = grow(this.postNext);
    }
    return this.postCount++;
  }

  /** Makes room for `more` window hashes at once (before adding many units). */
  reserve(more: number): void {
    this.reserveSlots(more);
  }

  /** Keeps the table at most half full after `more` new keys. */
  private reserveSlots(more: number): void {
    if ((this.usedSlots + more) * 2 <= this.keys.length) return;
    let live = 0;
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== EMPTY && this.heads[slot] !== -1) live++;
    let capacity = this.keys.length;
    while ((live + more) * 2 > capacity) capacity *= 2;
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.usedSlots = 0;
    const mask = capacity - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const key = oldKeys[slot];
      if (key === EMPTY || oldHeads[slot] === -1) continue;
      let target = mix(key) & mask;
      while (this.keys[target] !== EMPTY) target = (target + 1) & mask;
      this.keys[target] = key;
      this.heads[target] = oldHeads[slot];
      this.usedSlots++;
    }
  }

  /** The slot of a hash; with `create`, a new empty one when absent (else −1). */
  private slotFor(hash: number, create: boolean): number {
    const mask = this.keys.length - 1;
    let slot = mix(hash) & mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === hash) return slot;
      if (key === EMPTY) {
        if (!create) return -1;
        this.keys[slot] = hash;
        this.heads[slot] = -1;
        this.usedSlots++;
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/** KMP failure function of values[start, start + length) into `buffer` (grown when too short; returned). */
function failureFunction(values: Uint8Array | Int32Array, start: number, length: number, buffer: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  if (buffer.length < length) buffer = new Int32Array(Math.max(length, buffer.length * 2));
  buffer[0] = 0;
  for (let index = 1, matched = 0; index < length; index++) {
    const value = values[start + index];
    while (matched > 0 && value !== values[start + matched]) matched = buffer[matched - 1];
    if (value === values[start + matched]) matched++;
    buffer[index] = matched;
  }
  return buffer;
}

/** KMP failure function of kinds[start, start + length) into the shared buffer. */
function prepareFailure(kinds: Uint8Array, start: number, length: number): void {
  failure = failureFunction(kinds, start, length, failure);
}

/**
 * True when the first `length` tokens of the prepared run are several repetitions of one shorter block
 * (`v0 = f["c0"].mean()` fifteen times): repetitive code, not a copy of something written elsewhere. The
 * smallest period of a run is its length minus its longest proper border; it repeats when that period is
 * at most half its length.
 */
function isRepetitive(length: number): boolean {
  const period = length - failure[length - 1];
  return period * 2 <= length;
}

/** Statements a short exact copy must hold (see MatchOptions.fewStatementsBelow). */
const MIN_STATEMENTS = 3;

/**
 * Bracket depth before each token of a unit (0: outside any bracket; saturating at 0 and 255 in broken code),
 * into a buffer reused from one unit to the next.
 */
function bracketDepths(kinds: Uint8Array): Uint8Array {
  if (depthBuffer.length < kinds.length) depthBuffer = new Uint8Array(Math.max(kinds.length, depthBuffer.length * 2));
  let depth = 0;
  for (let index = 0; index < kinds.length; index++) {
    depthBuffer[index] = depth;
    depth = Math.min(255, Math.max(0, depth + bracketDelta(kinds[index])));
  }
  return depthBuffer;
}
let depthBuffer = new Uint8Array(1 << 16);

/**
 * Lines of a run that start outside any bracket: its statements. None when the run lies inside one
 * statement's brackets (the entries of a long dict or list such as a table of `OpInfo(…)` declarations,
 * the parameters of a signature, the arguments of a call), even when it does not reach the closing bracket.
 */
function statementsIn(depths: Uint8Array, ordinals: Int32Array, start: number, length: number): number {
  let statements = 0;
  for (let index = start; index < start + length; index++) {
    if ((index === start || ordinals[index] !== ordinals[index - 1]) && depths[index] === 0) statements++;
  }
  return statements;
}

let textFailure = new Int32Array(1024);

/** isRepetitive for the token texts of a run: the same text repeated back to back. */
function isTextRepetitive(texts: Int32Array, start: number, length: number): boolean {
  textFailure = failureFunction(texts, start, length, textFailure);
  return (length - textFailure[length - 1]) * 2 <= length;
}

/**
 * A block holding table values is a copy only with some code around them (the call the table is passed to,
 * the statements using it): the same rows standing in two tables are data that agree (colour maps, expected
 * results, lists of primes), which nobody would write as a function.
 */
function hasCodeAroundData(kinds: Uint8Array, start: number, length: number): boolean {
  let code = 0;
  let data = false;
  for (let index = start; index < start + length; index++) {
    const kind = kinds[index];
    if (kind === DATA) data = true;
    else if (!isTableSyntax(kind)) code++;
  }
  return !data || code >= MIN_CODE_AROUND_DATA;
}

/** Distinct line shapes seen by isMonotonous (reused). */
const shapes = new Set<number>();

/**
 * True when a run is made of a few line shapes repeated over and over, in no fixed order (`assert f(x) == 1`,
 * `assert f(x, y) == 2`, `self.a = a` …, or generated code): after identifiers and literals are normalised,
 * such runs look alike everywhere, yet nobody copied them (a copy with nearly the same text still counts:
 * the caller asks only when many tokens differ). A run counts as monotonous when it has at most
 * one distinct line shape (token kinds of a line) per three lines.
 */
function isMonotonous(kinds: Uint8Array, ordinals: Int32Array, start: number, length: number): boolean {
  shapes.clear();
  const lines = ordinals[start + length - 1] - ordinals[start] + 1;
  let hash = 0;
  for (let index = start; index < start + length; index++) {
    hash = Math.imul(hash ^ kinds[index], MULTIPLIER);
    const lastOnLine = index + 1 === start + length || ordinals[index + 1] !== ordinals[index];
    if (lastOnLine) {
      shapes.add(hash);
      hash = 0;
      if (shapes.size * 3 > lines) return false;
    }
  }
  return shapes.size * 3 <= lines;
}

/** Line shapes of a run and how many lines have each (reused by isLookAlike). */
const lineShapes = new Map<number, number>();
/** Name substitutions of a run (this name → the other copy's name) and the line they occur on, or -1 when on several (reused). */
const substitutions = new Map<number, number>();

/**
 * True when a renamed match is lines of one shape that each name something of their own: declarations
 * (`k = Symbol("k", negative=True)` against `b = Symbol("b", real=True)`), expectations (`assert latex(S.Reals)
 * == …` against `assert mcode(S.Half) == …`), `self.a = a` runs, results tables. A real renamed copy renames a
 * few names consistently, so a substitution recurs from line to line (`train` → `test` on every line); here
 * most of them stay on one line. Looked at over the match's whole lines:
 * - at least half of them share one shape (token kinds), and fewer than a third are identical in both copies;
 * - more name substitutions than a quarter of the lines (and at least two) occur on one line only (the name a
 *   definition gives does not count, nor do literals: a copy with changed values is still one).
 */
function isLookAlike(kinds: Uint8Array, texts: Int32Array, ordinals: Int32Array, otherTexts: Int32Array, position: number, start: number, length: number): boolean {
  const from = startsLine(ordinals, position) ? position : lineEnd(ordinals, position, position + length);
  const to = Math.max(from, position + wholeLinesBefore(ordinals, position, length));
  lineShapes.clear();
  substitutions.clear();
  let lines = 0;
  let dominant = 0;
  let identical = 0;
  let shape = 0;
  let same = true;
  for (let index = from; index < to; index++) {
    shape = Math.imul(shape ^ kinds[index], MULTIPLIER);
    const text = texts[index];
    const otherText = otherTexts[start + index - position];
    if (text !== otherText) {
      same = false;
      if (kinds[index] === IDENTIFIER && !isDefinedName(kinds, index)) {
        const key = Math.imul(text, 0x9e3779b1) ^ otherText;
        const line = substitutions.get(key);
        if (line === undefined) substitutions.set(key, ordinals[index]);
        else if (line !== ordinals[index]) substitutions.set(key, -1);
      }
    }
    if (index + 1 === to || ordinals[index + 1] !== ordinals[index]) {
      lines++;
      if (same) identical++;
      const seen = (lineShapes.get(shape) ?? 0) + 1;
      lineShapes.set(shape, seen);
      if (seen > dominant) dominant = seen;
      shape = 0;
      same = true;
    }
  }
  if (lines === 0 || dominant * 2 < lines || identical * 3 >= lines) return false;
  let local = 0;
  for (const line of substitutions.values()) if (line !== -1) local++;
  return local > Math.max(1, lines / 4);
}
