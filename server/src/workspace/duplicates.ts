// Clone detection for the duplicate-code rule (Write Code Once): token streams per code unit (a file or a
// notebook cell), normalised so that renamed identifiers and changed literals still match (Type-2 clones),
// with noise left out (imports, docstrings, comments, __all__ lists, argparse add_argument calls, literal
// data tables). The streams live in a clone index (duplication/cloneIndex.ts) that is kept between calls and
// updated one document at a time: the language server re-hashes one edited file, not the workspace, and
// asks for the copies of the documents it shows. Engine-level: no LSP, no file system.
import { CloneIndex, linesIn, type OtherCopy } from '../duplication/cloneIndex';
import { cloneTokens as tokenize, type CloneTokens } from '../duplication/pythonTokens';
import type { Range } from '../analysis/types';
import { lineAt } from '../parsing/lexer';

export type { CloneTokens } from '../duplication/pythonTokens';

/** Tokens of one code unit's text (IPython syntax already blanked), for clone detection. */
export const cloneTokens = (text: string): CloneTokens => tokenize(text);

export interface CloneOptions {
  minTokens: number;
  minLines: number;
}

export interface TokenStream {
  /** Which document and which code unit (cell) the tokens come from. */
  documentId: number;
  cell?: number;
  tokens: CloneTokens;
  /** Identifies the unit across calls (document URI and unit index), so an unchanged unit stays indexed. */
  key: string;
  /** Whether this unit's copies are wanted (default: yes). Others are only matched against. */
  report?: boolean;
  /** The document is test code (see CloneDocument). */
  testCode?: boolean;
}

export interface CloneCopy<Document = number> {
  documentId: Document;
  cell?: number;
  range: Range;
  /** Lines of code in the copy (lines holding tokens). */
  lines: number;
}

/** One block of a reported unit, with every other place it stands. */
export interface CloneReport<Document = number> {
  copy: CloneCopy<Document>;
  /** Longest first; `exact` when token-for-token identical (Type 1), not only renamed (Type 2). */
  others: (CloneCopy<Document> & { exact: boolean })[];
  /** Tokens in the block. */
  tokens: number;
  /** Position of the copy's unit among its document's units. */
  unitIndex: number;
}

/** One document as the clone workspace holds it: its code units' tokens and the thresholds it asks for. */
export interface CloneDocument {
  units: readonly { cell?: number; tokens: CloneTokens }[];
  minTokens: number;
  minLines: number;
  /** Test code: a copy between two test documents that differs only in values is not reported. */
  testCode?: boolean;
}

function rangeOf(tokens: CloneTokens, start: number, end: number): Range {
  const at = (offset: number) => {
    const line = lineAt(tokens.lineStarts, offset);
    return { line, character: offset - tokens.lineStarts[line] };
  };
  return { start: at(tokens.starts[start]), end: at(tokens.ends[end - 1]) };
}

interface IndexedUnit {
  cell?: number;
  tokens: CloneTokens;
  /** Id in the clone index (−1 while the index is being rebuilt). */
  unit: number;
}

interface IndexedDocument<Document> {
  id: Document;
  units: IndexedUnit[];
  minTokens: number;
  minLines: number;
  testCode: boolean;
}

/**
 * An exact copy (token for token) needs this share of minTokens: six identical lines of short statements
 * are as surely copied as a long renamed block, while short renamed look-alikes are mostly coincidence.
 * Measured on planted copies and the whole corpus (bench/duplication/recall.mjs, 50 tokens): verbatim recall
 * 83.5% -> 88.0% for 1.9% more pairs at 0.7 (35 tokens); 0.6 (30) with FEW_STATEMENTS_SHARE 94.0% -> 95.0% for
 * 0.8% more findings (1.9% without it), at about the same speed.
 */
const EXACT_SHARE = 0.6;
/**
 * Below this share of minTokens (35 of 50), an exact copy must hold several statements: the copies between
 * 30 and 34 tokens the whole corpus adds are otherwise mostly parameter lists of look-alike signatures, the
 * arguments of one call or a decorator's, not code anyone copied.
 */
const FEW_STATEMENTS_SHARE = 0.7;

/** Fewest tokens of an exact copy (the index's window) for the fewest tokens of a renamed one. */
export const exactCopyTokens = (minTokens: number): number => Math.max(2, Math.ceil(minTokens * EXACT_SHARE));

/**
 * The index kept between calls, one document at a time. A document's units are recognised as unchanged by
 * the identity of their token arrays (derived once per unit text and cached by the engine), so replacing a
 * document re-hashes only the units whose text changed. The fewest tokens and lines are the smallest any
 * document asks for (the window is that of an exact copy); when they change, the whole index is rebuilt.
 */
