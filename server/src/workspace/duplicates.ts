// Clone detection for the duplicate-code rule (Write Code Once): token streams per code unit (a file or a
// notebook cell), normalised so that renamed identifiers and changed literals still match (Type-2 clones),
// with noise left out (imports, docstrings, comments, __all__ lists, argparse add_argument calls, literal
// data tables). The streams live in a clone index (duplication/cloneIndex.ts) that is kept between calls:
// a call adds the units that are new or changed and drops the ones that are gone, so the language server
// re-hashes one edited file, not the workspace. Engine-level: no LSP, no file system.
import { CloneIndex, linesIn, type OtherCopy } from '../duplication/cloneIndex';
import { cloneTokens as tokenize, type CloneTokens } from '../duplication/pythonTokens';
import type { Range } from '../analysis/types';

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
}

export interface CloneCopy {
  documentId: number;
  cell?: number;
  range: Range;
  /** Lines of code in the copy (lines holding tokens). */
  lines: number;
}

/** One block of a reported unit, with every other place it stands. */
export interface CloneReport {
  copy: CloneCopy;
  /** Longest first; `exact` when token-for-token identical (Type 1), not only renamed (Type 2). */
  others: (CloneCopy & { exact: boolean })[];
  /** Tokens in the block. */
  tokens: number;
}

function rangeOf(tokens: CloneTokens, start: number, end: number): Range {
  const at = (offset: number) => {
    // The last line starting at or before the offset.
    let low = 0;
    let high = tokens.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (tokens.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - tokens.lineStarts[low] };
  };
  return { start: at(tokens.starts[start]), end: at(tokens.ends[end - 1]) };
}

/**
 * The index kept between calls. Units are keyed by `TokenStream.key` and recognised as unchanged by the
 * identity of their token arrays (derived once per unit text and cached by the engine).
 */
export class CloneWorkspace {
  private index?: CloneIndex;
  private readonly units = new Map<string, { tokens: CloneTokens; unit: number }>();

  /** Brings the index to exactly these streams; returns each stream's unit id in the index. */
  sync(streams: readonly TokenStream[], window: number): number[] {
    if (!this.index || this.index.window !== window) {
      this.index = new CloneIndex(window);
      this.units.clear();
    }
    const index = this.index;
    let added = 0;
    for (const stream of streams) if (this.units.get(stream.key)?.tokens !== stream.tokens) added += Math.max(0, stream.tokens.kinds.length - window + 1);
    index.reserve(added);
    const current = new Set<string>();
    const ids = streams.map((stream) => {
      current.add(stream.key);
      const known = this.units.get(stream.key);
      if (known && known.tokens === stream.tokens) return known.unit;
      if (known) index.remove(known.unit);
      const unit = index.add(stream.tokens);
      this.units.set(stream.key, { tokens: stream.tokens, unit });
      return unit;
    });
    for (const [key, known] of this.units) {
      if (current.has(key)) continue;
      index.remove(known.unit);
      this.units.delete(key);
    }
    return ids;
  }

  /**
   * Blocks of at least `minTokens` tokens and `minLines` lines that stand in two or more places, for each
   * stream whose `report` is not false; each is matched against all streams.
   */
  findClones(streams: readonly TokenStream[], options: CloneOptions): CloneReport[] {
    const window = Math.max(2, options.minTokens);
    const ids = this.sync(streams, window);
    const index = this.index!;
    const streamOf = new Map(ids.map((unit, position) => [unit, streams[position]]));
    const copyOf = (stream: TokenStream, start: number, end: number): CloneCopy => ({
      documentId: stream.documentId,
      cell: stream.cell,
      range: rangeOf(stream.tokens, start, end),
      lines: linesIn(stream.tokens, start, end),
    });
    const reports: CloneReport[] = [];
    streams.forEach((stream, position) => {
      if (stream.report === false) return;
      for (const match of index.matches(ids[position], { minLines: options.minLines, minTokens: window })) {
        const others = match.others.map((other: OtherCopy) => ({ ...copyOf(streamOf.get(other.unit)!, other.start, other.end), exact: other.exact }));
        reports.push({ copy: copyOf(stream, match.start, match.end), others, tokens: match.end - match.start });
      }
    });
    return reports;
  }
}

/** One-shot clone search (tests, tools): a fresh index. */
export function findClones(streams: readonly TokenStream[], options: CloneOptions): CloneReport[] {
  return new CloneWorkspace().findClones(streams, options);
}
