// A snapshot is what the engine analyses: a Python file or a notebook, reduced to its Python code units
// (the file itself, or each code cell with its position among all cells and its execution count).
// Builders exist for the three ways code reaches us: plain text, notebook cells from an editor, and
// .ipynb JSON read from disk. Bad input never throws: it becomes an InputProblem on the snapshot.
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { InputProblem, Range } from '../analysis/types';
import { maskIpythonSyntax } from './magics';

export interface CodeUnit {
  /** 0-based index among all cells of the notebook; undefined for a .py file. */
  cell?: number;
  /** The source as the user wrote it. */
  source: string;
  /** The source with IPython syntax blanked out; same length and line breaks as `source`. */
  text: string;
  /** Notebook execution count: a number when the cell ran, null when it never did. */
  executionCount?: number | null;
  /** A cell magic such as `%%bash` that makes the cell something other than Python. */
  isOpaque?: boolean;
  /** Line magics used in the cell (`run`, `load` …). */
  lineMagics?: string[];
}

export interface Snapshot {
  uri: string;
  kind: 'python' | 'notebook';
  units: CodeUnit[];
  /** Number of cells of any kind (notebooks); 1 for a Python file. */
  cellCount: number;
  problems: InputProblem[];
}

export interface NotebookCellInput {
  kind: 'code' | 'markdown' | 'raw';
  /** Language of a code cell when the editor says (VS Code sends `python` for Python cells). */
  languageId?: string;
  source: string;
  executionCount?: number | null;
}

export interface SnapshotLimits {
  /** Largest amount of code (in characters) analysed for one file or notebook. */
  maxFileSize: number;
}

export const DEFAULT_LIMITS: SnapshotLimits = { maxFileSize: 1_000_000 };

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function formatSize(characters: number): string {
  return characters >= 1_000_000 ? `${(characters / 1_000_000).toFixed(1)} MB` : `${Math.ceil(characters / 1000)} kB`;
}

/** Checks the code as a whole; returns a problem that stops analysis, or undefined when it can go on. */
function checkAnalysable(uri: string, totalCode: number, hasNul: boolean, limits: SnapshotLimits): InputProblem | undefined {
  if (hasNul) {
    return { severity: 'warning', location: { uri, range: START }, message: 'ml-practices: this file looks binary (it contains NUL bytes); it was not analysed.' };
  }
  if (totalCode > limits.maxFileSize) {
    return {
      severity: 'info',
      location: { uri, range: START },
      message: `ml-practices: this file has ${formatSize(totalCode)} of code, above the ${formatSize(limits.maxFileSize)} limit (setting ml-practices.maxFileSize); it was not analysed.`,
    };
  }
  return undefined;
}

export function pythonSnapshot(uri: string, source: string, limits: SnapshotLimits = DEFAULT_LIMITS): Snapshot {
  const problem = checkAnalysable(uri, source.length, source.includes('\u0000'), limits);
  if (problem) return { uri, kind: 'python', units: [], cellCount: 1, problems: [problem] };
  // A .py file is plain Python: magics only appear in notebooks (and in IPython's own .ipy files).
  return { uri, kind: 'python', units: [{ source, text: source }], cellCount: 1, problems: [] };
}

/** `python`, `python3`, `Python 3.11` … — kernels and files name Python in several ways. */
function isPythonLanguage(language: string): boolean {
  return language.trim().toLowerCase().startsWith('python');
}

export function notebookSnapshot(
  uri: string,
  cells: readonly NotebookCellInput[],
  limits: SnapshotLimits = DEFAULT_LIMITS,
  notebookLanguage = 'python',
): Snapshot {
  const units: CodeUnit[] = [];
  let totalCode = 0;
  let hasNul = false;
  if (isPythonLanguage(notebookLanguage)) {
    cells.forEach((cell, cellIndex) => {
      if (cell.kind !== 'code' || (cell.languageId !== undefined && cell.languageId !== 'python')) return;
      const masked = maskIpythonSyntax(cell.source);
      totalCode += cell.source.length;
      hasNul ||= cell.source.includes('\u0000');
      units.push({ cell: cellIndex, source: cell.source, text: masked.text, executionCount: cell.executionCount, isOpaque: masked.isOpaque, lineMagics: masked.lineMagics });
    });
  }
  const problem = checkAnalysable(uri, totalCode, hasNul, limits);
  if (problem) return { uri, kind: 'notebook', units: [], cellCount: cells.length, problems: [problem] };
  return { uri, kind: 'notebook', units, cellCount: cells.length, problems: [] };
}