export class CloneWorkspace<Document = string> {
  private index?: CloneIndex;
  private minLines = Infinity;
  private readonly documents = new Map<Document, IndexedDocument<Document>>();
  /** The document and unit position of each unit id in the index. */
  private owners: ({ document: IndexedDocument<Document>; position: number } | undefined)[] = [];
  /** How many documents ask for each minTokens / minLines value (the smallest wins). */
  private readonly tokenThresholds = new Map<number, number>();
  private readonly lineThresholds = new Map<number, number>();

  get size(): number {
    return this.documents.size;
  }

  has(id: Document): boolean {
    return this.documents.has(id);
  }

  /** A document as it was set (its units' tokens and its thresholds), e.g. to persist the index. */
  document(id: Document): CloneDocument | undefined {
    const known = this.documents.get(id);
    return known && { units: known.units.map(({ cell, tokens }) => ({ cell, tokens })), minTokens: known.minTokens, minLines: known.minLines, ...(known.testCode ? { testCode: true } : {}) };
  }

  /**
   * Makes room in the index for the windows of code units (given by token count) about to be set one by
   * one (a bulk restore), so that its table grows once instead of doubling many times. Does nothing before
   * the first document.
   */
  reserve(unitTokens: Iterable<number>): void {
    const index = this.index;
    if (!index) return;
    let windows = 0;
    for (const tokens of unitTokens) windows += Math.max(0, tokens - index.window + 1);
    index.reserve(windows);
  }

  /**
   * Sets or replaces one document (only its new or changed units are hashed). Returns true when the
   * thresholds changed, so that every document's copies may have changed (a new window re-indexes all).
   */
  setDocument(id: Document, document: CloneDocument): boolean {
    const known = this.documents.get(id);
    const { windowChanged, linesChanged } = this.retune(known, document);
    if (windowChanged) {
      // The rebuild below indexes every document, this one included, in the order they came.
      const entry: IndexedDocument<Document> = {
        id,
        units: document.units.map(({ cell, tokens }) => ({ cell, tokens, unit: -1 })),
        minTokens: document.minTokens,
        minLines: document.minLines,
        testCode: document.testCode === true,
      };
      this.documents.set(id, entry);
      this.rebuild();
      return true;
    }
    const index = this.ensureIndex();
    const testCode = document.testCode === true;
    const entry: IndexedDocument<Document> = known ?? { id, units: [], minTokens: document.minTokens, minLines: document.minLines, testCode };
    // The index keeps the test flag with each unit: a document that changes it is indexed again whole.
    const retested = entry.testCode !== testCode;
    entry.minTokens = document.minTokens;
    entry.minLines = document.minLines;
    entry.testCode = testCode;
    const units = document.units.map(({ cell, tokens }, position): IndexedUnit => {
      const previous = entry.units[position];
      if (previous && previous.tokens === tokens && !retested) return { cell, tokens, unit: previous.unit };
      if (previous) this.release(previous.unit);
      return { cell, tokens, unit: this.indexUnit(index, entry, position, tokens) };
    });
    for (let position = units.length; position < entry.units.length; position++) this.release(entry.units[position].unit);
    entry.units = units;
    for (const [position, unit] of units.entries()) this.owners[unit.unit] = { document: entry, position };
    this.documents.set(id, entry);
    return linesChanged;
  }

  /** Forgets a document; returns true when the thresholds changed (see setDocument). */
  removeDocument(id: Document): boolean {
    const known = this.documents.get(id);
    if (!known) return false;
    for (const unit of known.units) this.release(unit.unit);
    this.documents.delete(id);
    const { windowChanged, linesChanged } = this.retune(known, undefined);
    if (windowChanged) this.rebuild();
    return windowChanged || linesChanged;
  }

