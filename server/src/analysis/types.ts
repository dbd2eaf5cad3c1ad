// The engine's vocabulary: positions, findings and the rule contract. Nothing here knows about LSP or
// VS Code; the server and the CLI translate these plain objects into their own formats.

/** Zero-based line and UTF-16 column, as editors count them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

/**
 * A place in a file. `cell` is the 0-based index among all cells of a notebook (markdown included),
 * as SARIF `properties.cell` wants it; ranges inside a cell count lines from the start of that cell.
 */
export interface CodeLocation {
  uri: string;
  cell?: number;
  range: Range;
}

export interface RelatedLocation {
  location: CodeLocation;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: CodeLocation;
  related?: RelatedLocation[];
  /** Markdown shown on hover above the practice card. */
  details?: string;
  /** Facts a code action needs (e.g. the name a notebook cell changes); travels as the diagnostic's data. */
  data?: Record<string, string>;
  /** A suggested fix: text edits in this file or notebook (offered as a quick fix, and as a SARIF fix). */
  fix?: Fix;
}

export interface FixEdit {
  /** Notebook cell the edit applies to (0-based among all cells); undefined for a .py file. */
  cell?: number;
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: FixEdit[];
}

/**
 * A problem with the input itself (undecodable file, malformed notebook JSON, file too large): it is
 * reported to the user like a finding but belongs to no rule and cannot be suppressed.
 */
export interface InputProblem {
  message: string;
  location: CodeLocation;
  severity: Severity;
}

/** Hover-only information attached to a range: not a finding, no diagnostic. */
export interface Note {
  location: CodeLocation;
  markdown: string;
  /** When set, the hover adds this rule's practice card below the note. */
  ruleId?: string;
}