/** Offset → position in the raw JSON text, for problems reported against the file itself. */
function positionAt(text: string, offset: number): Range['start'] {
  let line = 0;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, character: offset - lineStart };
}

function joinSource(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('');
  return undefined;
}

interface RawCell {
  cell_type?: unknown;
  source?: unknown;
  input?: unknown;
  execution_count?: unknown;
  prompt_number?: unknown;
  metadata?: { vscode?: { languageId?: unknown } };
}

/** Reads nbformat 4 (and the nbformat 3 worksheet layout) from the .ipynb file's text. */
export function notebookSnapshotFromJson(uri: string, json: string, limits: SnapshotLimits = DEFAULT_LIMITS): Snapshot {
  const malformed = (message: string, offset = 0): Snapshot => {
    const start = positionAt(json, offset);
    return {
      uri,
      kind: 'notebook',
      units: [],
      cellCount: 0,
      problems: [{ severity: 'error', location: { uri, range: { start, end: start } }, message: `ml-practices: this notebook could not be read: ${message}. It was not analysed.` }],
    };
  };
  const errors: ParseError[] = [];
  let document: {
    nbformat?: unknown;
    cells?: unknown;
    worksheets?: { cells?: unknown }[];
    metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } };
  };
  try {
    const tree = parseTree(json, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0 || !tree) {
      const first = errors[0];
      const where = first ? positionAt(json, first.offset) : { line: 0, character: 0 };
      return malformed(first ? `invalid JSON (${printParseErrorCode(first.error)} at line ${where.line + 1}, column ${where.character + 1})` : 'the file is empty', first?.offset);
    }
    document = JSON.parse(json) as typeof document;
  } catch (error) {
    // Both parsers recurse: JSON nested thousands of levels deep overflows the stack.
    if (error instanceof RangeError) return malformed('its JSON is nested too deeply to read');
    throw error;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return malformed('the top level is not a JSON object');
  // nbformat 2 and 3 keep cells in worksheets; 4 at the top level.
  const usesWorksheets = typeof document.nbformat === 'number' && document.nbformat < 4;
  const rawCells = usesWorksheets ? document.worksheets?.[0]?.cells : document.cells;
  if (!Array.isArray(rawCells)) return malformed(usesWorksheets ? `no worksheets[0].cells list (nbformat ${document.nbformat})` : 'no "cells" list (nbformat 4)');
  // Some kernels (Cadabra's) say "python" in the kernelspec but name their real language in language_info.
  const infoLanguage = document.metadata?.language_info?.name;
  const specLanguage = document.metadata?.kernelspec?.language;
  const language = typeof infoLanguage === 'string' && !isPythonLanguage(infoLanguage) ? infoLanguage : (specLanguage ?? infoLanguage);
  const cells: NotebookCellInput[] = [];
  for (const [index, raw] of (rawCells as RawCell[]).entries()) {
    if (typeof raw !== 'object' || raw === null) return malformed(`cell ${index} is not an object`);
    const kind = raw.cell_type === 'code' ? 'code' : raw.cell_type === 'markdown' || raw.cell_type === 'heading' ? 'markdown' : 'raw';
    const source = joinSource(usesWorksheets && kind === 'code' ? raw.input : raw.source);
    if (source === undefined) return malformed(`cell ${index} has no source text`);
    const count = usesWorksheets ? raw.prompt_number : raw.execution_count;
    const languageId = raw.metadata?.vscode?.languageId;
    cells.push({
      kind,
      source,
      languageId: typeof languageId === 'string' ? languageId : undefined,
      executionCount: typeof count === 'number' ? count : null,
    });
  }
  return notebookSnapshot(uri, cells, limits, typeof language === 'string' ? language : 'python');
}