  /**
   * Blocks of at least `minTokens` tokens and `minLines` lines of the given documents that stand in two or
   * more places; each is matched against every indexed document. Reports come per document in the order
   * asked, each document's units in order.
   */
  copiesOf(ids: Iterable<Document>): CloneReport<Document>[] {
    const reports: CloneReport<Document>[] = [];
    const index = this.index;
    if (!index) return reports;
    const minTokens = Math.max(2, this.smallest(this.tokenThresholds));
    const options = { minLines: this.minLines, minTokens, fewStatementsBelow: Math.ceil(minTokens * FEW_STATEMENTS_SHARE) };
    const copyOf = (unit: IndexedUnit, documentId: Document, start: number, end: number): CloneCopy<Document> => ({
      documentId,
      cell: unit.cell,
      range: rangeOf(unit.tokens, start, end),
      lines: linesIn(unit.tokens, start, end),
    });
    for (const id of ids) {
      const document = this.documents.get(id);
      if (!document) continue;
      document.units.forEach((unit, unitIndex) => {
        for (const match of index.matches(unit.unit, options)) {
          const others = match.others.map((other: OtherCopy) => {
            const owner = this.owners[other.unit]!;
            return { ...copyOf(owner.document.units[owner.position], owner.document.id, other.start, other.end), exact: other.exact };
          });
          reports.push({ copy: copyOf(unit, id, match.start, match.end), others, tokens: match.end - match.start, unitIndex });
        }
      });
    }
    return reports;
  }

  /**
   * Stream-level entry (tests, tools): brings the workspace to exactly these streams, grouped into
   * documents by `documentId`, and reports the copies of the streams whose `report` is not false.
   */
  findClones(streams: readonly TokenStream[], options: CloneOptions): CloneReport<number>[] {
    const self = this as unknown as CloneWorkspace<number>;
    const grouped = new Map<number, TokenStream[]>();
    for (const stream of streams) {
      const group = grouped.get(stream.documentId);
      if (group) group.push(stream);
      else grouped.set(stream.documentId, [stream]);
    }
    for (const id of [...self.documents.keys()]) if (!grouped.has(id)) self.removeDocument(id);
    for (const [id, group] of grouped) {
      self.setDocument(id, { units: group.map(({ cell, tokens }) => ({ cell, tokens })), ...options, testCode: group.some((stream) => stream.testCode === true) });
    }
    const reported = [...grouped].filter(([, group]) => group.some((stream) => stream.report !== false)).map(([id]) => id);
    return self.copiesOf(reported).filter((report) => grouped.get(report.copy.documentId)![report.unitIndex].report !== false);
  }

  private ensureIndex(): CloneIndex {
    this.index ??= new CloneIndex(exactCopyTokens(this.smallest(this.tokenThresholds)));
    return this.index;
  }

  private indexUnit(index: CloneIndex, document: IndexedDocument<Document>, position: number, tokens: CloneTokens): number {
    const unit = index.add(tokens, document.testCode);
    this.owners[unit] = { document, position };
    return unit;
  }

  private release(unit: number): void {
    this.index?.remove(unit);
    this.owners[unit] = undefined;
  }

  /**
   * Updates the threshold counts for a document replaced (or removed): has the smallest changed? A new
   * window means a new index; new fewest lines, only other matches.
   */
  private retune(before: { minTokens: number; minLines: number } | undefined, after: { minTokens: number; minLines: number } | undefined): { windowChanged: boolean; linesChanged: boolean } {
    const window = this.index?.window;
    const count = (thresholds: Map<number, number>, value: number, delta: number) => {
      const next = (thresholds.get(value) ?? 0) + delta;
      if (next === 0) thresholds.delete(value);
      else thresholds.set(value, next);
    };
    if (before) {
      count(this.tokenThresholds, before.minTokens, -1);
      count(this.lineThresholds, before.minLines, -1);
    }
    if (after) {
      count(this.tokenThresholds, after.minTokens, 1);
      count(this.lineThresholds, after.minLines, 1);
    }
    const minLines = this.smallest(this.lineThresholds);
    const linesChanged = window !== undefined && minLines !== this.minLines;
    this.minLines = minLines;
    return { windowChanged: window !== undefined && exactCopyTokens(this.smallest(this.tokenThresholds)) !== window, linesChanged };
  }

  private smallest(thresholds: Map<number, number>): number {
    let smallest = Infinity;
    for (const value of thresholds.keys()) smallest = Math.min(smallest, value);
    return smallest;
  }

  /** A new index with the current window, every document indexed again in the order it came. */
  private rebuild(): void {
    this.index = undefined;
    this.owners = [];
    if (this.documents.size === 0) return;
    const index = this.ensureIndex();
    let windows = 0;
    for (const document of this.documents.values()) for (const unit of document.units) windows += Math.max(0, unit.tokens.kinds.length - index.window + 1);
    index.reserve(windows);
    for (const document of this.documents.values()) document.units.forEach((unit, position) => (unit.unit = this.indexUnit(index, document, position, unit.tokens)));
  }
}

/** One-shot clone search (tests, tools): a fresh index. */
export function findClones(streams: readonly TokenStream[], options: CloneOptions): CloneReport[] {
  return new CloneWorkspace<number>().findClones(streams, options);
}
